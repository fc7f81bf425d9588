"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb
left unchecked, column_types.py, profile.py, eighth batch: how many rows a written-out
category is on, nearly distinct phrases of three words, lists beside the cells that hold
their items alone, two levels without a number among brackets, answers to how often
("sevrl", "yearly", "more than"), values with a leading blank shown quoted, Python bytes in
nine values of ten, decimal commas in a semicolon file, the encoding of a file mostly
UTF-8, the header shown in a delimiter error, meta-features without a supervised task, and
the values of a text column whose first rows look like numbers, in a wide file. Each test
states a rule the README or the profiler's docstrings give, on a file made here, and was
seen to fail with its mutant put in."""
from __future__ import annotations

import io
import itertools

import pytest
from profiles import column, kind_of, profile_csv, profile_text, reason, repeated, shuffled

from mlwf.profiling.metafeatures import describe_csv, read_sample
from mlwf.profiling.profile import ProfileError

# -- phrases that many rows share are categories (column_types._strings) ---------------------

def test_written_out_categories_say_how_many_rows_each_is_on_rounded():
    # 38 rows over 3 phrases: 12.67 rows each, shown as 13 (rounded, not cut to 12)
    v = kind_of(shuffled(["light rain in the morning"] * 13 + ["heavy snow all day long"] * 13
                         + ["clear skies over the hills"] * 12), name="weather")
    assert v["stat_type"] == "nominal" and v["confidence"] == 0.75, v
    assert "each on 13 rows on average" in reason(v), v


# -- nearly distinct values: labels of the rows when short, text from three words ------------

def test_nearly_distinct_phrases_of_three_words_are_text_not_labels():
    # 50 values of exactly three words each (3.0 on average, the bound), 48 distinct: past
    # the labels' "fewer than three words", so text, not the identifiers' rule at 0.7
    phrases = [" ".join(w) for w in itertools.product(
        ["red", "blue", "green", "gold"], ["small", "large", "tiny", "huge"],
        ["cat", "dog", "owl", "fox"])][:48]
    v = kind_of(shuffled(phrases + phrases[:2]), name="thing")
    assert v["stat_type"] == "text" and v["confidence"] == 0.75, v
    assert "mostly different from row to row (48 distinct values)" in reason(v), v


# -- lists of items, told from names by the items that stand alone (column_types._lists) -----

ALONE = ["Denver", "Boulder", "Pueblo", "Greeley", "Loveland", "Longmont", "Durango",
         "Telluride", "Ouray", "Gunnison", "Montrose", "Cortez"]
LISTS = ["Denver,Golden", "Boulder;Erie", "Aspen,Vail,Avon", "Lyons,Nederland,Ward",
         "Salida,Buena Vista,Leadville", "Fruita,Palisade", "Craig,Hayden", "Delta,Olathe"]


def test_lists_of_which_a_quarter_share_an_item_with_a_cell_alone_are_lists():
    # 20 towns: 8 lists (40 %), 3 of them of three items (15 %, under a fifth), so the
    # lists must share items with cells that hold one alone; 2 of the 8 do: 25 %, the bound
    v = kind_of(shuffled(ALONE + [f'"{x}"' for x in LISTS]), name="town")
    assert v["stat_type"] == "text" and v["confidence"] == 0.6, v
    assert "of the values are lists of items" in reason(v), v


# -- brackets of numbers take one level without a number (column_types._ranges_order) --------

def test_brackets_beside_two_levels_without_a_number_are_no_ordered_scale():
    # "no savings" and "none" both say there is none: which of the two goes first is not
    # written anywhere, so the brackets are not ordered (one such level at most)
    v = kind_of(repeated({"no savings": 5, "none": 5, "under 100": 6, "100-499": 7,
                          "500-999": 6, "1000 or more": 5}), name="savings")
    assert v["stat_type"] == "nominal" and v.get("order") is None, v


# -- answers to how often, by times a year (column_types._frequency_order) ----------------------

def test_sevrl_times_a_year_is_more_often_than_a_few_times_a_year():
    # "sevrl" is "several", 4 times, and "a few" 3: no tie, the answers are ordered
    v = kind_of(repeated({"never": 5, "a few times a year": 6, "sevrl times a year": 7,
                          "once a month": 6, "once a week": 5}), name="visits")
    assert v["stat_type"] == "ordinal", v
    assert v["order"] == ["never", "a few times a year", "sevrl times a year", "once a month",
                          "once a week"], v


def test_yearly_is_once_a_year_more_often_than_never():
    # "yearly" is 1 a year, not 0: no tie with "never"
    v = kind_of(repeated({"never": 5, "yearly": 6, "monthly": 7, "weekly": 6, "daily": 5}),
                name="visits")
    assert v["stat_type"] == "ordinal", v
    assert v["order"] == ["never", "yearly", "monthly", "weekly", "daily"], v


def test_more_than_once_a_month_is_less_often_than_2_to_3_times_a_month():
    # "more than" once is half as often again: 18 a year, below 2-3 times a month (30)
    v = kind_of(repeated({"never": 5, "once a month": 6, "more than once a month": 7,
                          "2-3 times a month": 6, "once a week": 5}), name="visits")
    assert v["stat_type"] == "ordinal", v
    assert v["order"] == ["never", "once a month", "more than once a month", "2-3 times a month",
                          "once a week"], v


# -- values shown in a reason (column_types._show) ----------------------------------------------

def test_a_category_with_a_leading_blank_is_shown_quoted():
    # quoted in the file, the blank before "red" is kept: the reason quotes the value so
    # that the blank is seen
    v = kind_of(repeated({'" red"': 6, '" blue"': 7, '" green"': 8}), name="colour")
    assert v["stat_type"] == "nominal", v
    assert "' red'" in reason(v) and "' green'" in reason(v), v


# -- values written as Python bytes (profile._Column.add: 90 % of the first 200) --------------

def test_numbers_written_as_bytes_in_nine_values_of_ten_are_read_inside():
    # 18 of 20 values b'1' ... b'18' (90 %, the bound), two plain: all numbers 1 to 20
    v = kind_of(shuffled([f"b'{i}'" for i in range(1, 19)] + ["19", "20"]), name="n")
    assert v["stat_type"] == "discrete", v
    assert v["min"] == 1 and v["max"] == 20, v
    assert "written as Python bytes" in reason(v), v


# -- a decimal comma in a file not separated by commas (profile._Column._decide_kind) ---------

def test_a_decimal_comma_in_a_semicolon_file_is_a_decimal_even_before_three_digits():
    # most cells write a point, so the file's decimal is "."; "1,250" in a file separated
    # by semicolons is 1.25 (only a comma-separated file quotes thousands so)
    rows = [f"{i},250;{i}.5;{i}.25" for i in range(1, 13)]
    v = column(profile_text("a;b;c\n" + "\n".join(rows) + "\n"), "a")
    assert v["stat_type"] == "continuous", v
    assert v["min"] == 1.25 and v["max"] == 12.25, v


# -- the encoding a profile names (profile._Decoder) -------------------------------------------

def test_a_utf8_file_with_one_stray_byte_is_named_utf8_with_the_byte_counted():
    # "Müller" in UTF-8 and one byte 0xE9 of Windows-1252: the file is UTF-8, one byte read
    # otherwise (not a Windows-1252 file, which would have no UTF-8 character). The head
    # reads as Windows-1252 only where its stray bytes (1) are all its non-ASCII characters
    # (2, "ü" and "é"): one byte counted too many and the two would tie
    data = "name,n\nM\u00fcller,2\nAnn,3\n".encode() + b"Jos\xe9,1\n"
    p = profile_csv(io.BytesIO(data))
    assert p.table["encoding"] == "utf-8 (1 bytes that are not UTF-8 read as Windows-1252)"


# -- the error for lines that use every delimiter (profile._dialect) --------------------------

def test_the_error_for_lines_of_every_delimiter_shows_60_characters_of_the_header():
    # a header of 70 characters without a delimiter, lines below of each delimiter: the
    # message quotes the header's first 60 characters, not 61
    with pytest.raises(ProfileError) as raised:
        profile_text("h" * 70 + "\na,b\nc;d\ne\tf\ng|h\n")
    assert "('" + "h" * 60 + "')" in str(raised.value), raised.value


# -- meta-features need a supervised task (metafeatures.describe_csv) ------------------------

def test_no_metafeatures_for_a_target_when_the_task_stated_is_clustering(tmp_path):
    # a target is given but the task stated is no supervised one: nothing to describe
    path = tmp_path / "t.csv"
    path.write_text("a,b,y\n" + "".join(f"{i},{(i * 7) % 11},{i % 5}\n" for i in range(60)))
    profile = profile_csv(path, target="y")
    assert describe_csv(path, "y", profile, {**profile.facts, "task": "clustering"}) is None


# -- a text column whose first rows look like numbers (read_csv without low_memory) ------------
# pandas, reading a chunk in low-memory mode, types each block of rows on its own: 2**20
# cells over the columns' number, rounded down to a power of two (1 024 rows in 513
# columns, 128 in 4 097). The columns below are that wide for a block to end before the
# first word.

def _sections(n: int) -> list[str]:
    codes = [f"{a}.{b}" for a in range(1, 60) for b in (1, 10, 2, 20, 3, 30)]
    return [codes[i % len(codes)] for i in range(n)]


def test_section_codes_before_words_in_a_wide_file_keep_1_10_apart_from_1_1():
    # 1 024 section codes ("1.1", "1.10", ... 354 distinct) and then 200 codes A0 ... A39:
    # text, with 394 distinct values; read as numbers, "1.10" would be "1.1"
    values = _sections(1024) + [f"A{i % 40}" for i in range(200)]
    pad = ",".join(["0"] * 512)
    text = "section," + ",".join(f"c{i}" for i in range(512)) + "\n" + "".join(
        f"{v},{pad}\n" for v in values)
    v = column(profile_csv(io.BytesIO(text.encode())), "section")
    assert v["stat_type"] == "nominal", v
    assert reason(v).startswith("394 distinct"), v


def test_the_sample_keeps_section_codes_before_words_in_a_wide_file_as_written():
    # 4 097 columns: blocks of 128 rows; 128 section codes, then two words in the next block.
    # The sample reads them as the file writes them, "1.10" and "1.20" as text
    values = _sections(128) + ["A1", "A2"]
    pad = ",".join(["0"] * 4095)
    text = "section," + ",".join(f"c{i}" for i in range(4095)) + ",y\n" + "".join(
        f"{v},{pad},{i % 2}\n" for i, v in enumerate(values))
    X, y = read_sample(io.BytesIO(text.encode()), "y")
    assert X["section"].tolist() == values
