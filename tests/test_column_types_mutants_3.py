"""Profiles of small CSVs for survivors of the profiler's complete mutation run in
column_types.py (README, "Mutation testing"; docs/mutation-survivors.md), third slice: the
shapes of a few whole-number levels (a count's thin tail, a dip between two modes), strings
(phrases, free text, lists in a cell, numbered labels, years with words), the orders of
brackets, frequencies, modifiers and Roman numerals, and how a reason quotes a value. Each
test states a rule the README or the profiler's comments give, on a file made here, and was
seen to fail with its mutant put in."""
from __future__ import annotations

import csv
import io
import random

from profiles import column, kind_of, profile_text


def levels_column(counts: list[int], start: int = 1, name: str = "v") -> dict:
    """A column of whole numbers from start up, counts[i] rows at level start + i, the rows
    shuffled (whole numbers in blocks of rows would read as the ids of units)."""
    values = [start + i for i, c in enumerate(counts) for _ in range(c)]
    random.Random(5).shuffle(values)
    return kind_of(values, name)


def quoted_kind_of(values: list[str], name: str = "v") -> dict:
    """kind_of for values that hold commas, each quoted as a CSV writer quotes it."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([name, "other"])
    writer.writerows([v, (i * 7) % 11] for i, v in enumerate(values))
    return column(profile_text(buf.getvalue()), name)


# -- a count's long thin tail (README: "a tail of five levels or more thinning to under 1 %
# at the top → counts") ---------------------------------------------------------------------

def test_a_tail_from_a_mode_at_the_middle_level_thinning_to_under_1_percent_is_counts():
    # seven levels, the mode at the fourth: exactly at the middle, the furthest up a count's
    # mode may sit, with four levels from it to the top
    v = levels_column([10, 20, 40, 80, 40, 10, 2])
    assert v["stat_type"] == "discrete" and "long thin tail of counts" in str(v["reason"]), v
    # the reason quotes the rows at the top level and that level
    assert "fewer at each step up to 2 rows at 7," in str(v["reason"]), v


def test_a_mode_past_the_middle_level_is_a_scales_heap_not_a_counts_tail():
    # eight levels, the mode at the fifth: past the middle (3.5 steps up), so no tail of
    # counts however thin the top
    v = levels_column([5, 10, 20, 40, 80, 40, 10, 2])
    assert v["stat_type"] == "ordinal", v


def test_five_levels_with_the_mode_at_the_middle_leave_too_short_a_tail_for_counts():
    # three levels from the mode to the top: a tail needs four
    v = levels_column([10, 40, 80, 40, 1])
    assert v["stat_type"] == "ordinal", v


def test_a_top_level_holding_exactly_1_percent_of_the_rows_is_no_thin_tail():
    v = levels_column([10, 20, 40, 80, 40, 8, 2])      # 2 of 200 rows: not under 1 %
    assert v["stat_type"] == "ordinal", v


# -- a dip between two modes (README: "three or four levels whose counts dip and rise again:
# codes of unordered categories") ----------------------------------------------------------

def test_a_dip_between_modes_that_each_hold_exactly_a_twentieth_of_the_rows_is_codes():
    v = levels_column([41, 50, 4, 5], start=0)          # 5 of 100 rows after the dip
    assert v["stat_type"] == "nominal" and "fewer rows at 2" in str(v["reason"]), v
    # the values alone cannot settle codes against a scale: the confidence stays low
    assert 0 < v["confidence"] <= 0.6, v


def test_a_few_stray_rows_at_the_top_make_no_second_mode():
    # 4 of 166 rows at the top, under a twentieth: no second mode, so no dip at 2
    v = levels_column([60, 100, 2, 4], start=0)
    assert v["stat_type"] == "ordinal", v
    # nor after most rows at the lowest level, a level of 1 row and a few more above it
    v = levels_column([200, 1, 6, 3], start=0)
    assert v["stat_type"] == "ordinal", v


def test_rows_falling_on_both_sides_of_the_mode_are_one_heap_without_a_dip():
    v = levels_column([50, 100, 30, 20], start=0)
    assert v["stat_type"] == "ordinal", v


def test_one_dip_among_five_levels_leaves_a_long_scale_alone():
    # a long scale may be polarised: one dip is not enough, five levels need two troughs
    v = levels_column([50, 100, 40, 60, 20], start=0)
    assert v["stat_type"] == "ordinal", v


def test_two_troughs_deeper_than_twice_the_noise_of_their_counts_are_codes():
    # 16 rows, noise 2 * sqrt(16) = 8: 24 stays under the neighbours' 26 (three times the
    # noise, 28, would not)
    v = levels_column([30, 16, 26, 16, 30], start=0)
    assert v["stat_type"] == "nominal" and "fall and rise again at 1, 3" in str(v["reason"]), v


# -- yes/no, times and dates (README's table: "two values (0/1, yes/no, true/false, any pair)
# | boolean"; dates "up to 5 % of the values may fail it, at a lower confidence") -----------

def test_three_values_written_differently_are_no_yes_no_pair():
    # "yes" beside its code-labelled form "1. yes" and "2. no": three values, not two
    v = kind_of(["1. yes", "2. no", "yes"] * 5)
    assert v["stat_type"] != "boolean", v


def test_a_yes_no_columns_reason_names_both_values():
    v = kind_of(["yes", "no"] * 6)
    assert v["stat_type"] == "boolean" and str(v["reason"]) == "The values are no, yes.", v


def test_two_spellings_of_one_label_profile_as_categories():
    # "Lunch" and "lunch " are one label in lower case: neither a pair of two groups nor
    # a failure of the profile
    v = kind_of(["Lunch", "lunch "] * 6)
    assert v["stat_type"] == "nominal", v


def test_times_of_day_with_a_value_that_fails_the_format_are_less_sure():
    clean = kind_of(["13:35", "09:10", "17:45", "08:05"] * 5)
    failing = kind_of(["13:35", "09:10", "17:45", "08:05"] * 5 + ["late"])
    assert clean["stat_type"] == failing["stat_type"] == "datetime", (clean, failing)
    assert 0 < failing["confidence"] < clean["confidence"] <= 1, (clean, failing)


def test_dates_with_a_value_that_fails_the_format_are_less_sure():
    days = [f"2020-01-{d:02d}" for d in range(1, 29)]
    clean, failing = kind_of(days), kind_of(days + ["soon"])
    assert clean["stat_type"] == failing["stat_type"] == "datetime", (clean, failing)
    assert 0 < failing["confidence"] < clean["confidence"] <= 1, (clean, failing)


def test_months_in_one_format_get_no_note_of_iso_dates_at_a_reduced_precision():
    # every value a year and month (%Y-%m): one format, not ISO 8601 at varying precision
    v = kind_of([f"19{y}-{m:02d}" for y in range(80, 90) for m in (1, 5, 9)])
    assert v["stat_type"] == "datetime" and "%Y-%m" in str(v["reason"]), v
    assert "reduced precision" not in str(v["reason"]), v


# -- text labels of known scales and grades (README: ordinal 0.7-0.85) ------------------------

def test_two_levels_of_a_scale_are_ordered_less_surely_than_three():
    two, three = kind_of(["low", "high"] * 6), kind_of(["low", "medium", "high"] * 6)
    assert two["order"] == ["low", "high"] and three["order"] == ["low", "medium", "high"]
    assert 0 < two["confidence"] < three["confidence"] <= 1, (two, three)


def test_three_letters_with_a_failing_grade_are_grades():
    v = kind_of(["A", "B", "F"] * 6)
    assert v["stat_type"] == "ordinal" and v["order"] == ["A", "B", "F"], v


def test_two_letters_even_grades_split_the_rows_into_two_groups():
    v = kind_of(["A", "F"] * 6)
    assert v["stat_type"] == "boolean", v


def test_a_reason_names_six_brackets_in_full_and_cuts_a_seventh():
    # README: a reason names at most six levels
    six = kind_of(["under 10", "10-19", "20-29", "30-39", "40-49", "50+"] * 3)
    assert str(six["reason"]).endswith("< 40-49 < 50+."), six
    seven = kind_of(["under 10", "10-19", "20-29", "30-39", "40-49", "50-59", "60+"] * 3)
    assert str(seven["reason"]).endswith("< 50-59 < ....") and "60+" not in str(seven["reason"])
    assert seven["order"][-1] == "60+", seven


def test_two_labels_on_under_a_tenth_of_the_rows_are_notes_at_a_low_confidence():
    v = kind_of(["Adult", "Child"] * 5 + [""] * 100)
    assert v["stat_type"] == "nominal" and "only 10 of 110 rows" in str(v["reason"]), v
    assert 0 < v["confidence"] <= 0.6, v


# -- phrases and free text (README: "at most 20 distinct phrases of three words or more ...
# each on ten rows or more on average" → nominal; "six words and more per value" → text) ----

PHRASES = ["paid back duly", "no credits taken", "critical account here now",
           "delay in paying off"]                   # 3.5 words on average


def test_phrases_each_on_exactly_ten_rows_are_categories_written_out():
    v = kind_of(PHRASES * 10)
    assert v["stat_type"] == "nominal" and "categories whose labels are written out" \
        in str(v["reason"]), v
    assert "4 phrases of 3.5 words on average, each on 10 rows" in str(v["reason"]), v
    assert 0 < v["confidence"] <= 1, v


def test_phrases_each_on_nine_rows_are_not_enough_to_be_categories_written_out():
    v = kind_of(PHRASES * 9)
    assert "written out" not in str(v["reason"]), v


W = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
     "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon"]


def words(n_values: int, lengths: tuple[int, ...], end: str = "", seed: int = 1) -> list[str]:
    """Distinct strings of random words, the i-th of lengths[i % len(lengths)] words."""
    rng = random.Random(seed)
    return [" ".join(rng.choice(W) for _ in range(lengths[i % len(lengths)])) + end
            for i in range(n_values)]


def test_long_values_that_do_not_end_as_sentences_are_text_not_sentences():
    v = kind_of(words(20, (6, 7)))
    assert v["stat_type"] == "text" and "6.5 words per value" in str(v["reason"]), v
    assert "sentences" not in str(v["reason"]), v


def test_sentences_are_text_and_the_reason_gives_their_mean_length():
    v = kind_of(words(20, (6, 7), end="."))
    assert v["stat_type"] == "text" and "6.5 words per value on average, written as " \
        "sentences" in str(v["reason"]), v


def test_three_distinct_values_in_a_column_named_as_a_key_are_its_identifiers():
    # README: every value a distinct short string, from 3 rows when the name says key
    v = kind_of(["alpha", "beta", "gamma"], name="key")
    assert v["stat_type"] == "identifier", v


def names(n: int, n_words: int = 1, seed: int = 2) -> list[str]:
    """n distinct made-up names of n_words words each."""
    rng = random.Random(seed)
    out: set[str] = set()
    while len(out) < n:
        out.add(" ".join("".join(rng.choice("abcdefghij") for _ in range(6)).capitalize()
                         for _ in range(n_words)))
    return sorted(out)


def test_nearly_every_value_distinct_is_exactly_95_percent_of_50_rows_or_more():
    # README: nearly every value distinct (95 % of 50 rows or more) → identifier 0.7
    n57 = names(57)
    v = kind_of(n57 + n57[:3])                         # 57 of 60: exactly 95 %
    assert v["stat_type"] == "identifier" and "Nearly every value" in str(v["reason"]), v
    n48 = names(48)
    v = kind_of(n48 + n48[:2])                         # 48 of 50: the fewest rows
    assert v["stat_type"] == "identifier" and "(48 of 50)" in str(v["reason"]), v
    n47 = names(47)
    v = kind_of(n47 + n47[:2])                         # 47 of 49 rows: too few
    assert v["stat_type"] == "nominal", v


# written in lower case, as prose is: four capitalised words half of them repeated are names
# of things (test_profile_patterns.py)
FOUR_WORDS = [" ".join(w).lower() for w in zip(names(20), names(20, seed=3), names(20, seed=4),
                                               names(20, seed=5), strict=True)]


def test_values_of_four_words_half_of_them_distinct_are_free_text():
    # README: three words and more mostly different row to row → text; half the rows
    # distinct is enough
    v = kind_of(FOUR_WORDS * 2)
    assert v["stat_type"] == "text" and "Free text of 4.0 words per value on average, mostly " \
        "different from row to row (20 distinct values)" in str(v["reason"]), v
    assert 0 < v["confidence"] <= 1, v


def test_names_of_two_words_mostly_distinct_are_categories_not_text():
    two = [" ".join(w) for w in zip(names(30), names(30, seed=3), strict=True)]
    v = kind_of(two + two[:10])
    assert v["stat_type"] == "nominal", v


def test_a_reason_gives_three_examples_of_categories_the_commonest_first():
    v = kind_of(["red"] * 5 + ["green"] * 4 + ["blue"] * 3 + ["black"] * 2 + ["white"])
    assert str(v["reason"]) == "5 unordered categories, e.g. red, green, blue.", v


def test_fifty_categories_are_not_yet_high_cardinality_fifty_one_are():
    v = kind_of(names(50) * 2)
    assert v["stat_type"] == "nominal" and "high cardinality" not in str(v["reason"]), v
    v = kind_of(names(51) * 2)
    assert v["stat_type"] == "nominal" and "high cardinality" in str(v["reason"]), v


# -- lists of items in a cell (README: "at least 30 % of the values lists and a fifth of three
# items or more ...; or a tenth of three items or more where a quarter of the lists share an
# item with a cell that holds it alone") ---------------------------------------------------

THREE = ["ES,FR,IT", "DE,AT,CH", "NL,BE,LU", "SE,NO,DK", "PT,ES,FR"]
TWO = ["ES,FR", "DE,AT", "NL,BE", "SE,NO", "PT,IT"]
TOWNS = ["Paris", "Lyon", "Nice", "Lille", "Metz", "Brest", "Caen", "Dijon", "Tours", "Rouen"]
# a fifth of three items, 30 % lists, no list sharing an item with a cell of its own
AT_BOTH_BOUNDS = THREE * 2 + TWO + TOWNS * 3 + ["Bordeaux", "Nantes", "Reims", "Toulon", "Angers"]
LONE = ["Colo Spgs", "Denver", "Boulder", "Aspen", "Vail", "Golden", "Erie"]


def test_lists_at_exactly_a_fifth_of_three_items_and_30_percent_of_lists_are_lists():
    assert len(AT_BOTH_BOUNDS) == 50
    v = quoted_kind_of(AT_BOTH_BOUNDS)
    assert v["stat_type"] == "text" and "30% of the values are lists" in str(v["reason"]), v
    assert 0 < v["confidence"] <= 1, v


def test_lists_are_judged_on_the_first_5000_values():
    # the same 50 values a hundred times, then one more town: the 5001st value would take
    # the lists under 30 %
    v = quoted_kind_of(AT_BOTH_BOUNDS * 100 + ["Paris"])
    assert v["stat_type"] == "text", v


def test_lists_of_three_items_in_a_fifth_of_the_values_alone_are_not_30_percent_lists():
    v = quoted_kind_of((THREE * 2 + TOWNS * 4)[:50])
    assert v["stat_type"] == "nominal", v


def test_nine_values_are_too_few_to_call_lists():
    v = quoted_kind_of((THREE * 2)[:9])
    assert v["stat_type"] != "text", v
    v = quoted_kind_of(THREE * 2)
    assert v["stat_type"] == "text", v


def test_a_tenth_of_three_items_with_lists_sharing_a_lone_cells_item_are_lists():
    # a town's other names: "Colo Spgs,Colorado Spgs" beside "Colo Spgs" alone
    values = ["Colo Spgs,Colorado Spgs,CS", "Denver,Dnv,DEN", "Colo Spgs,Colorado Spgs",
              "Denver,Denv", "Aspen,Aspn", "Vail,Vl"] + LONE * 2       # 2 of 20 of three items
    v = quoted_kind_of(values)
    assert v["stat_type"] == "text" and "30% of the values are lists" in str(v["reason"]), v


def test_lists_of_two_items_alone_are_names_not_lists_however_shared():
    values = ["Colo Spgs,Colorado Spgs", "Denver,Denv", "Aspen,Aspn", "Vail,Vl", "Golden,Gldn",
              "Erie,Er"] + LONE * 2
    v = quoted_kind_of(values)
    assert v["stat_type"] == "nominal", v


def test_items_of_two_or_three_words_are_items_of_lists():
    # README: items of at most three words on average (here 2.25)
    v = quoted_kind_of(["red apple,green pear tree,blue plum", "tall oak,pine tree,wide elm tree",
                        "big fig,sour lime,sweet orange tree", "hot chili,mild bell pepper,corn"]
                       * 5)
    assert v["stat_type"] == "text" and "lists of items" in str(v["reason"]), v


# -- labels of a few rows (README: "from 3 when ... every value is one label and a different
# number (row_1 … row_8)") -----------------------------------------------------------------

def test_three_numbered_labels_are_the_labels_of_the_rows():
    v = kind_of(["row_1", "row_2", "row_3"])
    assert v["stat_type"] == "identifier" and "'row_' followed by a different number" \
        in str(v["reason"]), v


def test_from_ten_rows_numbered_labels_are_distinct_strings_like_any_other():
    v = kind_of([f"row_{i}" for i in range(1, 13)])
    assert v["stat_type"] == "identifier" and "distinct short string" in str(v["reason"]), v


def test_numbers_after_different_labels_are_no_numbering_of_the_rows():
    v = kind_of(["row_1", "plot_2", "case_3", "unit_4", "site_5"])
    assert v["stat_type"] == "nominal", v


def test_values_longer_than_64_characters_are_not_read_as_numbered_labels():
    # a label is short; a long text is not tried against the pattern
    v = kind_of(["a" * 63 + f"{i:02d}" for i in range(1, 6)])      # 65 characters each
    assert v["stat_type"] == "nominal", v


# -- years with words (README: "years named so with up to three words among them (`Ancient`,
# at most a quarter of the rows)") ---------------------------------------------------------

YEARS = [str(1900 + i) for i in range(15)]


def test_years_with_words_in_exactly_a_quarter_of_the_rows_are_calendar_years():
    v = kind_of(YEARS + ["Ancient"] * 3 + ["Unknown"] * 2, name="year")
    assert v["stat_type"] == "datetime" and "5 rows hold 'Ancient', 'Unknown'" \
        in str(v["reason"]), v


def test_years_with_words_in_more_than_a_quarter_of_the_rows_are_codes():
    v = kind_of(YEARS[:14] + ["Ancient"] * 3 + ["Unknown"] * 3, name="year")   # 6 of 20
    assert v["stat_type"] != "datetime", v


def test_years_from_1000_are_calendar_years_from_999_not():
    v = kind_of(["1000", "1200", "1500", "1700"] * 4 + ["Ancient"], name="year")
    assert v["stat_type"] == "datetime", v
    v = kind_of(["999", "1200", "1500", "1700"] * 4 + ["Ancient"], name="year")
    assert v["stat_type"] != "datetime", v


def test_years_with_three_different_words_are_calendar_years():
    v = kind_of(YEARS + ["Ancient", "Unknown", "Before 1900"], name="year")
    assert v["stat_type"] == "datetime", v


def test_distinct_codes_with_leading_zeros_are_identifiers():
    v = kind_of([f"0{i}" for i in range(10, 22)])
    assert v["stat_type"] == "identifier" and "leading zeros" in str(v["reason"]), v
    assert 0 < v["confidence"] <= 1, v


# -- brackets of numbers (README: ordered by the first number in each; "ties on the first
# number (4-4, 4-5) by the last one"; ranges that overlap are estimates, not brackets) ------

def test_a_million_written_1m_ties_with_1000000_and_the_narrower_bracket_comes_first():
    v = kind_of(["under 500000", "1m+", "1000000-2000000"] * 4)
    assert v["order"] == ["under 500000", "1m+", "1000000-2000000"], v


def test_brackets_in_thousands_written_k_come_after_brackets_written_out_below_them():
    # 10k is ten thousand, above 5000-9999
    v = kind_of(["under 5000", "5000-9999", "10k-20k", "20k+"] * 4)
    assert v["order"] == ["under 5000", "5000-9999", "10k-20k", "20k+"], v


def test_ranges_that_overlap_are_estimates_not_brackets():
    v = kind_of(["10-20", "15-25", "18-30"] * 4)
    assert v["stat_type"] == "nominal", v


def test_a_range_written_from_its_top_down_is_not_checked_for_overlap():
    # only a range that rises spans numbers: "25-15" ranks by its first number
    v = kind_of(["0-10", "10-20", "20-30", "25-15"] * 4)
    assert v["order"] == ["0-10", "10-20", "20-30", "25-15"], v


def test_a_lone_number_inside_a_range_is_no_overlap():
    v = kind_of(["1-5", "3", "6-10", "11+"] * 4)
    assert v["order"] == ["1-5", "3", "6-10", "11+"], v


# -- how often (README: "answers to how often, by times a year") --------------------------------

def test_few_several_and_a_number_of_times_are_three_different_rates():
    # a few is 3, several 4 times: between them and 5 times a year no tie
    answers = ["never", "a few times a year", "several times a year", "5 times a year",
               "once a month", "every week"]
    v = kind_of(answers * 3)
    assert v["order"] == answers, v


def test_once_a_month_and_monthly_are_as_often_so_the_answers_are_not_ordered():
    v = kind_of(["never", "once a month", "monthly", "once a week"] * 3)
    assert v["stat_type"] == "nominal", v


def test_once_a_week_and_weekly_are_as_often_so_the_answers_are_not_ordered():
    v = kind_of(["never", "once a week", "weekly", "once a month"] * 3)
    assert v["stat_type"] == "nominal", v


def test_annually_is_once_a_year_more_often_than_never():
    v = kind_of(["never", "annually", "monthly", "weekly"] * 3)
    assert v["order"] == ["never", "annually", "monthly", "weekly"], v


def test_three_answers_with_never_among_them_are_ordered_by_how_often():
    # never gives three answers a floor to order from; without it four are needed
    v = kind_of(["never", "once a month", "once a week"] * 4)
    assert v["order"] == ["never", "once a month", "once a week"], v


def test_periods_without_a_number_of_times_are_no_frequencies():
    # "last week" says when, not how often
    v = kind_of(["never", "last year", "last month", "last week"] * 3)
    assert v["stat_type"] == "nominal", v


def test_times_multiply_their_period():
    # twice a month is 24 times a year, more than 20
    v = kind_of(["never", "20 times a year", "twice a month", "once a week"] * 3)
    assert v["order"] == ["never", "20 times a year", "twice a month", "once a week"], v


# -- modifiers, known scales, labelled scales, Roman numerals --------------------------------

def test_a_word_alone_ranks_as_fairly_so_it_ties_with_fairly_and_nothing_is_ordered():
    v = kind_of(["not happy", "happy", "fairly happy", "very happy"] * 3)
    assert v["stat_type"] == "nominal", v


def test_three_sizes_as_single_letters_are_enough_for_the_scale_of_sizes():
    # single letters need three levels (M/F is not a size): three are enough
    v = kind_of(["s", "m", "l"] * 4, name="size")
    assert v["order"] == ["s", "m", "l"], v


def test_a_scale_with_codes_on_only_some_levels_is_not_a_labelled_scale():
    v = kind_of(["1 = disagree", "agree", "2 = neutral"] * 4)
    assert v["stat_type"] == "nominal", v
    # nor one whose codes label the same words twice
    v = kind_of(["1 = agree", "2 = agree", "3 = disagree"] * 4)
    assert v["stat_type"] == "nominal", v


def test_roman_numerals_are_read_at_their_value_across_x_d_and_m():
    # 8, 9, 10; 399, 400, 401; 899, 900, 901: consecutive only if X is 10, D 500, M 1000
    for numerals in (["viii", "ix", "x"], ["cccxcix", "cd", "cdi"], ["dcccxcix", "cm", "cmi"]):
        v = kind_of(numerals * 4)
        assert v["stat_type"] == "ordinal" and v["order"] == numerals, v


def test_a_four_letter_word_ending_in_zip_names_no_place_code():
    # README: compound words ending in a code's name (countyfips, postcode) name places;
    # gzip's levels 1-9 are no zip code
    v = levels_column([5, 5, 5, 5, 5, 15, 5, 5, 5], name="gzip")
    assert v["stat_type"] == "ordinal", v


# -- how a reason quotes a value (README: "quotes a value up to 40 characters, cut with '…'
# past that"; the profiler: numbers plainly) ------------------------------------------------

def test_a_long_value_is_quoted_in_40_characters_with_the_ellipsis():
    v = kind_of(["x" * 50, "short", "mid"] * 4)
    assert f"e.g. {'x' * 39}…, short" in str(v["reason"]), v


def test_whole_numbers_are_quoted_in_full_below_1e15_and_as_powers_from_it():
    # a float holds every whole number below 1e15 exactly, so it is written out
    assert str(kind_of(["999999999999999"] * 5)["reason"]) \
        == "Every non-missing value is 999999999999999."
    assert str(kind_of(["1e15"] * 5)["reason"]) == "Every non-missing value is 1e+15."
    assert str(kind_of(["2e15"] * 5)["reason"]) == "Every non-missing value is 2e+15."
