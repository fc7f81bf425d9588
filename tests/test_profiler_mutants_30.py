"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb left
unchecked, column_types.py and profile.py, batch 30: how long a bracket level is quoted in
full, phrases, free text and labels told apart by their words, numbered labels, years beside
a few words, ordered prefixes and Roman numerals, the encoding of a head with one Windows-1252
byte, the header and its delimiter, whole numbers up to 2**53, units in numbers, runs of
values across chunks, the row hash behind the duplicate count, the sample and the counts
scaled from it. Each test states a rule the README or the profiler's docstrings give, on a
file made here, and was seen to fail with its mutant put in."""
from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pytest
from profiles import U, column, kind_of, profile_rows, profile_text, reason, shuffled, unmix

from mlwf.profiling import profile as profile_mod
from mlwf.profiling.profile import ProfileError, profile_csv

# -- ordered brackets (column_types._ordinal_verdict: each level quoted up to 24 characters) ----


def test_a_bracket_level_of_24_characters_is_quoted_whole():
    # "under 10000 dollars/year" is 24 characters: the last length quoted without a cut
    levels = ["under 10000 dollars/year", "10000 to 19999 dollars", "20000 to 29999 dollars",
              "30000 or more dollars"]
    v = kind_of(shuffled(levels * 10))
    assert v["stat_type"] == "ordinal"
    assert "under 10000 dollars/year <" in reason(v)


# -- phrases and free text (column_types: shared phrases below half sentences, text from 6 words) -


def test_phrases_half_of_them_sentences_are_text_written_as_sentences():
    # two of the four repeated phrases end as sentences: a share of exactly one half, the
    # least that keeps notes as text rather than category labels written out
    levels = ["Adult not sampled today.", "Nest was found empty.", "seen near the river bank",
              "left the area before dawn"]
    v = kind_of(shuffled(levels * 10))
    assert v["stat_type"] == "text"
    assert v["confidence"] == 0.85
    assert "written as sentences" in reason(v)


def test_distinct_values_of_five_words_are_labels_not_free_text():
    # five words a value, no sentence: one word short of what makes free text on its own
    colours = ["red", "blue", "green", "black", "white", "brown", "grey", "pink", "gold",
               "teal", "navy", "lime"]
    v = kind_of([f"{c} fox jumps over dogs" for c in colours])
    assert v["stat_type"] == "identifier"


def test_nearly_distinct_values_of_four_words_are_free_text_not_labels():
    # 50 values of four words, 49 distinct: nearly every value distinct, as labels are, but
    # labels are shorter than three words; four words mostly different are free text
    colours = ["red", "blue", "green", "black", "white", "brown", "grey", "pink", "gold", "teal",
               "navy", "lime", "aqua", "rose", "plum", "sand", "jade", "ruby", "onyx", "opal",
               "mint", "sage", "rust", "wine", "corn"]
    values = [f"{c} {a} jumps over" for c in colours for a in ("fox", "cat")]
    values[1] = values[0]
    v = kind_of(values)
    assert v["stat_type"] == "text"
    assert "mostly different from row to row (49 distinct values)" in reason(v)


# -- numbered labels (column_types._numbered_labels: identifier at 0.75) --------------------------


def test_a_few_numbered_labels_are_identifiers_with_confidence_075():
    # four rows, each 'Plot ' and a different number: under ten rows, the numbered-label rule
    p = profile_rows("v,other", [("Plot 3", 1), ("Plot 7", 2), ("Plot 12", 3), ("Plot 5", 4)])
    v = column(p, "v")
    assert v["stat_type"] == "identifier"
    assert v["confidence"] == 0.75
    assert "'Plot ' followed by a different number" in reason(v)


# -- years with words (column_types._years_with_labels: years up to 2100) -------------------------


def test_years_up_to_2100_with_a_word_are_calendar_years_2101_not():
    # 2100 is the last year the rule takes; 2101 is past it
    v = kind_of(["1900", "1950", "2000", "2100"] * 4 + ["Ancient"], name="year")
    assert v["stat_type"] == "datetime" and "from 1,900 to 2,100" in reason(v)
    v = kind_of(["1900", "1950", "2000", "2101"] * 4 + ["Ancient"], name="year")
    assert v["stat_type"] != "datetime"


# -- Roman numerals and ranked prefixes (column_types._roman_order, _prefixed_order) -------------


def test_roman_numerals_39_40_41_are_ordered_levels():
    # XL is 50 - 10: the value of L decides that XXXIX, XL, XLI are consecutive
    v = kind_of(shuffled(["XXXIX", "XL", "XLI"] * 6))
    assert v["stat_type"] == "ordinal"
    assert "XXXIX < XL < XLI" in reason(v)


def test_stage_and_grade_numbers_mixed_are_no_ranked_levels():
    # consecutive numbers, but after two different words: no one rank is numbered
    v = kind_of(shuffled(["Stage 1", "Grade 2", "Stage 3"] * 6))
    assert v["stat_type"] == "nominal"


def test_stages_with_a_gap_in_their_numbers_are_no_ranked_levels():
    # stages 1, 2 and 4: not consecutive, so the numbers may be labels
    v = kind_of(shuffled(["Stage 1", "Stage 2", "Stage 4"] * 6))
    assert v["stat_type"] == "nominal"


def test_stages_numbered_twice_alike_are_no_ranked_levels():
    # "1" and "01" are one number twice: 1, 1, 2 sorted sit below 1, 2, 3 but are no run
    v = kind_of(shuffled(["Stage 1", "Stage 01", "Stage 2"] * 6))
    assert v["stat_type"] == "nominal"


# -- the encoding (profile._Decoder.head: one byte of Windows-1252 is enough) ---------------------


def test_a_head_whose_only_non_ascii_byte_is_windows_1252_is_read_as_cp1252():
    # one byte (0xE9, 'é' in Windows-1252) and no other non-ASCII character: the least count
    # of fallback bytes that makes the file Windows-1252 rather than UTF-8 with a stray byte
    p = profile_csv(io.BytesIO(b"name,n\nCaf\xe9,1\nBar,2\nPub,3\n"))
    assert p.table["encoding"] == "cp1252"


# -- the header and its delimiter (profile._dialect, _check_not_spaced, _check_header) ------------


def test_a_header_two_delimiters_split_is_reported_with_the_one_giving_most_columns():
    # comma splits the header into 3, semicolon into 2, and no delimiter splits the lines
    # alike: the error names the widest split, the comma
    with pytest.raises(ProfileError, match=r"splits on comma \(','\) into 3 columns"):
        profile_text("a,b,c;d\n1;2\n3;4;5;6\n7,8\n")


def test_a_table_aligned_with_spaces_on_nine_lines_of_ten_is_read_as_one():
    # 9 of the 10 lines below split like the header: exactly 90 %, enough to call the file a
    # table aligned with spaces, whose tenth line is then refused by its number of fields
    with pytest.raises(ProfileError, match=r"line 11 has 3 fields where the header has 2 "
                                           r"\(spaces-separated\)"):
        profile_text("a b\n" + "x 1\n" * 9 + "x y 2\n")


def test_a_first_line_of_seven_numbers_is_quoted_with_six_and_an_ellipsis():
    # seven numbers: one more than the six the error quotes
    with pytest.raises(ProfileError, match=r"\(1, 2, 3, 4, 5, 6, \.\.\.\) holds data"):
        profile_text("1,2,3,4,5,6,7\n" + "8,9,10,11,12,13,14\n" * 3)


# -- a column's values (profile._Column.add, _decide_kind, _written, _sequence) -------------------


def test_a_column_with_a_single_true_among_blanks_is_constant():
    # one present value, read by pandas as a bool beside missing cells (an object column):
    # the strings are made of its one value, there is no second one to look at
    p = profile_rows("v,w", [("True", 1)] + [("", i) for i in range(2, 12)])
    v = column(p, "v")
    assert v["stat_type"] == "constant"


def test_whole_numbers_up_to_2_to_the_53_stay_numbers():
    # 2**53 is the last whole number a float holds with all its neighbours; it comes after
    # the 200 lines the delimiter is sniffed from, so pandas reads the column as integers
    rows = [(i * 3 % 17, i) for i in range(250)] + [(2 ** 53, 250)]
    v = column(profile_rows("v,w", rows), "v")
    assert "too long for floating point" not in reason(v)
    assert v["stat_type"] == "identifier"


def test_weights_with_a_unit_in_19_of_20_values_are_numbers():
    # 19 of 20 values read with the unit: 95 %, the least share that makes the column numbers
    values = [f"{10 + i * 3} kg" for i in range(19)] + ["heavy"]
    v = kind_of(values, name="weight")
    assert v["stat_type"] == "discrete"
    assert "with the unit 'kg'" in reason(v)


def test_ids_that_rise_from_chunk_to_chunk_are_counted_as_new_runs(monkeypatch):
    # one row a chunk: every change of value is met between chunks; the ids cycle 1 to 12,
    # so they rise between most rows, and each rise starts a run: the ids are scattered
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 1)
    values = list(range(1, 13)) * 4
    v = column(profile_rows("unit_id,other", [(x, i % 7) for i, x in enumerate(values)]),
               "unit_id")
    assert v["stat_type"] == "identifier"
    assert "scattered over the rows" in reason(v)


def test_a_block_of_ids_cut_by_a_chunk_boundary_stays_one_run(monkeypatch):
    # blocks of 4 rows in chunks of 3: most blocks straddle a boundary, where the value
    # goes on and no new run begins
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 3)
    values = [x for x in range(1, 13) for _ in range(4)]
    v = column(profile_rows("unit_id,other", [(x, i % 7) for i, x in enumerate(values)]),
               "unit_id")
    assert v["stat_type"] == "identifier"
    assert "each in a single block of rows" in reason(v)


def test_true_read_as_text_in_one_chunk_and_as_a_bool_in_the_next_is_one_category(monkeypatch):
    # chunks of 4 rows: "maybe" makes pandas read the first chunk as text, the next chunks
    # hold only True, False and blanks, which pandas reads as bools; 'True' is one category
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 4)
    values = ["True", "maybe", "False", "True"] + ["True", "", "False", "True"] * 3
    v = column(profile_rows("v,other", [(x, i % 7) for i, x in enumerate(values)]), "v")
    assert v["cardinality"] == 3
    assert v["top_values"] == {"True": 8, "False": 4, "maybe": 1}



def test_numbers_followed_by_ths_are_no_numbers_with_a_unit():
    # "ths" read without its plural s is "th", an ordinal's ending and no unit, though "ths"
    # itself is not in the list of endings: the check is on the unit as read
    v = kind_of([f"{i} ths" for i in range(4, 24)])
    assert "with the unit" not in reason(v)


# -- the row hash (pandas' hash_array of the keyed words: splitmix64's finaliser, a bijection) --


def test_numbers_whose_hashes_differ_in_bit_1_are_two_rows():
    # pandas' hashes of each pair differ in bit 1 alone, a bit the first multiplier
    # 0xBF58476D1CE4E5B9 has clear: the multiplication keeps the rows apart where a mask by
    # the constant would make them one row counted twice
    x = np.arange(40, dtype=np.float64) * 1.25 + 0.5
    other = unmix(pd.util.hash_array(x) ^ U(2)).view(np.float64)
    ok = np.isfinite(other)
    assert (pd.util.hash_array(other[ok]) ^ pd.util.hash_array(x[ok]) == U(2)).all()
    values = [repr(float(v)) for v in np.concatenate([x[ok], other[ok]])]
    p = profile_text("c\n" + "\n".join(values) + "\n")
    assert p.table["n_rows"] == 2 * int(ok.sum()) and ok.sum() >= 38
    assert p.table["duplicate_rows"] == 0


# -- the sample and the counts scaled from it (profile._Scan._sample, _Scan.result) --------------


def test_a_sample_not_yet_full_takes_every_row_of_later_chunks(monkeypatch):
    # 21 rows in chunks of 4, far under SAMPLE_ROWS: every row is in the sample, so the one
    # outlier (1000.5) is 1 row in 21 of it
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 4)
    v = kind_of([float(i) + 0.5 for i in range(20)] + [1000.5])
    assert v["stat_type"] == "continuous"
    assert v["outlier_ratio"] == round(1 / 21, 4)


def test_top_values_from_a_half_sample_are_its_counts_doubled(monkeypatch):
    # 8 categories past a LEVEL_CAP of 5, 40 rows and a sample of 20: each count in the
    # sample stands for twice as many rows, and the 8 shown add up to the 40 rows
    monkeypatch.setattr(profile_mod, "LEVEL_CAP", 5)
    monkeypatch.setattr(profile_mod, "SAMPLE_ROWS", 20)
    v = kind_of(shuffled([f"c{i}" for i in range(8)] * 5))
    assert v["top_values_estimated"] is True
    assert all(c % 2 == 0 for c in v["top_values"].values())
    assert sum(v["top_values"].values()) == 40


# -- the table's facts and a column's reason (profile._Scan.result) ------------------------------


def test_a_table_with_rows_has_data():
    p = profile_rows("a,b", [(i, i % 3) for i in range(10)])
    assert p.facts["has_data"] is True


def test_four_numbers_in_square_brackets_are_quoted_three_of_them():
    # four distinct bracketed values: one more than the three the reason quotes
    values = [f"{10 + i * 0.37:.2f}" for i in range(40)]
    values[3], values[9], values[17], values[25] = "[12]", "[15]", "[18]", "[21]"
    v = kind_of(values, name="mass")
    assert "4 values written in square brackets ('[12]', '[15]', '[18]')," in reason(v)
