"""Numbers written for people to read ($1,234.50, 12.5 kg, a decimal comma, the minus sign
U+2212) are read as the profiler read them everywhere after it: in the sample the derived
facts are estimated on, in the meta-features, in the frame the candidates run on, and by the
same reader (profiling/numbers.py) that the exported script copies; and dates as the
profile read them, with the format it found (03/04/2020 is 3 April in a day-first column)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn import datasets

from mlwf.evaluation.pipelines import preprocessing_plan, read_frame
from mlwf.profiling.metafeatures import describe_csv
from mlwf.profiling.numbers import read_numbers
from mlwf.profiling.profile import profile_csv
from mlwf.rules.engine import advise


def diabetes() -> pd.DataFrame:
    """scikit-learn's diabetes study: ten measurements and the disease's progression."""
    return datasets.load_diabetes(as_frame=True, scaled=False).frame


@pytest.fixture
def written(tmp_path):
    """The study with three columns written as a report would: blood pressure with its unit,
    a cost in dollars with thousands marked, and a serum measure with the typeset minus."""
    frame = diabetes()
    out = frame.copy()
    out["bp"] = [f"{v:.1f} mmHg" for v in frame["bp"]]
    out["cost"] = [f"${v * 25:,.2f}" for v in frame["s1"]]
    out["s5"] = [f"{v - 4.6:.4f}".replace("-", "\u2212") for v in frame["s5"]]
    out = out.drop(columns="s1")
    path = tmp_path / "written.csv"
    out.to_csv(path, index=False)
    return path, frame


def test_the_profile_records_how_each_column_writes_its_numbers(written):
    path, _frame = written
    profile = profile_csv(path, "target")
    assert profile.table["written_numbers"] == {"bp": {"written": "unit", "unit": "mmhg"},
                                                "cost": {"written": "marks"}, "s5": {}}
    # a column pandas reads as numbers needs no note
    assert "age" not in profile.table["written_numbers"]


def test_a_plain_file_records_nothing(tmp_path):
    path = tmp_path / "plain.csv"
    diabetes().to_csv(path, index=False)
    assert "written_numbers" not in profile_csv(path, "target").table


def test_the_runs_take_the_numbers_the_profile_read(written):
    path, frame = written
    profile = profile_csv(path, "target")
    plan = preprocessing_plan(profile, advise(profile.facts))
    read = read_frame(path, profile, plan)
    assert read["bp"].tolist() == pytest.approx(frame["bp"].round(1).tolist())
    assert read["cost"].tolist() == pytest.approx((frame["s1"] * 25).round(2).tolist())
    assert read["s5"].tolist() == pytest.approx((frame["s5"] - 4.6).round(4).tolist())


def test_derived_facts_and_meta_features_see_the_numbers(written, tmp_path):
    path, frame = written
    plain = tmp_path / "plain.csv"
    frame.to_csv(plain, index=False)
    profile, as_numbers = profile_csv(path, "target"), profile_csv(plain, "target")
    # the same estimates as on the file that writes plain numbers (s1 is there as the cost)
    found = profile.reasons["few_important_features"]
    assert found["value"] == as_numbers.reasons["few_important_features"]["value"]
    assert found["confidence"] == pytest.approx(as_numbers.reasons["few_important_features"]["confidence"],
                                                abs=0.05)
    described = describe_csv(path, "target", profile, profile.facts)
    expected = describe_csv(plain, "target", as_numbers, as_numbers.facts)
    assert described["share_numeric"] == expected["share_numeric"]
    assert described["lm_linear"] == pytest.approx(expected["lm_linear"], abs=0.02)


def test_a_semicolon_file_with_decimal_commas_is_read_as_numbers(tmp_path):
    frame = diabetes()
    path = tmp_path / "eu.csv"
    frame.to_csv(path, index=False, sep=";", decimal=",")
    profile = profile_csv(path, "target")
    assert profile.table["decimal"] == ","
    plan = preprocessing_plan(profile, advise(profile.facts))
    read = read_frame(path, profile, plan)
    assert read["bmi"].tolist() == pytest.approx(frame["bmi"].tolist())
    assert describe_csv(path, "target", profile, profile.facts) is not None


@pytest.mark.parametrize("cells, settings, expected", [
    (["$1,234.50", "(2,000.00)", "45%", None], {"written": "marks"}, [1234.5, -2000.0, 45.0, np.nan]),
    (["3.5 GHz", "800 MHz", "n/a"], {"written": "unit", "unit": "ghz"}, [3.5, 0.8, np.nan]),
    (["1h 30m", "45 min", "2 days"], {"written": "duration"}, [5400.0, 2700.0, 172800.0]),
    (["12,5", "\u22123,25", "7"], {"decimal_comma": True}, [12.5, -3.25, 7.0]),
    (["12.345,67", "1.000"], {"decimal_comma": True, "dot_thousands": True}, [12345.67, 1000.0]),
    (["<0.006", "[247]", "3"], {"bounds": True}, [0.006, 247.0, 3.0]),
    (["~129", "ca. 300", "40"], {"written": "approximate"}, [129.0, 300.0, 40.0]),
    (["\u22122.69", " 4 ", "word"], {}, [-2.69, 4.0, np.nan]),
])
def test_read_numbers(cells, settings, expected):
    values = pd.Series(cells, index=range(10, 10 + len(cells)), dtype=object)
    read = read_numbers(values, "x", **settings)
    assert list(read.index) == list(values.index)
    assert read.tolist() == pytest.approx(expected, nan_ok=True)


def test_read_numbers_keeps_numbers_pandas_already_read():
    values = pd.Series([1, 2, None])
    assert read_numbers(values).tolist() == pytest.approx([1.0, 2.0, np.nan], nan_ok=True)


def test_dates_are_read_with_the_format_the_profile_found(tmp_path):
    """Day-first dates (03/04/2020 is 3 April), quarters and dates with a UTC offset become
    the calendar parts of the dates the profile read, not a month-first guess."""
    from mlwf.evaluation.pipelines import build_preprocessor
    days = pd.date_range("2019-01-01", periods=300, freq="D")
    rng = np.random.default_rng(7)
    frame = pd.DataFrame({"visit": days.strftime("%d/%m/%Y"),
                          "quarter": [f"{d.year}Q{d.quarter}" for d in days],
                          "seen": days.strftime("%Y-%m-%dT10:00:00+02:00"),
                          "y": rng.normal(size=300)}).sample(frac=1.0, random_state=0)
    path = tmp_path / "dates.csv"
    frame.to_csv(path, index=False)
    profile = profile_csv(path, "y")
    assert profile.table["date_formats"]["visit"] == "%d/%m/%Y"
    plan = preprocessing_plan(profile, advise(profile.facts))
    X = read_frame(path, profile, plan)
    parts = build_preprocessor(plan).fit_transform(X)
    order = [c.name for c in plan.columns]
    expected = pd.to_datetime(frame["visit"], format="%d/%m/%Y")
    at = order.index("visit") * 5    # days since 1970, year, month, weekday, day of year
    assert parts[:, at + 2].tolist() == expected.dt.month.tolist()
    assert parts[:, at + 4].tolist() == expected.dt.day_of_year.tolist()
    first_month = pd.PeriodIndex(frame["quarter"], freq="Q").start_time.month
    assert parts[:, order.index("quarter") * 5 + 2].tolist() == first_month.tolist()
    assert not np.isnan(parts).any()


def test_whole_numbers_that_write_dates_digit_by_digit_become_calendar_parts(tmp_path):
    """Dates written as whole numbers, YYYYMMDD, MMDDYY with the leading zero lost (10398 is
    1998-01-03) and YYYYMM, run as the dates the profile read, not as amounts whose order
    jumps at every month or year; calendar years and days since 1970 stay numbers, which
    already run in time's order."""
    from mlwf.evaluation.pipelines import build_preprocessor
    days = pd.date_range("1996-01-01", periods=400, freq="3D")
    rng = np.random.default_rng(8)
    frame = pd.DataFrame({"day": days.strftime("%Y%m%d").astype(int),
                          "visit_date": days.strftime("%m%d%y").astype(int),
                          "period": days.strftime("%Y%m").astype(int),
                          "year": days.year,
                          "y": rng.normal(size=400)}).sample(frac=1.0, random_state=0)
    path = tmp_path / "dates.csv"
    frame.to_csv(path, index=False)
    profile = profile_csv(path, "y")
    assert profile.table["date_formats"] == {"day": "%Y%m%d", "visit_date": "%m%d%y",
                                             "period": "%Y%m"}
    plan = preprocessing_plan(profile, advise(profile.facts))
    kinds = {c.name: (c.stat_type, [s.concept for s in c.steps]) for c in plan.columns}
    assert {name: kinds[name][1] for name in ("day", "visit_date", "period")} == \
        {"day": ["Aggregation"], "visit_date": ["Aggregation"], "period": ["Aggregation"]}
    assert kinds["year"][0] == "discrete"
    parts = build_preprocessor(plan).fit_transform(read_frame(path, profile, plan))
    order = [c.name for c in plan.columns]
    expected = pd.to_datetime(frame["day"].astype(str), format="%Y%m%d")
    for name in ("day", "visit_date"):   # days since 1970, year, month, weekday, day of year
        at = order.index(name) * 5
        assert parts[:, at + 1].tolist() == expected.dt.year.tolist(), name
        assert parts[:, at + 4].tolist() == expected.dt.day_of_year.tolist(), name
    assert parts[:, order.index("period") * 5 + 2].tolist() == expected.dt.month.tolist()


def test_seasons_fiscal_years_and_spans_of_years_run_as_their_first_year(tmp_path):
    """A season that runs into the next year (2019-20), a fiscal year (FY2019, FY21) and a
    year beside spans of years (2010, 2007-2012) run as the first year they name, not read
    with a date format that takes 2019-20 for October 2019 and 2019-23 for nothing."""
    from mlwf.evaluation.pipelines import build_preprocessor
    rng = np.random.default_rng(9)
    first = rng.integers(2005, 2024, 300)
    frame = pd.DataFrame({"season": [f"{y}-{(y + 1) % 100:02d}" for y in first],
                          "fiscal": [f"FY{y}" if i % 2 else f"FY{y % 100:02d}"
                                     for i, y in enumerate(first)],
                          "survey": [str(y) if i % 3 else f"{y}-{y + 2}" for i, y in enumerate(first)],
                          "y": rng.normal(size=300)})
    path = tmp_path / "seasons.csv"
    frame.to_csv(path, index=False)
    profile = profile_csv(path, "y")
    assert {name: profile.table["date_formats"].get(name) for name in ("season", "fiscal", "survey")} \
        == {"season": "first year", "fiscal": "first year", "survey": "first year"}
    plan = preprocessing_plan(profile, advise(profile.facts))
    parts = build_preprocessor(plan).fit_transform(read_frame(path, profile, plan))
    order = [c.name for c in plan.columns]
    for name in ("season", "fiscal", "survey"):   # days since 1970, year, month, ...
        assert parts[:, order.index(name) * 5 + 1].tolist() == first.tolist(), name


def test_dates_written_as_whole_numbers_with_gaps_are_read_from_their_float_spelling():
    from mlwf.profiling.profile import read_dates
    values = pd.Series(["20200103.0", None, "10398", "20201231"])
    assert read_dates(values, "%Y%m%d").dt.strftime("%Y-%m-%d").tolist() == \
        ["2020-01-03", np.nan, np.nan, "2020-12-31"]
    assert read_dates(pd.Series([10398.0, 123199.0]), "%m%d%y").dt.strftime("%Y-%m-%d").tolist() \
        == ["1998-01-03", "1999-12-31"]


def test_numbers_written_as_python_bytes_run_as_the_numbers_inside(tmp_path):
    """A SAS or Stata file read with pandas and written out again leaves b'12' in a column of
    numbers; the profile reads the number inside, and so do the runs and the script."""
    frame = diabetes()
    out = frame.assign(age=[f"b'{v:.0f}'" for v in frame["age"]])
    path = tmp_path / "bytes.csv"
    out.to_csv(path, index=False)
    profile = profile_csv(path, "target")
    assert profile.table["written_numbers"] == {"age": {}}
    plan = preprocessing_plan(profile, advise(profile.facts))
    X = read_frame(path, profile, plan)
    assert X["age"].tolist() == pytest.approx(frame["age"].round().tolist())
    assert read_numbers(pd.Series(['b"3.5"', "b'-2'", None])).tolist() == \
        pytest.approx([3.5, -2.0, np.nan], nan_ok=True)


def test_times_written_as_python_bytes_are_read_as_the_profile_read_them():
    """A SAS file read with pandas and written out again leaves b'23:00'; the profile reads
    the time inside, and so do the calendar parts."""
    from mlwf.profiling.profile import read_dates
    values = pd.Series(["b'23:45'", "b'06:30'", None, "b'07:15'"])
    read = read_dates(values, "%H:%M")
    assert read.isna().tolist() == [False, False, True, False]
    assert read.dt.hour.dropna().tolist() == [23, 6, 7]


def test_prices_from_an_amount_on_are_read_as_that_amount(tmp_path):
    """A listing site writes a new home's price as the amount it starts from ("$299,000+")
    beside exact prices ("$875,000"): amounts with a currency sign, the plus read as the
    amount it starts from, by the profile and the runs alike."""
    rng = np.random.default_rng(48)
    prices = [f"${p:,}" for p in rng.integers(150, 3000, 60) * 1000]
    for at in (3, 17, 29, 44, 51):
        prices[at] += "+"
    path = tmp_path / "listings.csv"
    pd.DataFrame({"price": prices, "beds": rng.integers(1, 6, 60)}).to_csv(path, index=False)
    profile = profile_csv(str(path))
    price = {c["name"]: c for c in profile.columns}["price"]
    assert price["stat_type"] == "continuous" and price["missing_ratio"] == 0, price
    read = read_numbers(pd.Series(prices), "price", **profile.table["written_numbers"]["price"])
    assert read[3] == float(prices[3].strip("$+").replace(",", "")) and read.notna().all()


def test_yes_and_no_where_no_cell_writes_one_or_zero_are_those_numbers(tmp_path):
    """Kaggle's Costa Rican poverty data writes a head of household's years of education
    with "no" for 0 and "yes" for 1, which no cell writes in digits: years of schooling,
    read as numbers by the profile and the runs. Where 0 and 1 are written too, the words
    say something else, and the column is not read as numbers."""
    rng = np.random.default_rng(49)
    years = rng.integers(0, 22, 400).astype(object)
    years[years == 0], years[years == 1] = "no", "yes"
    path = tmp_path / "households.csv"
    pd.DataFrame({"edjefe": years, "rooms": rng.integers(1, 8, 400)}).to_csv(path, index=False)
    profile = profile_csv(str(path))
    edjefe = {c["name"]: c for c in profile.columns}["edjefe"]
    assert edjefe["stat_type"] in ("discrete", "continuous") and edjefe["missing_ratio"] == 0, edjefe
    read = read_numbers(pd.Series(years), "edjefe", **profile.table["written_numbers"]["edjefe"])
    assert read[years == "no"].eq(0).all() and read[years == "yes"].eq(1).all()
    smokers = rng.integers(0, 30, 400).astype(object)
    smokers[::7] = "yes"
    smokers[3::11] = "no"
    (tmp_path / "smokers.csv").write_text(pd.DataFrame({"cigarettes": smokers}).to_csv(index=False))
    written = profile_csv(str(tmp_path / "smokers.csv")).table.get("written_numbers", {})
    assert "cigarettes" not in written, written
