"""Profiles of small CSVs for what the profiler's complete mutation run of commit 755eccb left
unchecked, profile.py and signals.py, batch h3: bytes literals decided on the first 200 values,
three distinct numbers beside one placeholder, the unit shown as first written, the first three
tokens of bounds and of non-numbers, day-first dates, durations with a word left over, degrees
without minutes, duplicate rows across chunks and at the cap, the text modality of half the
columns, the keys a column of years or numbers gets, the quartiles of the outlier fence, top
values scaled from the sample, the confidence and the names of few important features, a target
of text, the distinct budget shared by the columns and column keys XORed into the row hash.
Each test states a rule the README or the profiler's docstrings give, on a file made here, and
was seen to fail with its mutant put in."""
from __future__ import annotations

import random

import numpy as np
import pandas as pd
from profiles import column, kind_of, profile_rows, profile_text, reason, shuffled, unmix

from mlwf.profiling import profile as profile_mod

# -- bytes literals (profile._Column.add: decided on the first 200 values) ---------------------

def test_bytes_literals_are_decided_on_the_first_200_values():
    # 180 of the first 200 values are b'...' (0.9, the share needed); the 201st is plain and
    # would bring the share under 0.9 were it counted
    values = ["b'cat'" if i % 10 else "dog" for i in range(200)] + ["dog"] * 40
    v = kind_of(values, "pet")
    assert "Python bytes" in reason(v), v


# -- three distinct numbers beside one placeholder (profile._Column._decide_kind) --------------

def test_three_distinct_numbers_beside_one_placeholder_are_numbers():
    # 7 in 10 values are numbers (over half, under 0.9), whole, of exactly 3 distinct values,
    # the rest one placeholder "–": measurements with cells not applicable
    values = shuffled([1, 2, 5] * 7 + ["–"] * 9)
    v = kind_of(values, "score")
    assert v["stat_type"] in ("discrete", "ordinal", "continuous"), v
    assert v["missing_ratio"] == 0.3, v


# -- a unit shown as first written (profile._Column._written) ----------------------------------

def test_a_unit_is_shown_as_its_first_value_writes_it():
    # the unit is matched in lower case; the reason shows it as the first value writes it
    values = ["70 KG"] + [f"{60 + (i * 7) % 30} kg" for i in range(29)]
    v = kind_of(values, "weight")
    assert "'KG'" in reason(v), reason(v)


# -- the tokens shown in a reason (profile._Scan._column_json: the first three) ----------------

def test_a_reason_shows_the_three_most_frequent_bounds_only():
    # four bound tokens, 4, 3, 2 and 1 times: the one seen once is the fourth and not shown
    values = [f"{1 + (i * 37) % 97}.5" for i in range(90)]
    values += ["<1"] * 4 + ["<2"] * 3 + [">99"] * 2 + [">98"]
    v = kind_of(values, "conc")
    assert "'<1'" in reason(v) and "'>98'" not in reason(v), reason(v)


def test_a_reason_shows_three_non_numbers_only():
    # four words among 200 numbers, 4, 3, 2 and 1 times: the one seen once is not shown
    values = [f"{1 + (i * 37) % 97}.5" for i in range(200)]
    values += ["missing"] * 4 + ["unknown"] * 3 + ["not available"] * 2 + ["-"]
    v = kind_of(values, "conc")
    assert "'missing'" in reason(v) and "'-'" not in reason(v), reason(v)


# -- dates (profile._date_format: the day first as well) ----------------------------------------

def test_dates_whose_first_value_reads_either_way_are_read_day_first_when_the_rest_need_it():
    # 01/02/2001 reads month first too; 25/03/2001 and the others only day first
    values = ["01/02/2001"] + [f"{13 + i % 15:02d}/{1 + i % 12:02d}/2001" for i in range(29)]
    v = kind_of(values, "day")
    assert v["stat_type"] == "datetime", v


# -- durations (numbers._one_duration: nothing may be left over) --------------------------------

def test_a_duration_with_a_word_left_over_is_no_duration():
    # 29 durations and one with a word after its units: that one is not read
    values = [f"{1 + i % 5} h {10 + i} min" for i in range(29)] + ["2 h 5 min later"]
    v = kind_of(values, "duration")
    assert v["missing_ratio"] == round(1 / 30, 4), v


# -- degrees without minutes (profile._sexagesimal) ---------------------------------------------

def test_degrees_written_without_minutes_are_whole_degrees():
    # 45°N and the others write no minutes: 45 degrees, not 45 and a minute
    degrees = [10 + (i * 7) % 70 for i in range(30)]
    v = kind_of([f"{d}°N" for d in degrees], "lat")
    assert v["min"] == min(degrees) and v["max"] == max(degrees), v


# -- duplicate rows (profile._Scan._duplicates) -------------------------------------------------

def test_copies_in_a_later_chunk_of_both_rows_of_the_first_are_counted(monkeypatch):
    # chunks of 2 rows: the second repeats both rows of the first, so the larger of their
    # hashes, whatever the secret keys, is the last one remembered
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 2)
    p = profile_rows("a,b", [(1.5, 2), (3.5, 4), (1.5, 2), (3.5, 4)])
    assert p.table["duplicate_rows"] == 2, p.table


def test_rows_that_fill_the_cap_exactly_are_remembered(monkeypatch):
    # chunks of 4 rows, 8 remembered: after 2 chunks 4 + 4 = 8, at the cap, so the copy
    # of a row in the third chunk is counted, exactly
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 4)
    monkeypatch.setattr(profile_mod, "ROW_HASH_CAP", 8)
    rows = [(i, i * 3 % 7) for i in range(8)] + [(5, 1)]
    p = profile_rows("a,b", rows)
    assert p.table["duplicate_rows"] == 1 and p.table["duplicate_rows_exact"] is True, p.table


def test_rows_past_the_cap_by_a_sum_leave_the_count_inexact(monkeypatch):
    # chunks of 3 rows, 4 remembered: 3 rows then 3 more make 6, past the cap (3 & 3 would not)
    monkeypatch.setattr(profile_mod, "CHUNK_ROWS", 3)
    monkeypatch.setattr(profile_mod, "ROW_HASH_CAP", 4)
    p = profile_rows("a,b", [(i, i * 3 % 7) for i in range(6)])
    assert p.table["duplicate_rows_exact"] is False, p.table


# -- modality (profile._Scan.profile: text in more than half of the columns) --------------------

def test_one_text_column_of_two_is_a_tabular_table():
    # 1 of 2 usable columns is text: half, not more than half
    rng = random.Random(3)
    words = ["alpha", "river", "stone", "quiet", "lamp", "orange", "paper", "window",
             "silver", "garden", "market", "yellow", "winter", "north", "field", "bread"]

    def sentence():
        return " ".join(rng.choice(words) for _ in range(9))
    p = profile_rows("a,b", [(sentence(), i * 0.37) for i in range(30)])
    assert [c["stat_type"] for c in p.columns] == ["text", "continuous"], p.columns
    assert p.facts["modality"] == "tabular", p.facts


# -- keys of a column by its type (profile._Scan._column_json) ----------------------------------

def test_a_column_of_measurements_gets_no_years_and_no_order_in_time():
    # small numbers (under 9999) in order: only a datetime column is years or monotonic
    v = kind_of([i * 0.37 for i in range(30)], "amount")
    assert v["stat_type"] == "continuous", v
    assert "years" not in v and "monotonic" not in v, v


def test_years_with_a_word_among_them_in_order_are_not_monotonic():
    # years rising down the rows, with 'Ancient' among them: the word has no place in time
    years = [str(1700 + 3 * i) for i in range(40)]
    years[::8] = ["Ancient"] * 5
    v = kind_of(years, "year discovered")
    assert v["stat_type"] == "datetime" and v.get("years") is True, v
    assert v["monotonic"] is False, v



# -- the outlier fence (profile._Scan._column_json: Tukey's, at the quartiles) ------------------

def test_the_outlier_fences_stand_at_the_quartiles():
    # 101 values: a low tail of 25, a tight middle of 51, a high tail of 25; the 25th
    # percentile is the first of the middle, the 24th the last of the low tail, so a fence
    # from the 24th would reach past both tails and find no outlier
    low = [0.5 + 0.1 * i for i in range(25)]
    middle = [50 + 0.01 * i for i in range(51)]
    high = [100.5 + 0.1 * i for i in range(25)]
    x = np.array(low + middle + high)
    q1, q3 = np.percentile(x, [25, 75])
    share = float(((x < q1 - 1.5 * (q3 - q1)) | (x > q3 + 1.5 * (q3 - q1))).mean())
    assert share > 0.4
    v = kind_of(shuffled([round(float(t), 2) for t in x]), "amount")
    assert v["stat_type"] == "continuous", v
    assert v["outlier_ratio"] == round(share, 4), v


# -- top values from the sample (profile._Scan._column_json: past LEVEL_CAP categories) --------

def test_top_values_from_the_sample_leave_out_quoted_blank_cells(monkeypatch):
    # 5 levels kept exactly at most, 10 shops: the top values come from the sample of rows,
    # which here is every row. 5 quoted blank cells are no value of the column (50 values):
    # they are no top value, and the counts of the shops are exact, not scaled by 50/55
    monkeypatch.setattr(profile_mod, "LEVEL_CAP", 5)
    rows = shuffled([(f"shop{i % 10}", i % 7) for i in range(50)] + [('" "', 1)] * 5)
    p = profile_rows("shop,k", rows)
    v = column(p, "shop")
    assert v["stat_type"] == "nominal" and v["missing_ratio"] == round(5 / 55, 4), v
    assert " " not in v["top_values"] and set(v["top_values"].values()) == {5}, v
    assert v["top_values_estimated"] is False, v


# -- few important features (signals.few_important_features) -----------------------------------

def test_three_features_needed_are_all_named_without_an_ellipsis():
    # y is the sum of three independent features, each of the same share of the information:
    # all three are needed for 80 %, and three names are shown whole, with no ", ..."; a
    # fourth feature of noise makes enough features to judge
    rng = np.random.default_rng(5)
    rows = []
    for _ in range(600):
        a, b, c, d = (int(t) for t in rng.integers(0, 3, 4))
        rows.append((a, b, c, d, ("n", "o", "p", "q", "r", "s", "t")[a + b + c]))
    p = profile_rows("a,b,c,d,y", rows, target="y")
    text = str(p.reasons["few_important_features"]["reason"])
    assert text.startswith("3 of 4 features (") and ", ...)" not in text, text


# -- a target of text (profile._target) ---------------------------------------------------------

def test_a_target_column_of_sentences_is_a_nominal_target():
    # free text as the target: its distinct strings are the classes to predict
    rng = random.Random(3)
    words = ["alpha", "river", "stone", "quiet", "lamp", "orange", "paper", "window",
             "silver", "garden", "market", "yellow", "winter", "north", "field", "bread"]
    labels = [" ".join(rng.choice(words) for _ in range(9)) for _ in range(6)]
    p = profile_rows("x,y", [(i * 0.37, labels[i % 6]) for i in range(30)], target="y")
    assert column(p, "y")["stat_type"] == "text", column(p, "y")
    assert p.target["target_type"] == "nominal", p.target


# -- the distinct-count budget shared by the columns (profile._Scan.add) ------------------------

def test_the_distinct_budget_is_shared_out_among_the_columns(monkeypatch):
    # a budget of 4096 hashes over 2 columns leaves each 2048, the sketch's size: 3000
    # distinct labels (each twice) are past it and estimated
    monkeypatch.setattr(profile_mod, "DISTINCT_BUDGET", 4096)
    labels = [f"k{i}x" for i in range(3000)]
    p = profile_rows("label,k", [(v, i % 7) for i, v in enumerate(shuffled(labels * 2))])
    v = column(p, "label")
    assert v.get("cardinality_estimated") is True, v


# -- the row hash: each column's key XORed in before the mix (profile._Scan._duplicates) --------

def test_rows_whose_number_hashes_differ_in_the_top_bit_only_stay_apart():
    # 20 columns of numbers; beside a base row, 20 rows each differ from it in one column, by
    # a number whose pandas hash differs from the base's in the top bit alone. XORed with a
    # key, the hashes stay apart; multiplied by a key or masked with it, they would fall
    # together whenever that key is even or lacks the top bit (all 20 keys escape that one
    # run in a million)
    top = np.uint64(2 ** 63)
    base, partner = [], []
    for c in range(20):
        x = np.array([0.5 + c + 0.25 * k for k in range(8)])
        other = unmix(pd.util.hash_array(x) ^ top).view(np.float64)
        k = int(np.flatnonzero(np.isfinite(other))[0])
        base.append(float(x[k]))
        partner.append(float(other[k]))
    lines = [",".join(f"c{c}" for c in range(20)), ",".join(map(repr, base))]
    for c in range(20):
        lines.append(",".join(repr(partner[i] if i == c else base[i]) for i in range(20)))
    p = profile_text("\n".join(lines) + "\n")
    assert p.table["n_rows"] == 21 and p.table["duplicate_rows"] == 0, p.table
