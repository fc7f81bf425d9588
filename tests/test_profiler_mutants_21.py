"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb
left unchecked, column_types.py, eighth batch: the day of a date and the one code below its
range, the confidence of a constant column, a key that only a column typed as a key makes,
survey codes after a scale with every step used, a stray decimal among too few whole
numbers, decimals with many levels, years with a fraction from 1000 to 2200, codes of one
width scattered over a wide range, and two string values on ten rows. Each test states a
rule the profiler's comments or docstrings give, on a file made here, and was seen to fail
with its mutant put in."""
from __future__ import annotations

from profiles import column, kind_of, profile_rows, reason, repeated, shuffled

# -- parts of a date (column_types.DATE_PARTS, _calendar) --------------------------------------

def test_a_day_column_two_below_its_first_day_is_no_day_of_a_date():
    # days run from 1: one value below (0) may be a code for unknown, -1 is two below; -1 on
    # 16 of 100 rows, too many for a negative code to be dropped (at most 15 % below values
    # numbered from 1)
    v = kind_of(repeated({-1: 16, **{d: 3 for d in range(1, 29)}}), name="day")
    assert "of a date" not in reason(v), v
    assert v["min"] == -1, v


# -- constant columns (column_types.classify) --------------------------------------------------

def test_a_column_of_one_value_is_constant_with_full_confidence():
    v = kind_of([4] * 12, name="c")
    assert v["stat_type"] == "constant" and "Every non-missing value is 4" in reason(v), v
    assert v["confidence"] == 1.0, v


# -- names the rows carry beside a key (column_types.classify_table) ---------------------------

def test_names_stay_labels_of_the_rows_when_the_column_named_as_a_key_is_typed_nominal():
    # zip_code is named as a key (it ends in "code") and its 15 values are all distinct, but on
    # 15 of 50 rows it is typed nominal, codes of places, not an identifier: no key of the
    # table, so the park names (48 of 50 distinct) stay the rows' labels
    first = ["Green", "Oak", "River", "Cedar", "Maple", "Pine", "Elm", "Willow", "Stone", "Fox"]
    names = [f"{a} {b}" for a in first for b in ["Valley", "Hill", "Bend", "Grove", "Ridge"]][:48]
    zips = [10001 + 37 * i for i in range(15)] + [""] * 35
    p = profile_rows("zip_code,park", list(zip(zips, shuffled(names + names[:2]), strict=True)))
    assert column(p, "zip_code")["stat_type"] == "nominal", column(p, "zip_code")
    park = column(p, "park")
    assert park["stat_type"] == "identifier" and "Nearly every value is distinct" in reason(park), park


# -- survey codes past a scale (column_types._without_survey_codes) ----------------------------

def test_a_scale_that_skips_a_step_keeps_the_9_after_it():
    # 1, 3, 4, 5 skip 2: no scale numbered from 1 with every step used, so 9 (2 of 42 rows)
    # is one of its levels, not a code for a missing answer
    v = kind_of(repeated({1: 10, 3: 10, 4: 10, 5: 10, 9: 2}), name="score")
    assert "survey codes" not in reason(v), v
    assert "(1, 3, 4, 5, 9)" in reason(v), v


# -- a stray decimal among whole numbers (column_types._without_stray_decimals) ----------------

def test_one_decimal_beside_a_single_whole_number_is_no_slip_among_whole_numbers():
    # 5.5 on 1 of 1000 rows (one in a thousand, the most a slip may hold), beside one whole
    # number: fewer than three whole levels, so both values stay, a measurement at two values
    v = kind_of(shuffled([5] * 999 + [5.5]))
    assert "a slip of entry" not in reason(v), v
    assert v["stat_type"] == "continuous" and "5 and 5.5, not both whole" in reason(v), v


# -- decimals with many levels (column_types._numeric) ----------------------------------------

def test_decimals_with_twelve_levels_are_continuous_at_095():
    # 12 distinct decimals, past the ten levels read as the levels of a scale
    v = kind_of(repeated({i / 4: 3 for i in range(1, 13)}))
    assert v["stat_type"] == "continuous" and "Decimal numbers from 0.25 to 3" in reason(v), v
    assert v["confidence"] == 0.95, v


# -- years with a fraction (column_types._decimal_years) ---------------------------------------

def test_months_on_a_grid_below_the_year_1000_are_no_years():
    # 5, 5 1/12, ... 6 7/12: on the grid of months and rising, but 5 is no year (from 1000)
    v = kind_of([5 + i / 12 for i in range(20)])
    assert v["stat_type"] == "continuous" and "Years with a fraction" not in reason(v), v


def test_months_on_a_grid_past_the_year_2200_are_no_years():
    # 2199 to 2200 7/12: the last months go past 2200, the top of the years read
    v = kind_of([2199 + i / 12 for i in range(20)])
    assert v["stat_type"] == "continuous" and "Years with a fraction" not in reason(v), v


# -- codes of one width (column_types._whole_number_labels) ------------------------------------

def test_three_digit_numbers_filling_over_a_fifth_of_their_range_are_no_scattered_codes():
    # 22 values over 101 to 200: 0.22 of the span, just over the fifth codes fill at most
    vals = [101, 104, 109, 111, 118, 122, 127, 130, 136, 141, 147, 150, 155, 161, 166, 170, 174,
            181, 186, 190, 195, 200]
    v = kind_of(repeated({x: (6 if i < 4 else 2) for i, x in enumerate(vals)}))
    assert "codes (of industries" not in reason(v) and v["stat_type"] != "nominal", v


# -- two string values (column_types._strings) ------------------------------------------------

def test_two_string_values_on_nine_rows_are_no_split_into_two_groups():
    # a split into two groups needs ten rows; on nine, two labels are categories
    v = kind_of(["Lunch", "Dinner"] * 4 + ["Lunch"], name="meal")
    assert v["stat_type"] == "nominal" and "split the rows" not in reason(v), v
