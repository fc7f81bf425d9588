"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb left
unchecked, column_types.py, profile.py, signals.py, metafeatures.py, ninth batch: the stream a
caller hands in and how its head is read, the encoding of a head wholly in Windows-1252, the
decimal mark sniffed from the lines that split like the header, decimal commas that could
also write thousands, order down the rows within and across chunks, a distinct count as large
as the sketch, the rounding of the standard deviation, the skew limit, the chance level of the
mutual-information score and a task read from JSON. Each test states a rule the README or the
profiler's docstrings give, on a file made here, and was seen to fail with its mutant put in."""
from __future__ import annotations

import io
import json

import numpy as np
import pytest
from profiles import column, kind_of, profile_rows, profile_text, reason, shuffled

from mlwf.profiling import profile as profile_mod
from mlwf.profiling.metafeatures import describe_csv
from mlwf.profiling.profile import HEAD_BYTES, profile_csv

# -- the caller's stream (profile._Source.close: only a file the profiler opened is closed) ----

def test_profiling_a_stream_the_caller_opened_leaves_it_open():
    # the caller owns the stream: it can read it again (or seek) after the profile
    stream = io.BytesIO(b"a,b\n1,2\n3,4\n5,6\n")
    profile_csv(stream)
    assert not stream.closed
    assert stream.getvalue().startswith(b"a,b")


# -- the head (profile._Source.read_head: at least HEAD_BYTES, on to the end of a line) ----------

class ShortReads(io.BytesIO):
    """A stream that hands over at most HEAD_BYTES - 1 bytes a read, as a socket or a pipe
    read raw may: fewer than asked is not the end of the file."""

    def read(self, n=-1):
        return super().read(n if n is None or n < 0 else min(n, HEAD_BYTES - 1))


def test_a_stream_of_short_reads_still_gives_a_head_of_64_kib():
    # lines of 400 bytes: the first read (64 KiB less a byte) holds 164 of them; the 200
    # lines the dialect is sniffed on reach past it, to the code 007 on line 182, whose
    # leading zero keeps the column text. A head cut at the first read misses it and reads
    # the column as the numbers 7 to 993
    pad = "p" * 395
    codes = [f"{100 + (i * 37) % 900}" for i in range(400)]
    codes[180] = "007"
    text = "code,pad\n" + "".join(f"{c},{pad}\n" for c in codes)
    assert len(text[:HEAD_BYTES - 1].splitlines()) < 182 <= 200
    v = column(profile_csv(ShortReads(text.encode())), "code")
    assert "leading zeros" in reason(v) and "min" not in v, v


# -- the encoding of the head (profile._Decoder.head: head_fallback_only) ------------------------

def test_a_head_of_300_windows_1252_bytes_and_no_utf8_is_named_cp1252():
    # 300 bytes "é" (0xE9) that are not UTF-8 and no other non-ASCII character: the file is
    # Windows-1252 throughout. 300 is past 256, where two equal counts stop being the same
    # Python int object, so the rule must compare the counts' values
    text = "name,n\n" + "".join(f"caf\xe9 {i},{i}\n" for i in range(300))
    p = profile_csv(io.BytesIO(text.encode("cp1252")))
    assert p.table["encoding"] == "cp1252", p.table


# -- the decimal mark (profile._dialect: the lines that split like the header vote) --------------

def test_a_line_that_splits_into_more_fields_than_the_header_does_not_vote_on_the_decimal_mark():
    # a semicolon file of decimal points; the last line quotes its text after a space, which
    # the sniffer's csv reader (no skipinitialspace) splits at every semicolon inside the
    # quotes: 13 fields, where the header has 2. Its eleven "1,5" would outvote the nine
    # "2.5" if it voted; pandas reads it as 2 fields, "1,5" a text of the column t
    inside = ";".join(["x"] + ["1,5"] * 11 + ["y"])
    lines = ["v;t"] + [f"{i}.5;a{i}" for i in range(9)] + [f'9.5; "{inside}"']
    p = profile_text("\n".join(lines) + "\n")
    assert p.table["delimiter"] == ";" and p.table["decimal"] == ".", p.table
    v = column(p, "v")
    assert v["stat_type"] == "continuous" and v["max"] == 9.5, v


# -- numbers written with marks (profile._Column: tried below 90 % plain numbers) -----------------

def test_decimal_commas_with_a_tenth_of_placeholders_are_not_read_as_thousands():
    # a semicolon file of decimal commas, three decimals each ("1,137", which would also write
    # a thousand and more) and "-" in 2 rows of 20: 18 of 20, exactly 90 %, are numbers, so
    # the column is not tried as numbers written with thousands commas
    values = [f"{i},{(i * 137) % 1000:03d}" for i in range(1, 19)] + ["-", "-"]
    p = profile_text("price;other\n" + "".join(f"{x};{i % 7}\n" for i, x in enumerate(values)))
    v = column(p, "price")
    assert p.table["decimal"] == "," and v["stat_type"] == "continuous", v
    assert v["min"] == 1.137 and v["max"] == 18.466, v
    assert "between thousands" not in reason(v) and "('-')" in reason(v), v


# -- order down the rows (profile._Order: decreasing, strictly increasing over chunks) -----------

def test_years_that_fall_but_rise_by_one_once_are_not_in_time_order():
    # 2020 down to 2006, but 2013 is followed by 2014: a step of +1 breaks the fall
    years = list(range(2020, 2012, -1)) + [2014] + list(range(2012, 2005, -1))
    v = kind_of(years, name="year")
    assert v["stat_type"] == "datetime", v
    assert v["monotonic"] is False, v


def test_a_rise_that_starts_below_the_last_value_of_the_chunk_before_is_not_strict(monkeypatch):
    # chunks of 10 rows; whole numbers that rise row by row (steps 3) within each chunk, but the
    # second chunk starts at 28, below the 30 that ended the first: they do not rise row by
    # row over the file, so no "like a row number"
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 10)
    values = [3 * i + 3 for i in range(10)] + [28 + 3 * i for i in range(15)]
    v = kind_of(values, name="x")
    assert v["stat_type"] == "discrete" and "rise row by row" not in reason(v), v


# -- distinct counts (profile._Column._count: the sketch holds SKETCH_SIZE = 2048 hashes) --------

def test_a_column_of_as_many_distinct_values_as_the_sketch_holds_is_counted_exactly(monkeypatch):
    # with no hashes kept for exact counts past the sketch, the 2048 hashes the sketch keeps
    # still hold every one of 2048 distinct labels: the count is exact, not an estimate
    monkeypatch.setattr(profile_mod, "EXACT_DISTINCT", 1)
    labels = [f"k{i}x" for i in range(2048)]
    p = profile_rows("label,k", [(v, i % 7) for i, v in enumerate(shuffled(labels))])
    v = column(p, "label")
    assert v["cardinality"] == 2048 and "cardinality_estimated" not in v, v


# -- statistics of a numeric column (profile._Scan._column_json) ---------------------------------

def test_the_standard_deviation_is_given_to_4_decimals():
    # population standard deviation 16.91648... : 16.9165 to 4 decimals (16.916 to 3)
    values = [1, 2, 4, 7, 11, 16, 22, 29, 37, 46, 50, 3]
    v = kind_of(values)
    assert v["std"] == pytest.approx(16.9165, abs=1e-9) == round(float(np.std(values)), 4), v


# -- the skew limit (profile: facts["skewed"], |skewness| beyond SKEW_LIMIT = 1.0) ---------------

def test_a_skew_of_exactly_1_is_not_beyond_the_limit():
    # 1, 2 (6 times), 3, 5 (3 times), 8, 13 (twice), 21 (3 times): skewness 1.000005, 1.0 to 4
    # decimals, not beyond 1.0; the column beside it, 0 to 10, is not skewed
    counts = {1: 1, 2: 6, 3: 1, 5: 3, 8: 1, 13: 2, 21: 3}
    values = shuffled([x for x, n in counts.items() for _ in range(n)])
    p = profile_rows("v,other", [(x, (i * 7) % 11) for i, x in enumerate(values)])
    assert column(p, "v")["skew"] == 1.0, column(p, "v")
    assert p.facts["skewed"] is False, p.facts


# -- a few important features (signals.few_important_features: beyond the G-test's chance) -----

def test_a_feature_below_the_chance_level_of_the_g_test_holds_nothing_beyond_chance():
    # 88 rows, a target of two classes (44 each), four features of two levels. f1 agrees with
    # the target on 58 rows: G = 2·n·MI = 9.07 with 1 degree of freedom, under the chance
    # level at 1 % over 4 features (Wilson-Hilferty: 9.27; the exact chi-square quantile is
    # 9.14; 8.91 with the 9 in 2/(9·dof) written 8). f2, f3 and f4 are independent of it
    # (each pair of levels on 22 rows): no feature holds anything beyond chance
    rows = []
    for i in range(88):
        y = "yes" if i % 2 else "no"
        agree = (i // 2) < 29
        f1 = ("on" if y == "yes" else "off") if agree else ("off" if y == "yes" else "on")
        j = i // 2
        rows.append((f1, "a" if j % 2 else "b", "c" if (j // 2) % 2 else "d",
                     "e" if (j // 4) % 2 else "f", y))
    p = profile_rows("f1,f2,f3,f4,y", shuffled(rows), target="y")
    assert "few_important_features" not in p.facts, p.facts
    assert "beyond chance" in str(p.reasons["few_important_features"]["reason"]), p.reasons


# -- meta-features of a profiled CSV (metafeatures.describe_csv) --------------------------------

def test_a_task_read_from_json_describes_a_classification():
    # the task as a program reads it from a JSON file: a string equal to "classification",
    # not the same object as the literal in the code; the classes are words, described as
    # classes (a class entropy), not refused as a regression of words
    data = b"x,y\n" + b"".join(f"{i},{'yes' if i % 3 else 'no'}\n".encode() for i in range(40))
    profile = profile_csv(io.BytesIO(data), target="y")
    facts = json.loads('{"task": "classification"}')
    found = describe_csv(io.BytesIO(data), "y", profile, facts)
    assert found is not None and "class_entropy" in found, found
