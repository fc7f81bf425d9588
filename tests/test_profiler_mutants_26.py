"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb left
unchecked, column_types.py, profile.py, metafeatures.py, tenth batch: the names that make a few
whole numbers counts, codes or the groups of a study, the shapes of the counts of a short
integer scale (a skipped level, a dip), the step of ids read off the sample, value labels with
their code, scales beside non-answers, brackets and answers to how often, the steps of a rank,
free text against lists, labels and notes, years with a fraction, the byte limit, the encoding
of bytes past the head, lines split by spaces, a header of rising decimals, a file as large as
the sample, and the meta-features of one row. Each test states a rule the
README or the profiler's docstrings give, on a file made here, and was seen to fail with its
mutant put in."""
from __future__ import annotations

import io

import pandas as pd
import pytest
from profiles import column, kind_of, profile_text, reason, sample_order, shuffled

from mlwf.profiling.metafeatures import describe
from mlwf.profiling.profile import HEAD_BYTES, SAMPLE_ROWS, ProfileError, profile_csv

# -- a few whole numbers (column_types._integer_codes) ----------------------------------------


def test_the_groups_of_a_study_are_nominal_with_a_moderate_confidence():
    # a column named 'group': codes of the arms of a design, at the confidence the rule gives
    c = kind_of(shuffled([1] * 30 + [2] * 31 + [3] * 29), "group")
    assert c["stat_type"] == "nominal", c
    assert "number the groups" in reason(c), c
    assert c["confidence"] == 0.6, c


def test_a_count_name_over_levels_below_zero_is_no_count():
    # 'nkids' is named as a number of things, but the levels start at -1: a count is never
    # negative, so the name does not make them counts (the second and the last level are >= 0)
    c = kind_of(shuffled([-1] * 10 + [0] * 20 + [1] * 30 + [2] * 25 + [3] * 15), "nkids")
    assert "named as a number of things" not in reason(c), c
    assert c["stat_type"] == "ordinal", c


def test_a_level_skipped_just_below_an_odd_top_level_makes_counts():
    # levels 0, 1, 2, 3, 5 over 110 rows, rising then falling: 4 is skipped right below the
    # top level 5 (odd), which the span up to the top must still see
    c = kind_of(shuffled([0] * 10 + [1] * 30 + [2] * 40 + [3] * 25 + [5] * 5))
    assert c["stat_type"] == "discrete", c
    assert "skip 4" in reason(c), c


def test_a_level_as_full_as_the_one_above_it_is_no_dip():
    # 1, 2, 3 over 50, 20, 20 rows: the middle level holds as many rows as the top, so the
    # rows do not fall and rise again; a short scale, not codes
    c = kind_of(shuffled([1] * 50 + [2] * 20 + [3] * 20))
    assert c["stat_type"] == "ordinal", c
    assert "fewer rows at" not in reason(c), c


def test_three_values_in_the_sample_give_the_step_of_ids_and_codes_of_one_width():
    # A file just past the sample, as in test_profiler_mutants_9: the step of whole numbers
    # is read off the sample, their least value and counts off the whole file.
    # b: 40 values 3 apart, 10 rows each, out of the sample, and 1000, 1001, 1002 in it:
    #    three values, the fewest that give a step, here 1: ids scattered over the rows.
    # c: 40 four-digit values, 18 or 2 rows each (so not balanced), and a single 1, out of
    #    the sample, and 5000, 5001, 5003 in it: codes of one width, as the least value 1,
    #    above 0, allows.
    n = SAMPLE_ROWS + 401
    order = sample_order(n)
    b, c = [""] * n, [""] * n
    for k, row in enumerate(sorted(order[SAMPLE_ROWS:])):
        if k < 400:
            b[row] = str(1000 + 3 * ((k * 7) % 40))
            j = (k * 7) % 40
            c[row] = str(1000 + 97 * (j // 2 if k < 360 else 20 + j // 2))
        else:
            c[row] = "1"
    for i, v in enumerate(("1000", "1001", "1002")):
        b[order[i]] = v
    for i, v in enumerate(("5000", "5001", "5003")):
        c[order[3 + i]] = v
    lines = (f"{x},{y},{i % 7}" for i, (x, y) in enumerate(zip(b, c, strict=True)))
    p = profile_text("b,c,w\n" + "\n".join(lines) + "\n")
    assert "the ids of the units" in reason(column(p, "b")), column(p, "b")
    assert column(p, "b")["stat_type"] == "identifier", column(p, "b")
    assert column(p, "c")["stat_type"] == "nominal", column(p, "c")
    assert "codes" in reason(column(p, "c")), column(p, "c")


# -- strings (column_types._strings) ----------------------------------------------------------


def test_one_answer_with_and_without_its_code_is_boolean():
    # '1. Yes' and 'Yes': the value label of a yes/no item, exported once with its code; the
    # two levels name one side of the pair yes/no
    c = kind_of(shuffled(["1. Yes"] * 6 + ["Yes"] * 6))
    assert c["stat_type"] == "boolean", c
    assert c["confidence"] == 0.95, c
    assert reason(c).startswith("The values are"), c


def test_two_answers_beside_a_non_answer_are_no_scale():
    # low, high and 'refused': the answers left are only two, too few to read a scale from
    c = kind_of(shuffled(["low"] * 6 + ["high"] * 6 + ["refused"] * 3))
    assert c["stat_type"] == "nominal", c


def test_the_steps_of_a_rank_are_ordinal_with_a_fair_confidence():
    c = kind_of(shuffled(["stage 1"] * 6 + ["stage 2"] * 6 + ["stage 3"] * 3))
    assert c["stat_type"] == "ordinal", c
    assert "number the steps of a rank" in reason(c), c
    assert c["confidence"] == 0.75, c


def test_six_words_a_value_are_free_text():
    # 12 distinct values of exactly 6 words, not sentences: six words on average is text
    c = kind_of([f"w{i} a b c d e" for i in range(12)])
    assert c["stat_type"] == "text", c
    assert "Free text of 6" in reason(c), c


def test_notes_that_differ_on_half_the_rows_are_text():
    # a column named 'notes', 10 values on 20 rows: exactly half as many values as rows
    c = kind_of(shuffled([f"x{i}" for i in range(10)] * 2), "notes")
    assert c["stat_type"] == "text", c
    assert "notes written per row" in reason(c), c


def test_two_distinct_values_under_an_id_name_are_no_identifier():
    # two rows only: a key needs three values to show itself, even under the name 'name_id'
    c = next(c for c in profile_text("name_id,b\nab,1\ncd,2\n").columns if c["name"] == "name_id")
    assert c["stat_type"] != "identifier", c


def test_distinct_names_of_words_are_identifiers_with_a_high_confidence():
    c = kind_of([f"john{i} smith" for i in range(12)])
    assert c["stat_type"] == "identifier", c
    assert "distinct short string of words" in reason(c), c
    assert c["confidence"] == 0.85, c


def test_nearly_distinct_values_of_three_words_are_text():
    # 50 rows, 49 distinct values of exactly 3 words (not sentences): three words on
    # average are text, not names of rows (words: "b c" beside each would be a notation)
    c = kind_of(shuffled([f"w{i} bee cat" for i in range(49)] + ["w0 bee cat"]))
    assert c["stat_type"] == "text", c
    assert "Free text of 3" in reason(c), c


def test_cells_of_items_of_four_words_each_are_no_list():
    # '|'-separated cells whose items hold 4 words each: more than three words an item is
    # phrases, not a list of items; the cells read as free text
    c = kind_of([f"a{i} b c d|x y z q|p q r s" for i in range(12)])
    assert "lists of items" not in reason(c), c
    assert c["stat_type"] == "text", c


# -- years beside words (column_types._years_with_labels) ------------------------------------


def test_a_year_column_with_a_fraction_is_no_calendar_years():
    # one value of six is 1980.7 (it rounds up, to 1981): calendar years are whole, so the
    # column stays codes mixing numbers and letters
    c = kind_of(shuffled(["1990", "1985", "2001", "1999", "1970", "1980.7", "Ancient"] * 2),
                "year")
    assert c["stat_type"] == "nominal", c
    assert "calendar years" not in reason(c), c


# -- brackets of numbers and how often (column_types._ranges_order, _frequency_order) ---------


def test_brackets_half_of_them_ranges_are_ordered():
    # 18-24 and 25-34 are ranges, 35 and 45 single numbers: half of the brackets are ranges,
    # enough for an order of brackets
    c = kind_of(shuffled(["18-24", "25-34", "35", "45"] * 3))
    assert c["stat_type"] == "ordinal", c
    assert "18-24 < 25-34 < 35 < 45" in reason(c), c


def test_three_numbers_in_a_level_are_no_bracket():
    # 100-200-300: a bracket holds one bound or two; three numbers are a code (a telephone
    # number), even where the spans do not overlap
    c = kind_of(shuffled(["100-200-300", "400-500-600", "700-800-900"] * 3))
    assert c["stat_type"] == "nominal", c
    assert "brackets" not in reason(c), c


def test_one_bracket_written_two_ways_is_no_overlap():
    # '10-19' and '10 to 19' span the same numbers: the same bracket written twice, not two
    # ranges that overlap
    c = kind_of(shuffled(["0-9", "10-19", "10 to 19", "20-29"] * 3))
    assert c["stat_type"] == "ordinal", c
    assert "brackets of numbers" in reason(c), c


def test_a_long_bracket_is_quoted_at_24_characters():
    # 'from 10000 to 19999 units' is 25 characters: one too many to be quoted whole
    c = kind_of(shuffled(["under 10000 units", "from 10000 to 19999 units",
                          "20000 or more units"] * 3))
    assert c["stat_type"] == "ordinal", c
    assert "from 10000 to 19999 uni…" in reason(c), c
    assert "from 10000 to 19999 units" not in reason(c), c


def test_each_week_is_once_a_week():
    # 'each week' (once a week) comes below 'twice a week'
    c = kind_of(shuffled(["never", "once a month", "each week", "twice a week"] * 3))
    assert c["stat_type"] == "ordinal", c
    assert "never < once a month < each week < twice a week" in reason(c), c


def test_once_a_mo_is_twelve_times_a_year():
    # 'mo' is a month: once a mo (12 a year) comes above 11 times a year
    c = kind_of(shuffled(["never", "11 times a yr", "once a mo", "once a wk"] * 3))
    assert c["stat_type"] == "ordinal", c
    assert "never < 11 times a yr < once a mo < once a wk" in reason(c), c


# -- the steps of a rank (column_types._prefixed_order) ---------------------------------------


def test_a_rank_word_alone_beside_its_steps_is_no_rank():
    # 'stage' with no number beside 'stage 1' to 'stage 3': every level must be the word and
    # a step
    c = kind_of(shuffled(["stage", "stage 1", "stage 2", "stage 3"] * 3))
    assert c["stat_type"] == "nominal", c


def test_steps_of_a_rank_with_a_gap_are_no_rank():
    # stage 1, 2 and 4: the steps of a rank follow one another
    c = kind_of(shuffled(["stage 1", "stage 2", "stage 4"] * 3))
    assert "number the steps of a rank" not in reason(c), c
    assert c["stat_type"] == "nominal", c


def test_one_numeral_written_with_more_or_fewer_spaces_is_no_rank():
    # 'stage i', 'stage  i', 'stage   i': three levels but a single step, I; a rank needs two
    # numerals at least
    c = kind_of(shuffled(["stage i", "stage  i", "stage   i"] * 3))
    assert "number the steps of a rank" not in reason(c), c
    assert c["stat_type"] != "ordinal", c


# -- names (column_types._category_key_name, _id_name) ----------------------------------------


def test_ids_of_a_type_named_in_three_words_are_codes_of_categories():
    # 'car_type_id': the word before 'id' is 'type', a kind of thing many rows share
    c = kind_of(shuffled(list(range(1, 21)) * 3), "car_type_id")
    assert c["stat_type"] == "nominal", c
    assert "ids of a kind of thing" in reason(c), c


def test_id_inside_a_name_makes_no_key():
    # 'a_id_b' ends in 'b': only a last word 'id' marks a key, so 5 distinct strings on 5
    # rows stay categories
    c = kind_of(["ab", "cd", "ef", "gh", "ij"], "a_id_b")
    assert c["stat_type"] == "nominal", c


# -- meta-features (metafeatures.from_facts, metafeatures.describe) ---------------------------


def test_a_table_of_one_row_has_a_logarithm_of_rows_of_zero():
    # one row: log10(1) = 0, the least number of rows a table has
    X = pd.DataFrame({"x": [1.5], "z": [2.0], "c": ["a"]})
    found = describe(X, pd.Series(["a"]), "classification")
    assert found["log_n_samples"] == 0.0


# -- reading the file (profile._open, profile._Decoder, profile._dialect, profile._Order) -----


def test_a_file_of_exactly_the_byte_limit_is_profiled(tmp_path):
    # the limit is the largest size allowed: a file of max_bytes bytes is read
    path = tmp_path / "t.csv"
    path.write_bytes(b"a,b\n1,2\n3,4\n5,6\n")
    p = profile_csv(path, max_bytes=path.stat().st_size)
    assert p.facts["n_samples"] == 3
    with pytest.raises(ProfileError):
        profile_csv(path, max_bytes=path.stat().st_size - 1)


def test_windows_1252_bytes_only_past_an_ascii_head_are_named_beside_utf8():
    # a head of ASCII alone, then one byte 0xE9 ('é' in Windows-1252) past it: the head holds
    # no Windows-1252 byte, so the file is UTF-8 with a byte read as Windows-1252
    body = "".join(f"w{i},{i % 7}\n" for i in range(20000)).encode()
    assert len(body) > HEAD_BYTES
    data = b"name,n\n" + body + "caf\xe9,1\n".encode("cp1252")
    p = profile_csv(io.BytesIO(data))
    assert p.table["encoding"] != "cp1252", p.table
    assert "Windows-1252" in str(p.table["encoding"]), p.table


def test_one_line_in_two_split_by_spaces_makes_no_table_of_spaces():
    # 'a b' above '1 2' and 'foo': only one of the two lines below splits as the header does,
    # short of nine in ten, so the file is one column of text
    p = profile_text("a b\n1 2\nfoo\n")
    assert [c["name"] for c in p.columns] == ["a b"]


def test_a_grid_of_decimals_above_three_lines_one_of_them_rising_names_the_columns():
    # one line of three rises as the header does: under half of them, so the header's rising
    # decimals are names, not a first line of data
    p = profile_text("t,0.0,0.5,1.0,1.5,2.0\nx,1,2,3,4,5\ny,5,1,2,1,0\nz,3,3,1,2,2\n")
    assert [c["name"] for c in p.columns] == ["t", "0.0", "0.5", "1.0", "1.5", "2.0"]


def test_a_file_of_exactly_the_sample_size_is_sampled_whole():
    # 50 000 rows, SAMPLE_ROWS: every row is in the sample. b holds 40 values 3 apart, 10 rows
    # each, and 1001 on the row whose key comes last; with that row sampled the values have a
    # step of 1: ids scattered over the rows (without it, their step of 3 makes amounts)
    n = 50_000
    order = sample_order(n)
    b = [""] * n
    for k, row in enumerate(order[:400]):
        b[row] = str(1000 + 3 * ((k * 7) % 40))
    b[order[-1]] = "1001"
    p = profile_text("b,w\n" + "\n".join(f"{x},{i % 7}" for i, x in enumerate(b)) + "\n")
    assert "the ids of the units" in reason(column(p, "b")), column(p, "b")
