"""Profiles of small CSVs, for what the mutation run (`make mutation`, README "Mutation
testing") found unchecked in the profiler; each was seen to fail with its mutant."""
from __future__ import annotations

import io

import pytest

from mlwf.ontology.i18n import render
from mlwf.profiling.profile import profile_csv


def csv_bytes(rows: list[tuple]) -> io.BytesIO:
    lines = ["x,y,label"] + [",".join("" if v is None else str(v) for v in row) for row in rows]
    return io.BytesIO(("\n".join(lines) + "\n").encode())


@pytest.mark.parametrize("unlabelled, learning_type", [(3, "supervised"), (14, "semi_supervised")])
def test_a_target_with_blanks_states_its_missing_share_and_the_learning_it_calls_for(
        unlabelled, learning_type):
    rows = [(i, (i * 7) % 11, None if i < unlabelled else ("a" if i % 2 else "b"))
            for i in range(20)]
    p = profile_csv(csv_bytes(rows), target="label")
    assert p.target["missing_ratio"] == pytest.approx(unlabelled / 20)
    assert p.facts["learning_type"] == learning_type


def test_every_column_type_comes_with_a_confidence_between_0_and_1():
    words = ["red", "green", "blue", "small", "large", "quiet", "loud", "early", "late"]
    rows = ["group,note,amount,colour"] + [
        f"{1 if i % 3 else 2},"
        f"the {words[i % 9]} cat sat on mat number {i % 40},"
        f"{(i * 37) % 101 + 0.5},"
        f"{words[i % 3]}" for i in range(60)]
    p = profile_csv(io.BytesIO(("\n".join(rows) + "\n").encode()))
    kinds = {c["name"]: c["stat_type"] for c in p.columns}
    assert kinds["group"] == "boolean" and kinds["note"] == "text", kinds
    assert all(0 < c["confidence"] <= 1 for c in p.columns), p.columns


def test_a_numeric_column_shows_its_mean():
    values = [1000 + (i * 37) % 101 + 0.5 for i in range(60)]
    rows = ["amount,colour"] + [f"{v},{'ab'[i % 2]}" for i, v in enumerate(values)]
    p = profile_csv(io.BytesIO(("\n".join(rows) + "\n").encode()))
    amount = next(c for c in p.columns if c["name"] == "amount")
    assert amount["mean"] == pytest.approx(sum(values) / len(values), abs=1e-3)


def profile_of(header: str, rows: list, target: str | None = None):
    lines = [header] + [",".join(str(v) for v in r) if isinstance(r, tuple) else str(r)
                        for r in rows]
    return profile_csv(io.BytesIO(("\n".join(lines) + "\n").encode()), target=target)


def column(p, name: str) -> dict:
    return next(c for c in p.columns if c["name"] == name)


def test_two_numbers_alone_are_a_split_named_by_both_values():
    p = profile_of("dose,y", [(3 if i % 3 else 7, i % 5) for i in range(30)])
    dose = column(p, "dose")
    assert dose["stat_type"] == "boolean"
    assert "3" in str(dose["reason"]) and "7" in str(dose["reason"]), dose["reason"]


def test_a_column_named_year_is_surer_than_years_found_on_a_grid():
    named = column(profile_of("year,y", [(1990 + i % 20, i) for i in range(40)]), "year")
    grid = column(profile_of("period,y", [(1990 + 5 * (i % 6), i) for i in range(40)]), "period")
    assert named["stat_type"] == grid["stat_type"] == "datetime"
    assert named["confidence"] > grid["confidence"]
    assert named["years"] and grid["years"]


def test_dates_written_as_eight_digits_are_dates_not_years():
    days = [20200101 + i for i in range(28)]
    day = column(profile_of("opened,y", [(d, i % 3) for i, d in enumerate(days)]), "opened")
    assert day["stat_type"] == "datetime", day
    assert "years" not in day


def test_the_most_frequent_categories_come_first_in_top_values():
    values = ["red"] * 12 + ["blue"] * 6 + ["green"] * 3 + ["grey"] * 1
    colour = column(profile_of("colour,y", [(v, i) for i, v in enumerate(values)]), "colour")
    assert list(colour["top_values"]) == ["red", "blue", "green", "grey"]
    assert colour["top_values"]["red"] == 12


def test_the_spread_shown_is_the_standard_deviation():
    values = [float(v) + 0.25 for v in (3, 9, 14, 20, 27, 33, 41, 48, 52, 60, 71, 77)]
    p = profile_of("amount,y", [(v, i % 2) for i, v in enumerate(values)])
    import statistics
    assert column(p, "amount")["std"] == pytest.approx(statistics.pstdev(values), rel=0.01)


@pytest.mark.parametrize("extreme", [-500.5, 500.5])
def test_a_few_values_far_out_on_either_side_are_outliers(extreme):
    values = [10 + (i * 7) % 13 + 0.5 for i in range(98)] + [extreme, extreme]
    p = profile_of("amount,y", [(v, i % 2) for i, v in enumerate(values)])
    assert column(p, "amount")["outlier_ratio"] > 0
    assert p.facts["has_outliers"] is True


def test_values_inside_the_fences_are_not_outliers():
    values = [10 + (i * 7) % 13 + 0.5 for i in range(100)]
    p = profile_of("amount,y", [(v, i % 2) for i, v in enumerate(values)])
    assert column(p, "amount")["outlier_ratio"] == 0
    assert p.facts["has_outliers"] is False


def test_a_code_far_above_the_rest_is_read_as_missing_and_named():
    ages = [20 + (i * 7) % 45 for i in range(80)] + [999]
    age = column(profile_of("age,y", [(a, i % 2) for i, a in enumerate(ages)]), "age")
    plain = column(profile_of("age,y", [(a, i % 2) for i, a in enumerate(ages[:-1])]), "age")
    assert age["stat_type"] == plain["stat_type"]
    assert "999" in str(age["reason"])
    assert age["confidence"] < plain["confidence"]
    assert "(1 row)" in str(age["reason"])
    assert f"({len(set(ages[:-1]))} distinct" in str(age["reason"]), age["reason"]


def test_a_header_of_numbers_is_refused_quoting_at_most_six_of_them():
    from mlwf.profiling.profile import ProfileError
    for width in (4, 6, 8):
        rows = [",".join(str(i * width + j + 0.5) for j in range(width)) for i in range(4)]
        with pytest.raises(ProfileError) as err:
            profile_csv(io.BytesIO(("\n".join(rows) + "\n").encode()))
        shown = str(err.value.message)
        assert ("..." in shown) == (width > 6), shown


def spread(counts: dict) -> list:
    """Rows with each value as often as `counts` says, the values interleaved."""
    left, out = dict(counts), []
    while any(left.values()):
        for v in counts:
            if left[v]:
                out.append(v)
                left[v] -= 1
    return out


def kind_of(values: list, name: str = "answer") -> dict:
    return column(profile_of(f"{name},y", [(v, i % 2) for i, v in enumerate(values)]), name)


def test_answers_to_how_often_are_ordered_from_never_to_daily():
    values = spread({"never": 5, "once a year": 6, "once a month": 7, "every week": 6,
                     "every day": 5})
    answer = kind_of(values)
    assert answer["stat_type"] == "ordinal", answer
    assert answer["order"] == ["never", "once a year", "once a month", "every week", "every day"]


def test_rates_named_by_a_single_word_are_ordered_by_how_often():
    answer = kind_of(spread({"daily": 4, "monthly": 5, "yearly": 6, "weekly": 4}))
    assert answer["order"] == ["yearly", "monthly", "weekly", "daily"], answer


def test_brackets_of_numbers_put_the_lower_bound_first():
    answer = kind_of(spread({"under 18": 4, "18-24": 6, "25-34": 7, "35 or more": 5}))
    assert answer["stat_type"] == "ordinal"
    assert answer["order"] == ["under 18", "18-24", "25-34", "35 or more"], answer


def test_letter_grades_are_ordered_best_first():
    answer = kind_of(spread({"A+": 3, "A": 5, "A-": 4, "B": 6, "C": 3}), "grade")
    assert answer["stat_type"] == "ordinal"
    assert answer["order"] == ["A+", "A", "A-", "B", "C"], answer


@pytest.mark.parametrize("counts, stat_type", [
    ({1: 20, 2: 21, 3: 20}, "nominal"),             # groups of equal size: codes
    ({0: 40, 1: 25, 2: 12, 3: 5}, "discrete"),      # most at the lowest, fewer up: counts
    ({1: 30, 2: 5, 3: 28}, "nominal"),              # a dip between two modes: categories
    ({1: 5, 2: 12, 3: 25, 4: 14, 5: 6}, "ordinal"),  # a hump: a rating scale
    ({17: 10, 18: 14, 19: 9, 20: 12}, "discrete"),  # not from 0 or 1: amounts
])
def test_a_few_whole_number_levels_are_read_by_the_shape_of_their_counts(counts, stat_type):
    answer = kind_of(spread(counts), "q7")
    assert answer["stat_type"] == stat_type, answer


def test_a_scale_with_a_level_never_used_over_many_rows_is_read_as_counts():
    answer = kind_of(spread({1: 20, 2: 35, 4: 30, 5: 25}), "q7")
    assert answer["stat_type"] == "discrete", answer
    assert "3" in str(answer["reason"]), answer["reason"]
    # README: where the values cannot settle a type the confidence stays at or below 0.6
    assert 0 < answer["confidence"] <= 0.6, answer


def test_the_examples_of_categories_are_the_commonest():
    values = spread({"oak": 9, "ash": 2, "elm": 7, "yew": 1, "fir": 5, "box": 1})
    tree = kind_of(values, "tree")
    assert tree["stat_type"] == "nominal"
    assert "oak, elm, fir" in str(tree["reason"]), tree["reason"]


def test_yearly_comes_before_twice_a_year():
    answer = kind_of(spread({"yearly": 5, "twice a year": 6, "monthly": 7, "weekly": 4}))
    assert answer["stat_type"] == "ordinal", answer
    assert answer["order"] == ["yearly", "twice a year", "monthly", "weekly"]


@pytest.mark.parametrize("code", [999, 9999, 99999])
def test_a_run_of_nines_of_any_length_far_above_the_rest_is_a_missing_code(code):
    ages = [20 + (i * 7) % 45 for i in range(80)] + [code, code]
    age = kind_of(ages, "age")
    assert str(code) in str(age["reason"]), age["reason"]
    assert age["stat_type"] == kind_of(ages[:-2], "age")["stat_type"]


def quarters(n: int, between: list | None = None):
    """n quarterly rows: year, then `between` columns, quarter, and a value."""
    header = "year" + "".join(f",{c}" for c, _ in between or []) + ",quarter,sales"
    rows = [(2001 + i // 4, *(f(i) for _, f in between or []), i % 4 + 1, 100 + (i * 37) % 23)
            for i in range(n)]
    return profile_of(header, rows, target="sales")


def test_a_year_and_a_quarter_together_index_a_time_series():
    p = quarters(10)
    assert p.facts["time_indexed"] is True, p.reasons["time_indexed"]
    assert "quarter" in str(p.reasons["time_indexed"]["reason"])


def test_a_year_and_a_month_of_twelve_levels_index_a_time_series():
    """Twelve levels, the months of a year, is the most a period column may have."""
    rows = [(2001 + i // 12, i % 12 + 1, 100 + (i * 37) % 23) for i in range(36)]
    p = profile_of("year,month,sales", rows, target="sales")
    assert p.facts["time_indexed"] is True, p.reasons["time_indexed"]
    assert "'month'" in str(p.reasons["time_indexed"]["reason"])


def test_a_year_and_its_periods_are_less_sure_than_a_date_per_row():
    """A series read from a year and a period column is surer than rows that merely follow
    dates (0.75) and less sure than one with a date of its own on every row (0.9)."""
    found = quarters(12).reasons["time_indexed"]
    dated = profile_of("day,sales", [(f"2001-01-{i + 1:02d}", 100 + (i * 37) % 23) for i in range(20)],
                       target="sales").reasons["time_indexed"]
    assert dated["confidence"] == 0.9
    assert 0.75 < found["confidence"] < dated["confidence"]


def test_a_many_level_column_beside_the_quarter_does_not_hide_it():
    # 'visits', a count of 20 levels, too many to number the periods of a year
    p = quarters(40, [("visits", lambda i: 3 + (i * 7) % 20)])
    assert column(p, "visits")["stat_type"] == "discrete"
    assert p.facts["time_indexed"] is True, p.reasons["time_indexed"]
    assert "'quarter'" in str(p.reasons["time_indexed"]["reason"])


def test_the_rows_missing_any_value_are_counted_once_each():
    import pandas as pd

    from mlwf.profiling.metafeatures import describe
    X = pd.DataFrame({"a": [1.0, None, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0],
                      "b": [None, None, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]})
    y = pd.Series([0, 1] * 5)
    found = describe(X, y, "classification")
    assert found["rows_with_missing"] == pytest.approx(0.2)
    assert found["missing_ratio"] == pytest.approx(0.15)


def test_one_feature_over_a_hundred_rows_is_one_hundredth_a_row():
    import math

    import pandas as pd

    from mlwf.profiling.metafeatures import describe
    X = pd.DataFrame({"a": [float(i % 17) for i in range(100)]})
    y = pd.Series([i % 2 for i in range(100)])
    found = describe(X, y, "classification")
    assert found["log_features_per_sample"] == pytest.approx(math.log10(1 / 100))


def features_table(n: int, informative: int, noise: int = 0):
    """n rows of `informative` features whose sum makes the class, then `noise` features."""
    import random
    rng = random.Random(7)
    rows = []
    for _ in range(n):
        signal = [rng.randint(0, 3) for _ in range(informative)]
        rows.append((*signal, *(rng.randint(0, 3) for _ in range(noise)),
                     "hi" if sum(signal) > 1.5 * informative else "lo"))
    names = [f"f{i}" for i in range(informative)] + [f"n{i}" for i in range(noise)]
    return profile_of(",".join(names) + ",label", rows, target="label")


def test_one_feature_that_decides_the_class_is_a_few_features():
    p = features_table(400, 1, noise=7)
    few = p.reasons["few_important_features"]
    assert p.facts["few_important_features"] is True, few
    assert "'f0'" in str(few["reason"]) and "..." not in str(few["reason"])
    assert "the first" not in str(few["reason"])   # every feature was scored


def test_many_features_sharing_the_class_name_the_first_three_and_more():
    p = features_table(1500, 8)
    few = p.reasons["few_important_features"]
    assert p.facts["few_important_features"] is False, few
    assert ", ...)" in str(few["reason"]), few["reason"]


def test_one_feature_in_four_holding_the_class_is_a_few_features():
    """A quarter of four features is one: one feature that decides the class is few."""
    p = features_table(400, 1, noise=3)
    assert p.facts["few_important_features"] is True, p.reasons["few_important_features"]


def test_fewer_than_thirty_rows_with_a_target_leave_few_features_open():
    found = features_table(20, 1, noise=4).reasons["few_important_features"]
    assert found["value"] is None
    assert "fewer than 30 rows have a target value" in str(found["reason"])


def test_a_small_table_gives_a_less_sure_answer_than_a_large_one():
    small = features_table(200, 1, noise=7).reasons["few_important_features"]
    large = features_table(7000, 1, noise=7).reasons["few_important_features"]
    assert 0.5 <= small["confidence"] < large["confidence"] <= 0.8


def test_values_cycling_down_again_and_again_are_not_units_in_blocks():
    values = [12 - i % 12 for i in range(36)]     # 12, 11, ..., 1, 12, 11, ...
    assert kind_of(values, "score")["stat_type"] != "identifier"


def test_a_value_exactly_on_the_fence_is_not_an_outlier():
    # quartiles 10.5 and 20.5: the fences are 15 below and above, at -4.5 and 35.5
    values = [-4.5] * 2 + [10.5] * 25 + [15.5] * 25 + [20.5] * 46 + [35.5] * 2
    p = profile_of("amount,y", [(v, i % 2) for i, v in enumerate(values)])
    assert column(p, "amount")["outlier_ratio"] == 0
    assert p.facts["has_outliers"] is False


def test_whether_rows_are_one_time_series_is_stated_for_a_target_only():
    rows = [(2001 + i // 4, i % 4 + 1, 100 + (i * 37) % 23) for i in range(12)]
    assert "time_indexed" not in profile_of("year,quarter,sales", rows).facts
    assert "time_indexed" in profile_of("year,quarter,sales", rows, target="sales").facts


def test_the_metafeature_sample_reads_rows_by_default(tmp_path):
    from mlwf.profiling.metafeatures import read_sample
    path = tmp_path / "t.csv"
    path.write_text("a,b,label\n" + "".join(f"{i},{i % 3},{'xy'[i % 2]}\n" for i in range(50)))
    X, y = read_sample(path, "label")
    assert len(X) == len(y) == 50 and list(X.columns) == ["a", "b"]


def test_whole_number_codes_of_places_from_zero_are_categories():
    district = kind_of([(i * 7) % 41 for i in range(123)], "district")
    assert district["stat_type"] == "nominal", district


def test_negative_whole_numbers_are_not_place_codes():
    district = kind_of([(i * 7) % 41 - 20 for i in range(123)], "district")
    assert district["stat_type"] != "nominal", district


def test_weekdays_numbered_one_to_seven_are_ordered_positions():
    weekday = kind_of([1 + i % 7 for i in range(42)], "weekday")
    assert weekday["stat_type"] == "ordinal", weekday


def test_a_column_with_one_value_names_it_and_an_empty_one_says_so():
    p = profile_of("note,other,y", [("only" if i == 3 else "", "", i % 2) for i in range(20)])
    assert column(p, "note")["stat_type"] == column(p, "other")["stat_type"] == "constant"
    assert "only" in str(column(p, "note")["reason"])
    assert "missing" in str(column(p, "other")["reason"])


def test_times_of_day_are_kept_in_the_range_of_a_datetime_column():
    stamps = [f"2024-03-{1 + i // 24:02d} {i % 24:02d}:30:00" for i in range(48)]
    when = kind_of(stamps, "when")
    assert when["stat_type"] == "datetime"
    assert "23:30" in when["max"], when


def test_distinct_whole_numbers_rising_irregularly_down_the_rows_are_an_identifier():
    values, v = [], 100
    for i in range(30):
        v += 1 + (i * 7) % 5
        values.append(v)
    assert kind_of(values, "ref")["stat_type"] == "identifier"


def test_distinct_whole_numbers_in_no_order_with_gaps_are_not_an_identifier():
    values = [(i * 37) % 101 * 3 + 1 for i in range(30)]     # distinct, shuffled, gaps of 3+
    assert kind_of(values, "weight")["stat_type"] != "identifier"


def test_a_file_exactly_at_the_size_limit_is_read():
    data = ("a,b\n" + "".join(f"{i},{i % 3}\n" for i in range(30))).encode()
    p = profile_csv(io.BytesIO(data), max_bytes=len(data))
    assert p.table["n_rows"] == 30


@pytest.mark.parametrize("junk", [b"\x00", b"\x01\x02\x03\x04\x05\x06" * 20])
def test_a_binary_file_is_refused(junk):
    from mlwf.profiling.profile import ProfileError
    data = b"a,b\n" + b"".join(b"%d,%d\n" % (i, i % 3) for i in range(60)) + junk + b",1\n"
    with pytest.raises(ProfileError):
        profile_csv(io.BytesIO(data))


def test_the_classes_of_a_target_are_counted_commonest_first():
    labels = spread({"cat": 4, "dog": 11, "eel": 7})
    p = profile_of("x,label", [(i, v) for i, v in enumerate(labels)], target="label")
    assert list(p.target["class_counts"]) == ["dog", "eel", "cat"]


def test_the_top_values_of_many_categories_are_the_ten_commonest_with_their_counts():
    values = [f"k{i % 250}" if i % 4 else "common" for i in range(1000)]
    shop = kind_of(values, "shop")
    assert shop["stat_type"] == "nominal"
    assert len(shop["top_values"]) == 10
    assert shop["top_values"]["common"] == 250
    assert shop["top_values_estimated"] is False       # every row was counted


def test_levels_mostly_whole_name_how_many_are_not():
    # the two levels that are not whole are the top ones (one between whole levels makes
    # the column an amount on a grid of halves)
    values = spread({0: 9, 1: 8, 2: 7, 3: 6, 4: 5, 5: 4, 5.5: 3, 6.5: 3})
    q = kind_of(values, "q7")
    assert q["stat_type"] == "discrete", q
    assert "but 2 (" in str(q["reason"]), q["reason"]


def test_a_top_value_under_ten_times_the_rest_is_no_missing_code():
    weights = [50 + (i * 7) % 101 for i in range(80)] + [999]
    assert "missing" not in str(kind_of(weights, "weight")["reason"])


def test_dates_with_one_unreadable_value_are_still_dates():
    days = [f"2024-01-{1 + i % 28:02d}" for i in range(40)]
    days[17] = "2024-02-31"
    assert kind_of(days, "day")["stat_type"] == "datetime"


def test_many_decimal_values_with_a_missing_code_count_its_rows():
    values = [12.25 + (i * 37) % 301 / 7 for i in range(300)] + [9999, 9999]
    amount = kind_of(values, "amount")
    assert "9999 (2 rows)" in str(amount["reason"]), amount["reason"]


def test_a_few_distinct_codes_with_leading_zeros_are_categories_not_identifiers():
    codes = ["01", "02", "03", "05", "07"]
    assert kind_of(codes, "zone")["stat_type"] == "nominal"


def test_days_counted_from_zero_down_the_rows_are_a_time_index():
    assert kind_of(list(range(0, 400, 2)), "day")["stat_type"] == "datetime"


def test_a_column_named_day_holding_large_numbers_in_no_order_is_no_date():
    values = [40 + (i * 37) % 101 for i in range(60)]
    assert kind_of(values, "day")["stat_type"] != "datetime"


def test_whole_numbers_from_zero_with_a_long_tail_are_counts_of_events():
    ordered = [0] * 40 + [1] * 20 + [2] * 10 + list(range(3, 60))
    values = [ordered[(i * 37) % len(ordered)] for i in range(len(ordered))]   # 127 is prime
    assert kind_of(values, "calls")["stat_type"] == "discrete"
    tail = kind_of(values, "amount")
    assert tail["stat_type"] == "discrete" and "counts of events" in str(tail["reason"]), tail


def test_distinct_strings_named_as_a_key_are_a_surer_identifier_than_names():
    names = [f"{a} {b}" for a in ("ann", "bob", "cy", "dee") for b in ("ash", "oak", "elm")]
    keyed = kind_of([f"c{i:03d}x" for i in range(12)], "customer_id")
    plain = kind_of(names, "name")
    assert keyed["stat_type"] == plain["stat_type"] == "identifier"
    assert "customer_id" in str(keyed["reason"]) and keyed["confidence"] > plain["confidence"]


def test_minutes_numbered_0_to_59_are_ordered_positions():
    assert kind_of([i % 60 for i in range(120)], "minute")["stat_type"] == "ordinal"


def test_a_three_level_known_scale_is_surer_than_a_two_level_one():
    three = kind_of(spread({"low": 5, "medium": 6, "high": 5}))
    two = kind_of(spread({"low": 5, "high": 7, "medium": 0}))
    assert three["stat_type"] == two["stat_type"] == "ordinal"
    assert three["confidence"] > two["confidence"]


def test_ids_of_units_each_in_a_block_of_three_rows_are_identifiers():
    values = [101 + i // 3 for i in range(120)]
    assert kind_of(values, "unitno")["stat_type"] == "identifier"


def test_every_reading_of_an_odd_column_has_a_confidence_between_0_and_1():
    rng = [(i * 37) % 97 for i in range(400)]
    p = profile_of("industry,q7,shop,y", [
        (1110 + 1000 * (r % 9) + 7 * (r % 3),            # codes of one width, scattered
         (1, 2, 4, 5)[r % 4],                            # a scale with a level never used
         f"s{r % 60}",                                   # many categories
         i % 2) for i, r in enumerate(rng)])
    assert all(0 < c["confidence"] <= 1 for c in p.columns), p.columns
    assert column(p, "industry")["stat_type"] == "nominal"


def test_a_table_of_exactly_the_widest_allowed_is_read():
    MAX_COLUMNS = 1000   # README, "Width"
    header = ",".join(f"c{j}" for j in range(MAX_COLUMNS))
    rows = [",".join(str((i * j) % 7) for j in range(MAX_COLUMNS)) for i in range(3)]
    p = profile_csv(io.BytesIO(("\n".join([header, *rows]) + "\n").encode()))
    assert p.table["n_columns"] == MAX_COLUMNS


# Survivors of the profiler's mutation run of 2026-12-01 (docs/mutation-survivors.md):
# each boundary tested here is one the README states.

def test_one_line_in_ten_with_a_field_too_many_is_named_by_its_number():
    # README "Reading the file": the delimiter is the one that splits the header and 90 %
    # of the first lines alike; a line that still disagrees is then named.
    from mlwf.profiling.profile import ProfileError
    rows = [f"{i},{2 * i}" + (",x" if i == 3 else "") for i in range(10)]
    with pytest.raises(ProfileError) as err:
        profile_of("a,b", rows)
    assert "line 5 has 3 fields" in str(err.value.message), err.value.message


@pytest.mark.parametrize("extra", [(3, 7), (1, 3, 5, 7, 9)])
def test_lines_that_often_have_a_field_too_many_use_no_one_delimiter(extra):
    from mlwf.profiling.profile import ProfileError
    rows = [f"{i},{2 * i}" + (",x" if i in extra else "") for i in range(10)]
    with pytest.raises(ProfileError) as err:
        profile_of("a,b", rows)
    assert "into 2 columns but the data lines have 2, 3 fields" in str(err.value.message), \
        err.value.message


def test_codes_of_which_half_are_numbers_and_half_carry_letters_are_kept_as_text():
    # README: letters among numbers (at least half the values numbers) keep codes as text
    code = kind_of([str(i) if i % 2 == 0 else f"A{i}" for i in range(20)], "code")
    assert code["stat_type"] == "identifier"
    assert "mix numbers with letters" in str(code["reason"]), code["reason"]


def test_rows_of_which_nine_in_ten_have_a_time_of_their_own_are_a_time_series():
    # README "Facts about the whole table": (nearly, 90 %) every row a time of its own
    days = [1, 2, 3, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12, 12, 13, 14, 15, 16, 17, 18]
    p = profile_of("date,value", [(f"2020-01-{d:02d}", (i * 7) % 11) for i, d in enumerate(days)])
    assert p.facts["time_ordered"] is True
    assert "a time series indexed by it" in str(p.reasons["time_ordered"]["reason"]), p.reasons


def test_a_column_named_year_up_to_2100_holds_years():
    # README's table of types: whole numbers 1500-2100 named a year
    year = kind_of([2100 - (i * 7) % 101 for i in range(101)], "year")
    assert year["stat_type"] == "datetime", year


def test_three_words_a_value_mostly_different_are_free_text():
    # README's table of types: three words and more mostly different row to row
    note = kind_of([f"word{i % 15} blue cat" for i in range(20)], "note")
    assert note["stat_type"] == "text", note


def test_a_weekday_numbered_1_to_7_is_a_position_in_the_week():
    day = kind_of([1 + i % 7 for i in range(40)], "weekday")
    assert day["stat_type"] == "ordinal" and "weekday of a date" in str(day["reason"]), day


def test_a_date_part_at_the_end_of_a_longer_name_is_read_as_one():
    month = kind_of([1 + (i * 5) % 12 for i in range(48)], "visit_month")
    assert month["stat_type"] == "ordinal" and "month of a date" in str(month["reason"]), month


def test_a_column_named_as_a_number_of_things_is_counts_from_zero():
    books = kind_of([i % 5 for i in range(40)], "nbooks")
    assert books["stat_type"] == "discrete" and "named as a number of things" in str(books["reason"]), books


def test_numbers_are_shown_to_four_decimals_and_confidences_to_two():
    # as every profile the README shows; the code 999 lowers the confidence by a tenth
    values = [round(1 + ((i * 37) % 101) ** 1.7 / 97, 3) for i in range(80)] + [999]
    p = profile_of("amount,y", [(v, i % 2) for i, v in enumerate(values)])
    amount = column(p, "amount")
    assert "999" in str(amount["reason"]), amount
    assert all(amount[k] == round(amount[k], 4) for k in ("mean", "std", "skew")), amount
    assert amount["skew"] != round(amount["skew"], 3)  # so a fifth decimal would show
    assert all(c["confidence"] == round(c["confidence"], 2) for c in p.columns), p.columns


def test_only_the_statistics_that_overflow_are_said_to():
    # past ~1e154 a square overflows a float: the spread does, the mean does not
    values = [3.5, 1.25, 7.75, 2.5, 9.0, 4.75, 6.5, 1.75, 8.25, 5.5] * 3
    p = profile_of("big,small,y", [(f"{v}e200", v, i % 2) for i, v in enumerate(values)])
    big, small = p.to_json()["columns"][:2]
    assert big["mean"] is not None and big["std"] is None, big
    assert "The std overflow" in big["reason"], big["reason"]
    assert "overflow" not in small["reason"], small["reason"]


def test_codes_of_one_width_repeated_unevenly_are_nominal_and_not_sure():
    # README's table of types: whole numbers of one width, scattered, each repeated:
    # nominal, 0.6
    codes = [1011, 1350, 2712, 3820, 4133, 5019, 5244, 6391, 7002, 7777, 8123, 9410]
    answer = kind_of(spread({c: (20 if k == 2 else 3 + k % 2) for k, c in enumerate(codes)}))
    assert answer["stat_type"] == "nominal" and "of one width" in str(answer["reason"]), answer
    assert 0 < answer["confidence"] <= 0.6, answer


def test_numbering_that_restarts_is_read_when_nine_steps_in_ten_count_one():
    # README's table of types: numbering that counts 1 by 1 (nine steps in ten) and starts
    # again; 81 rows in nine runs make 72 steps of +1 among 80, exactly nine in ten (five runs
    # of eleven: most groups reach the highest number, as the ids of units seen again in each
    # group do, not the fewer and fewer rows of groups of different sizes)
    numbering = [k + 1 for size in (11, 11, 11, 11, 11, 6, 6, 7, 7) for k in range(size)]
    assert kind_of(numbering, "v")["stat_type"] == "identifier"
    # one step fewer, as the README says, is not enough
    assert kind_of(numbering[:-1] + [1], "v")["stat_type"] != "identifier"


def test_thirty_units_in_blocks_of_uneven_size_are_ids_of_units():
    # README's table of types: one block per value, of about equal sizes or 30 values and more
    def blocks(units):
        return [101 + u for u in range(units) for _ in range(8 if u % 7 == 0 else 2)]
    assert kind_of(blocks(30), "v")["stat_type"] == "identifier"
    assert kind_of(blocks(29), "v")["stat_type"] != "identifier"


def test_once_a_wk_and_every_week_are_as_often_so_the_answers_are_not_ordered():
    answer = kind_of(spread({"never": 5, "once a month": 6, "once a wk": 7, "every week": 4,
                             "daily": 3}))
    assert answer["stat_type"] == "nominal", answer
    # without the tie the same answers are ordered
    ordered = kind_of(spread({"never": 5, "once a month": 6, "once a wk": 7, "daily": 3}))
    assert ordered["order"] == ["never", "once a month", "once a wk", "daily"], ordered


@pytest.mark.parametrize("scale", [1e-3, 1e-7, 1e-9])
def test_the_skew_of_tiny_numbers_is_the_skew_of_the_same_numbers_at_any_scale(scale):
    # wavelengths in metres, concentrations in mol/l: a unit changes no shape
    base = [round(2 ** (((i * 37) % 101) / 12), 3) for i in range(80)]
    plain = column(profile_of("w,y", [(v, i % 2) for i, v in enumerate(base)]), "w")
    tiny = profile_of("w,y", [(f"{v * scale:.6g}", i % 2) for i, v in enumerate(base)])
    assert plain["skew"] > 1
    assert column(tiny, "w")["skew"] == pytest.approx(plain["skew"], abs=1e-3)
    assert tiny.facts["skewed"] is True


def test_a_bad_line_past_the_head_of_long_lines_is_named_by_its_number():
    # The delimiter is read off the first 64 KB (README "Reading the file"); lines past it
    # that break the layout are refused by number, not by a guess at another delimiter.
    from mlwf.profiling.profile import ProfileError
    rows = [f"{i},{'x' * 1000}" + (",z" if i >= 100 else "") for i in range(150)]
    with pytest.raises(ProfileError) as err:
        profile_of("a,b", rows)
    assert "line 102 has 3 fields" in str(err.value.message), err.value.message


def test_two_digit_years_end_at_99_and_span_at_least_three_years():
    # README's table of types: 20-99 named a year, over at least 3 years
    assert kind_of([38 + (i * 7) % 36 for i in range(120)], "yr")["stat_type"] == "datetime"
    assert kind_of([20 + (i * 37) % 81 for i in range(120)], "yr")["stat_type"] != "datetime"
    assert kind_of([50 + i % 3 for i in range(30)], "yr")["stat_type"] != "datetime"


def test_a_value_quoted_in_a_reason_is_cut_past_40_characters():
    # README, "How a column's type is decided": values are quoted up to 40 characters
    note = kind_of(spread({"a" * 40: 5, "b" * 41: 4, "c": 3}), "note")
    assert "a" * 40 + "," in str(note["reason"]), note["reason"]
    assert "b" * 39 + "…," in str(note["reason"]), note["reason"]


def test_a_few_decimal_levels_are_named_up_to_six():
    # README, "How a column's type is decided": a reason names at most six levels
    dose = kind_of([1.5 + k for k in range(7) for _ in range(5)], "dose")
    assert "(1.5, 2.5, 3.5, 4.5, 5.5, 6.5)" in str(dose["reason"]), dose["reason"]


@pytest.mark.parametrize("days", [500, 10_000])
def test_days_counted_from_a_start_with_rows_sharing_a_day_order_the_rows_in_time(days):
    # a count of days is a time index, not a year: however many days, rows in its order
    # follow time (README "Facts about the whole table": rows whose times repeat are
    # time-ordered but not one series)
    p = profile_of("day,value", [(1 + i // 2, (i * 7) % 11) for i in range(2 * days)])
    assert column(p, "day")["stat_type"] == "datetime"
    assert p.facts["time_ordered"] is True, p.reasons["time_ordered"]
    assert "year" not in str(p.reasons["time_ordered"]["reason"])


def test_sentences_are_judged_on_the_first_5000_values():
    # README's table of types: values of which half end as sentences do, judged on up to
    # 5 000 of them; here exactly half of the first 5 000, and a 5 001st that does not
    notes = [f"cat {i} sat here" + ("." if i % 2 == 0 else "") for i in range(5000)]
    notes.append("cat 5000 sat here")
    note = kind_of(notes, "note")
    assert note["stat_type"] == "text" and "written as sentences" in str(note["reason"]), note


# Files past one chunk (200 000 rows) or a full sample (50 000 rows): README "How a column's
# type is decided" reads the whole column in chunks and shapes on a uniform sample of
# 50 000 rows. Each file here is profiled in well under a second.

def big_csv(header: str, row, n: int) -> io.BytesIO:
    return io.BytesIO((header + "\n" + "".join(row(i) + "\n" for i in range(n))).encode())


def test_a_file_one_row_longer_than_the_sample_is_profiled():
    p = profile_csv(big_csv("x,y", lambda i: f"{(i * 7919) % 100003},{i % 2}", 50_001))
    assert p.table["n_rows"] == 50_001


def test_the_sample_draws_from_every_chunk_of_the_file():
    # 1 000 rare categories over the first 200 000 rows, then 5 common ones over 100 000:
    # past 200 categories the commonest come from the sample, which must reach the end
    def row(i):
        return f"a{i % 1000},{i % 2}" if i < 200_000 else f"b{i % 5},{i % 2}"
    shop = column(profile_csv(big_csv("shop,y", row, 300_000)), "shop")
    assert shop["top_values_estimated"] is True
    assert set(list(shop["top_values"])[:5]) == {"b0", "b1", "b2", "b3", "b4"}, shop["top_values"]


def test_a_row_number_over_two_chunks_is_a_row_number():
    n = 250_000
    row_no = column(profile_csv(big_csv("v,y", lambda i: f"{i + 1},{i % 2}", n)), "v")
    assert row_no["stat_type"] == "identifier"
    assert "count 1 by 1" in str(row_no["reason"]), row_no["reason"]


def test_numbers_that_fall_back_between_two_chunks_do_not_rise_row_by_row():
    # distinct whole numbers rising within the first 200 000 rows and within the rest,
    # falling between them: not a row number
    v = column(profile_csv(big_csv("v,y", lambda i: f"{100_000 + i if i < 200_000 else i - 200_000},"
                                                    f"{i % 2}", 250_000)), "v")
    assert "rise row by row" not in str(v["reason"]), v["reason"]


def test_years_that_go_back_up_between_two_chunks_are_not_in_time_order():
    # falling within the first 200 000 rows and within the rest, rising between them
    def row(i):
        return f"{2100 - i // 500 if i < 200_000 else 2000 - (i - 200_000) // 500},{i % 7}"
    p = profile_csv(big_csv("year,value", row, 250_000))
    assert "'year' is not in time order over the rows" in str(p.reasons["time_ordered"]["reason"]), \
        p.reasons["time_ordered"]


def test_units_of_which_a_tenth_come_back_after_their_block_are_not_in_blocks():
    # README's table of types: one block per value, one value in twenty allowed to come back
    once = [101 + u for u in range(20) for _ in range(2)]
    assert kind_of(once + [101], "v")["stat_type"] == "identifier"
    back = kind_of(once + [101, 102], "v")
    assert "single block" not in str(back["reason"]), back


def test_every_reading_of_a_table_of_odd_columns_is_sure_within_0_and_1():
    # README's table of types gives each reading a confidence between 0.55 and 0.98 (1 for
    # a column with no value at all)
    roman, brackets = ["I", "II", "III", "IV", "V"], ["0-10", "10-20", "20-30", "30-40"]
    p = profile_of("empty,grade,age_band,amount,q3,score,y", [
        ("", roman[i % 5], brackets[i % 4], 17 + (i * 7) % 9,
         (1, 2, 3, 4, 5)[(i * 3) % 5] if i % 7 else 3, int(2 ** (((i * 37) % 101) / 13)) - 1,
         i % 2) for i in range(120)])
    kinds = {c["name"]: (c["stat_type"], c["confidence"]) for c in p.columns}
    assert kinds["empty"] == ("constant", 1.0), kinds
    assert [kinds[n][0] for n in ("grade", "age_band", "amount", "q3", "score")] == \
        ["ordinal", "ordinal", "discrete", "ordinal", "discrete"], kinds
    assert all(0 < confidence <= 1 for _, confidence in kinds.values()), kinds


@pytest.mark.parametrize("features, rows", [(2, 60), (5, 20)])
def test_whether_few_features_matter_is_left_open_with_no_confidence(features, rows):
    # too few features, or fewer than 30 rows with a target: the fact is left unset and
    # its confidence is 0, so the advice asks instead of assuming
    header = ",".join(f"f{j}" for j in range(features)) + ",y"
    p = profile_of(header, [tuple((i * (j + 3)) % 7 for j in range(features)) + ("ab"[i % 2],)
                            for i in range(rows)], target="y")
    found = p.reasons["few_important_features"]
    assert found["value"] is None and found["confidence"] == 0.0, found
    assert "Left open" in str(found["reason"]), found


def test_a_header_of_eight_numbers_is_quoted_by_its_first_six():
    from mlwf.profiling.profile import ProfileError
    rows = [",".join(str(i * 8 + j + 0.5) for j in range(8)) for i in range(4)]
    with pytest.raises(ProfileError) as err:
        profile_csv(io.BytesIO(("\n".join(rows) + "\n").encode()))
    shown = str(err.value.message)
    assert "5.5, ..." in shown and "6.5" not in shown, shown


def test_the_missing_share_of_a_column_is_shown_to_four_decimals():
    p = profile_of("a,y", [("" if i == 3 else i, i % 2) for i in range(7)])
    assert column(p, "a")["missing_ratio"] == 0.1429


def test_lines_that_disagree_within_the_first_64_kb_are_refused_as_a_whole():
    # README "Reading the file": the first 200 lines within 64 KB settle the delimiter;
    # here a quarter of them have a field too many, past the first kilobyte
    from mlwf.profiling.profile import ProfileError
    rows = [f"{i:06d},{'x' * 12}" + (",z" if i >= 150 else "") for i in range(200)]
    with pytest.raises(ProfileError) as err:
        profile_of("a,b", rows)
    assert "the lines do not use one delimiter" in str(err.value.message), err.value.message


def test_lines_that_leave_off_their_trailing_fields_read_them_as_missing():
    # README "Reading the file": a writer that drops trailing empty fields (a component
    # list whose category is filled on three rows in four) still writes one delimiter
    rows = [f'C{i},c{i}s,"A thing, number {i}."' + (f",kind{i % 3}" if i % 4 else "")
            for i in range(20)]
    p = profile_of("component,list_name,description,category", rows)
    assert p.table["n_columns"] == 4 and p.table["delimiter"] == ",", p.table
    assert column(p, "category")["missing_ratio"] == 0.25, column(p, "category")
    assert column(p, "category")["stat_type"] == "nominal", column(p, "category")
    assert column(p, "description")["missing_ratio"] == 0.0, column(p, "description")


def test_a_header_ending_in_a_delimiter_above_lines_without_it_is_read():
    """Kaggle's breast-cancer data.csv: the header ends with a comma (an empty 33rd name) and
    no line below has the field. pandas reads it with an empty 'Unnamed: 32'; the profile
    reads the 32 columns and reports the empty one as such."""
    rows = [f"{842302 + i},{'M' if i % 3 else 'B'},{17.99 - i * 0.1:.2f},{10.38 + i * 0.2:.2f}"
            for i in range(40)]
    p = profile_of('"id","diagnosis","radius_mean","texture_mean",', rows)
    assert p.table["delimiter"] == ",", p.table
    assert column(p, "radius_mean")["stat_type"] == "continuous", column(p, "radius_mean")
    assert column(p, "diagnosis")["stat_type"] == "boolean", column(p, "diagnosis")
    assert column(p, "Unnamed: 4")["missing_ratio"] == 1.0, p.columns[-1]
    # the same lines under a header whose last name is filled stay refused
    from mlwf.profiling.profile import ProfileError
    with pytest.raises(ProfileError):
        profile_of('"id","diagnosis","radius_mean","texture_mean","area"', rows)


def test_lines_mostly_short_of_the_header_are_refused():
    # two fields on most lines under a header of four: no trailing fields left off here,
    # but a header that does not fit the file
    from mlwf.profiling.profile import ProfileError
    rows = [f"{i},{i % 3}" + (",x,y" if i % 3 == 0 else "") for i in range(30)]
    with pytest.raises(ProfileError) as err:
        profile_of("a,b,c,d", rows)
    assert "the lines do not use one delimiter" in str(err.value.message), err.value.message
    assert "2, 4 fields" in str(err.value.message), err.value.message


def test_rows_made_to_hash_alike_are_not_counted_as_duplicates():
    """Two rows with no value in common whose hashes, under the row hash's old fixed weights,
    were equal: found by inverting pandas' keyless hash of numbers (the mutation-test helpers,
    75 tries). With secret keys new for each file no row can be made to match another."""
    rows = [(1, 2), (77, -83506.81889229949), (100, 0), (101, 3)]
    for _ in range(3):
        p = profile_of("a,b", rows)
        assert p.table["duplicate_rows"] == 0
        assert p.table["duplicate_rows_exact"] is True
    # real copies still count, whatever the chunk made of the numbers' type
    p = profile_of("a,b,c", [(1, 2.5, "x"), (3, 4.0, "y"), (1, 2.5, "x"), (3, 4, "y")])
    assert p.table["duplicate_rows"] == 2


def test_a_time_index_with_gaps_is_no_year_and_its_rows_are_in_time_order():
    """`t` counts periods 1 to 14, three cells left empty. It is a time index, not a column
    of years (which alone would order nothing), and nothing repeats: the rows are in time
    order, and what keeps it from being one series is the rows with no time."""
    rows = "t,sales\n" + "".join(f"{'' if i % 5 == 0 else i},{100 + i % 5}\n" for i in range(15))
    p = profile_csv(io.BytesIO(rows.encode()), "sales")
    t = next(c for c in p.columns if c["name"] == "t")
    assert t["stat_type"] == "datetime" and "time index" in str(t["reason"]), t
    assert not t.get("years"), t
    assert p.facts["time_ordered"] is True and p.facts["time_indexed"] is False
    said = render(p.reasons["time_indexed"]["reason"]) + render(p.reasons["time_ordered"]["reason"])
    assert "20% of the rows have no time" in said and "repeats" not in said, said
    assert "share a time" not in said, said


def test_periods_before_and_after_an_event_are_a_time_index():
    """An event study's periods, -5 to 20 down the rows: a time index, not a row number."""
    rows = "period,y\n" + "".join(f"{i},{(i * i) % 7}\n" for i in range(-5, 21))
    p = profile_csv(io.BytesIO(rows.encode()), "y")
    v = next(c for c in p.columns if c["name"] == "period")
    assert v["stat_type"] == "datetime", v
    assert "before and after a reference point" in str(v["reason"]), v


def test_years_and_periods_numbered_past_100_are_a_time_series():
    """A year and a period within it order every row, whatever numbers the periods carry
    (1, 50, 101 here): the pair, not year * 100 + period, is the time."""
    rows = "year,period,x\n" + "".join(f"{y},{p},{(y * p) % 11}\n"
                                       for y in range(2000, 2010) for p in (1, 50, 101))
    p = profile_csv(io.BytesIO(rows.encode()), "x")
    assert p.facts["time_indexed"] is True, p.reasons["time_indexed"]


def test_the_metafeature_sample_reads_none_as_the_profile_did(tmp_path):
    # "None" is a level of the severity and missing among the doses, as the profile and
    # the evaluation runs read it: pandas' own list of missing markers would drop it as a
    # class too, and the sample would hold two classes of a target of three
    import math

    from mlwf.profiling.metafeatures import describe_csv, read_sample
    from mlwf.profiling.profile import profile_csv
    path = tmp_path / "t.csv"
    levels = ["None"] * 5 + ["Mild"] * 3 + ["Severe"] * 2
    path.write_text("dose,age,severity\n" + "".join(
        f"{'None' if i % 7 == 0 else i % 7},{20 + i % 50},{levels[i % 10]}\n" for i in range(300)))
    profile = profile_csv(path, target="severity")
    assert profile.table["none_levels"] == ["severity"], profile.table
    X, y = read_sample(path, "severity", none_levels=profile.table["none_levels"])
    assert y.value_counts().to_dict() == {"None": 150, "Mild": 90, "Severe": 60}
    assert X["dose"].isna().sum() == 43 and "None" not in set(X["dose"]), X["dose"]
    described = describe_csv(path, "severity", profile, profile.facts)
    entropy = -sum(p * math.log2(p) for p in (0.5, 0.3, 0.2)) / math.log2(3)
    assert described is not None and math.isclose(described["class_entropy"], entropy), described
