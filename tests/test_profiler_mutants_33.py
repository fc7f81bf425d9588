"""Profiles of small CSVs for what the fifth and sixth sittings of the profiler's mutation run
of commit 755eccb left unchecked: the header and encoding of a file (rising decimals above lines
that rise too, a one-column file's header quoted, a table aligned with spaces 300 columns
wide, a head in ASCII), whether a few features matter (two of four,
a feature empty where the target is known, eight levels of a number), meta-features of stated
classes, ordered levels (answers to how often, Roman numerals past forty, padded grades, known
scales beside a non-answer), small sets of whole numbers (ties, skipped levels, count names,
negative levels, survey codes), ids of units, decimal years, dates written as whole numbers,
steps and distinct counts over chunks, numbers among words and written with signs. Each test
states a rule the profiler's docstrings or the README give, on data made here, and was seen to
fail with its mutant put in.
"""
from __future__ import annotations

import io
import itertools
import math
import random

import numpy as np
import pandas as pd
import pytest
from profiles import column, kind_of, profile_rows, profile_text, reason, sample_order, shuffled

from mlwf.profiling import profile as profile_mod
from mlwf.profiling.metafeatures import from_facts
from mlwf.profiling.profile import ProfileError, profile_csv


def test_rising_decimals_above_four_lines_that_all_rise_are_a_first_line_of_data():
    # A first line of short decimals names the columns of a grid only where most lines below
    # do not rise; here all four rise as it does, so it is a line of data like them
    rows = ["b,1.0,2.0,3.0,4.0,5.0", "c,1.5,2.5,3.5,4.5,5.5", "d,0.5,1.5,2.0,3.0,3.5",
            "e,2.0,2.25,2.5,2.75,3.0"]
    with pytest.raises(ProfileError, match=r"\(a, 0\.5, 1\.0, 1\.5, 2\.0, 2\.5\) holds data"):
        profile_text("a,0.5,1.0,1.5,2.0,2.5\n" + "\n".join(rows) + "\n")


def test_a_one_column_file_whose_lines_use_every_delimiter_quotes_its_header():
    # The error names the header the user wrote, the first line, not any line below it
    with pytest.raises(ProfileError, match=r"single column \('title'\) but lines below hold"):
        profile_text("title\nx,1\ny;2\nz\t3\nw|4\n")


def test_a_table_of_300_columns_aligned_with_spaces_is_read():
    # As wide a table is as much a table: 300 fields on the header and on every line below,
    # numbers in each column, so it is not one long column of text
    header = " ".join(f"c{i}" for i in range(300))
    rows = "\n".join(" ".join(str(i + j) for j in range(300)) for i in range(4))
    assert profile_text(header + "\n" + rows + "\n").table["n_columns"] == 300


def test_a_file_ascii_in_its_head_then_utf8_and_one_stray_byte_is_named_utf8():
    # The head (the first 64 KB) is plain ASCII, so it shows no encoding; further down,
    # "Müller" is written in UTF-8 and "José" with one Windows-1252 byte. The file is UTF-8
    # with one byte read otherwise, not a Windows-1252 file (which has no UTF-8 characters).
    head = "name,n\n" + "".join(f"Ann{i:05d},{i % 9}\n" for i in range(8000))
    data = head.encode() + "M\u00fcller,2\n".encode() + b"Jos\xe9,1\n"
    assert len(head) > 64 * 1024
    p = profile_csv(io.BytesIO(data))
    assert p.table["encoding"] == "utf-8 (1 bytes that are not UTF-8 read as Windows-1252)", \
        p.table


# -- whether a few features matter (signals.few_important_features) ------------------------------

def _few(header: str, rows: list) -> dict:
    return profile_rows(header, rows, target="y").reasons["few_important_features"]


def _two_features_of_four(repeats: int) -> list[tuple]:
    """Every pair of yes/no features f0, f1 `repeats` times, class 'hi' where both are 1: the
    two hold the same information about the class. Two features of noise beside them, in
    each class exactly half 'a' and half 'b', so they hold none."""
    rows, seen = [], {}
    for combo in itertools.product((0, 1), repeat=2):
        for _ in range(repeats):
            label = "hi" if all(combo) else "lo"
            k = seen[label] = seen.get(label, 0) + 1
            rows.append((*combo, "ab"[k % 2], "ab"[(k // 2) % 2], label))
    random.Random(4).shuffle(rows)
    return rows


def test_two_of_four_features_holding_the_information_are_not_a_few():
    # "few" is at most a quarter of the features: one of four, not two
    found = _few("f0,f1,n1,n2,y", _two_features_of_four(60))
    assert found["value"] is False, found
    assert "2 of 4 features ('f0', 'f1')" in str(found["reason"]), found["reason"]
    assert "many features matter" in str(found["reason"]), found["reason"]


def test_the_confidence_of_few_important_features_is_given_to_two_decimals():
    # 140 rows with a class: 0.5 + 140 / 20 000 = 0.507, shown as 0.51
    found = _few("f0,f1,n1,n2,y", _two_features_of_four(35))
    assert found["confidence"] == 0.51, found


def test_a_feature_with_values_only_where_the_target_is_missing_scores_nothing():
    # 'late' was recorded only on the rows whose class is not known yet: over the rows that
    # have a class it is all missing, one code, which tells nothing (and breaks nothing)
    rows = [(*r[:4], "", r[4]) for r in _two_features_of_four(50)]
    rows += [(0, 1, "a", "b", str(2.5 + i), "") for i in range(20)]
    found = _few("f0,f1,n1,n2,late,y", rows)
    assert found["value"] is not None, found
    assert "'late'" not in str(found["reason"]), found["reason"]


# -- meta-features of stated facts (metafeatures.from_facts) ------------------------------------

def test_imbalanced_classes_give_no_minority_share_unless_it_is_stated():
    # 1/k is the minority's share only when the classes are balanced
    found = from_facts({"task": "classification", "n_classes": 3, "class_balance": "imbalanced"})
    assert "minority_share" not in found, found
    assert found["log_n_classes"] == pytest.approx(math.log2(3))


def test_a_single_stated_class_gives_no_count_of_classes_and_no_share():
    # a classification has two classes at least; one stated class is no balance of classes
    found = from_facts({"task": "classification", "n_classes": 1, "class_balance": "balanced"})
    assert "log_n_classes" not in found and "minority_share" not in found, found


# -- ordered levels (column_types: frequencies, Roman numerals, ranks, known scales) -----------

def test_three_answers_to_how_often_without_never_are_not_yet_a_scale():
    # never gives three answers a floor to order from; without it four are needed
    v = kind_of(["once a year", "once a month", "once a week"] * 4)
    assert v["stat_type"] == "nominal", v


def test_four_answers_to_how_often_are_all_shown_without_an_ellipsis():
    v = kind_of(["never", "once a year", "once a month", "once a week"] * 5)
    assert reason(v).endswith(
        "answers to how often, by times a year: never < once a year < once a month < "
        "once a week."), v


def test_roman_numerals_across_forty_are_consecutive():
    # XXXIX is 39 and XL 40 (L is 50, less the X before it)
    v = kind_of(["XXXVIII", "XXXIX", "XL", "XLI"] * 5)
    assert v["order"] == ["XXXVIII", "XXXIX", "XL", "XLI"], v


def test_grades_padded_with_a_second_space_to_align_them_are_still_ranked():
    # "Grade  9" above "Grade 10": the number is what follows the word, however many spaces
    v = kind_of(["Grade  9", "Grade 10", "Grade 11", "Grade 12"] * 5)
    assert v["order"] == ["Grade  9", "Grade 10", "Grade 11", "Grade 12"], v


def test_four_levels_of_a_known_scale_are_ordinal_with_the_higher_confidence():
    # three levels or more of a known scale: 0.85; two: 0.7
    v = kind_of(["low", "medium", "high", "very high"] * 5)
    assert v["stat_type"] == "ordinal" and v["confidence"] == 0.85, v


def test_two_points_of_a_scale_beside_a_non_answer_are_no_scale():
    # beside "don't know", three points of a scale are needed to call the rest a scale
    v = kind_of(["low", "high", "don't know"] * 5)
    assert v["stat_type"] == "nominal", v


# -- small sets of whole numbers (column_types._integer_codes, _without_survey_codes) ------------

def test_a_level_with_as_many_rows_as_the_one_below_it_is_no_trough():
    # 30, 30, 45 rows at 0, 1, 2: no level has fewer rows than both its neighbours, so nothing
    # says unordered codes; the three levels stay a short scale
    v = kind_of(shuffled([0] * 30 + [1] * 30 + [2] * 45))
    assert v["stat_type"] == "ordinal", v


def test_three_levels_that_skip_one_are_too_few_to_call_counts():
    # 1, 2 and 4 on 110 rows skip 3; with four levels or more a skipped step marks counts, with
    # three it says too little
    v = kind_of(shuffled([1] * 20 + [2] * 50 + [4] * 40))
    assert v["stat_type"] == "ordinal" and "skip" not in reason(v), v


def test_levels_in_a_column_named_as_a_count_are_counts_at_confidence_07():
    v = kind_of(shuffled([0] * 40 + [1] * 30 + [2] * 20 + [3] * 10), name="n_children")
    assert v["stat_type"] == "discrete" and v["confidence"] == 0.7, v
    assert "named 'n_children' are counts" in reason(v), v


def test_levels_below_zero_under_a_plural_name_are_no_number_of_things():
    # a number of things is never negative: -2 to 2 under "rank_moves" stay a scale
    v = kind_of(shuffled([-2] * 10 + [-1] * 20 + [0] * 40 + [1] * 20 + [2] * 10), name="rank_moves")
    assert v["stat_type"] == "ordinal", v
    assert "plural" not in reason(v), v


def test_ninety_six_is_a_survey_code_beside_ninety_eight():
    # 96 codes "other / not applicable" in many surveys, as 98 and 99 code "don't know"
    v = kind_of(shuffled(list(range(1, 6)) * 20 + [96] * 3 + [98] * 2), name="satisfaction")
    assert v["stat_type"] == "ordinal", v
    assert "The values 96, 98 (5 rows)" in reason(v) and "survey codes" in reason(v), v


# -- ids of units (column_types._whole_number_labels) -------------------------------------------

def test_ids_named_so_with_one_and_a_half_rows_each_scattered_are_ids_of_units():
    ids = list(range(101, 141))
    v = kind_of(shuffled(ids + ids[:20]), name="customer_id")
    assert v["stat_type"] == "identifier", v
    assert "1.5 rows each on average and scattered over the rows" in reason(v), v


def test_values_over_half_of_their_span_repeated_alike_are_no_scattered_ids():
    # 20 values over 1 to 40, three rows each: a half of the span, not the sparse scatter
    # (under a half) of ids drawn from a wide range
    values = [1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 40]
    v = kind_of(shuffled(values * 3))
    assert v["stat_type"] == "discrete", v


# -- years with a fraction (column_types._decimal_years) ----------------------------------------

def test_monthly_decimal_years_off_the_whole_month_are_a_time_axis_in_order():
    # a third of a month past each month's start: the grid is counted from the first value
    times = [round(1990 + (k + 1 / 3) / 12, 6) for k in range(36)]
    v = kind_of(times, name="time")
    assert v["stat_type"] == "datetime" and "rising by one month" in reason(v), v


def test_monthly_decimal_years_out_of_order_are_no_time_axis():
    # the same grid shuffled: the rows do not follow one month after the other
    times = [round(1990 + (k + 1 / 3) / 12, 6) for k in range(36)]
    v = kind_of(shuffled(times), name="time")
    assert v["stat_type"] == "continuous", v


# -- steps of one across chunks (profile._Column._sequence) -------------------------------------

def test_a_step_of_one_across_chunks_counts_once(monkeypatch):
    # 1 to 6, then 8 to 13, read in chunks of 5 rows: ten steps of one out of eleven, so no
    # row number, whether a step falls inside a chunk or across two
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 5)
    values = list(range(1, 7)) + list(range(8, 14))
    v = column(profile_rows("v,w", [(x, i % 3) for i, x in enumerate(values)]), "v")
    assert "count 1 by 1" not in reason(v), v
    assert v["stat_type"] == "discrete", v


def test_the_words_of_free_text_leave_out_a_5001st_value():
    # 5 000 notes of six words, then a 5 001st of 5 006 words: counted, it would lift the
    # mean to 7.0 words; the mean is read from the first 5 000 values
    notes = [f"Row {k} was written down today." for k in range(5000)]
    notes.append(" ".join(["word"] * 5005) + " end.")
    v = kind_of(notes, name="note")
    assert v["stat_type"] == "text" and "6.0 words per value" in reason(v), v


# -- numbers among words (profile._Column._decide_kind, _written) -------------------------------

def test_plus_and_minus_beside_another_placeholder_stay_signs():
    # a feature table's column: mostly 0, then '+' and '-' (the feature present or absent)
    # and one 'n.a.': the signs are values, not two more placeholders of a missing number
    v = kind_of(shuffled(["0"] * 90 + ["+"] * 5 + ["-"] * 4 + ["n.a."]), name="voiced")
    assert v["stat_type"] == "nominal", v


def test_numbers_in_nine_rows_of_ten_beside_two_placeholders_are_numbers():
    # 90 measurements, then '–' and 'n.a.' for the cells not measured: nine in ten numbers are
    # enough, the placeholders counted as missing
    values = [f"{1 + i * 0.37:.2f}" for i in range(90)] + ["–"] * 5 + ["n.a."] * 5
    v = kind_of(shuffled(values))
    assert v["stat_type"] == "continuous", v
    assert "Non-numbers ('n.a.', '–') were counted as missing" in reason(v), v


def test_two_numbers_beside_a_placeholder_are_codes_not_measurements():
    # three distinct numbers at least make measurements with a placeholder for the rest;
    # 1.5 and 2.5 beside '–' are three codes, categories with no letter among them
    v = kind_of(shuffled(["1.5"] * 30 + ["2.5"] * 30 + ["–"] * 40))
    assert v["stat_type"] == "nominal" and "categories" in reason(v), v
    assert "letters" not in reason(v), v


def test_amounts_with_a_currency_sign_in_95_rows_of_100_are_numbers():
    # 95 of 100 values read as numbers written with a sign, the least the reading takes
    v = kind_of(shuffled([f"${1000 + i * 37}" for i in range(95)] + ["TBD"] * 5), name="price")
    assert v["stat_type"] == "continuous", v
    assert "written with a currency sign" in reason(v), v


# -- distinct counts past the exact cap, over chunks (profile._Column._count) -------------------

def test_the_sketch_read_in_chunks_is_the_sketch_of_the_whole_column(monkeypatch):
    # No hashes kept for exact counts, chunks of 500 rows: each chunk adds its hashes below the
    # largest one kept. The label whose hash is the 2048th smallest comes last, alone in its
    # chunk; it falls between the two largest hashes kept and must still enter the sketch,
    # whose estimate is then (k - 1) / U(k) on the 2048 smallest hashes of all 5000 labels
    monkeypatch.setattr(profile_mod, "EXACT_DISTINCT", 1)
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 500)
    labels = [f"k{i}x" for i in range(5000)]
    hashes = pd.util.hash_array(np.array(labels, dtype=object))
    kth = int(np.argsort(hashes)[2047])
    others = shuffled(labels[:kth] + labels[kth + 1:])
    rows = others + others[:1] + [labels[kth]]     # 5000 rows, ten chunks, then the label
    expected = round(2047 / (float(hashes[kth]) / 2.0 ** 64))
    v = column(profile_rows("label,k", [(v, i % 7) for i, v in enumerate(rows)]), "label")
    assert v["cardinality_estimated"] is True and v["cardinality"] == expected, v


def test_the_budget_of_exact_counts_is_shared_among_the_columns(monkeypatch):
    # a budget of 8192 hashes over two columns: each counts exactly up to 4096 distinct
    # values, so 5000 labels are estimated
    monkeypatch.setattr(profile_mod, "DISTINCT_BUDGET", 8192)
    labels = [f"k{i}x" for i in range(5000)]
    v = column(profile_rows("label,k", [(v, i % 7) for i, v in enumerate(shuffled(labels))]),
               "label")
    assert v.get("cardinality_estimated") is True, v


def _eight_levels_rows() -> list[tuple]:
    """A feature of eight whole-number levels: half of the 340 rows at 0, split evenly between
    the classes, then 20 rows at each of 1 to 7, 14 of them 'hi' at the odd levels and 14 'lo'
    at the even ones. Three features of noise beside it, alternating within each class."""
    cells = [(0, "hi" if i % 2 else "lo") for i in range(200)]
    for level in range(1, 8):
        for i in range(20):
            up = (i < 14) == (level % 2 == 1)
            cells.append((level, "hi" if up else "lo"))
    seen: dict[str, int] = {}
    rows = []
    for level, label in cells:
        k = seen[label] = seen.get(label, 0) + 1
        rows.append((level, "ab"[k % 2], "ab"[(k // 2) % 2], "ab"[(k // 4) % 2], label))
    random.Random(6).shuffle(rows)
    return rows


def test_eight_levels_of_a_number_are_scored_as_its_levels_not_as_eight_bins():
    # eight levels are no more than the eight bins: each level keeps its code. Cut into
    # equal-count bins of the ranks, the half at 0 would fill four bins and the seven levels
    # that tell the class would share the other four, two by two, their signal cancelling
    found = _few("f,n1,n2,n3,y", _eight_levels_rows())
    assert found["value"] is True and "1 of 4 features ('f')" in str(found["reason"]), found


# -- whole numbers that write dates (column_types._calendar, _integer_dates) ---------------------

def test_two_digit_years_need_a_decade_empty_between_the_two_runs():
    # 0 to 41 and 50 to 99 under "yr": 42 to 49 empty, nine short of the ten years between
    # the last year before 2000 and the first after it that two runs of years leave
    v = kind_of(shuffled(list(range(0, 42)) + list(range(50, 100))), name="yr")
    assert v["stat_type"] == "discrete" and "two digits" not in reason(v), v


def test_january_1st_1000_written_yyyymmdd_is_a_date():
    # 10000101, the first day the YYYYMMDD reading covers, beside later dates so written
    v = kind_of(shuffled([10000101] + [19000101 + i * 10000 for i in range(30)]))
    assert v["stat_type"] == "datetime" and "from 10000101 to 19290101" in reason(v), v


def test_milliseconds_from_just_before_2000_are_no_unix_time():
    # Unix time in milliseconds is read from 2000-01-01 (946 684 800 000) on; a first value
    # one millisecond earlier leaves the column a quantity
    v = kind_of(shuffled([946_684_799_999 + i * 86_400_000 for i in range(30)]), name="created")
    assert v["stat_type"] == "continuous" and "Unix time" not in reason(v), v


@pytest.mark.parametrize(("first", "spreadsheet"), [(3_652, False), (3_653, True)])
def test_a_spreadsheet_serial_date_must_be_from_3653_on(first, spreadsheet):
    # serial dates are read from 3 653 (1909-12-31) to 80 000 where the span runs past what
    # R's days of 1980 to 2030 cover; one value at 3 652 beside 40 000 to 40 099 puts the
    # column outside that range
    v = kind_of(shuffled([first] + list(range(40000, 40100))), name="date")
    assert ("spreadsheet" in reason(v)) is spreadsheet, v


# -- ids in blocks, counted again without a code (column_types._drop) ---------------------------

def test_two_ids_of_twenty_in_two_blocks_each_are_scattered_after_a_code_is_dropped():
    # 20 ids in blocks of 6 rows; two of them in two blocks of 3 each, and a 999 inside a
    # block. Without the code the rows run in 22 blocks: past the 5 % slack over 20 ids,
    # so the ids are scattered over the rows, not in one block each
    blocks = [[k] * 6 for k in range(1, 21)]
    for at in (4, 11):
        block = blocks[at]
        blocks[at] = block[:3]
        blocks.insert(at + 2, block[3:])
    values = [x for block in blocks for x in block]
    values.insert(30, 999)
    v = kind_of(values, name="subject_id")
    assert v["stat_type"] == "identifier" and "scattered over the rows" in reason(v), v


def test_codes_of_one_width_with_a_zero_in_the_file_are_not_of_one_width():
    # 60 000 rows of 200 four-digit codes, unevenly used, and one 0 on a row the sample of
    # 50 000 rows leaves out: the file's lowest value, 0, has one digit, so the values are
    # not all of one width, though the sample's are
    n = 60_000
    rng = random.Random(3)
    codes = sorted(rng.sample(range(1000, 10000), 200))
    values = rng.choices(codes, weights=[1 + (i * 37) % 50 for i in range(200)], k=n)
    values[int(sample_order(n)[-1])] = 0
    p = profile_text("v,w\n" + "\n".join(f"{x},{i % 7}" for i, x in enumerate(values)) + "\n")
    v = column(p, "v")
    assert v["min"] == 0 and "of one width" not in reason(v), v


def test_whole_numbers_from_2_under_a_money_name_are_amounts_not_brackets():
    # brackets of an amount are coded from 0 or 1; 2 to 6 under "income" are amounts
    v = kind_of(shuffled([2] * 10 + [3] * 30 + [4] * 35 + [5] * 20 + [6] * 12), name="income")
    assert v["stat_type"] == "discrete" and "bracket" not in reason(v), v
