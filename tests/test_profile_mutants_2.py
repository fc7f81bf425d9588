"""Profiles of small CSVs for what the profiler's complete mutation run (README, "Mutation
testing"; docs/mutation-survivors.md) left unchecked in profile.py: how the file is read,
how its header is judged, how numbers written for people are read, what is counted over
the rows and chunks, and what the profile then reports. Each test states a behaviour the
README or the profiler's docstrings document, on a file made here, and was seen to fail
with its mutant put in."""
from __future__ import annotations

import io
import os
from pathlib import Path

import numpy as np
import pytest
from profiles import column, kind_of, profile_rows, profile_text

from mlwf.profiling.profile import ProfileError, profile_csv


def refusal(text: str, target: str | None = None) -> str:
    with pytest.raises(ProfileError) as refused:
        profile_text(text, target)
    return str(refused.value.message)


def big_csv(header: str, row, n: int) -> io.BytesIO:
    return io.BytesIO((header + "\n" + "".join(row(i) + "\n" for i in range(n))).encode())


# -- reading the file (README, "Reading the file") --------------------------------------------

def test_a_plain_utf8_file_is_named_utf8_without_a_count_of_other_bytes():
    p = profile_rows("a,b", [(i, i % 2) for i in range(20)])
    assert p.table["encoding"] == "utf-8", p.table


@pytest.mark.parametrize("word", ["café", "naïve résumé", "é", "Zürich Genève"])
def test_a_file_wholly_in_windows_1252_is_named_so(word):
    # every byte that is not UTF-8 stands in the head: the file is Windows-1252, not UTF-8
    # with some stray bytes
    text = "name,n\n" + "".join(f"{word} {i},{i}\n" for i in range(7))
    p = profile_csv(io.BytesIO(text.encode("cp1252")))
    assert p.table["encoding"] == "cp1252", p.table


def csv_of_1000_bytes(controls: int) -> bytes:
    """A CSV of exactly 1 000 bytes, with that many of its notes' letters form feeds."""
    lines = ["a,b\n"] + [f"note{i:03d},{i % 7}\n" for i in range(99)] + ["pad,1\n"]
    lines[1:1 + controls] = [line.replace("o", "\x0c", 1) for line in lines[1:1 + controls]]
    data = "".join(lines).encode()
    assert len(data) == 1000 and data.count(b"\x0c") == controls
    return data


def test_control_bytes_up_to_one_in_a_hundred_are_text_one_more_is_binary():
    # a form feed or two pasted into notes do not make a text file binary; the limit is
    # one byte in a hundred
    assert profile_csv(io.BytesIO(csv_of_1000_bytes(10))).table["n_rows"] == 100
    with pytest.raises(ProfileError) as refused:
        profile_csv(io.BytesIO(csv_of_1000_bytes(11)))
    assert "binary" in str(refused.value.message)


def test_a_path_that_cannot_be_read_is_refused_with_the_reason():
    with pytest.raises(ProfileError) as refused:
        profile_csv("/tmp/" + "x" * 5000)      # past the longest name a file system allows
    assert "cannot read" in str(refused.value.message)
    assert "File name too long" in str(refused.value.message)


def test_a_file_over_the_byte_limit_is_refused_by_its_size_before_reading(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("a,b\n" + "".join(f"{i},{i % 2}\n" for i in range(50)))
    with pytest.raises(ProfileError) as refused:
        profile_csv(path, max_bytes=100)
    size = path.stat().st_size
    assert f"the file is {size} bytes, over the limit of 100 bytes" in str(refused.value.message)


def open_paths() -> set[str]:
    fds = Path("/proc/self/fd")
    return {os.path.realpath(fd) for fd in fds.iterdir()}


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux's /proc")
def test_a_path_refused_on_its_first_lines_is_closed_while_the_refusal_is_handled(tmp_path):
    # the refusal's traceback keeps the reader alive: the file itself must be closed already
    path = tmp_path / "data.csv"
    path.write_text("".join(f"{i},{i * 3 % 7}\n" for i in range(30)))
    with pytest.raises(ProfileError) as refused:
        profile_csv(path)
    assert "no header row" in str(refused.value.message), refused.value.message
    assert str(path.resolve()) not in open_paths()


def test_values_written_after_a_space_past_the_delimiter_are_read_without_it():
    # "1, red": the space after the comma is layout, not part of the value or the marker
    p = profile_text("a,b\n" + "".join(f"{i}, {'red' if i % 2 else 'blue'}\n" for i in range(20))
                     + "20, ?\n")
    b = column(p, "b")
    assert b["top_values"] == {"blue": 10, "red": 10}, b
    assert b["missing_ratio"] == round(1 / 21, 4), b


def test_a_header_and_one_line_of_another_width_do_not_share_a_delimiter():
    assert "the lines do not use one delimiter" in refusal("a,b\n1,2,3\n")


def test_the_delimiter_that_splits_into_most_columns_wins():
    # semicolons inside the first field: the comma splits every line into three columns,
    # the semicolon into two
    p = profile_text("a;b,c,d\n" + "".join(f"{i};{i},{i % 3},{i % 5}\n" for i in range(20)))
    assert p.table["delimiter"] == "," and [c["name"] for c in p.columns] == ["a;b", "c", "d"]


def test_of_two_delimiters_that_split_alike_the_first_of_comma_semicolon_tab_pipe_wins():
    p = profile_text("a,b|c\n" + "".join(f"{i},{i}|{i % 3}\n" for i in range(20)))
    assert p.table["delimiter"] == ","


def test_lines_of_many_widths_are_named_by_their_first_five():
    rows = ["a,b"] + [",".join(["1"] * w) for w in (1, 3, 4, 5, 6, 7)] * 4
    shown = refusal("\n".join(rows) + "\n")
    assert "have 1, 3, 4, 5, 6 fields" in shown, shown


def test_lines_missing_their_last_value_are_read_with_that_value_missing():
    # the first and last lines are short; pandas reads their last value as missing, and
    # the codes with leading zeros above them are still kept as text
    rows = ["1,2"] + [f"{i},{i % 3},{i:03d}" for i in range(28)] + ["5,6"]
    p = profile_text("a,b,code\n" + "\n".join(rows) + "\n")
    code = column(p, "code")
    assert code["missing_ratio"] == round(2 / 30, 4), code
    assert "leading zeros" in str(code["reason"]), code


def test_a_wide_file_keeps_codes_with_leading_zeros_as_text():
    # past 256 columns: every line of the head is compared with the header by its width
    width = 300
    header = ",".join(f"c{j}" for j in range(width - 1)) + ",zip"
    rows = [",".join(str((i * j) % 7) for j in range(width - 1)) + f",0{1000 + i * 37}"
            for i in range(20)]
    p = profile_text(header + "\n" + "\n".join(rows) + "\n")
    z = column(p, "zip")
    assert "leading zeros" in str(z["reason"]), z


# -- the header row (profile.py, _check_header's docstring) ------------------------------------

def test_a_first_line_of_fewer_than_half_numbers_names_the_columns():
    # numbers out of order among names ("5", "3") are names when under half the line
    p = profile_text("id,label,note,5,3\n" + "".join(f"r,{i},x,{i},{i % 3}\n" for i in range(5)))
    assert [c["name"] for c in p.columns] == ["id", "label", "note", "5", "3"]


def test_a_first_line_of_half_numbers_out_of_order_is_data():
    shown = refusal("colour,size,5,3\n" + "".join(f"r,{i},{i},{i % 3}\n" for i in range(5)))
    assert "holds data, not column names" in shown, shown


def test_years_in_no_order_in_the_first_line_are_data():
    # years name the columns of a wide table when ascending or descending, not shuffled
    shown = refusal("name,2003,1999,2011\n" + "".join(f"r{i},{i},{i + 1},{i % 3}\n"
                                                     for i in range(5)))
    assert "holds data, not column names" in shown, shown


def curve(i: int) -> str:
    """A power curve's line: plateaus and a gap, as curves below a grid are written."""
    return ",".join(str(x) for x in (0, 0, 5 + i, 10 + i, 10 + i))


def rising(i: int) -> str:
    return ",".join(str(x + i) for x in range(5))


def test_five_rising_short_decimals_name_the_columns_as_a_grid():
    p = profile_text("turbine,0.0,0.5,1.0,1.5,2.0\n" + "".join(f"T{i},{curve(i)}\n"
                                                              for i in range(4)))
    assert [c["name"] for c in p.columns][1:] == ["0.0", "0.5", "1.0", "1.5", "2.0"]


def test_four_rising_short_decimals_are_too_few_for_a_grid():
    shown = refusal("turbine,0.5,1.0,1.5,2.0\n" + "".join(
        f"T{i},{','.join(curve(i).split(',')[1:])}\n" for i in range(4)))
    assert "holds data, not column names" in shown, shown


def test_a_grid_over_fewer_than_three_lines_names_the_columns_whatever_the_lines_do():
    # two lines below say nothing about how lines of data look
    p = profile_text("turbine,0.0,0.5,1.0,1.5,2.0\n" + "".join(f"T{i},{rising(i)}\n"
                                                              for i in range(2)))
    assert p.columns[1]["name"] == "0.0"


def test_lines_that_rise_with_plateaus_do_not_rise_strictly_so_the_grid_names_the_columns():
    p = profile_text("turbine,0.0,0.5,1.0,1.5,2.0\n" + "".join(f"T{i},{curve(i)}\n"
                                                              for i in range(4)))
    assert p.columns[1]["name"] == "0.0"


def test_a_grid_names_the_columns_when_under_half_the_lines_below_rise():
    # one line of four rises strictly, as the grid does
    p = profile_text("turbine,0.0,0.5,1.0,1.5,2.0\n" + "".join(
        f"T{i},{rising(i) if i == 0 else curve(i)}\n" for i in range(4)))
    assert p.columns[1]["name"] == "0.0"


def test_an_unnamed_index_over_three_lines_makes_the_first_line_a_header():
    # pandas' to_csv writes its index unnamed: ",0,1,2" above a column never empty
    p = profile_text(",0,1,2\n" + "".join(f"{i},a{i},b{i},{i}\n" for i in range(3)))
    assert [c["name"] for c in p.columns][1:] == ["0", "1", "2"]


def test_an_empty_first_cell_over_two_lines_is_too_little_to_make_a_header():
    shown = refusal(",0,1,2\n" + "".join(f"{i},a{i},b{i},{i}\n" for i in range(2)))
    assert "holds data, not column names" in shown, shown


# -- the target's name -------------------------------------------------------------------------

def test_a_target_like_no_column_is_refused_without_a_guess():
    with pytest.raises(ProfileError) as refused:
        profile_text("alpha,omega\n1,2\n3,4\n5,6\n", "b")
    assert "did you mean" not in str(refused.value.detail), refused.value.detail


def test_a_target_equal_to_columns_but_for_case_suggests_the_first_of_them():
    with pytest.raises(ProfileError) as refused:
        profile_text("Ab,AB,c\n1,2,3\n3,4,5\n5,6,7\n", "ab")
    assert "did you mean 'Ab'?" in str(refused.value.detail), refused.value.detail


# -- numbers written for people (README's table of types: durations with their units) ---------

def test_durations_written_with_each_unit_are_read_as_their_seconds():
    # a week is 604 800 s, an hour 3 600, a minute 60, in every spelling of the unit; a lone
    # "w" or "s" counts beside another part
    week, day, hour, minute = 604_800, 86_400, 3_600, 60
    written = {"1w 1s": week + 1, "2 wks": 2 * week, "1 weeks": week, "1 hour": hour,
               "2 min": 2 * minute, "3 mins": 3 * minute, "1 minute": minute,
               "4 minutes": 4 * minute, "5 seconds": 5, "1 second 2 sec": 3,
               "1wk 3 days": week + 3 * day, "1 week 2 hrs": week + 2 * hour}
    written.update({f"{i}.5 sec": i + 0.5 for i in range(28)})
    v = kind_of(list(written), name="wait")
    # the first three written values are quoted
    assert "('1w 1s', '2 wks', '1 weeks') were read as seconds" in str(v["reason"]), v
    seconds = list(written.values())
    assert v["max"] == 2 * week and v["min"] == 0.5, v
    assert v["mean"] == round(sum(seconds) / len(seconds), 4), v


# -- the limits and the chunks (README, "Width" and "How a column's type is decided") ---------

def test_a_table_one_column_wider_than_the_limit_is_refused():
    max_columns = 1000   # README, "Width"
    header = ",".join(f"c{j}" for j in range(max_columns + 1))
    rows = [",".join(str((i * j) % 7) for j in range(max_columns + 1)) for i in range(3)]
    with pytest.raises(ProfileError) as refused:
        profile_text("\n".join([header, *rows]) + "\n")
    assert "1,001 columns" in str(refused.value.message), refused.value.message


def test_a_file_one_row_longer_than_the_sample_estimates_its_commonest_categories():
    # files up to 50 000 rows are profiled exactly; one row more and the counts of more
    # than 200 categories come from the sample, scaled to the file
    data = big_csv("shop,y", lambda i: f"s{(i * 7) % 300},{i % 2}", 50_001)
    shop = column(profile_csv(data), "shop")
    assert shop["top_values_estimated"] is True, shop


@pytest.fixture(scope="module")
def two_chunks():
    """250 000 rows, read in chunks of 200 000: the progress seen, and the profile."""
    def row(i):
        # years rising within each chunk and falling back between them; numbers rising
        # by 3 over the whole file
        year = 1900 + i // 2000 if i < 200_000 else 1900 + (i - 200_000) // 500
        # a date once in the first chunk, then missing till the second chunk's dates
        when = "2020-01-01" if i == 0 else "" if i < 200_000 else \
            f"2020-{2 + (i - 200_000) // 5000:02d}-{1 + (i // 200) % 28:02d}"
        subject = 1 + i // 30_000         # 9 units in blocks, one across the two chunks
        # distinct numbers rising by 1, but for a jump up (or a fall) between the chunks
        up = i if i < 200_000 else i + 10 ** 7
        down = i + 10 ** 7 if i < 200_000 else i
        # 20 units in blocks in the first chunk; two of them come back in the second
        patient = 1 + i // 10_000 if i < 200_000 else 1 + (i - 200_000) // 25_000
        # measured on three rows only, none of them in the 50 000 rows sampled
        rare = {100: "0.5", 200: "1.5", 300: "2.5"}.get(i, "")
        return f"{year},{3 * i},{when},{subject},{up},{down},{patient},{rare},{i % 2}"
    seen: list[int] = []
    p = profile_csv(big_csv("year,v,when,subject,up,down,patient,rare,y", row, 250_000),
                    progress=seen.append)
    return seen, p


def test_progress_is_reported_after_each_chunk_of_200_000_rows(two_chunks):
    seen, _ = two_chunks
    assert seen == [200_000, 250_000]


def test_numbers_rising_over_two_chunks_rise_row_by_row(two_chunks):
    v = column(two_chunks[1], "v")
    assert v["stat_type"] == "identifier" and "rise row by row" in str(v["reason"]), v


def test_years_that_fall_back_between_two_chunks_are_not_monotonic(two_chunks):
    year = column(two_chunks[1], "year")
    assert year["stat_type"] == "datetime" and year["monotonic"] is False, year


def test_a_single_date_in_the_first_chunk_sets_the_format_of_the_column(two_chunks):
    when = column(two_chunks[1], "when")
    assert when["stat_type"] == "datetime" and when["min"] == "2020-01-01", when


def test_units_in_blocks_one_of_them_across_two_chunks_are_in_single_blocks(two_chunks):
    subject = column(two_chunks[1], "subject")
    assert subject["stat_type"] == "identifier" and "single block" in str(subject["reason"]), \
        subject


def test_units_that_come_back_in_the_next_chunk_are_not_in_single_blocks(two_chunks):
    # the change of unit between the chunks counts: 22 runs of 20 units
    patient = column(two_chunks[1], "patient")
    assert "single block" not in str(patient["reason"]), patient


@pytest.mark.parametrize("name", ["up", "down"])
def test_numbers_that_jump_between_two_chunks_do_not_count_1_by_1(two_chunks, name):
    v = column(two_chunks[1], name)
    assert "count 1 by 1" not in str(v["reason"]), v


@pytest.mark.parametrize("back, blocks", [(1, True), (2, False)])
def test_units_in_blocks_allow_one_in_twenty_to_come_back(back, blocks):
    # README's table of types: one block per unit, one value in twenty may come back;
    # 20 units, so one coming back is within the allowance and two are not
    once = [101 + u for u in range(20) for _ in range(2)]
    subject = kind_of(once + [101, 102][:back], "subject")
    assert ("single block" in str(subject["reason"])) is blocks, subject


def test_a_measurement_the_sample_misses_has_no_outliers(two_chunks):
    # quartiles and fences come from the sample; with no value in it nothing is outside
    rare = column(two_chunks[1], "rare")
    assert rare["stat_type"] == "continuous" and rare["outlier_ratio"] == 0, rare


def test_years_falling_with_repeats_are_monotonic():
    # README: a year column is monotonic when it never rises (or never falls) down the rows
    years = [2020 - i // 3 for i in range(30)]
    year = column(profile_rows("year,v", [(y, i % 7) for i, y in enumerate(years)]), "year")
    assert year["stat_type"] == "datetime" and year["monotonic"] is True, year


def test_whole_numbers_up_to_2_to_the_53_past_the_head_are_numbers():
    # exact in floating point; only past 2**53 do whole numbers lose digits. The large one
    # comes after the first 64 KB, so pandas, not the head's text, types the column
    big = 6_000_000_000_000_000          # between 2**52 and 2**53
    data = big_csv("v,y", lambda i: f"{big if i == 9_999 else (i * 37) % 1000},{i % 2}", 10_000)
    v = column(profile_csv(data), "v")
    assert "whole numbers scattered over 0 to 6000000000000000" in str(v["reason"]), v
    assert "too long for floating point" not in str(v["reason"]), v


# -- the skew's floor (profile.py, _Column.moments) --------------------------------------------

def skewed(scale: float, offset: float = 0.0, digits: int = 16) -> list[str]:
    return [f"{offset + round(2 ** (((i * 37) % 101) / 12), 3) * scale:.{digits}g}"
            for i in range(40)]


@pytest.mark.parametrize("offset, scale", [(5, 1e-14), (1e6, 1e-8)])
def test_a_spread_under_a_millionth_of_a_millionth_of_the_values_has_no_skew(offset, scale):
    # moments are taken around a value: a spread under ~1e-12 of the values' size is
    # rounding's, not the data's, and gets no skew
    v = kind_of(skewed(scale, offset), name="w")
    assert v["stat_type"] == "continuous" and v["skew"] == 0, v


def test_numbers_in_tiny_units_keep_their_skew():
    # the floor is a share of the values' own square, so tiny units keep their shape
    plain = kind_of(skewed(1), name="w")
    tiny = kind_of(skewed(1e-14), name="w")
    assert plain["skew"] > 1 and tiny["skew"] == pytest.approx(plain["skew"], abs=0.01), \
        (plain, tiny)


def test_numbers_reaching_1e300_either_way_leave_the_std_null_and_no_skew():
    # the variance overflows; the skew of values that balance is 0, not an overflow
    values = [f"{i + 0.5}" for i in range(28)] + ["1e300", "-1e300"]
    v = kind_of(values, name="w")
    assert "The std overflow floating point" in str(v["reason"]), v["reason"]
    assert v["skew"] == 0, v


# -- dates (README's table of types) -----------------------------------------------------------

@pytest.mark.parametrize("quarter", ["{y}Q{q}", "Q{q} {y}"])
def test_quarters_begin_in_january_april_july_and_october(quarter):
    # 1990Q1 or Q1 1990 is the quarter from 1 January 1990; Q4 from 1 October
    v = kind_of([quarter.format(y=1990 + i // 4, q=1 + i % 4) for i in range(20)], "quarter")
    assert v["stat_type"] == "datetime", v
    assert (v["min"], v["max"]) == ("1990-01-01", "1994-10-01"), v


def test_dates_written_after_a_letter_are_read_in_that_format():
    v = kind_of([f"t2020-01-{d:02d}" for d in range(1, 21)], "when")
    assert v["stat_type"] == "datetime" and (v["min"], v["max"]) == ("2020-01-01", "2020-01-20")


# -- what the profile reports (README, "The command, the API, the JSON") ----------------------

def test_the_missing_share_of_the_table_is_shown_to_four_decimals_in_table_and_facts():
    p = profile_rows("a,b", [("" if i == 3 else i, i % 2) for i in range(7)])   # 1 of 14
    assert p.table["missing_ratio"] == p.facts["missing_ratio"] == 0.0714, (p.table, p.facts)


def nominal_of(levels: int):
    values = [f"c{j}" for j in range(levels)] * 3
    return profile_rows("shop,n", [(v, i % 7) for i, v in enumerate(values)])


@pytest.mark.parametrize("levels, high", [(3, False), (50, False), (51, True)])
def test_a_nominal_column_is_high_cardinality_past_50_categories(levels, high):
    # README: more than 50 categories is high cardinality; exactly 50 is not
    p = nominal_of(levels)
    assert column(p, "shop")["stat_type"] == "nominal"
    assert p.facts["high_cardinality"] is high, p.facts


def test_a_table_of_numbers_is_tabular():
    p = profile_rows("a,b", [(i * 0.5, i % 3) for i in range(30)])
    assert p.facts["modality"] == "tabular", p.facts


def test_a_column_of_nothing_but_missing_values_has_no_infinite_count():
    p = profile_rows("a,b", [("", i % 3) for i in range(30)])
    a = column(p, "a")
    assert "infinite" not in a and "infinite" not in str(a["reason"]), a


def test_the_outlier_ratio_uses_the_quartiles_and_shows_four_decimals():
    # 0.5 ... 28.5 and 44.5: quartiles 7.75 and 22.25, upper fence 22.25 + 1.5 * 14.5 = 44;
    # 44.5 is the one value in 30 beyond it
    v = kind_of([f"{i + 0.5}" for i in range(29)] + ["44.5"], name="amount")
    assert v["stat_type"] == "continuous" and v["outlier_ratio"] == 0.0333, v


def test_a_count_of_categories_made_exactly_is_not_marked_estimated():
    shop = column(nominal_of(20), "shop")
    assert shop["cardinality"] == 20 and "cardinality_estimated" not in shop, shop


def test_the_top_values_are_the_ten_commonest():
    # the two commonest appear last
    values = [f"k{j}" for j in range(12)] + ["late"] * 5 + ["later"] * 4 + \
        [f"k{j}" for j in range(12)]
    shop = kind_of(values, "shop")
    assert len(shop["top_values"]) == 10, shop
    assert list(shop["top_values"])[:2] == ["late", "later"], shop


def test_rows_holding_the_same_numbers_in_other_columns_are_not_duplicates():
    # each row swaps two of the numbers 1 to 20: the rows differ, though their values
    # are the same set
    k = 20
    base = list(range(1, k + 1))
    rows = [base]
    for i in range(k):
        for j in range(i + 1, k):
            row = list(base)
            row[i], row[j] = row[j], row[i]
            rows.append(row)
    p = profile_text(",".join(f"c{t}" for t in range(k)) + "\n"
                     + "".join(",".join(map(str, r)) + "\n" for r in rows))
    assert p.table["n_rows"] == 191 and p.table["duplicate_rows"] == 0, p.table


# -- what is said of values that are not plain numbers -----------------------------------------

def test_a_bound_among_amounts_written_with_a_currency_sign_is_counted_missing():
    # bounds (<5) are read as numbers only in a column of measurements written with them;
    # among amounts they are non-numbers
    v = kind_of([f"${10 + i * 3}.50" for i in range(29)] + ["<5"], "price")
    assert v["missing_ratio"] == 0.0333, v
    assert "Non-numbers ('<5')" in str(v["reason"]) and "bound" not in str(v["reason"]), v


def test_a_bound_is_quoted_by_its_first_20_characters():
    values = [f"{(i * 37) % 101 + 0.25}" for i in range(30)] + ["<0.0000000000000000001"] * 3
    v = kind_of(values, "conc")
    assert "3 values written as bounds ('<0.00000000000000000')" in str(v["reason"]), v


def test_a_non_number_right_after_the_first_2000_values_is_quoted_by_its_first_20_characters():
    # the first 2 000 values decide the column's kind; the 2 001st is a non-number
    values = [f"{(i * 37) % 101 + 0.25}" for i in range(2100)]
    values[2000] = "measurement not taken today"
    v = kind_of(values, "conc")
    assert "Non-numbers ('measurement not take') were counted" in str(v["reason"]), v


@pytest.mark.parametrize("date, not_a_date", [
    ("0{m}.{d}.{y}", "09.99.2000"),          # month first, with a leading zero as codes have
    ("{y}-0{m}-{d} 10:00", "2000-99-99 10:00")])
def test_a_date_format_needs_19_in_20_of_the_first_200_values(date, not_a_date):
    # 10 of the first 200 values are no date: 190 of 200 parse, exactly the share needed;
    # the 201st is no date either
    values = [date.format(m=1 + i % 9, d=13 + i % 16, y=2000 + i // 20) for i in range(400)]
    values = [not_a_date if i in range(1, 191, 19) or i == 200 else v
              for i, v in enumerate(values)]
    v = kind_of(values, "when")
    assert v["stat_type"] == "datetime", v


def test_the_months_of_dates_with_a_clock_time_are_read():
    values = [f"2000-{1 + i % 12:02d}-{1 + i % 28:02d} 10:00" for i in range(30)]
    v = kind_of(values, "when")
    assert v["stat_type"] == "datetime", v


def test_clock_durations_past_24_hours_are_durations_whatever_their_minutes():
    # 24:05:00 is no time of day: hours past a day's make a clock a duration
    v = kind_of([f"{24 + i % 7}:{(i * 3) % 20:02d}:00" for i in range(20)], "lag")
    assert v["min"] == 24 * 3600 and "read as seconds" in str(v["reason"]), v


def test_a_single_number_written_with_a_unit_is_read_as_that_number():
    v = column(profile_text("w,v\n84 kg,1\n" + "".join(f",{i % 5}\n" for i in range(20))), "w")
    assert "Every non-missing value is 84" in str(v["reason"]), v


def test_a_file_with_columns_named_index_and_level_0_is_profiled():
    # the names pandas gives an index it writes out, once and twice
    p = profile_text("index,level_0,v\n" + "".join(f"{i},{i},{i % 3}\n" for i in range(20)))
    assert [c["name"] for c in p.columns] == ["index", "level_0", "v"]


def test_a_target_of_exactly_200_classes_has_every_count():
    # up to 200 distinct values are counted one by one
    p = profile_rows("x,y", [(i, f"c{i % 200}") for i in range(600)], target="y")
    assert p.target["n_classes"] == 200 and len(p.target["class_counts"]) == 200, p.target


def test_codes_as_common_as_each_other_are_shown_smallest_first():
    # counts made by sorting the numbers: ties keep the numbers' order
    district = kind_of([(i * 7) % 41 for i in range(82)], "district")
    assert list(district["top_values"])[:4] == ["0", "1", "2", "3"], district


def test_names_as_common_as_each_other_are_shown_in_the_order_they_come():
    fruit = kind_of(["pear", "apple", "fig"] * 10, "fruit")
    assert list(fruit["top_values"]) == ["pear", "apple", "fig"], fruit
    assert "e.g. pear, apple, fig" in str(fruit["reason"]), fruit


# -- numbers written with marks, measurements with words (README's table of types) ------------

def amounts(n: int) -> list[str]:
    return [f"${5 + (i * 37) % 90}.50" for i in range(n)]


def test_amounts_after_placeholders_in_nine_of_ten_of_the_first_50_values_are_numbers():
    # exactly 45 of the first 50 begin as numbers do (five "-" among the first 49); the
    # 51st is "-" too
    values = amounts(100)
    for i in (3, 11, 19, 27, 35, 50):
        values[i] = "-"
    v = kind_of(values, "price")
    assert v["stat_type"] == "continuous" and "currency sign" in str(v["reason"]), v


def test_amounts_among_mostly_placeholders_are_not_read_as_numbers():
    # most text columns are ruled out on their first 50 values: here four in five are "-"
    values = ["-" if i % 5 else a for i, a in enumerate(amounts(100))]
    v = kind_of(values, "price")
    assert v["stat_type"] not in ("continuous", "discrete"), v


@pytest.mark.parametrize("good", [45, 40])
def test_a_way_of_writing_numbers_must_read_nine_of_ten_of_the_first_50(good):
    # 45 of the first 50 read as amounts, then only amounts: the column is amounts; with
    # 40 of 50 it is not, however many amounts follow
    values = amounts(400)
    for i in range(50 - good):
        values[1 + 2 * i] = f"{i + 3} apples and pears"
    v = kind_of(values, "price")
    assert ("currency sign" in str(v["reason"])) is (good == 45), v


def test_amounts_with_a_currency_sign_and_thousands_are_numbers():
    v = kind_of([f'"${1 + i % 9},{(i * 37) % 1000:03d}.50"' for i in range(30)], "price")
    assert v["stat_type"] == "continuous" and v["max"] > 1000, v


def test_amounts_of_which_half_carry_a_currency_sign_are_numbers():
    values = [a if i % 2 else a.lstrip("$") for i, a in enumerate(amounts(30))]
    v = kind_of(values, "price")
    assert v["stat_type"] == "continuous" and "currency sign" in str(v["reason"]), v


def test_right_ascension_in_hours_minutes_and_seconds_is_read_as_hours():
    values = [f"{(i * 7) % 24:02d} {(i * 13) % 60:02d} {(i * 17) % 60:02d}.{i:03d}"
              for i in range(30)]
    v = kind_of(values, "ra")
    assert v["stat_type"] == "continuous" and v["min"] >= 0 and v["max"] < 24, v


def test_the_examples_of_amounts_come_from_the_first_50():
    # 49 times the same amount, then a second, then others: two examples are shown
    values = ["$5.00"] * 49 + ["$6.00"] + amounts(30)
    v = kind_of(values, "price")
    assert "('$5.00', '$6.00')" in str(v["reason"]), v


def test_a_comma_between_digits_in_a_tab_file_of_decimal_points_is_a_decimal_comma():
    # the other column's points settle the file's decimal mark; "1,234" here is 1.234
    rows = "".join(f"{i}.5\t{1 + i % 3},{(i * 37) % 1000:03d}\n" for i in range(30))
    v = column(profile_text("a\tb\n" + rows), "b")
    assert v["max"] < 4, v


def measurements(words: list[str], every: int = 4, n: int = 40) -> list[str]:
    return [words[(i // every) % len(words)] if i % every == 0 else f"{(i * 37) % 101 + 0.25}"
            for i in range(n)]


def test_a_quarter_of_measurements_not_taken_still_makes_numbers():
    # README: one to three words for what was not measured in up to a quarter of the rows
    v = kind_of(measurements(["ND"]), "conc")
    assert v["stat_type"] == "continuous" and v["missing_ratio"] == 0.25, v


def test_half_the_values_words_is_no_column_of_measurements():
    v = kind_of(measurements(["ND"], every=2), "conc")
    assert v["stat_type"] not in ("continuous", "discrete"), v


def test_three_different_words_for_not_measured_still_make_numbers():
    v = kind_of(measurements(["ND", "trace", "not detected"]), "conc")
    assert v["stat_type"] == "continuous", v
    v = kind_of(measurements(["ND", "trace", "not detected", "lost"]), "conc")
    assert v["stat_type"] != "continuous", v


def test_measurements_of_which_half_have_decimals_beside_words_are_numbers():
    # 30 measurements, the first 15 of them whole, and 10 "ND"
    numbers = [f"{(i * 37) % 101}" if i < 15 else f"{(i * 37) % 101}.25" for i in range(30)]
    values = ["ND" if i % 4 == 0 else numbers.pop(0) for i in range(40)]
    v = kind_of(values, "conc")
    assert v["stat_type"] == "continuous", v


def test_whole_years_with_a_word_among_them_are_years_not_measurements():
    years = [str(1700 + (i * 37) % 250) for i in range(40)]
    years[::8] = ["Ancient"] * 5
    v = kind_of(years, "year discovered")
    assert v["stat_type"] == "datetime" and v.get("years") is True, v
    assert v["missing_ratio"] == 0, v


def years_and(*dates: str) -> list[str]:
    return list(dates) + [str(1950 + (i * 7) % 60) for i in range(len(dates), 20)]


def test_years_with_a_full_date_in_under_a_tenth_of_the_values_are_no_iso_dates():
    # README: years beside full dates are ISO 8601 dates of varying precision when full
    # dates are a tenth of the values at least; here one in twenty
    v = kind_of(years_and("1992-06-15"), "when")
    assert v["stat_type"] != "datetime", v


def test_years_beside_full_dates_in_19_of_20_values_are_iso_dates():
    # two full dates, seventeen years and one value that is neither
    values = years_and("1992-06-15", "1993-02-01")[:19] + ["c. 1900"]
    v = kind_of(values, "when")
    assert v["stat_type"] == "datetime" and "ISO8601" in str(v["reason"]), v


def test_dates_of_which_one_in_twenty_fails_show_their_range():
    v = kind_of([f"2020-01-{d:02d}" for d in range(1, 20)] + ["2020-01-99"], "when")
    assert (v["min"], v["max"]) == ("2020-01-01", "2020-01-19"), v


def test_two_dates_one_after_the_other_are_monotonic():
    v = kind_of(["2020-01-01"] * 10 + ["2020-01-02"] * 10, "when")
    assert v["stat_type"] == "datetime" and v["monotonic"] is True, v


# -- the target (README, "The command, the API, the JSON") ------------------------------------

def test_a_target_of_unit_ids_each_on_several_rows_is_classes():
    p = profile_rows("x,subject", [(i * 0.5, 1 + i // 3) for i in range(60)], target="subject")
    assert p.target["target_type"] == "nominal" and p.target["n_classes"] == 20, p.target


def test_the_missing_share_of_the_target_is_shown_to_four_decimals():
    p = profile_rows("x,y", [(i * 0.5, "" if i == 3 else i % 2) for i in range(7)], target="y")
    assert p.target["missing_ratio"] == 0.1429, p.target


# -- the head read for the dialect (profile.py, _Source.read_head) -----------------------------

class ShortReads(io.RawIOBase):
    """A stream that answers each read with one byte less than asked, as a pipe may."""

    def __init__(self, data: bytes):
        self.data, self.at = data, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        chunk = self.data[self.at:self.at + max(1, len(buffer) - 1)]
        buffer[:len(chunk)] = chunk
        self.at += len(chunk)
        return len(chunk)


def test_a_first_line_past_4_mb_is_refused_from_a_stream_of_short_reads_too():
    with pytest.raises(ProfileError) as refused:
        profile_csv(ShortReads(b"x" * (5 * 2 ** 20)))
    assert "longer than 4 MB" in str(refused.value.message), refused.value.message


def test_lines_past_the_head_of_a_long_header_are_left_to_the_parser_which_names_them():
    # the head ends with the read that completes the 70 KB header line: its lines of 1 KB
    # agree; line 102, past the head, has a field too many and is named
    header = "a," + "b" * 70_000
    rows = [f"{i},{'x' * 1000}" + (",z" if i >= 100 else "") for i in range(300)]
    shown = refusal(header + "\n" + "\n".join(rows) + "\n")
    assert "line 102 has 3 fields" in shown, shown


def test_a_million_distinct_values_are_counted_exactly():
    # README: the hash of every distinct value is kept up to a million per column
    n = 1_000_000
    text = "v\n" + "\n".join(map(str, (np.arange(n, dtype=np.int64) * 7919 % n).tolist())) + "\n"
    v = column(profile_text(text), "v")
    assert v["cardinality"] == n and "cardinality_estimated" not in v, v


@pytest.mark.parametrize("length, stream", [(200_000, io.BytesIO), (4_200_000, ShortReads)])
def test_a_first_line_of_one_long_text_is_read_as_a_column_name(length, stream):
    # past the csv module's own 128 KB, up to the 4 MB a first line may take (short reads
    # may bring a little more into the head)
    p = profile_csv(stream(b"t" * length + b"\n" + b"".join(b"note %d\n" % i for i in range(20))))
    assert p.table["n_columns"] == 1 and len(p.columns[0]["name"]) == length


def test_numbers_written_with_marks_are_looked_for_only_under_nine_in_ten_plain_numbers():
    # "inf" reads as a plain number (infinity): 1 950 of 2 000 values, so the 50 amounts
    # first are not taken for the column's way of writing its numbers
    v = kind_of(amounts(50) + ["inf"] * 1950, "price")
    assert "currency sign" not in str(v["reason"]), v


def test_distinct_values_that_arrive_after_the_count_turns_to_a_sketch_are_counted():
    # README: past a million distinct values a sketch estimates their number (about 2 %
    # off); here the sketch starts after six chunks and the seventh brings 200 000 more
    n = 1_400_000
    text = "v\n" + "\n".join(map(str, (np.arange(n, dtype=np.int64) * 7919 % n).tolist())) + "\n"
    v = column(profile_text(text), "v")
    assert v["cardinality_estimated"] is True
    assert v["cardinality"] == pytest.approx(n, rel=0.05), v
