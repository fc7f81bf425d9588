"""The tables of documented column types (tests/data/column_types*.csv) are well formed, and
each held-out table stays held out: it shares no data set with the development corpus, with
an earlier table or with the meta-knowledge base's corpus. Nothing here reads the data sets
or profiles them: a held-out table is measured once, by bench/bench_column_types.py."""
import csv
from pathlib import Path

import pytest

from mlwf.evaluation.corpus import entries
from mlwf.profiling.column_types import STAT_TYPES

from corpus import HELD_OUT, HOLDOUT5, HOLDOUT6, TABLE

TABLES = [TABLE, *HELD_OUT]
# the tables written under the convention of tests/data/README.md: table 5 on
CONVENTION = HELD_OUT[HELD_OUT.index(HOLDOUT5):]
# the tables drawn from packages that nothing else here uses: table 6 on
NEW_PACKAGES = HELD_OUT[HELD_OUT.index(HOLDOUT6):]


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ["dataset", "column", "accepted", "documentation"]
        return list(reader)


def datasets(path: Path) -> set[str]:
    return {row["dataset"] for row in rows(path)}


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_every_row_names_a_column_its_types_and_where_the_documentation_says_so(path):
    seen = set()
    for row in rows(path):
        package, _, name = row["dataset"].partition(":")
        assert package and name, row
        assert row["column"], row
        accepted = row["accepted"].split("|")
        assert set(accepted) <= set(STAT_TYPES), row
        assert len(set(accepted)) == len(accepted), row
        assert row["documentation"].strip(), row
        assert (row["dataset"], row["column"]) not in seen, row
        seen.add((row["dataset"], row["column"]))


@pytest.mark.parametrize("table", CONVENTION, ids=lambda p: p.name)
def test_a_held_out_table_shares_no_data_set_with_any_other_table(table):
    held_out = datasets(table)
    for path in TABLES:
        if path != table:
            assert not held_out & datasets(path), path.name


@pytest.mark.parametrize("table", CONVENTION, ids=lambda p: p.name)
def test_a_held_out_table_shares_no_data_set_with_the_evaluation_corpus(table):
    used = {f"{e.source}:{e.table}" for e in entries()}
    assert not datasets(table) & used


@pytest.mark.parametrize("table", CONVENTION, ids=lambda p: p.name)
def test_a_held_out_table_has_no_package_over_two_fifths(table):
    """Variety of sources: no package's conventions dominate the estimate. Table 23 is the
    one exception, and stays as it was measured: written with 201 columns, it kept 52 once the
    frames Rdatasets also carries were taken out (c64952d), 22 of them gerda's."""
    packages = [row["dataset"].split(":")[0] for row in rows(table)]
    for package in set(packages):
        if (table.name, package) == ("column_types_holdout23.csv", "gerda"):
            assert (packages.count(package), len(packages)) == (22, 52)
            continue
        assert packages.count(package) <= 0.4 * len(packages), package


@pytest.mark.parametrize("table", NEW_PACKAGES, ids=lambda p: p.name)
def test_a_held_out_table_of_new_packages_draws_on_packages_nothing_else_uses(table):
    """Its packages are new to the project: no rule was written on their data, no other
    table reads them, and the meta-knowledge base never read them."""
    def packages(path):
        return {dataset.split(":")[0] for dataset in datasets(path)}
    new = packages(table)
    for path in TABLES:
        if path != table:
            assert not new & packages(path), path.name
    assert not new & {e.source for e in entries()}
