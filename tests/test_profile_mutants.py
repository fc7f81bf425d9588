"""Profiles of small CSVs for what the profiler's second mutation sample (README, "Mutation
testing"; docs/mutation-survivors.md) found unchecked: each test states a behaviour the
README documents, on a file made here, and was seen to fail with its mutant put back
(`tools/mutation.py --recheck`)."""
from __future__ import annotations

import io
import random
import re

import numpy as np
import pandas as pd
import pytest
from profiles import column, kind_of, profile_rows, profile_text

from mlwf.profiling.profile import ProfileError, profile_csv

# -- whole numbers that label rows (README, "How a column's type is decided") ----------------

def test_twenty_distinct_whole_numbers_rising_row_by_row_are_a_row_label():
    rising = [3 * i + i % 2 for i in range(20)]          # gaps of 2 and 4: no count by 1
    v = kind_of(rising)
    assert v["stat_type"] == "identifier" and "rise row by row" in str(v["reason"]), v


def test_twenty_consecutive_whole_numbers_shuffled_are_labels_of_rows():
    values = list(range(101, 121))
    random.Random(3).shuffle(values)
    v = kind_of(values)
    assert v["stat_type"] == "identifier" and "each once" in str(v["reason"]), v


def test_three_units_each_in_a_block_of_rows_are_ids_of_units():
    v = kind_of([1 + i // 5 for i in range(15)], name="subject")
    assert v["stat_type"] == "identifier" and "single block" in str(v["reason"]), v


def test_ids_in_equal_numbers_scattered_over_a_wide_range_are_ids_of_units():
    ids = [1, 3, 4, 7, 9, 12, 13, 17, 20, 22, 25, 28, 30, 33, 36]
    values = ids * 2                                       # twice each: the least that counts
    random.Random(3).shuffle(values)
    v = kind_of(values)
    assert v["stat_type"] == "identifier" and "scattered over 1 to 36" in str(v["reason"]), v


def test_a_missing_code_beside_a_single_value_is_named_as_a_code():
    # README: a repeated-digit code far above the rest (999) is typed without, and named
    v = kind_of([999] + [5] * 39)
    assert "The value 999 (1 row)" in str(v["reason"]), v


# -- strings (README's table of types) --------------------------------------------------------

def test_distinct_names_are_called_words_only_when_they_have_several():
    one_word = ["Alabama", "Alaska", "Arizona", "Arkansas", "Colorado", "Delaware", "Florida",
                "Georgia", "Hawaii", "Idaho", "Iowa", "Kansas"]
    v = kind_of(one_word)
    assert v["stat_type"] == "identifier" and "string of words" not in str(v["reason"]), v
    half_two_words = [w if i % 2 else f"New {w}" for i, w in enumerate(one_word)]  # 1.5 a value
    v = kind_of(half_two_words)
    assert v["stat_type"] == "identifier" and "string of words" in str(v["reason"]), v


def test_a_bracket_below_a_number_comes_before_the_number_alone():
    v = kind_of(["less than 1 year", "1 year", "2-5 years", "more than 5 years"] * 10)
    assert v["order"] == ["less than 1 year", "1 year", "2-5 years", "more than 5 years"], v


def test_once_a_day_and_daily_are_as_often_so_the_answers_are_not_ordered():
    v = kind_of(["never", "once a month", "once a day", "daily"] * 5)
    assert v["stat_type"] == "nominal", v
    # without the tie the same kind of answers are ordered by times a year
    v = kind_of(["never", "once a month", "once a day", "weekly"] * 5)
    assert v["order"] == ["never", "once a month", "weekly", "once a day"], v


def test_sizes_written_as_letters_are_ordered():
    v = kind_of(["s", "m", "l", "xl"] * 10, name="size")
    assert v["stat_type"] == "ordinal" and v["order"] == ["s", "m", "l", "xl"], v


def test_two_roman_numerals_in_a_row_are_ordered_levels():
    v = kind_of(["I", "II", "II"] * 10, name="grade_of_tumour")
    assert v["stat_type"] == "ordinal" and v["order"] == ["I", "II"], v


def test_a_value_with_a_space_at_its_end_is_quoted_so_the_space_shows():
    v = kind_of(["x "] * 12)
    assert v["stat_type"] == "constant" and "'x '" in str(v["reason"]), v


# -- dates ------------------------------------------------------------------------------------

def test_dates_of_which_one_in_twenty_fails_are_still_dates():
    # README's table of types: dates in one format, up to 5 % of the values failing it
    v = kind_of([f"2020-01-{d:02d}" for d in range(1, 20)] + ["soon"])
    assert v["stat_type"] == "datetime", v


def test_a_value_that_is_not_a_date_lowers_the_confidence_of_a_date_column():
    clean = kind_of([f"2020-01-{d:02d}" for d in range(1, 21)])
    one_bad = kind_of([f"2020-01-{d:02d}" for d in range(1, 20)] + ["soon"])
    assert clean["stat_type"] == one_bad["stat_type"] == "datetime"
    assert clean["confidence"] > one_bad["confidence"], (clean, one_bad)


# -- reading the file (README, "Reading the file") --------------------------------------------

def test_the_delimiter_is_judged_on_the_first_200_lines():
    # 20 of the 199 data lines among the first 200 have a field too many, the last of them
    # line 200: under 90 % agree, so the file is refused as not using one delimiter
    rows = [f"{i},{i % 3},x" if (i % 10 == 0 and i < 190) or i == 198 else f"{i},{i % 3}"
            for i in range(260)]
    with pytest.raises(ProfileError) as refused:
        profile_rows("a,b", rows)
    assert "do not use one delimiter" in str(refused.value.message), refused.value.message


def test_numbers_written_with_a_point_in_a_semicolon_file_keep_the_point():
    p = profile_text("a;b\n" + "".join(f"{i}.5;{i % 3}\n" for i in range(30)))
    assert p.table["decimal"] == "."
    assert column(p, "a")["mean"] == pytest.approx(15.0)


def test_quoted_numbers_with_a_decimal_comma_in_a_comma_file_are_numbers():
    p = profile_text("a,b\n" + "".join(f'"{i},5",{i % 3}\n' for i in range(30)))
    a = column(p, "a")
    assert a["stat_type"] == "continuous" and a["mean"] == pytest.approx(15.0), a


def test_half_numbers_and_half_placeholders_are_numbers_half_missing():
    # one placeholder ("n.a.") on half of the rows marks values not available: the numbers
    # are what the column holds, the placeholder counts as missing
    v = kind_of([i if i % 2 else "n.a." for i in range(30)])
    assert v["stat_type"] in ("discrete", "continuous") and v["missing_ratio"] == 0.5, v


def test_a_first_line_of_whole_numbers_out_of_order_is_data():
    # README: numbers in a header are names only when ascending (or all years)
    with pytest.raises(ProfileError) as refused:
        profile_rows("name,3,1,2", [(f"a{i}", i, i + 1, i + 2) for i in range(10)])
    assert "no header row" in str(refused.value.message)


# -- bugs found on the way: the head of the file ---------------------------------------------

def test_a_file_of_a_byte_order_mark_alone_is_empty():
    # as a spreadsheet saves an empty sheet in "CSV UTF-8"
    for data in (b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n"):
        with pytest.raises(ProfileError) as refused:
            profile_csv(io.BytesIO(data))
        assert str(refused.value.message) == "the file is empty", refused.value.message


def test_a_first_line_longer_than_4_mb_is_refused_as_such():
    # a few bytes past the 4 MB read for the end of the first line
    data = b"a," + b"x" * (4 * 2 ** 20 + 10) + b"\n1,2\n"
    with pytest.raises(ProfileError) as refused:
        profile_csv(io.BytesIO(data))
    assert "the first line is longer than 4 MB" in str(refused.value.message), refused.value.message


def test_a_long_text_in_the_first_lines_is_read():
    # Python's csv module refuses a field past 128 KB; pandas, which reads the file, does not
    p = profile_text("note,y\n" + "word " * 40_000 + ",1\nshort,2\nshorter,3\n")
    assert p.table["n_rows"] == 3 and [c["name"] for c in p.columns] == ["note", "y"]


def test_a_header_without_a_line_break_and_no_rows_is_a_header_without_rows():
    with pytest.raises(ProfileError) as refused:
        profile_csv(io.BytesIO(b"a,b"))
    assert str(refused.value.message) == "the CSV has a header but no data rows"


# -- long whole numbers: kept as text (README's table of types) -------------------------------

def test_sixteen_digit_numbers_that_floats_still_hold_are_kept_as_text():
    rng = random.Random(1)
    ids = [1_000_000_000_000_000 + rng.randrange(10 ** 14) for _ in range(30)]  # below 2**53
    v = kind_of(ids, name="account")
    assert v["stat_type"] == "identifier" and "kept as text" in str(v["reason"]), v


def test_numbers_past_what_floats_hold_after_the_first_lines_are_kept_as_text():
    # small numbers in the first 200 lines, then whole numbers past 2**53 (16 digits)
    ids = list(range(1, 251)) + [2 ** 53 + 1 + 2 * k for k in range(50)]
    v = kind_of(ids, name="account")
    assert "too long for floating point" in str(v["reason"]), v


# -- across chunks of 200 000 rows, and duplicate rows -----------------------------------------

def big_csv(header: str, row, n: int) -> io.BytesIO:
    return io.BytesIO((header + "\n" + "".join(row(i) + "\n" for i in range(n))).encode())


def test_a_value_that_peaks_at_the_end_of_a_chunk_stops_the_rise_row_by_row():
    # rising by one but for the last row of the first 200 000, far above what follows
    def row(i):
        return f"{10 ** 9 if i == 199_999 else i},{i % 2}"
    v = column(profile_csv(big_csv("v,y", row, 250_000)), "v")
    assert "rise row by row" not in str(v["reason"]), v["reason"]


def test_rows_that_differ_in_one_number_are_not_duplicates():
    p = profile_rows("x,y", [(i, i % 2) for i in range(20)] + [(3, 1)])
    assert p.table["duplicate_rows"] == 1


def test_rows_copied_from_an_earlier_chunk_are_counted_as_duplicates():
    # the last 50 000 rows repeat the first 50 000
    p = profile_csv(big_csv("x,y", lambda i: f"{i % 200_000},{(i % 200_000) % 7}", 250_000))
    assert p.table["duplicate_rows"] == 50_000


# -- time ------------------------------------------------------------------------------------

def test_a_log_of_events_in_date_order_names_its_time_column():
    # README: rows ordered by full dates that repeat are time-ordered but not one series
    days = [f"2020-01-{1 + i // 3:02d}" for i in range(30)]
    p = profile_rows("when,v", [(d, i % 5) for i, d in enumerate(days)])
    assert p.facts["time_ordered"] is True and p.table["time_column"] == "when", p.table


def test_only_a_year_column_is_said_to_be_alone_unable_to_order_rows():
    years = [2000 + (i * 7) % 13 for i in range(40)]                  # years, in no order
    p = profile_rows("year,v", [(y, i % 5) for i, y in enumerate(years)])
    assert "A year column alone" in str(p.reasons["time_ordered"]["reason"]), p.reasons
    days = [f"2020-01-{1 + (i * 7) % 28:02d}" for i in range(40)]    # dates, in no order
    p = profile_rows("when,v", [(d, i % 5) for i, d in enumerate(days)])
    assert p.facts["time_ordered"] is False
    assert "A year column alone" not in str(p.reasons["time_ordered"]["reason"]), p.reasons


# -- statistics of a numeric column (README, "The command, the API, the JSON") -----------------

def test_the_outlier_ratio_follows_the_iqr_rule():
    # quartiles near 10 and 35 however they are interpolated, so the fences lie near
    # 10 - 37.5 and 35 + 37.5: of 50, 60 and 200 only 200 is outside
    low = [5 + 0.2 * i for i in range(25)]
    middle = [10 + 0.5 * i for i in range(50)]
    high = [35.1 + 0.2 * i for i in range(22)]
    v = kind_of(low + middle + high + [50.5, 60.5, 200.5], name="amount")
    assert v["outlier_ratio"] == pytest.approx(0.01), v


def test_a_numeric_column_has_no_top_values():
    v = kind_of([(i * 37) % 101 + 0.5 for i in range(60)], name="amount")
    assert v["stat_type"] == "continuous" and "top_values" not in v, v


# -- the target (README, "The command, the API, the JSON") ------------------------------------

def test_a_target_of_a_few_whole_numbers_in_a_short_span_is_ordered_classes():
    # quality 3 to 8: class labels, ordered since they do not start at 0
    p = profile_rows("x,y", [(i, 3 + (i * 5) % 6) for i in range(60)], target="y")
    assert p.target["target_type"] == "ordinal", p.target


def test_a_target_of_a_few_whole_numbers_far_apart_is_not_classes():
    p = profile_rows("x,y", [(i, 100 * ((i * 7) % 10)) for i in range(60)], target="y")
    assert p.target["target_type"] not in ("nominal", "ordinal", "binary"), p.target


def test_past_a_million_distinct_values_their_number_is_estimated_within_a_few_percent():
    # README: the hash of every distinct value is kept up to a million per column; past
    # that a sketch estimates the count (about 2 % off), shown as "about N"
    rows, distinct = 1_500_000, 1_050_000
    frame = pd.DataFrame({"v": np.arange(rows, dtype=np.int64) * 7919 % distinct,
                          "y": np.arange(rows) % 2})
    v = column(profile_text(frame.to_csv(index=False)), "v")
    shown = re.search(r"about ([\d,]+) distinct", str(v["reason"]))
    assert shown, v["reason"]
    assert int(shown.group(1).replace(",", "")) == pytest.approx(distinct, rel=0.05), v["reason"]


@pytest.mark.parametrize("offset", [1e6, 1e8])
def test_numbers_shifted_by_a_constant_keep_their_skew(offset):
    # skewness does not change when every value moves by the same amount; here the spread
    # (thousandths) is under a millionth of the values' size
    base = [round(2 ** (((i * 37) % 101) / 12), 3) for i in range(80)]
    plain = kind_of([f"{v * 1e-3:.6f}" for v in base], name="w")
    shifted = kind_of([f"{offset + v * 1e-3:.6f}" for v in base], name="w")
    assert plain["skew"] > 1
    assert shifted["skew"] == pytest.approx(plain["skew"], abs=0.01), (plain, shifted)


def test_addresses_with_a_few_ranges_of_house_numbers_are_not_brackets():
    # README: brackets of numbers when at least half the levels are ranges or bounds
    v = kind_of(["12 Main St", "3-5 High St", "40 Elm Rd", "10-12 Bay Rd", "9 Park Ln"] * 8,
                name="address")
    assert v["stat_type"] == "nominal" and "order" not in v, v


def test_a_day_column_of_one_value_and_a_missing_code_is_no_time_index():
    # README: a part of a date counted past its range and rising down the rows is a time
    # index; one day (5) and a 999 code at the end rise but count nothing
    v = kind_of([5] * 39 + [999], name="day")
    assert v["stat_type"] != "datetime" and "The value 999 (1 row)" in str(v["reason"]), v


def test_pairs_written_with_a_comma_among_words_are_not_taken_for_numbers():
    # README: "1,5" is a decimal comma with a semicolon or tab delimiter; in a comma file
    # only a column written so throughout (nine values in ten) is read as numbers
    values = [f"{i % 9},{i % 7}" if i % 5 < 3 else ["red", "blue"][i % 2] for i in range(40)]
    p = profile_text("v,other\n" + "".join(f'"{v}",{i % 3}\n' for i, v in enumerate(values)))
    v = column(p, "v")
    assert v["stat_type"] == "nominal" and "numbers" not in str(v["reason"]), v


def test_a_million_distinct_whole_numbers_each_once_are_labels_of_rows():
    # past the exact count of a million, the estimate of their number (here about 2 % low)
    # must not make them repeated: 1 050 000 numbers, each once, shuffled
    rows = 1_050_000
    frame = pd.DataFrame({"v": np.arange(rows, dtype=np.int64) * 7919 % rows,
                          "y": np.arange(rows) % 2})
    v = column(profile_text(frame.to_csv(index=False)), "v")
    assert v["stat_type"] == "identifier" and "each once" in str(v["reason"]), v


def test_a_minute_with_minus_one_for_unknown_on_many_rows_is_still_a_minute():
    """A part of a date may hold one code below its range (-1 for "not recorded"): on more
    rows than a rare missing code (4 %), the column is still the minute of a date (a
    survivor of the profiler's second sample: the minute's range read from 1)."""
    rng = np.random.default_rng(3)
    minutes = rng.integers(0, 60, 1000)
    minutes[:40] = -1
    rng.shuffle(minutes)
    frame = pd.DataFrame({"minute": minutes, "x": rng.normal(size=1000).round(3)})
    minute = column(profile_text(frame.to_csv(index=False)), "minute")
    assert minute["stat_type"] == "ordinal" and "minute of a date" in str(minute["reason"])


def test_of_two_levels_that_dip_the_reason_names_the_first():
    """Counts 100, 50, 40, 100 at the levels 1-4: both middle levels dip; the reason names
    level 2, the first one met going up the scale (a survivor of the profiler's second
    sample named the last)."""
    values = [1] * 100 + [2] * 50 + [3] * 40 + [4] * 100
    random.Random(5).shuffle(values)
    answer = kind_of(values, "answer")
    assert answer["stat_type"] == "nominal"
    assert "fewer rows at 2 than on both sides" in str(answer["reason"]), answer["reason"]


# -- survivors of the complete run of the profiler (2026-12-02, in progress) -----------------------

def test_a_stream_one_byte_over_the_limit_is_refused():
    data = ("a,b\n" + "".join(f"{i},{i % 3}\n" for i in range(30))).encode()
    with pytest.raises(ProfileError, match=f"larger than the limit of {len(data) - 1} bytes"):
        profile_csv(io.BytesIO(data), max_bytes=len(data) - 1)


def test_a_target_missing_on_exactly_half_the_rows_is_semi_supervised():
    rows = [(i, "yes" if i % 4 == 1 else "no") if i % 2 else (i, "") for i in range(40)]
    p = profile_rows("x,label", rows, target="label")
    assert p.target["missing_ratio"] == 0.5
    assert p.facts["learning_type"] == "semi_supervised"


def test_a_target_missing_once_in_sixteen_rows_says_so_to_four_decimals():
    rows = [(i, "" if i == 5 else ("a" if i % 2 else "b")) for i in range(16)]
    p = profile_rows("x,label", rows, target="label")
    assert p.target["missing_ratio"] == 0.0625


def test_three_equal_classes_have_a_minority_share_of_a_third_to_four_decimals():
    p = profile_rows("x,label", [(i, "abc"[i % 3]) for i in range(30)], target="label")
    assert p.target["minority_share"] == 0.3333
    assert p.facts["minority_share"] == 0.3333


def test_the_ten_most_frequent_categories_are_shown():
    values = [f"c{k}" for k in range(12) for _ in range(12 - k)]   # c0 12 times ... c11 once
    found = kind_of(values, "colour")
    assert found["stat_type"] == "nominal"
    assert list(found["top_values"]) == [f"c{k}" for k in range(10)]


def test_durations_in_days_and_hours_are_seconds():
    values = [f"{d}d {h}h" for d in range(1, 6) for h in (2, 7, 11, 19)]
    found = kind_of(random.Random(3).sample(values, len(values)), "wait")   # in no order
    assert found["min"] == 86_400 + 2 * 3_600
    assert found["max"] == 5 * 86_400 + 19 * 3_600


def test_quarters_written_year_first_are_their_first_days():
    values = [f"{y}Q{q}" for y in range(1974, 1977) for q in range(1, 5)]
    found = kind_of(values, "period")
    assert found["stat_type"] == "datetime"
    assert found["min"].startswith("1974-01-01") and found["max"].startswith("1976-10-01")


def test_clock_times_from_24_hours_on_are_durations_whatever_the_name():
    values = [f"{h}:{m:02d}:00" for h in (24, 25, 27, 30) for m in (0, 15, 30, 45, 50)]
    found = kind_of(random.Random(4).sample(values, len(values)), "lag")
    assert found["stat_type"] in ("continuous", "discrete") and found["missing_ratio"] == 0
    assert found["min"] == 24 * 3600


def test_four_text_features_of_six_make_a_text_table():
    words = ["river", "stone", "garden", "window", "letter", "morning", "harbour", "lantern",
             "meadow", "violin"]
    rows = []
    for i in range(30):
        texts = [f"The {words[(i + k) % 10]} and the {words[(i * k + 3) % 10]} were seen {i} "
                 f"times by {words[(i * 3 + k) % 10]} people." for k in range(1, 5)]
        rows.append((*texts, i % 5, (i * 7) % 11))
    p = profile_rows("t1,t2,t3,t4,n1,n2", rows)
    assert [column(p, f"t{k}")["stat_type"] for k in range(1, 5)] == ["text"] * 4
    assert p.facts["modality"] == "text"


def test_a_target_far_from_every_column_gets_no_suggestion():
    with pytest.raises(ProfileError) as refused:
        profile_rows("alpha,beta", [(i, i % 2) for i in range(10)], target="zzzz")
    assert "did you mean" not in str(refused.value.detail)
    assert "columns: alpha, beta" in str(refused.value.detail)


def test_dates_with_one_value_in_twenty_unreadable_are_still_dates():
    values = [f"2020-01-{d:02d}" for d in range(1, 20)] + ["2020-13-45"]
    found = kind_of(values, "day")
    assert found["stat_type"] == "datetime"
    assert found["min"].startswith("2020-01-01") and found["max"].startswith("2020-01-19")


def test_numbers_mostly_unreadable_as_dates_show_no_date_range():
    # codes that pandas could read as dates on a few rows only: categories, no min or max date
    values = ["2020-01-05", "A12", "B7", "C3", "A12", "B7", "C3", "D1"] * 5
    found = kind_of(values, "code")
    assert found["stat_type"] != "datetime"
    assert "monotonic" not in found


def test_a_grid_header_above_three_lines_is_a_header():
    grid = [x / 2 for x in range(10)]
    header = "turbine," + ",".join(f"{x:.1f}" for x in grid)
    # power falling off a peak, as no header of speeds does
    lines = [f"T{i}," + ",".join(f"{(i + 2) * abs(x - 2.2):.2f}" for x in grid) for i in range(3)]
    p = profile_text(header + "\n" + "\n".join(lines) + "\n")
    assert [c["name"] for c in p.columns][:3] == ["turbine", "0.0", "0.5"]
    # three lines that rise as the first one does: it is one of them, data
    rising = [f"T{i}," + ",".join(f"{(i + 2) * x + 0.25:.2f}" for x in grid) for i in range(3)]
    with pytest.raises(ProfileError, match="holds data, not column names"):
        profile_text(header + "\n" + "\n".join(rising) + "\n")


def test_a_long_value_is_quoted_by_its_first_twenty_characters():
    values = [f"{h} hours {m} minutes {s} seconds" for h in (1, 2, 3) for m in (10, 20, 30, 40)
              for s in (5,)]
    found = kind_of(values, "spent")
    assert "'1 hours 10 minutes 5'," in str(found["reason"])
