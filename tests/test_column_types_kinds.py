"""Kinds of column common in real tables that the held-out tables of documented types
(tests/data/column_types_holdout*.csv) showed the profiler getting wrong, or that users
meet every day (currency and percentages written as text, durations, dates with leading
zeros, month and weekday names, survey codes): each written as the CSV a user would have
and profiled through mlwf.profiling.profile.profile_csv."""
import io
import warnings

import numpy as np
import pandas as pd
import pytest

from mlwf.profiling.profile import ProfileError, profile_csv


def profile_of(frame, target=None):
    return profile_csv(io.BytesIO(frame.to_csv(index=False).encode()), target)


def col(profile, name):
    return next(c for c in profile.columns if c["name"] == name)


# -- numbers that measure, not label ---------------------------------------------------------------

def test_a_population_rising_year_by_year_is_a_quantity_not_a_row_number():
    """Rising in steps that grow smoothly (a population, a running total); sorted ids rise
    in steps independent of each other and stay identifiers."""
    rng = np.random.default_rng(1)
    years = np.arange(1900, 2000)
    population = (30_000_000 * np.exp(0.015 * (years - 1900))
                  + rng.normal(0, 20_000, len(years))).round().astype(int)
    ids = np.sort(rng.choice(np.arange(10_000, 99_999), len(years), replace=False))
    p = profile_of(pd.DataFrame({"year": years, "population": population, "id_like": ids,
                                 "births": rng.poisson(900_000, len(years))}))
    assert col(p, "population")["stat_type"] in ("continuous", "discrete")
    assert "smoothly" in str(col(p, "population")["reason"])
    assert col(p, "id_like")["stat_type"] == "identifier"


def test_money_repeated_within_units_is_an_amount_not_the_ids_of_units():
    """An income recorded once per state and repeated over that state's rows is in blocks,
    like the ids of units, but its name says money."""
    rng = np.random.default_rng(2)
    incomes = rng.choice(np.arange(9_000, 30_000), 60, replace=False)
    frame = pd.DataFrame({"state": np.repeat(np.arange(1, 61), 10),
                          "income": np.repeat(incomes, 10),
                          "rate": rng.normal(5, 1, 600).round(2)})
    p = profile_of(frame)
    assert col(p, "income")["stat_type"] in ("continuous", "discrete")
    blocks = frame.assign(income=np.repeat(rng.choice(np.arange(9_000, 30_000), 60, replace=False), 10))
    assert col(profile_of(blocks.rename(columns={"income": "unit"})), "unit")["stat_type"] == "identifier"


def test_equal_groups_at_levels_with_gaps_are_settings_of_an_amount():
    """A design of equal groups at salt levels 0, 2, 3, 4, 6 (a concentration), beside arms
    1-4 of equal size (codes, numbered one after another)."""
    rng = np.random.default_rng(3)
    frame = pd.DataFrame({"salt": np.repeat([0, 2, 3, 4, 6], 20), "arm": np.tile([1, 2, 3, 4, 1], 20),
                          "growth": rng.normal(1, 0.2, 100).round(3)})
    frame["arm"] = np.repeat([1, 2, 3, 4], 25)
    p = profile_of(frame)
    assert col(p, "salt")["stat_type"] == "discrete"
    assert "design" in str(col(p, "salt")["reason"])
    assert col(p, "arm")["stat_type"] == "nominal"


@pytest.mark.parametrize("name", ["NaCl_percent", "dose_mg", "Temperature"])
def test_few_whole_numbers_named_as_a_measured_amount_are_amounts(name):
    rng = np.random.default_rng(4)
    frame = pd.DataFrame({name: rng.choice([1, 2, 3], 90, p=[0.2, 0.5, 0.3]),
                          "y": rng.normal(size=90)})
    assert col(profile_of(frame), name)["stat_type"] == "discrete"


# -- codes ---------------------------------------------------------------------------------------

def test_origin_codes_1_to_3_are_categories_not_counts():
    """Cars made in the US (1), Europe (2) or Japan (3): most rows at 1 and fewer above,
    the shape of counts, but the name says where from."""
    rng = np.random.default_rng(5)
    frame = pd.DataFrame({"origin": rng.choice([1, 2, 3], 400, p=[0.62, 0.18, 0.2]),
                          "mpg": rng.normal(23, 7, 400).round(1)})
    assert col(profile_of(frame), "origin")["stat_type"] == "nominal"


@pytest.mark.parametrize("name", ["countyfips", "postcode", "StateCode"])
def test_county_codes_named_in_one_word_are_codes_in_a_panel(name):
    """County FIPS codes within states (1-840, repeated across states and years), the
    name one compound word."""
    rng = np.random.default_rng(6)
    codes = rng.choice(np.arange(1, 841, 2), 200, replace=False)
    frame = pd.DataFrame({name: rng.permutation(np.tile(codes, 8)),
                          "murders": rng.poisson(3, 1600)})
    assert col(profile_of(frame), name)["stat_type"] in ("nominal", "identifier")


def test_a_few_rows_labelled_with_one_word_and_a_number_are_identifiers():
    """Eight rows labelled row_1 ... row_8: too few rows to call distinct values keys in
    general, but a label and a running number say so; distinct fruit names stay words."""
    frame = pd.DataFrame({"row": [f"row_{i}" for i in range(1, 9)],
                          "char": ["apricot", "banana", "coconut", "durian", "fig", "grape",
                                   "kiwi", "lemon"],
                          "num": np.linspace(0.1, 8.8, 8)})
    p = profile_of(frame)
    assert col(p, "row")["stat_type"] == "identifier"
    assert "row_" in str(col(p, "row")["reason"])
    assert col(p, "char")["stat_type"] != "identifier"


# -- dates -----------------------------------------------------------------------------------------

def test_whole_number_dates_that_lost_their_leading_zero():
    """MMDDYY written as a number, so January's dates have five digits (10398 = 1998-01-03),
    and year-month periods written YYYYMM."""
    rng = np.random.default_rng(7)
    days = pd.to_datetime("1997-01-01") + pd.to_timedelta(np.sort(rng.choice(700, 80, replace=False)), "D")
    frame = pd.DataFrame({"date": days.strftime("%m%d%y").astype(int),
                          "when": (days.year * 100 + days.month).astype(int),
                          "price": rng.normal(1.2, 0.1, 80).round(2)})
    p = profile_of(frame)
    assert col(p, "date")["stat_type"] == "datetime"
    assert "MMDDYY" in str(col(p, "date")["reason"])
    assert col(p, "when")["stat_type"] == "datetime"
    amounts = pd.DataFrame({"amount": rng.integers(10_000, 120_000, 80), "x": rng.normal(size=80)})
    assert col(profile_of(amounts), "amount")["stat_type"] != "datetime"


@pytest.mark.parametrize("fmt, written", [("%m%d%y", "MMDDYY"), ("%m%d%Y", "MMDDYYYY")])
def test_whole_number_dates_are_ordered_and_bounded_as_dates_not_as_numbers(fmt, written):
    """A log kept in the order of its MMDDYY dates over several years is ordered in time,
    though the numbers fall at each new year (123119, then 10120); the same rows sorted by the
    numbers (every January 1st first) are not. The range shown is the dates'."""
    days = pd.date_range("2018-03-05", "2021-02-20", freq="5D")
    numbers = days.strftime(fmt).astype(int)
    rng = np.random.default_rng(3)
    logged = pd.DataFrame({"date": numbers, "reading": rng.normal(5, 1, len(days)).round(2)})
    p = profile_of(logged, "reading")
    date = col(p, "date")
    assert written in str(date["reason"]), date
    assert date["monotonic"] is True
    assert (date["min"], date["max"]) == ("2018-03-05", "2021-02-17")
    assert p.facts["time_ordered"] is True, p.reasons["time_ordered"]
    by_number = logged.sort_values("date", kind="stable")
    p = profile_of(by_number, "reading")
    assert col(p, "date")["monotonic"] is False
    assert col(p, "date")["min"] == "2018-03-05"
    assert p.facts["time_ordered"] is False, p.reasons["time_ordered"]


def test_years_with_a_word_for_an_unknown_year_are_years():
    """Years of discovery, with 'Ancient' for elements known since antiquity."""
    rng = np.random.default_rng(8)
    years = [str(y) for y in rng.integers(1669, 2010, 100)] + ["Ancient"] * 15
    frame = pd.DataFrame({"year discovered": rng.permutation(years), "mass": rng.gamma(2, 40, 115)})
    p = profile_of(frame)
    found = col(p, "year discovered")
    assert found["stat_type"] == "datetime"
    assert "Ancient" in str(found["reason"]) and found["years"] is True
    assert found["min"] >= 1669 and found["max"] < 2010


# -- numbers and durations written for people to read ---------------------------------------------

def test_money_percentages_and_thousands_written_as_text_are_numbers():
    """$1,234.50, 12.50 €, 45.5 %, 1,234,567 and an accounting negative (1,234.00): numbers,
    not hundreds of distinct labels; the reason says how they were read."""
    rng = np.random.default_rng(9)
    amounts = rng.gamma(2, 2000, 200)
    frame = pd.DataFrame({
        "price": [f"${x:,.2f}" for x in amounts],
        "fee": [f"{x:.2f} €" for x in amounts / 10],
        "share": [f"{x:.1f}%" for x in rng.uniform(0, 100, 200)],
        "population": [f"{x:,}" for x in rng.integers(1_000, 5_000_000, 200)],
        "balance": [f"({x:,.2f})" if i % 4 == 0 else f"{x:,.2f}" for i, x in enumerate(amounts)]})
    p = profile_of(frame)
    for name in frame.columns:
        assert col(p, name)["stat_type"] == "continuous", (name, col(p, name)["reason"])
    assert "currency sign" in str(col(p, "price")["reason"])
    assert col(p, "price")["max"] == pytest.approx(amounts.max(), abs=0.01)
    assert col(p, "balance")["min"] < 0
    assert col(p, "share")["max"] <= 100


def test_decimal_commas_in_a_semicolon_file_stay_decimals():
    """1,5 in a semicolon-separated file is one and a half, not fifteen."""
    text = "x;y\n" + "".join(f"{i},5;{i % 3},25\n" for i in range(30))
    p = profile_csv(io.BytesIO(text.encode()))
    assert col(p, "x")["max"] == 29.5 and col(p, "y")["stat_type"] != "identifier"


def test_durations_with_units_are_amounts_of_time_in_seconds():
    rng = np.random.default_rng(10)
    hours, minutes = rng.integers(0, 5, 150), rng.integers(0, 60, 150)
    frame = pd.DataFrame({
        "flight": [f"{h}h {m}m" for h, m in zip(hours, minutes, strict=True)],
        "wait": [f"PT{h}H{m}M" for h, m in zip(hours, minutes, strict=True)],
        "stay": [f"{d} days" for d in rng.integers(1, 30, 150)],
        "duration": [f"{h}:{m:02d}:{s:02d}" for h, m, s in zip(hours, minutes, rng.integers(0, 60, 150),
                                                                  strict=True)],
        "opens": [f"{h}:{m:02d}:00" for h, m in zip(rng.integers(6, 12, 150), minutes, strict=True)]})
    p = profile_of(frame)
    for name in ("flight", "wait", "stay", "duration"):
        assert col(p, name)["stat_type"] in ("continuous", "discrete"), (name, col(p, name)["reason"])
        assert "seconds" in str(col(p, name)["reason"])
    assert col(p, "flight")["max"] == (3600 * hours + 60 * minutes).max()
    assert col(p, "opens")["stat_type"] == "datetime"   # a time of day, not a duration


def test_a_lone_unit_that_may_be_metres_is_not_a_duration():
    rng = np.random.default_rng(11)
    frame = pd.DataFrame({"depth": [f"{d} m" for d in rng.integers(1, 40, 100)],
                          "x": rng.normal(size=100)})
    assert "seconds" not in str(col(profile_of(frame), "depth")["reason"])


def test_day_first_dates_with_leading_zeros_are_dates_not_codes():
    rng = np.random.default_rng(12)
    days = pd.to_datetime("2015-01-01") + pd.to_timedelta(rng.integers(0, 3000, 120), "D")
    frame = pd.DataFrame({"Datum": days.strftime("%d.%m.%Y"), "x": rng.normal(size=120)})
    found = col(profile_of(frame), "Datum")
    assert found["stat_type"] == "datetime"
    assert found["min"] == days.min().date().isoformat()


# -- ordered answers and scales ------------------------------------------------------------------------

def test_month_and_weekday_names_are_ordered_from_january_and_monday():
    rng = np.random.default_rng(13)
    frame = pd.DataFrame({"month": rng.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                               "Sep", "Oct", "Nov", "Dec"], 200),
                          "day": rng.choice(["Thur", "Fri", "Sat", "Sun"], 200),
                          "weekend": rng.choice(["Sat", "Sun"], 200),
                          "sales": rng.gamma(2, 10, 200)})
    p = profile_of(frame)
    assert col(p, "month")["stat_type"] == "ordinal"
    assert col(p, "month")["order"][:3] == ["Jan", "Feb", "Mar"]
    assert col(p, "day")["order"] == ["Thur", "Fri", "Sat", "Sun"]
    assert col(p, "weekend")["stat_type"] == "boolean"   # two days alone are two groups


@pytest.mark.parametrize("levels", [
    ["Low", "Normal", "High", "Critical"],
    ["High school", "Bachelor's", "Master's", "PhD"],
    ["Less than high school", "High school graduate", "Some college", "Bachelor's degree"],
    ["No schooling", "Primary", "Secondary", "High school", "Bachelor", "Master", "PhD"],
    ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
     "Kasım", "Aralık"],
    ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
    ["Januar", "Februar", "März", "April", "Mai", "Juni"],
    ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    ["enero", "febrero", "marzo", "abril"],
    ["Kesinlikle katılmıyorum", "Katılmıyorum", "Kararsızım", "Katılıyorum",
     "Kesinlikle katılıyorum"],
    ["Hiçbir zaman", "Nadiren", "Bazen", "Sık sık", "Her zaman"],
])
def test_priorities_and_schooling_follow_their_order(levels):
    rng = np.random.default_rng(14)
    frame = pd.DataFrame({"answer": rng.choice(levels, 150), "x": rng.normal(size=150)})
    found = col(profile_of(frame), "answer")
    assert found["stat_type"] == "ordinal"
    assert found["order"] == levels


def test_places_and_scores_out_of_a_top_are_ordered_by_their_number():
    """Finishing places written 1st ... 24th, ratings written 8/10 or 4.5/5: ordered by the
    number they write, not as text ("10th" before "2nd"). Fractions with different bottoms
    are no scores out of one top, and two places alone say little."""
    rng = np.random.default_rng(44)
    n = 300
    places = [f"{i}{'th' if 10 <= i % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(i % 10, 'th')}"
              for i in range(1, 25)]
    frame = pd.DataFrame({"finish": rng.choice(places, n),
                          "score": [f"{rng.integers(0, 11)}/10" for _ in range(n)],
                          "stars": [f"{rng.integers(10, 51) / 10}/5" for _ in range(n)],
                          "ratio": rng.choice(["1/2", "2/3", "3/4", "5/8", "7/16"], n),
                          "heat": rng.choice(["1st", "2nd"], n)})
    p = profile_of(frame)
    assert col(p, "finish")["stat_type"] == "ordinal"
    assert col(p, "finish")["order"] == places
    assert col(p, "score")["order"] == [f"{i}/10" for i in range(11)]
    assert "out of 10" in str(col(p, "score")["reason"])
    assert col(p, "stars")["order"][:3] == ["1.0/5", "1.1/5", "1.2/5"]
    assert "out of" not in str(col(p, "ratio")["reason"])
    assert "places in an order" not in str(col(p, "heat")["reason"])


def test_brackets_of_money_written_with_k_and_bounds_are_ordered_by_amount():
    rng = np.random.default_rng(15)
    levels = ["<20k", "20k-50k", "50k-100k", ">100k"]
    frame = pd.DataFrame({"income": rng.choice(levels, 150), "x": rng.normal(size=150)})
    found = col(profile_of(frame), "income")
    assert found["stat_type"] == "ordinal" and found["order"] == levels


@pytest.mark.parametrize("levels", [
    # Brazil's register of fishers: reais written 1.045,00, "less than", "from ... to", "above"
    ["Menor que R$1.045,00 por mês", "De R$1.045,00 a R$2.000,00", "De R$2.001,00 a R$3.000,00",
     "Acima de R$ 3.000,00"],
    # a Spanish survey's income, thousands written with a dot
    ["Menos de $500", "De $500 a $1.000", "De $1.001 a $2.500", "Más de $2.500"],
    # a German one's, in euros
    ["unter 1.000 €", "1.000 bis unter 2.000 €", "2.000 bis unter 3.500 €", "über 3.500 €"],
    # a French one's ages
    ["Moins de 18 ans", "De 18 à 34 ans", "De 35 à 64 ans", "65 ans et plus"],
])
def test_brackets_written_in_other_languages_and_number_formats_are_ordered(levels):
    """Bands written as Portuguese, Spanish, German and French surveys write them, amounts
    with a dot between thousands and a comma before decimals: ordered by amount, as English
    ones are."""
    rng = np.random.default_rng(196)
    frame = pd.DataFrame({"faixa": rng.permutation(np.repeat(levels, 60)),
                          "x": rng.normal(size=240)})
    found = col(profile_of(frame), "faixa")
    assert found["stat_type"] == "ordinal" and found["order"] == levels, found


def test_an_eleven_point_rating_named_so_is_ordinal_and_a_count_of_0_to_10_stays_a_count():
    rng = np.random.default_rng(16)
    frame = pd.DataFrame({"recommend_score": rng.integers(0, 11, 300),
                          "n_visits": rng.integers(0, 11, 300),
                          "x": rng.normal(size=300)})
    p = profile_of(frame)
    assert col(p, "recommend_score")["stat_type"] == "ordinal"
    assert col(p, "n_visits")["stat_type"] == "discrete"


def test_survey_codes_past_the_top_of_a_scale_are_missing_answers():
    """Answers 1-5 with 8 (don't know) and 9 (refused): an ordered scale, the codes left out
    and said; household members 0-5 with one of 7 stay counts, their tail kept."""
    rng = np.random.default_rng(17)
    answers = rng.choice([1, 2, 3, 4, 5, 8, 9], 400, p=[0.1, 0.2, 0.3, 0.2, 0.14, 0.03, 0.03])
    members = np.concatenate([rng.choice([0, 1, 2, 3, 4, 5], 399, p=[0.3, 0.3, 0.2, 0.1, 0.06, 0.04]), [7]])
    frame = pd.DataFrame({"q12": answers, "members": members, "x": rng.normal(size=400)})
    p = profile_of(frame)
    q = col(p, "q12")
    assert q["stat_type"] == "ordinal", q["reason"]
    assert "8, 9" in str(q["reason"]) and "survey codes" in str(q["reason"])
    assert "survey codes" not in str(col(p, "members")["reason"])


def test_unix_times_named_as_moments_are_datetimes():
    rng = np.random.default_rng(18)
    seconds = np.sort(rng.integers(1_500_000_000, 1_700_000_000, 100))
    frame = pd.DataFrame({"created_at": seconds, "eventTimestamp": seconds * 1000 + 123,
                          "flat": rng.permutation(seconds), "x": rng.normal(size=100)})
    p = profile_of(frame)
    assert col(p, "created_at")["stat_type"] == "datetime"
    assert "Unix time" in str(col(p, "created_at")["reason"])
    assert "milliseconds" in str(col(p, "eventTimestamp")["reason"])
    assert col(p, "flat")["stat_type"] != "datetime"   # an amount whose name ends in "at"


# -- kinds already handled, confirmed ------------------------------------------------------------------

def test_everyday_kinds_of_column_are_typed_as_users_expect():
    """Yes/no answers however written, coordinates, zip codes with their zeros, ids with a
    prefix, phone numbers and e-mail addresses (one per row), a Likert item in words, and
    ISO dates with a time zone."""
    rng = np.random.default_rng(19)
    n = 200
    frame = pd.DataFrame({
        "yn": rng.choice(["Y", "N"], n), "answer": rng.choice(["yes", "no"], n),
        "tf": rng.choice(["T", "F"], n), "flag": rng.choice(["TRUE", "FALSE"], n),
        "lat": rng.uniform(-60, 70, n).round(5), "lon": rng.uniform(-180, 180, n).round(5),
        "zip": [f"{z:05d}" for z in rng.integers(500, 99_999, n)],
        "customer": [f"CUST-{i:05d}" for i in rng.choice(100_000, n, replace=False)],
        "phone": [f"({a}) {b}-{c:04d}" for a, b, c in zip(rng.integers(200, 999, n), rng.integers(200, 999, n),
                                                           rng.integers(0, 9999, n), strict=True)],
        "email": [f"user{i}@example.com" for i in range(n)],
        "agree": rng.choice(["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"], n),
        "seen": [f"2023-01-{d:02d}T10:00:00+02:00" for d in rng.integers(1, 29, n)]})
    p = profile_of(frame)
    expected = {"yn": "boolean", "answer": "boolean", "tf": "boolean", "flag": "boolean",
                "lat": "continuous", "lon": "continuous", "customer": "identifier",
                "phone": "identifier", "email": "identifier", "agree": "ordinal", "seen": "datetime"}
    for name, kind in expected.items():
        assert col(p, name)["stat_type"] == kind, (name, col(p, name)["reason"])
    assert col(p, "zip")["stat_type"] in ("identifier", "nominal")
    assert "leading zeros" in str(col(p, "zip")["reason"])


def test_numbers_written_with_one_unit_are_numbers_in_that_unit():
    """84 kg, 2.5 GHz, 1,200 sq ft, 16GB: the unit is said; ranks (1st, 2nd) and mixed units
    stay labels."""
    rng = np.random.default_rng(20)
    n = 150
    frame = pd.DataFrame({"weight": [f"{x} kg" for x in rng.integers(40, 120, n)],
                          "clock": [f"{x:.1f} GHz" for x in rng.uniform(1.5, 4.5, n)],
                          "area": [f"{x:,} sq ft" for x in rng.integers(500, 5000, n)],
                          "memory": rng.choice(["4GB", "8GB", "16GB", "32GB"], n),
                          "place": rng.choice(["1st", "2nd", "3rd", "4th"], n),
                          "size": [f"{x} {u}" for x, u in zip(rng.integers(1, 100, n),
                                                               rng.choice(["kg", "lb"], n), strict=True)]})
    p = profile_of(frame)
    for name, unit in (("weight", "kg"), ("clock", "GHz"), ("area", "sq ft"), ("memory", "GB")):
        found = col(p, name)
        assert found["stat_type"] in ("continuous", "discrete"), (name, found["reason"])
        assert f"unit '{unit}'" in str(found["reason"])
    assert col(p, "area")["max"] <= 5000 and col(p, "area")["min"] >= 500
    assert col(p, "place")["stat_type"] == "ordinal"
    assert col(p, "size")["stat_type"] not in ("continuous", "discrete")


def test_numbers_written_with_their_magnitude_are_the_numbers_they_stand_for():
    """Views, market values and salaries as scraped tables write them ("2.4K", "$1.2M",
    "15k", small counts bare): numbers, each the number it stands for. A lone "t" or "B"
    (toddler sizes 2T-5T, a pencil's 2B-8B) is no magnitude, nor is a lone lower-case "m"
    (metres, minutes) without a currency sign."""
    rng = np.random.default_rng(41)
    n = 300
    counts = rng.lognormal(9, 2.5, n)
    frame = pd.DataFrame({
        "views": [f"{x / 1e6:.1f}M" if x >= 1e6 else f"{x / 1e3:.1f}K" if x >= 1e3 else str(int(x))
                  for x in counts],
        "value": [f"${x:.2f}B" if x >= 1 else f"${x * 1000:.1f}M" for x in rng.lognormal(0, 2, n)],
        "salary": [f"{x}k" for x in rng.integers(30, 200, n)],
        "size": rng.choice(["2T", "3T", "4T", "5T"], n),
        "pencil": rng.choice(["2B", "4B", "6B", "8B"], n),
        "split": [f"{x}m" for x in rng.integers(10, 60, n)]})
    p = profile_of(frame)
    for name in ("views", "value", "salary"):
        found = col(p, name)
        assert found["stat_type"] in ("continuous", "discrete"), (name, found["reason"])
        assert "magnitude" in str(found["reason"])
    shown = {v: x for v, x in zip(frame["views"], counts, strict=True)}
    big = max(shown, key=shown.get)
    assert col(p, "views")["max"] == float(big[:-1]) * (1e6 if big.endswith("M") else 1e3)
    assert col(p, "views")["min"] == min(int(x) for x in counts if x < 1e3)
    assert col(p, "salary")["min"] >= 30_000 and col(p, "salary")["max"] <= 199_000
    assert col(p, "value")["max"] > 1e9 and col(p, "value")["min"] < 1e9
    for name in ("size", "pencil", "split"):
        assert "magnitude" not in str(col(p, name)["reason"]), name
        assert col(p, name)["stat_type"] not in ("continuous", "discrete"), name


def test_numbers_written_with_their_uncertainty_are_the_numbers():
    """Measured values as physics and chemistry tables write them: the uncertainty in
    parentheses after the last digits (NIST's 13.598434(12)), after a plus-minus sign, and a
    derived value in parentheses, among plain numbers: the numbers. Codes with a number in
    parentheses after a letter stay codes."""
    rng = np.random.default_rng(48)
    n = 200
    x = rng.uniform(4, 25, n)
    frame = pd.DataFrame({
        "energy": [f"{v:.6f}({rng.integers(1, 99)})" if i % 5 else f"({v:.4f})"
                   for i, v in enumerate(x)],
        "radius": [f"{v:.2f} ± {rng.uniform(0.01, 0.1):.2f}" for v in x],
        "code": [f"A{rng.integers(1, 9)}({rng.integers(1, 9)})" for _ in range(n)]})
    p = profile_of(frame)
    for name in ("energy", "radius"):
        found = col(p, name)
        assert found["stat_type"] == "continuous", (name, found["reason"])
        assert "uncertainty" in str(found["reason"])
        assert found["min"] >= 4 and found["max"] <= 25
    assert col(p, "code")["stat_type"] == "nominal"


def test_numbers_each_followed_by_one_closing_mark_are_numbers():
    """A database dump or a program's output can leave a mark after the last field of every
    line (0.16);): the numbers are read and the mark is said; marks that differ from value to
    value are not one file's habit, and the values stay labels."""
    rng = np.random.default_rng(36)
    n = 120
    frame = pd.DataFrame({"tmin": rng.normal(5, 4, n).round(1),
                          "e0": [f"{x:.2f});" for x in rng.gamma(2, 0.5, n)],
                          "rain": [f"{x};" for x in rng.poisson(40, n)],
                          "mixed": [f"{x:.1f}{m}" for x, m in zip(rng.normal(0, 1, n),
                                                                  rng.choice([")", "];"], n),
                                                                  strict=True)]})
    p = profile_of(frame)
    e0 = col(p, "e0")
    assert e0["stat_type"] == "continuous" and "followed by ');'" in str(e0["reason"]), e0
    assert 0 < e0["min"] < e0["max"] < 20 and e0["missing_ratio"] == 0, e0
    rain = col(p, "rain")
    assert rain["stat_type"] == "discrete" and "followed by ';'" in str(rain["reason"]), rain
    assert col(p, "mixed")["stat_type"] not in ("continuous", "discrete")


def test_two_values_not_both_whole_are_a_measurement_at_two_values():
    """Codes for two groups are whole numbers (0/1, 1/2, 3/7); an interest rate of 7.5 in one
    period and 8 in another is a measurement the rows hold at two values."""
    rng = np.random.default_rng(37)
    frame = pd.DataFrame({"rate": rng.choice([7.5, 8.0], 60), "group": rng.choice([1, 2], 60),
                          "arm": rng.choice([3.0, 7.0], 60),
                          "sex": rng.choice([-0.0446416365, 0.0506801187], 60)})
    p = profile_of(frame)
    assert col(p, "rate")["stat_type"] == "continuous", col(p, "rate")
    assert "7.5 and 8, not both whole" in str(col(p, "rate")["reason"])
    # whole codes, and a code standardised for a model (one value below 0), stay two groups
    assert {col(p, c)["stat_type"] for c in ("group", "arm", "sex")} == {"boolean"}


@pytest.mark.parametrize("name", ["address.municipality", "municipio", "Gemeinde", "canton",
                                  "codigo_centro", "kod_gminy", "kode_wilayah", "cod_ti",
                                  "COD_MUNIC"])
def test_numbered_units_of_local_government_and_codes_in_other_languages_are_codes(name):
    """Statistical offices number municipalities, communes and cantons (Belgium's NIS codes
    11002 ... 92094); 'code' is codigo, codice, kod, kode in other languages, and cod_ starts
    the names of Brazilian and Spanish-speaking registers' codes (cod_ti, an indigenous
    land's)."""
    rng = np.random.default_rng(38)
    codes = rng.integers(11_000, 93_000, 35)
    codes = rng.permutation(np.concatenate([codes, codes[:5]]))   # a few places twice
    v = col(profile_of(pd.DataFrame({name: codes, "x": rng.normal(size=40)})), name)
    assert v["stat_type"] == "nominal" and "codes of places or categories" in str(v["reason"]), v


def test_a_register_of_codes_named_cod_is_keyed_by_them_and_a_fish_stays_counted():
    """FUNAI's villages, each with its cod_aldeia (scattered from 2 to 4887, one per row): the
    key of the table. 'cod' alone is as likely the fish a catch counts."""
    rng = np.random.default_rng(195)
    codes = rng.choice(np.arange(2, 4_888), 3_000, replace=False)
    p = profile_of(pd.DataFrame({"cod_aldeia": codes, "x": rng.normal(size=3_000)}))
    assert col(p, "cod_aldeia")["stat_type"] == "identifier", col(p, "cod_aldeia")
    catch = rng.integers(0, 5_000, 3_000)
    p = profile_of(pd.DataFrame({"cod": catch, "haddock": rng.integers(0, 900, 3_000)}))
    assert col(p, "cod")["stat_type"] in ("discrete", "continuous"), col(p, "cod")


@pytest.mark.parametrize("name", ["SOC2000", "soc_code", "ISCO08", "noc", "cnae"])
def test_codes_of_an_occupation_or_industry_classification_are_codes(name):
    """SOC 2000's occupations (1111 to 9259), ISCO-08's, Canada's NOC, Brazil's CNAE: the
    numbers of a standard's classes, as NAICS and SIC are."""
    rng = np.random.default_rng(42)
    classes = np.concatenate([rng.integers(100, 1000, 40), rng.integers(1111, 9260, 310)])
    codes = rng.choice(classes, 5000)
    v = col(profile_of(pd.DataFrame({name: codes, "x": rng.normal(size=5000)})), name)
    assert v["stat_type"] == "nominal", v


@pytest.mark.parametrize("name", ["municipality_population", "canton_area"])
def test_a_unit_of_government_before_an_amount_leaves_it_an_amount(name):
    rng = np.random.default_rng(39)
    amounts = rng.integers(11_000, 93_000, 35)
    amounts = rng.permutation(np.concatenate([amounts, amounts[:5]]))
    v = col(profile_of(pd.DataFrame({name: amounts, "x": rng.normal(size=40)})), name)
    assert v["stat_type"] in ("continuous", "discrete"), v


def test_every_number_of_a_wide_span_on_few_more_rows_is_a_numbering():
    """A catalogue's numbers 1 to 1010 with a few things under one number (a species' forms):
    every number present on 1 200 rows is a numbering. Amounts drawn as often from the same
    span leave about a third of it empty, and stay amounts."""
    rng = np.random.default_rng(41)
    numbers = np.sort(np.concatenate([np.arange(1, 1011), rng.integers(1, 1011, 190)]))
    drawn = rng.integers(1, 1011, 1200)
    frame = pd.DataFrame({"dex_no": numbers, "weight": drawn, "x": rng.normal(size=1200)})
    p = profile_of(frame)
    found = col(p, "dex_no")
    assert found["stat_type"] == "identifier", found
    assert "Every whole number from 1 to 1010 is present" in str(found["reason"]), found
    assert col(p, "weight")["stat_type"] in ("continuous", "discrete")


def test_decades_are_ordered():
    rng = np.random.default_rng(21)
    frame = pd.DataFrame({"decade": rng.choice(["1960s", "1970s", "1980s", "1990s"], 100),
                          "x": rng.normal(size=100)})
    found = col(profile_of(frame), "decade")
    assert found["stat_type"] == "ordinal" and found["order"] == ["1960s", "1970s", "1980s", "1990s"]


def test_many_small_whole_numbers_named_in_the_plural_are_counts():
    """Credit lines 0-55 (51 distinct values): a number of things, not a measurement."""
    rng = np.random.default_rng(22)
    frame = pd.DataFrame({"lines": np.concatenate([rng.integers(0, 56, 300), np.arange(56)]),
                          "x": rng.normal(size=356)})
    assert col(profile_of(frame), "lines")["stat_type"] == "discrete"


def test_keys_named_so_in_a_short_table_are_identifiers():
    frame = pd.DataFrame({"id": [3, 8, 1, 5, 9], "code_id": ["a7", "b2", "c9", "d1", "e4"],
                          "value": [1.5, 2.25, 0.5, 3.0, 2.0]})
    p = profile_of(frame)
    assert col(p, "id")["stat_type"] == "identifier"
    assert col(p, "code_id")["stat_type"] == "identifier"


def test_a_total_named_so_rising_row_by_row_is_an_amount():
    """Sales that grow every year, in steps that jump about: rising like a row number, but
    named as an amount."""
    rng = np.random.default_rng(23)
    frame = pd.DataFrame({"year": np.arange(1950, 2000),
                          "total_sales": np.cumsum(rng.integers(1, 5000, 50)) + 10_000})
    assert col(profile_of(frame), "total_sales")["stat_type"] in ("continuous", "discrete")


def test_spreadsheet_serial_dates_named_as_dates():
    rng = np.random.default_rng(24)
    serial = np.sort(rng.integers(43_831, 44_927, 60))    # 2020-01-01 to 2022-12-31
    frame = pd.DataFrame({"order_date": serial, "qty": rng.integers(1, 9, 60)})
    found = col(profile_of(frame), "order_date")
    assert found["stat_type"] == "datetime"
    assert "1899-12-30" in str(found["reason"]) and "2020-" in str(found["reason"])


def test_a_year_with_0_for_none_is_a_year():
    """Year renovated: 0 for houses never renovated, a year for the rest."""
    rng = np.random.default_rng(25)
    renovated = np.where(rng.random(300) < 0.9, 0, rng.integers(1934, 2016, 300))
    frame = pd.DataFrame({"yr_renovated": renovated, "price": rng.gamma(3, 100_000, 300)})
    found = col(profile_of(frame), "yr_renovated")
    assert found["stat_type"] == "datetime"
    assert f"{int((renovated == 0).sum())} rows hold 0" in str(found["reason"])
    amounts = pd.DataFrame({"spend": renovated, "x": rng.normal(size=300)})
    assert col(profile_of(amounts), "spend")["stat_type"] != "datetime"


def test_months_written_as_numbers_with_their_year_are_dates():
    rng = np.random.default_rng(26)
    frame = pd.DataFrame({"period": [f"{m}/{y}" for m, y in zip(rng.integers(1, 13, 120),
                                                                 rng.integers(2010, 2020, 120), strict=True)],
                          "x": rng.normal(size=120)})
    found = col(profile_of(frame), "period")
    assert found["stat_type"] == "datetime" and found["min"].startswith("2010-")


def test_measurements_with_words_for_what_was_not_measured_are_numbers():
    """Concentrations with 'ND' (not detected) and 'trace' in a sixth of the rows: numbers,
    the words counted as missing and named; codes that mix letters and whole numbers (an
    industry's A, B, 01, 02) stay codes."""
    rng = np.random.default_rng(27)
    values = [f"{x:.3f}" for x in rng.gamma(2, 0.5, 250)] + ["ND"] * 30 + ["trace"] * 20
    codes = [str(x) for x in rng.integers(1, 40, 250)] + list(rng.choice(["A", "B", "C"], 50))
    frame = pd.DataFrame({"lead_ppb": rng.permutation(values), "sector": rng.permutation(codes)})
    p = profile_of(frame)
    lead = col(p, "lead_ppb")
    assert lead["stat_type"] == "continuous"
    assert "'ND'" in str(lead["reason"]) and lead["missing_ratio"] == pytest.approx(50 / 300, abs=1e-4)
    assert col(p, "sector")["stat_type"] == "nominal"


def test_value_labels_with_their_codes_follow_the_scale_of_their_words():
    """Survey exports write the code before the label ("1 = Strongly disagree", "2) Yes"):
    the scale's words give the order; codes of unordered groups ("1. White") stay nominal;
    quarters Q1-Q4 without a year are ordered."""
    rng = np.random.default_rng(28)
    scale = ["1 = Strongly disagree", "2 = Disagree", "3 = Neutral", "4 = Agree", "5 = Strongly agree"]
    frame = pd.DataFrame({"q7": rng.choice(scale, 200), "vote": rng.choice(["1) No", "2) Yes"], 200),
                          "race": rng.choice(["1. White", "2. Black", "3. Other"], 200),
                          "quarter_sold": rng.choice(["Q1", "Q2", "Q3", "Q4"], 200)})
    p = profile_of(frame)
    assert col(p, "q7")["stat_type"] == "ordinal" and col(p, "q7")["order"] == scale
    assert col(p, "vote")["stat_type"] == "boolean"
    assert col(p, "race")["stat_type"] == "nominal"
    assert col(p, "quarter_sold")["order"] == ["Q1", "Q2", "Q3", "Q4"]


def test_answers_cut_from_the_question_that_lists_them_follow_their_scale():
    """Codebooks built from the question text keep its punctuation and joining word with
    the labels ("Would you say ... excellent, very good, good, fair, or poor?" gives "Fair or"
    and "Poor?"): the words are still the scale's; a list of unordered things cut the same
    way ("Bus or", "Train?") stays nominal, and one label alone trimmed is no reason."""
    rng = np.random.default_rng(36)
    health = ["Excellent", "Very good", "Good", "Fair or", "Poor?"]
    frame = pd.DataFrame({"health_now": rng.choice(health, 300),
                          "travel_mode": rng.choice(["Car", "Bus or", "Train?"], 300)})
    p = profile_of(frame)
    assert col(p, "health_now")["stat_type"] == "ordinal"
    assert col(p, "health_now")["order"] == ["Poor?", "Fair or", "Good", "Very good", "Excellent"]
    assert col(p, "travel_mode")["stat_type"] == "nominal"


def test_a_number_that_numbers_a_thing_stays_a_label():
    """order_number rising with gaps labels the rows, though "number" also names counts."""
    rng = np.random.default_rng(29)
    frame = pd.DataFrame({"order_number": np.sort(rng.choice(np.arange(10_000, 99_999), 80, replace=False)),
                          "caseNo": np.sort(rng.choice(np.arange(100, 9_999), 80, replace=False)),
                          "amount": rng.gamma(2, 30, 80).round(2)})
    p = profile_of(frame)
    assert col(p, "order_number")["stat_type"] == "identifier"
    assert col(p, "caseNo")["stat_type"] == "identifier"


# -- held-out table 6's kinds: names in other languages, ages, groups, quantiles, keys ------------

@pytest.mark.parametrize("name", ["inscrits_nb", "nb_votants", "nbre_voix", "Anzahl", "kinderanzahl",
                                  "cantidad_votos", "ogrenci_sayisi", "öğrenci_sayısı"])
def test_counts_named_in_other_languages_repeated_in_blocks_are_counts(name):
    """Election results: one count of voters per department, repeated over the rows of each
    of its candidates, so in blocks as the ids of units are; the name's counting word
    (French nb, German Anzahl, Spanish cantidad, Turkish sayısı) says it is a count."""
    rng = np.random.default_rng(30)
    voters = rng.choice(np.arange(5_000, 1_800_000), 100, replace=False)
    frame = pd.DataFrame({"departement": np.repeat(np.arange(1, 101), 12),
                          name: np.repeat(voters, 12),
                          "candidate_votes": rng.integers(19, 370_000, 1200)})
    found = col(profile_of(frame), name)
    assert found["stat_type"] in ("discrete", "continuous")
    assert "block" not in str(found["reason"])
    # the same values under a name that says nothing are the ids of the units
    unnamed = frame.rename(columns={name: "unit"})
    assert col(profile_of(unnamed), "unit")["stat_type"] == "identifier"


@pytest.mark.parametrize("name,top", [("birthDay", 31), ("deathMonth", 12), ("jour", 31),
                                      ("mois_naissance", 12)])
def test_a_day_or_month_of_a_date_in_camel_case_or_french_is_a_date_part(name, top):
    rng = np.random.default_rng(31)
    frame = pd.DataFrame({name: rng.integers(1, top + 1, 500), "y": rng.normal(size=500)})
    found = col(profile_of(frame), name)
    assert found["stat_type"] == "ordinal"
    assert "of a date" in str(found["reason"])
    # a word with a number on it ("day1", a measurement on the first day) is no date part
    other = frame.rename(columns={name: "day1"})
    assert col(profile_of(other), "day1")["stat_type"] != "ordinal"


@pytest.mark.parametrize("name", ["doy", "dayofyear", "day_of_year", "yday", "DOY",
                                  "occurrencedayofyear", "saleDayOfYear"])
def test_the_day_of_the_year_restarting_each_year_is_a_date_part(name):
    """A day of the year (pandas' dayofyear, R's yday, a phenology file's doy) runs 1 to 366
    and starts again each year: the position in a yearly cycle, not the numbers of rows within
    groups, nor a count of days (that is 'days'). Glued to the event it dates
    (occurrencedayofyear, as a crime file names it), it says the same."""
    days = np.concatenate([np.arange(1, 366), np.arange(1, 367), np.arange(1, 366)])
    frame = pd.DataFrame({name: days, "tmax": np.random.default_rng(40).normal(size=len(days))})
    found = col(profile_of(frame), name)
    assert found["stat_type"] == "ordinal", found
    assert "day of the year" in str(found["reason"]), found


@pytest.mark.parametrize("name, part, top", [("pickuphourofday", "hour", 23),
                                             ("saleweekofyear", "week", 52),
                                             ("visit_day_of_month", "day", 31)])
def test_a_part_of_a_date_named_as_a_part_of_a_larger_one_is_a_date_part(name, part, top):
    rng = np.random.default_rng(41)
    lo = 0 if part == "hour" else 1
    frame = pd.DataFrame({name: rng.integers(lo, top + 1, 2000), "y": rng.normal(size=2000)})
    found = col(profile_of(frame), name)
    assert found["stat_type"] == "ordinal", found
    assert f"the {part} of a date" in str(found["reason"]), found


def test_fields_of_a_date_format_as_whole_names_are_date_parts():
    """An hourly weather year's MM, DD and HH (1-24) repeat in long runs down the rows, as the
    ids of grouped units do; their names are the fields of a date format."""
    hours = pd.date_range("2010-01-01 01:00", periods=24 * 365, freq="h")
    rng = np.random.default_rng(33)
    frame = pd.DataFrame({"MM": hours.month, "DD": hours.day, "HH": hours.hour + 1,
                          "t": rng.normal(8, 6, len(hours)).round(1)})
    p = profile_of(frame)
    for name, part in (("MM", "month"), ("DD", "day"), ("HH", "hour")):
        assert col(p, name)["stat_type"] == "ordinal"
        assert f"the {part} of a date" in str(col(p, name)["reason"])
    # "mm" is the minute, not the month; inside a longer name it is a unit of length
    minutes = pd.DataFrame({"mm": rng.integers(0, 60, 500), "rain_mm": rng.integers(1, 13, 500),
                            "y": rng.normal(size=500)})
    p = profile_of(minutes)
    assert "the minute of a date" in str(col(p, "mm")["reason"])
    assert "of a date" not in str(col(p, "rain_mm")["reason"])


@pytest.mark.parametrize("name", ["Age_in_years", "tenure_years", "edad"])
def test_an_age_or_years_in_the_plural_are_not_two_digit_years(name):
    """34-81 named as an age, or a number of years, counts years; 'yr' 70-82 stays years
    written with two digits."""
    rng = np.random.default_rng(32)
    frame = pd.DataFrame({name: rng.integers(34, 82, 137), "yr": rng.integers(70, 83, 137)})
    p = profile_of(frame)
    assert col(p, name)["stat_type"] in ("discrete", "continuous")
    assert col(p, "yr")["stat_type"] == "datetime"


def test_treatment_groups_over_small_codes_are_categories_whatever_their_sizes():
    """Two arms of a trial and two small ones: most rows in group 1 and fewer above, the
    shape of counts, but a group word in the name (txgrp, treatment_arm) says codes; an age
    or risk group (agegrp, risk_group) cuts an amount and is not read as unordered codes."""
    rng = np.random.default_rng(33)
    groups = rng.permutation(np.repeat([1, 2, 3, 4], [576, 572, 2, 1]))
    frame = pd.DataFrame({"txgrp": groups, "treatment_arm": groups, "agegrp": groups,
                          "risk_group": groups, "cd4": rng.gamma(2, 40, len(groups)).round(1)})
    p = profile_of(frame)
    assert col(p, "txgrp")["stat_type"] == "nominal"
    assert "groups of a study" in str(col(p, "txgrp")["reason"])
    assert col(p, "treatment_arm")["stat_type"] == "nominal"
    assert col(p, "agegrp")["stat_type"] != "nominal"
    assert col(p, "risk_group")["stat_type"] != "nominal"


@pytest.mark.parametrize("name,k", [("income_decile", 10), ("bmi_quartile", 4), ("age_quintile", 5),
                                    ("percentile", 100)])
def test_quantile_groups_named_so_are_ordered(name, k):
    """Equal groups at consecutive levels read as the arms of a design (nominal), unless
    the name says quantile groups, which are ordered by the amount they cut."""
    rng = np.random.default_rng(34)
    frame = pd.DataFrame({name: rng.permutation(np.repeat(np.arange(1, k + 1), 2000 // k)),
                          "y": rng.normal(size=2000)})
    found = col(profile_of(frame), name)
    assert found["stat_type"] == "ordinal"
    assert "quantile" in str(found["reason"])
    arms = frame.rename(columns={name: "arm"})
    if k <= 10:
        assert col(profile_of(arms), "arm")["stat_type"] == "nominal"


def test_wide_integer_keys_with_a_few_repeated_rows_are_identifiers():
    """Card ids of five digits, a few cards listed twice: named as keys and nearly unique,
    not a quantity."""
    rng = np.random.default_rng(35)
    ids = rng.choice(np.arange(56_000, 72_500), 1000, replace=False)
    frame = pd.DataFrame({"id": rng.permutation(np.concatenate([ids, ids[:50]])),
                          "cost": rng.integers(0, 10, 1050)})
    found = col(profile_of(frame), "id")
    assert found["stat_type"] == "identifier"
    assert "repeated" in str(found["reason"])
    assert col(profile_of(frame.rename(columns={"id": "price"})), "price")["stat_type"] != "identifier"
    # an index that measures (a price index) is named so too, but is no key
    assert col(profile_of(frame.rename(columns={"id": "price_index"})), "price_index")["stat_type"] \
        != "identifier"


def test_nearly_unique_names_beside_a_key_are_names_not_labels():
    """Names of parks, a few shared by two or three parks: where a key column already tells
    the rows apart, the names are what the rows are called (nominal); without one they label
    the rows (identifier)."""
    rng = np.random.default_rng(36)
    words = ["Park", "Field", "Grounds", "Stadium"]
    names = [f"{w.capitalize()}{i} {rng.choice(words)}" for i, w in
             enumerate(rng.choice(["oak", "elm", "river", "union", "league", "lake"], 240))]
    names += names[:12]
    frame = pd.DataFrame({"park.key": [f"PK{i:03d}" for i in range(len(names))],
                          "park.name": rng.permutation(names),
                          "city": rng.choice(["Boston", "Chicago", "Detroit"], len(names))})
    keyed = profile_of(frame)
    assert col(keyed, "park.key")["stat_type"] == "identifier"
    assert col(keyed, "park.name")["stat_type"] == "nominal"
    assert "park.key" in str(col(keyed, "park.name")["reason"])
    assert col(profile_of(frame.drop(columns="park.key")), "park.name")["stat_type"] == "identifier"


def test_two_notes_on_a_few_rows_are_categories_and_on_every_row_a_flag():
    rng = np.random.default_rng(37)
    notes = np.full(4000, None, dtype=object)
    notes[rng.choice(4000, 150, replace=False)] = rng.choice(["1st", "Top 20"], 150)
    frame = pd.DataFrame({"needed_note": notes, "kind": rng.choice(["Player", "Manager"], 4000),
                          "votes": rng.integers(0, 500, 4000)})
    p = profile_of(frame)
    assert col(p, "needed_note")["stat_type"] == "nominal"
    assert "150 of 4,000" in str(col(p, "needed_note")["reason"])
    assert col(p, "kind")["stat_type"] == "boolean"


# -- held-out table 7's kinds ------------------------------------------------------------------

@pytest.mark.parametrize("name", ["geonameid", "userid", "car_ids", "firmIds", "GEANT3ID"])
def test_keys_named_as_one_word_or_in_the_plural_are_identifiers(name):
    """A key's name written as one word ("geonameid"), after a number ("GEANT3ID") or in the
    plural ("car_ids"): distinct
    wide integers are keys, not a measurement; an amount whose English name ends in "id"
    (paid, valid) stays an amount."""
    rng = np.random.default_rng(71)
    keys = rng.choice(np.arange(40_000, 9_000_000), 200, replace=False)
    paid = rng.choice(np.arange(100, 90_000), 200, replace=False)
    p = profile_of(pd.DataFrame({name: keys, "paid": paid, "valid": paid + 7}))
    assert col(p, name)["stat_type"] == "identifier"
    assert col(p, "paid")["stat_type"] in ("continuous", "discrete")
    assert col(p, "valid")["stat_type"] in ("continuous", "discrete")


def test_the_numeric_codes_of_a_standard_are_codes():
    """ISO 3166 numeric country codes (4 to 894) and 4-digit industry codes named by their
    standard, on as many rows as happen to have them, are codes; the same numbers under a neutral name read as a
    quantity. (Each on one row, they are the table's key: the test above.)"""
    rng = np.random.default_rng(72)
    codes = rng.choice(rng.choice(np.arange(4, 895), 120, replace=False), 240)
    industry = rng.choice(rng.choice(np.arange(1000, 9999), 120, replace=False), 240)
    p = profile_of(pd.DataFrame({"ISO_numeric": codes, "naics": industry, "amount": codes}))
    assert col(p, "ISO_numeric")["stat_type"] == "nominal"
    assert col(p, "naics")["stat_type"] == "nominal"
    assert col(p, "amount")["stat_type"] in ("continuous", "discrete")


def test_a_plural_at_the_end_of_a_name_counts_whatever_the_words_before_it():
    """"c-class-flares" counts flares (the class says which); "severity_class" is a scale."""
    rng = np.random.default_rng(73)
    flares = np.minimum(rng.poisson(0.4, 600), 8)
    p = profile_of(pd.DataFrame({"c-class-flares": flares, "severity_class": rng.integers(1, 5, 600),
                                 "region_deaths": rng.poisson(1.5, 600).clip(0, 7)}))
    assert col(p, "c-class-flares")["stat_type"] == "discrete"
    assert "plural" in str(col(p, "c-class-flares")["reason"])
    assert col(p, "region_deaths")["stat_type"] == "discrete"
    assert col(p, "severity_class")["stat_type"] == "ordinal"


@pytest.mark.parametrize("levels", [[0, 0.5, 1], [-1, -0.5, 0, 0.5, 1], [0, 0.25, 0.5, 0.75, 1]])
def test_equally_spaced_levels_ending_at_1_are_a_rescaled_scale(levels):
    """Three-level codes scaled to 0 / 0.5 / 1 (as the UCI phishing features are) or a
    five-point scale over 0-1 are ordered levels; uneven levels, or six or more (a share of
    five choices), stay quantities."""
    rng = np.random.default_rng(74)
    p = profile_of(pd.DataFrame({"https": rng.choice(levels, 300),
                                 "uneven": rng.choice([0, 0.3, 1], 300),
                                 "share": rng.choice([0, 0.2, 0.4, 0.6, 0.8, 1], 300)}))
    assert col(p, "https")["stat_type"] == "ordinal"
    assert "rescaled" in str(col(p, "https")["reason"])
    assert col(p, "uneven")["stat_type"] == "continuous"
    assert col(p, "share")["stat_type"] == "continuous"


def test_python_date_ordinals_in_a_date_column_are_dates():
    """Days counted from the year 1 (Python's date.toordinal()), one per row: dates, not a
    row number; the same numbers under a neutral name stay a row number."""
    start = pd.Timestamp("2017-01-22").toordinal()
    days = np.arange(start, start + 300)
    p = profile_of(pd.DataFrame({"ordinal_date": days, "n": days}))
    assert col(p, "ordinal_date")["stat_type"] == "datetime"
    assert "2017-01-22" in str(col(p, "ordinal_date")["reason"])
    assert col(p, "n")["stat_type"] != "datetime"


def test_months_written_with_the_year_first_are_dates():
    months = pd.period_range("1977-01", periods=120, freq="M").strftime("%Y-%b")
    p = profile_of(pd.DataFrame({"date": months, "passengers": np.arange(120) * 3 + 100}))
    assert col(p, "date")["stat_type"] == "datetime"


def test_cells_holding_lists_of_items_are_a_multi_valued_feature():
    """The languages of each country ("en-US,es-US"), the neighbours of each ("CA,MX"),
    nearly unique per row yet neither row names nor one category each; "Last, First"
    names, two parts in every row, stay the rows' names."""
    rng = np.random.default_rng(75)
    codes = [f"{a}{b}" for a in "ABCDEFGHIJKLMNOP" for b in "QRSTUVWXYZ"]
    lists = [",".join(rng.choice(codes, rng.integers(1, 6), replace=False)) for _ in range(200)]
    names = [f"Surname{i}, Given{i}" for i in range(200)]
    p = profile_of(pd.DataFrame({"neighbours": lists, "name": names}))
    assert col(p, "neighbours")["stat_type"] == "text"
    assert "lists of items" in str(col(p, "neighbours")["reason"])
    assert col(p, "name")["stat_type"] == "identifier"


def test_a_cell_crafted_to_split_in_many_ways_is_profiled_in_linear_time(tmp_path):
    """Cells of many short items and a last one too long for a list ("b; b; ...; xxx...")
    once made the list test backtrack over every way to split them, exponentially in the
    items: one such column hung the profiler (user agents, "...(Windows NT 10.0; Win64;
    x64)...", came close). Profiled in a process of its own, so a regression fails here
    instead of hanging the suite; a minute is hundreds of times what it takes."""
    import subprocess
    import sys
    crafted = ["b" + "; b" * (40 + i) + "; " + "x" * 60 for i in range(30)]
    pd.DataFrame({"agent": crafted, "n": range(30)}).to_csv(tmp_path / "agents.csv", index=False)
    code = ("import sys; from mlwf.profiling.profile import profile_csv; "
            "print(profile_csv(sys.argv[1]).columns[0]['stat_type'])")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "agents.csv")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() in ("identifier", "text", "nominal")



def test_cells_of_a_long_run_of_digits_are_profiled_in_linear_time(tmp_path):
    """An estimate in brackets ("[247]"), a bound ("<0.006"), a flagged reading ("4.023V")
    and a list in brackets are each read with a pattern for a number; a long run of digits
    that fails to be one at its end ("[111...1x]", "<111...1x", "111...1xx") once made those
    patterns try every split of the digits, quadratic in their length: fifty thousand digits
    took most of a minute a cell. Profiled in a process of its own, so a regression fails
    here instead of hanging the suite; a minute is hundreds of times what it takes."""
    import subprocess
    import sys
    digits = ["1" * (50_000 + i) for i in range(30)]
    pd.DataFrame({"bracketed": [f"[{d}x]" for d in digits],
                  "bound": [f"<{d}x" for d in digits],
                  "flagged": [f"{d}xx" for d in digits]}).to_csv(tmp_path / "cells.csv",
                                                                  index=False)
    code = ("import sys; from mlwf.profiling.profile import profile_csv; "
            "print(*(c['stat_type'] for c in profile_csv(sys.argv[1]).columns))")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "cells.csv")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.split()) == 3, done.stdout   # each column typed, whatever as


# -- held-out table 8's kinds ------------------------------------------------------------------

def test_a_header_written_by_pandas_or_of_years_is_a_header():
    """pandas writes a Series or a frame with its unnamed index as ",0" (an empty first
    name above a column full below) and a frame without names as "0,1,2"; above a column of
    words, 0 is a name. Years name the columns of a wide table in either order. A first line
    of numbers with nothing of the kind is still data."""
    rng = np.random.default_rng(81)
    lynx = pd.Series(rng.integers(100, 6000, 114), index=range(1821, 1935))
    p = profile_csv(io.BytesIO(lynx.to_csv().encode()))
    assert [c["name"] for c in p.columns] == ["Unnamed: 0", "0"]
    assert p.table["n_rows"] == 114 and col(p, "Unnamed: 0")["stat_type"] == "datetime"
    unnamed = pd.DataFrame([[f"w{i % 7}", i % 5, f"v{i}"] for i in range(40)])
    p = profile_csv(io.BytesIO(unnamed.to_csv(index=False).encode()))
    assert [c["name"] for c in p.columns] == ["0", "1", "2"] and p.table["n_rows"] == 40
    wide = "country,2002,2001,2000\n" + "".join(f"C{i},{i * 1.3:.1f},{i * 1.2:.1f},{i * 1.1:.1f}\n"
                                                for i in range(30))
    assert [c["name"] for c in profile_csv(io.BytesIO(wide.encode())).columns][1:] == \
        ["2002", "2001", "2000"]
    for data in (b"0,1,2\n5,3,4\n6,4,5\n7,5,6\n", b",3.5,4.1\n1,2.2,3.3\n2,2.5,3.1\n3,2.4,3.3\n",
                 b"3,2,1\n5,3,4\n6,4,5\n7,5,6\n"):
        with pytest.raises(ProfileError, match="holds data, not column names"):
            profile_csv(io.BytesIO(data))


def test_iso_dates_beside_years_alone_are_dates():
    """A withdrawal date written as a full ISO date where the day is known and as a year
    alone where it is not (1986 beside 1992-06-15): dates, the years read as their first
    day; years beside codes with letters (B1) stay codes."""
    rng = np.random.default_rng(82)
    days = pd.to_datetime("1975-01-01") + pd.to_timedelta(rng.integers(0, 13000, 40), unit="D")
    written = [str(d.year) if i % 3 else d.strftime("%Y-%m-%d") for i, d in enumerate(days)]
    p = profile_of(pd.DataFrame({"withdrawn": written, "n": rng.integers(0, 9, 40)}))
    withdrawn = col(p, "withdrawn")
    assert withdrawn["stat_type"] == "datetime"
    assert "year alone" in str(withdrawn["reason"])
    codes = [str(1900 + i % 20) if i % 3 else f"B{i % 5}" for i in range(40)]
    assert col(profile_of(pd.DataFrame({"c": codes, "n": range(40)})), "c")["stat_type"] == "nominal"


def test_iso_dates_mostly_to_the_month_beside_a_few_full_dates_and_years_are_dates():
    """An incident's date written to the precision known: mostly a year and month, some years
    alone and a few full dates (one in twenty): ISO 8601 at varying precision, not codes.
    Years beside a year and month in one value in twenty stay years, as beside full dates."""
    rng = np.random.default_rng(86)
    days = pd.to_datetime("2018-01-01") + pd.to_timedelta(rng.integers(0, 3000, 200), unit="D")
    written = [d.strftime("%Y-%m-%d") if i % 20 == 0 else str(d.year) if i % 15 == 1
               else d.strftime("%Y-%m") for i, d in enumerate(days)]
    p = profile_of(pd.DataFrame({"date": written, "n": rng.integers(0, 9, 200)}))
    assert col(p, "date")["stat_type"] == "datetime", col(p, "date")
    assert "year alone or a year and month" in str(col(p, "date")["reason"])
    years = [d.strftime("%Y-%m") if i % 20 == 0 else str(d.year) for i, d in enumerate(days)]
    p = profile_of(pd.DataFrame({"when": years[:40], "n": range(40)}))
    assert "ISO8601" not in str(col(p, "when")["reason"]), col(p, "when")


@pytest.mark.parametrize("name", ["series_id", "seriesId", "id"])
def test_a_few_whole_numbers_named_as_ids_are_codes_not_a_scale(name):
    """The ids of ten chemical series over 118 elements (a key of another table, repeated
    and scattered): ids label, they do not rank. The same numbers named as a level, or as
    an index (which also names measures), may be a scale."""
    rng = np.random.default_rng(83)
    series = rng.choice(np.arange(1, 11), 118, p=np.r_[[0.05] * 4, [0.3], [0.1] * 5])
    p = profile_of(pd.DataFrame({name: series, "level": series, "uv_index": series,
                                 "mass": rng.normal(100, 30, 118).round(3)}))
    assert col(p, name)["stat_type"] == "nominal"
    assert "ids label" in str(col(p, name)["reason"])
    assert col(p, "level")["stat_type"] == "ordinal"
    assert col(p, "uv_index")["stat_type"] != "nominal"


def test_lists_of_two_names_whose_items_stand_alone_elsewhere_are_lists():
    """A ZIP code's other accepted town names: mostly empty, mostly one name, some lists of
    two or three ("Colo Spgs,Colorado Spgs"), the listed names also standing alone in other
    rows: a multi-valued feature. Names written "Last, First" (a tenth with ", Jr."), whose
    parts never stand alone, stay names."""
    rng = np.random.default_rng(84)
    towns = [f"{a} {b}" for a in ("Fort", "Port", "Saint", "Lake", "Glen", "New", "Mount", "East")
             for b in ("Worth", "Haven", "Ridge", "Falls", "Creek", "Hill", "Grove", "Point",
                       "Bay", "Park", "Vale", "Springs")]
    cells = []
    for _ in range(3000):
        k = rng.choice([0, 1, 2, 3], p=[0.75, 0.16, 0.06, 0.03])
        cells.append(",".join(rng.choice(towns, k, replace=False)) if k else None)
    names = [f"Surname{i}, Given{i}" + (", Jr." if i % 8 == 0 else "") for i in range(3000)]
    p = profile_of(pd.DataFrame({"other_names": cells, "name": names,
                                 "lat": rng.normal(40, 5, 3000).round(4)}))
    assert col(p, "other_names")["stat_type"] == "text"
    assert "lists of items" in str(col(p, "other_names")["reason"])
    assert col(p, "name")["stat_type"] == "identifier"


def test_nearly_unique_one_word_names_beside_a_code_are_names():
    """Subdivisions of countries, one row each under a unique code (AD-02): their names,
    mostly one word and a few shared by two subdivisions, are names the rows carry. Labels
    with digits (B-17) beside the same code, and the names without a key, label the rows."""
    rng = np.random.default_rng(85)
    syllables = ["ka", "lo", "mi", "ran", "tu", "sel", "vo", "ne", "dar", "po", "li", "gu"]
    names = sorted({"".join(rng.choice(syllables, 3)).capitalize() for _ in range(400)})[:200]
    names = names + names[:6]
    frame = pd.DataFrame({"code": [f"X{i // 50}-{i:03d}" for i in range(len(names))],
                          "name": rng.permutation(names),
                          "label": [f"B-{i % 200}" for i in range(len(names))],
                          "type": rng.choice(["Parish", "Province", "District"], len(names))})
    p = profile_of(frame)
    assert col(p, "code")["stat_type"] == "identifier"
    assert col(p, "name")["stat_type"] == "nominal"
    assert "'code' already tells the rows apart" in str(col(p, "name")["reason"])
    assert col(p, "label")["stat_type"] == "identifier"
    assert col(profile_of(frame.drop(columns="code")), "name")["stat_type"] == "identifier"


# -- table 9's round (held-out table 9's misses, each kind in general) -----------------------

def curves(n: int, grid: list[float]) -> list[list[str]]:
    """Rows of curves measured on a grid: zero below a cut-in point, rising, flat at a rated
    value, a few points not measured (empty); so a row of them rarely rises strictly."""
    rng = np.random.default_rng(3)
    rows = []
    for i in range(n):
        rated, cut_in = rng.integers(1000, 5000) * 1000, rng.uniform(1.5, 3.5)
        row = []
        for x in grid:
            value = 0.0 if x < cut_in else min(rated, rated * ((x - cut_in) / 8) ** 3)
            row.append("" if rng.random() < 0.15 else f"{value:.1f}")
        rows.append([f"T{i}-{rng.integers(50, 200)}/{rated // 1000}", *row])
    return rows


def test_a_header_of_rising_short_decimals_names_the_columns_of_a_wide_table():
    """Wind speeds 0.0, 0.5, ... 8.0 above power curves: the first line rises strictly, the
    lines below do not; the same file without its header is refused, and so is a file whose
    lines all rise as its first one does."""
    grid = [x / 2 for x in range(17)]
    rows = curves(40, grid)
    header = "turbine_type," + ",".join(f"{x:.1f}" for x in grid)
    text = header + "\n" + "\n".join(",".join(r) for r in rows) + "\n"
    p = profile_csv(io.BytesIO(text.encode()))
    assert [c["name"] for c in p.columns][:4] == ["turbine_type", "0.0", "0.5", "1.0"]
    assert col(p, "turbine_type")["stat_type"] == "identifier"
    assert col(p, "6.0")["stat_type"] == "continuous"
    with pytest.raises(ProfileError, match="holds data, not column names"):
        profile_csv(io.BytesIO("\n".join(",".join(r) for r in rows).encode()))
    # cumulative shares on a grid, every line rising: the first line is one of them
    rising = "\n".join(f"S{i}," + ",".join(f"{(i + 1.5) * x:.1f}" for x in range(1, 9))
                       for i in range(20))
    with pytest.raises(ProfileError, match="holds data, not column names"):
        profile_csv(io.BytesIO(rising.encode()))
    # measured values, not a grid: many decimals in the first line make it data
    measured = "x," + ",".join(f"{0.1234 * k:.4f}" for k in range(1, 9)) + "\n" + "\n".join(
        ",".join(r[:9]) for r in rows)
    with pytest.raises(ProfileError, match="holds data, not column names"):
        profile_csv(io.BytesIO(measured.encode()))


def test_a_few_long_labels_shared_by_many_rows_are_categories_not_text():
    labels = ["existing credits paid back duly till now",
              "critical account or other credits existing elsewhere",
              "delay in paying off in the past", "no credits taken at all so far"]
    notes = [f"customer {i} asked about the {['fee', 'rate', 'card'][i % 3]} on day {i}"
             for i in range(200)]
    p = profile_of(pd.DataFrame({"history": [labels[i % 4] for i in range(200)], "note": notes}))
    history = col(p, "history")
    assert history["stat_type"] == "nominal", history["reason"]
    assert "4 phrases" in str(history["reason"]) and "50 rows" in str(history["reason"])
    assert col(p, "note")["stat_type"] == "text"
    # the same four labels on 30 rows are no evidence of categories: under ten rows each
    few = profile_of(pd.DataFrame({"history": [labels[i % 4] for i in range(30)],
                                   "x": range(30)}))
    assert col(few, "history")["stat_type"] == "text"


def test_brackets_with_a_level_that_says_none_are_ordered_from_it():
    levels = ["... < 1 year", "1 <= ... < 4 years", "4 <= ... < 7 years", "... >= 7 years",
              "unemployed"]
    p = profile_of(pd.DataFrame({"employed_since": [levels[i % 5] for i in range(200)],
                                 "x": range(200)}))
    since = col(p, "employed_since")
    assert since["stat_type"] == "ordinal", since["reason"]
    assert "unemployed < ... < 1 year < 1 <= ... < 4 years" in str(since["reason"])
    # a level without a number that says nothing of "none" leaves them unordered
    other = ["under 10", "10 to 20", "20 to 30", "over 30", "other"]
    q = profile_of(pd.DataFrame({"size": [other[i % 5] for i in range(200)], "x": range(200)}))
    assert col(q, "size")["stat_type"] == "nominal"


def test_whole_numbers_in_a_column_named_for_a_country_city_or_market_are_codes():
    rng = np.random.default_rng(5)
    n = 2000
    frame = pd.DataFrame({
        "hotel_country": np.minimum(rng.geometric(0.05, n), 212),   # skewed, from 1
        "user_city": rng.integers(0, 50_000, n),
        "channel": rng.integers(0, 11, n),
        "Dept": rng.choice([1, 3, 8, 13, 38, 93, 95], n),
        # the word qualifies an amount when another word ends the name
        "city_mpg": rng.integers(9, 45, n),
        "country_population": rng.integers(10_000, 90_000_000, n)})
    p = profile_of(frame)
    for name in ("hotel_country", "user_city", "channel", "Dept"):
        assert col(p, name)["stat_type"] == "nominal", (name, col(p, name)["reason"])
    assert col(p, "city_mpg")["stat_type"] in ("discrete", "continuous")
    assert col(p, "country_population")["stat_type"] in ("discrete", "continuous")


# -- table 10's round -------------------------------------------------------------------------

def test_whole_numbers_rising_under_a_name_that_says_time_are_a_time_index():
    rng = np.random.default_rng(2)
    frame = pd.DataFrame({"t": range(120), "deaths": rng.poisson(900, 120),
                          # a survival time is a duration, in no order down the rows
                          "time": rng.integers(1, 400, 120), "dead": rng.integers(0, 2, 120)})
    p = profile_of(frame)
    assert col(p, "t")["stat_type"] == "datetime" and "time index" in str(col(p, "t")["reason"])
    assert col(p, "time")["stat_type"] in ("discrete", "continuous")
    # a plain counter under another name stays a row number
    assert col(profile_of(frame.rename(columns={"t": "row"})), "row")["stat_type"] == "identifier"


def test_a_tax_rate_of_one_width_repeated_is_an_amount_not_a_code():
    """A property-tax rate per $10,000 (Boston's TAX: 187-711, towns sharing a rate)."""
    rng = np.random.default_rng(4)
    rates = rng.choice(rng.integers(187, 712, 66), 506)
    p = profile_of(pd.DataFrame({"TAX": rates, "rooms": rng.normal(6, 0.7, 506).round(3)}))
    assert col(p, "TAX")["stat_type"] in ("discrete", "continuous"), col(p, "TAX")["reason"]
    # the same numbers under a code's name stay codes
    q = profile_of(pd.DataFrame({"sic": rates, "rooms": rng.normal(6, 0.7, 506).round(3)}))
    assert col(q, "sic")["stat_type"] == "nominal"


def test_an_id_in_capitals_inside_a_camel_case_name_marks_a_key():
    """teamIDfg, playerIDretro: the id of the thing, then the source that gave it."""
    rng = np.random.default_rng(6)
    ids = np.minimum(rng.geometric(0.01, 3000), 1090)
    p = profile_of(pd.DataFrame({"teamIDfg": ids, "wins": rng.integers(50, 110, 3000)}))
    assert col(p, "teamIDfg")["stat_type"] in ("identifier", "nominal")
    assert col(p, "wins")["stat_type"] in ("discrete", "continuous")


def test_small_whole_numbers_named_as_references_are_labels_of_sources():
    rng = np.random.default_rng(7)
    p = profile_of(pd.DataFrame({"Reference": rng.integers(2, 12, 300),
                                 "Tc": rng.normal(500, 80, 300).round(2)}))
    assert col(p, "Reference")["stat_type"] == "nominal"
    assert "references" in str(col(p, "Reference")["reason"])


def test_brackets_written_in_several_units_of_one_kind_are_ordered_by_amount():
    """"500 KB - 2 MB" runs up and "6-11 months" comes before "1-4 years": brackets are
    compared in one unit, not by the figures as written. File-size limits that overlap once
    so compared (a passport photo's "50 KB - 10 MB" beside "200 KB - 5 MB") are no brackets,
    and brackets in units of different kinds are no one scale."""
    rng = np.random.default_rng(23)
    sizes = ["under 500 KB", "500 KB - 2 MB", "2-10 MB", "over 10 MB"]
    ages = ["under 6 months", "6-11 months", "1-4 years", "5 years or more"]
    limits = ["<=240 kB", "50 KB - 10 MB", "200 KB - 5 MB", "<2 MB", "5-100 KB", "<=9 MB"]
    mixed = ["under 5 mg", "5-10 mg", "1-2 weeks", "over 2 weeks"]
    frame = pd.DataFrame({"size": rng.choice(sizes, 150), "age": rng.choice(ages, 150),
                          "limit": rng.choice(limits, 150), "mixed": rng.choice(mixed, 150),
                          "x": rng.normal(size=150)})
    p = profile_of(frame)
    assert col(p, "size")["stat_type"] == "ordinal" and col(p, "size")["order"] == sizes
    assert col(p, "age")["stat_type"] == "ordinal" and col(p, "age")["order"] == ages
    assert col(p, "limit")["stat_type"] != "ordinal", col(p, "limit")["reason"]
    assert col(p, "mixed")["stat_type"] != "ordinal", col(p, "mixed")["reason"]


def test_ranges_that_overlap_are_estimates_not_brackets():
    """An ozone depletion potential given as a number or a range (0.001 - 0.01, 0.002 - 0.02):
    each row's own estimate; brackets cut one scale into parts that do not overlap."""
    estimates = [f"0.00{i % 9 + 1} - 0.0{i % 7 + 1}" for i in range(60)] + ["0.6", "1.0"] * 5
    p = profile_of(pd.DataFrame({"ODP": estimates, "x": range(70)}))
    assert col(p, "ODP")["stat_type"] != "ordinal", col(p, "ODP")["reason"]
    # income brackets with the scale written once after the range stay ordered brackets
    bands = ["under $11k", "$11-$25k", "$25-$50k", ">$50k"]
    q = profile_of(pd.DataFrame({"income": [bands[i % 4] for i in range(200)], "x": range(200)}))
    assert col(q, "income")["stat_type"] == "ordinal"
    assert col(q, "income")["order"] == bands


@pytest.mark.parametrize("written", ["%Y-%b-%d %H:%M", "%d %b %Y", "%b %d, %Y"])
def test_dates_with_short_month_names_are_dates_when_the_first_is_may(written):
    """May is written the same in full and short: a format guessed from a first value in
    May must still read the Junes and Julys below it."""
    days = pd.date_range("2008-05-06", periods=60, freq="D")
    p = profile_of(pd.DataFrame({"date": days.strftime(written),
                                 "size": np.linspace(41.8, 45.4, 60).round(3)}))
    assert col(p, "date")["stat_type"] == "datetime"
    assert "2008-05-06" in str(col(p, "date")["reason"])


def test_angles_and_hours_written_in_sexagesimal_are_numbers():
    """Astronomical and geographic tables write an angle (or an hour) as degrees, minutes
    and seconds, apart with spaces and a fraction of the last part, or with their marks and
    a hemisphere: one number each, south and west negative."""
    rng = np.random.default_rng(12)
    n = 80
    deg = rng.uniform(-30, 30, n)

    def spaced(x, hours=False):
        sign = "-" if x < 0 else "+"
        x = abs(x)
        d, m = int(x), int(x * 60) % 60
        s = (x * 3600) % 60
        return f"{sign}{d:02d} {m:02d} {s:05.2f}" if not hours else f"{d:02d} {m:02d} {s:06.3f}"

    lon = rng.uniform(-179, 179, n)
    frame = pd.DataFrame({
        "ra": [spaced(h, hours=True) for h in rng.uniform(0, 24, n)],
        "dec": [spaced(x) for x in deg],
        "longitude": [f"{int(abs(x)):02d}°{int(abs(x) * 60) % 60:02d}'{'W' if x < 0 else 'E'}" for x in lon],
        # parts apart, but whole: a phone number, an address, not an angle
        "phone": [f"{rng.integers(200, 999)} {rng.integers(10, 59):02d} {rng.integers(10, 59):02d}"
                  for _ in range(n)],
    })
    p = profile_of(frame)
    for name in ("ra", "dec", "longitude"):
        assert col(p, name)["stat_type"] == "continuous", (name, col(p, name)["reason"])
        assert "degrees (or hours), minutes and seconds" in str(col(p, name)["reason"])
    assert col(p, "dec")["min"] == pytest.approx(deg.min(), abs=1e-3)
    assert col(p, "longitude")["min"] == pytest.approx(np.trunc(lon.min() * 60) / 60, abs=1e-6)
    assert col(p, "phone")["stat_type"] != "continuous"


def test_whole_numbers_between_0_and_100_are_scores_not_a_measurement():
    """Ratings out of 100 (a player's skills, exam marks) take many whole values but at
    most 101 of them: discrete. Whole numbers past 100 with as many values (grams, mm)
    behave as a measurement rounded to its unit."""
    rng = np.random.default_rng(20)
    n = 400
    p = profile_of(pd.DataFrame({
        "dribbling": rng.normal(60, 15, n).clip(5, 97).round().astype(int),
        "stamina": rng.normal(65, 12, n).clip(12, 97).round().astype(int),
        "weight_g": rng.normal(550, 120, n).clip(150, 990).round().astype(int),
        "literacy_percent": rng.normal(70, 18, n).clip(3, 100).round().astype(int),
    }))
    assert col(p, "dribbling")["stat_type"] == "discrete"
    assert "within 0 to 100" in str(col(p, "dribbling")["reason"])
    assert col(p, "stamina")["stat_type"] == "discrete"
    assert col(p, "weight_g")["stat_type"] == "continuous"
    assert col(p, "literacy_percent")["stat_type"] == "continuous"   # named for its unit


def test_zero_or_a_year_with_nothing_between_is_the_year_a_thing_happened():
    """A word list marks each word with the year it joined a category, 0 when it never did:
    years, whatever the column's name. A count from 0 fills the numbers between."""
    rng = np.random.default_rng(21)
    n = 600
    joined = np.where(rng.random(n) < 0.1, rng.choice([2009, 2011, 2012, 2014], n), 0)
    p = profile_of(pd.DataFrame({
        "Negative": joined,
        "visitors": np.where(rng.random(n) < 0.5, 0, rng.integers(1, 2050, n)),
        "batch": rng.choice([0, 15, 1999, 2005], n),   # 15: not a year, so no years
        "word": [f"w{i}" for i in range(n)],
    }))
    assert col(p, "Negative")["stat_type"] == "datetime"
    assert "0 or a calendar year (2009 to 2014)" in str(col(p, "Negative")["reason"])
    assert col(p, "visitors")["stat_type"] != "datetime"
    assert col(p, "batch")["stat_type"] != "datetime"


@pytest.mark.parametrize("name", ["comments", "Notes", "remark", "description"])
def test_a_column_named_for_comments_is_text_even_when_short_and_unique(name):
    """Notes written per row ("most of Antarctica", "Andorra") are free text, not keys,
    however short: the name says what they are."""
    places = ["most of Antarctica", "Andorra", "east Greenland", "Vostok station", "Casey",
              "Davis", "Mawson", "Palmer", "Rothera", "Syowa", "Troll", "McMurdo"]
    p = profile_of(pd.DataFrame({"code": [f"Z{i:02d}" for i in range(12)], name: places}))
    assert col(p, name)["stat_type"] == "text"
    assert f"named '{name}'" in str(col(p, name)["reason"])


@pytest.mark.parametrize("name", ["MJD", "jd", "julian_date", "mjd_utc"])
def test_day_numbers_named_as_julian_dates_are_dates(name):
    """A Modified Julian Date counts days one by one: a date, not a row number."""
    days = np.arange(41684, 41684 + 300)
    p = profile_of(pd.DataFrame({name: days, "x": np.sin(days / 10).round(4)}))
    assert col(p, name)["stat_type"] == "datetime"
    assert "Julian" in str(col(p, name)["reason"])


def test_two_digit_years_that_cross_2000_are_years():
    """Years written with two digits from 73 to 99 and on from 00: one block of rows each,
    a date, not the ids of units; the years of experience from 0 stay an amount."""
    yy = np.concatenate([np.repeat(np.arange(73, 100), 12), np.repeat(np.arange(0, 27), 12)])
    rng = np.random.default_rng(30)
    p = profile_of(pd.DataFrame({"year": yy, "month": np.tile(np.arange(1, 13), len(yy) // 12),
                                 "x": rng.normal(size=len(yy)).round(3)}))
    assert col(p, "year")["stat_type"] == "datetime", col(p, "year")["reason"]
    assert "1973" in str(col(p, "year")["reason"]) and "2026" in str(col(p, "year")["reason"])
    p = profile_of(pd.DataFrame({"years": rng.integers(0, 41, 200), "x": rng.normal(size=200)}))
    assert col(p, "years")["stat_type"] != "datetime"


def test_measurements_with_a_quarter_of_their_cells_marked_not_applicable_are_numbers():
    """A standard's table marks the cells that do not apply with a dash ("–"), here on a
    quarter of the rows: the rest are measurements, the dashes missing. Signs "+" and "-"
    beside a code 0 stay a code of three values."""
    rng = np.random.default_rng(31)
    n = 56
    deviation = [f"{v:.3f}" for v in rng.gamma(2, 0.3, n)]
    for i in range(14):
        deviation[i] = "–"
    signs = ["-"] * 30 + ["+"] * 20 + ["0"] * 6
    p = profile_of(pd.DataFrame({"size": np.arange(n), "max_deviation": deviation,
                                 "voiced": signs}))
    found = col(p, "max_deviation")
    assert found["stat_type"] == "continuous", found["reason"]
    assert found["missing_ratio"] == 0.25
    assert col(p, "voiced")["stat_type"] in ("nominal", "ordinal")


def test_signs_beside_a_code_0_on_most_rows_are_a_code_not_missing_values():
    """A feature table writes + (present), - (absent) and 0 (does not apply); where 0 fills
    nearly every row the few signs are values still, not placeholders of missing ones."""
    tone = ["0"] * 146 + ["+", "-", "+", "-"]
    p = profile_of(pd.DataFrame({"segment": [f"s{i}" for i in range(150)], "hitone": tone}))
    found = col(p, "hitone")
    assert found["stat_type"] in ("nominal", "ordinal"), found["reason"]
    assert found["missing_ratio"] == 0


def test_category_codes_sorted_into_blocks_are_codes_not_the_ids_of_units():
    """A code table sorted by its category number (HCUP's CCS categories) repeats each
    number in one block of rows, as the ids of panel units do; a name ending in 'category'
    says they are categories. A county repeated over years stays the id of a unit."""
    rng = np.random.default_rng(32)
    sizes = rng.integers(2, 9, 60)
    category = np.repeat(np.arange(1, 61), sizes)
    p = profile_of(pd.DataFrame({"code": [f"0{i:05d}" for i in range(len(category))],
                                 "CCS CATEGORY": category}))
    assert col(p, "CCS CATEGORY")["stat_type"] == "nominal", col(p, "CCS CATEGORY")["reason"]
    county = np.repeat(rng.choice(np.arange(1001, 1999), 40, replace=False), 5)
    p = profile_of(pd.DataFrame({"county": county, "year": np.tile(np.arange(2001, 2006), 40),
                                 "crime": rng.gamma(3, 10, 200).round(2)}))
    assert col(p, "county")["stat_type"] == "identifier"


@pytest.mark.parametrize("change", ["one_given_twice", "one_left_out"])
def test_numbers_of_a_catalogue_with_one_repeat_or_gap_are_labels_of_rows(change):
    """A catalogue number (the 110 Messier objects in a table of 14 000 nebulae, one of them
    listed under two numbers, or a number withdrawn): whole numbers that fill their span
    once each but for a slip are numbering, not a measurement that happens to be whole."""
    rng = np.random.default_rng(4)
    numbers = list(range(1, 111))
    if change == "one_given_twice":
        numbers[101] = 101      # 102 is 101 listed again
    else:
        numbers.remove(57)
    cells = np.full(3_000, np.nan)
    cells[rng.choice(3_000, len(numbers), replace=False)] = rng.permutation(numbers)
    frame = pd.DataFrame({"number": cells, "magnitude": rng.normal(12, 2, 3_000).round(2)})
    assert col(profile_of(frame), "number")["stat_type"] == "identifier"


def test_whole_numbers_that_repeat_or_leave_gaps_often_are_not_a_numbering():
    """Draws of whole numbers over their span repeat about a third of the time: a measurement,
    however few its values."""
    rng = np.random.default_rng(5)
    frame = pd.DataFrame({"weight": rng.integers(40, 150, 110), "other": rng.normal(size=110)})
    assert col(profile_of(frame), "weight")["stat_type"] in ("continuous", "discrete")


def test_a_missing_value_code_inside_blocks_of_ids_leaves_the_blocks_whole():
    """999 for 'not known' among the ids of patients, each id on three rows in one block: the
    column is read as if those cells were empty, blocks included."""
    rng = np.random.default_rng(6)
    ids = []
    for unit in range(1, 21):
        ids.extend([unit, 999, unit, unit] if unit in (3, 9, 15) else [unit] * 3)
    coded = pd.DataFrame({"patient": ids, "dose": rng.normal(5, 1, len(ids)).round(2)})
    empty = coded.assign(patient=coded["patient"].replace(999, np.nan))
    assert col(profile_of(empty), "patient")["stat_type"] == "identifier"
    assert col(profile_of(coded), "patient")["stat_type"] == "identifier"


@pytest.mark.parametrize("blank", [" ", "   ", "\t", "\u00a0"])
@pytest.mark.parametrize("values", [["S", "M", "L"], ["0-10", "10-20", "20-30"],
                                    ["very happy", "happy", "not happy"], ["4", "5", "6"]])
def test_a_quoted_cell_of_blanks_is_a_missing_value(blank, values):
    """Spreadsheets export an emptied cell as a quoted space; it holds no value, whatever
    the others are (it once crashed the profiler on sizes and brackets)."""
    rows = [(f'"{blank}"' if i % 6 == 0 else values[i % 3], i % 7) for i in range(60)]
    text = "v,other\n" + "".join(f"{v},{o}\n" for v, o in rows)
    found = col(profile_csv(io.BytesIO(text.encode())), "v")
    assert found["missing_ratio"] == pytest.approx(10 / 60, abs=1e-4)
    assert found["stat_type"] != "text"


def test_true_and_false_with_empty_cells_are_a_flag_with_missing_values():
    """pandas reads such a column as Python booleans, not strings: the blank-cell check must
    leave it alone (it once stopped the whole profile)."""
    text = "flag,other\n" + "".join(f"{['True', 'False', ''][i % 3]},{i}\n" for i in range(30))
    found = col(profile_csv(io.BytesIO(text.encode())), "flag")
    assert (found["stat_type"], found["missing_ratio"]) == ("boolean", pytest.approx(1 / 3, abs=1e-4))


def test_numeric_codes_of_places_one_per_row_are_the_key_of_the_table():
    """A table of countries under their numeric code (ISO 3166, UN M49), each once: the code
    is the key, not a category shared by rows."""
    rng = np.random.default_rng(7)
    codes = rng.choice(np.arange(4, 900), 240, replace=False)
    frame = pd.DataFrame({"country code": codes, "population": rng.lognormal(15, 2, 240).round()})
    assert col(profile_of(frame), "country code")["stat_type"] == "identifier"


def test_codes_of_places_repeated_over_rows_stay_categories():
    rng = np.random.default_rng(8)
    frame = pd.DataFrame({"country code": rng.choice(np.arange(4, 900, 7), 400),
                          "sales": rng.normal(100, 10, 400).round(1)})
    assert col(profile_of(frame), "country code")["stat_type"] == "nominal"


@pytest.mark.parametrize("suffix", ["", " income"])
def test_income_groups_from_low_to_high_are_an_ordered_scale(suffix):
    levels = [f"{w}{suffix}" for w in ("Low", "Lower middle", "Upper middle", "High")]
    frame = pd.DataFrame({"income group": [levels[i % 4] for i in range(80)],
                          "gdp": np.arange(80) * 1.5})
    found = col(profile_of(frame), "income group")
    assert found["stat_type"] == "ordinal"
    assert found["order"] == levels


def test_whole_numbers_under_a_name_ending_in_class_are_codes_of_classes():
    """Twelve building classes numbered 0 to 11: labels of kinds, not counts."""
    rng = np.random.default_rng(9)
    frame = pd.DataFrame({"building_class": rng.integers(0, 12, 96),
                          "factor": np.linspace(0.5, 1.5, 96).round(3)})
    assert col(profile_of(frame), "building_class")["stat_type"] == "nominal"


# -- held-out table 18's kinds -----------------------------------------------------------------

def test_whole_numbers_named_as_a_status_are_codes_even_shaped_as_counts():
    """A status coded 0, 1, 2, 4 with most rows at 0 and fewer at each code up has the shape
    of counts of events; a status is a state, so they are codes. The same values under a name
    that says nothing stay counts."""
    rng = np.random.default_rng(181)
    codes = rng.choice([0, 1, 2, 4], 600, p=[0.7, 0.15, 0.1, 0.05])
    p = profile_of(pd.DataFrame({"Status": codes, "events": codes, "y": rng.normal(size=600)}))
    assert col(p, "Status")["stat_type"] == "nominal"
    assert col(p, "events")["stat_type"] == "discrete"


def test_years_with_a_fraction_one_period_apart_are_a_time_axis():
    """A series' time axis written as years with their fraction, as R writes a monthly or
    quarterly series (1949, 1949.083333, ...), is a date, not a measurement; a grid of months
    under any name, a grid of quarters only under a name that says time."""
    rng = np.random.default_rng(182)
    months = np.round(1949 + np.arange(144) / 12, 6)
    quarters = 1959 + np.arange(160) / 4
    p = profile_of(pd.DataFrame({"time": months, "x": months, "value": rng.normal(size=144)}))
    assert col(p, "time")["stat_type"] == "datetime"
    assert "one month" in str(col(p, "time")["reason"])
    assert col(p, "x")["stat_type"] == "datetime"
    p = profile_of(pd.DataFrame({"time": quarters, "depth": quarters, "v": rng.normal(size=160)}))
    assert col(p, "time")["stat_type"] == "datetime"
    assert "one quarter" in str(col(p, "time")["reason"])
    assert col(p, "depth")["stat_type"] == "continuous"
    # one month in four left out is no longer a series' axis but values taken now and then
    gappy = np.delete(months, np.arange(0, 144, 4))
    p = profile_of(pd.DataFrame({"time": gappy, "v": rng.normal(size=len(gappy))}))
    assert col(p, "time")["stat_type"] == "continuous"


def test_three_levels_from_one_thinning_out_are_a_scale_not_counts():
    """Most rows at 1, fewer at 2, fewer still at 3 (the weather of a day: clear, mist, rain):
    counts of events start at none, so three levels from 1 are a short scale or codes; from 0,
    or with a fourth level, the same shape stays counts."""
    rng = np.random.default_rng(183)
    shares = [0.6, 0.3, 0.1]
    p = profile_of(pd.DataFrame({"q7": rng.choice([1, 2, 3], 700, p=shares),
                                 "q8": rng.choice([0, 1, 2], 700, p=shares),
                                 "q9": rng.choice([1, 2, 3, 4], 700, p=[0.6, 0.25, 0.1, 0.05])}))
    assert col(p, "q7")["stat_type"] == "ordinal"
    assert col(p, "q8")["stat_type"] == "discrete"
    assert col(p, "q9")["stat_type"] == "discrete"


def test_a_missing_value_code_on_a_row_out_of_the_sample_is_on_one_row_at_least():
    """A long column of more values than are counted one by one, with 999 on one row: when
    the 50 000-row sample misses that row the count of its rows is estimated from the sample,
    and it was once said to be on 0 rows. Four columns put it on four different rows, so the
    sample misses it in at least one of them whatever the draw (all four drawn: 1 in 256)."""
    rng = np.random.default_rng(184)
    frame = {}
    for row in (0, 1, 5, 7):
        values = np.round(rng.uniform(0, 90, 200_000), 1)
        values[row] = 999
        frame[f"reading_{row}"] = values
    p = profile_of(pd.DataFrame(frame))
    for name in frame:
        why = str(col(p, name)["reason"])
        assert "The value 999 (" in why, why
        assert "(0 rows)" not in why, why


# -- held-out table 19's kinds -----------------------------------------------------------------

def test_ids_of_a_kind_of_thing_rows_share_are_codes_not_ids_of_units():
    """Events of 30 types and players of 12 countries, their ids scattered over the rows: the
    keys of a table of categories. The ids of the players themselves stay ids of units."""
    rng = np.random.default_rng(191)
    n = 1500
    frame = pd.DataFrame({"type.id": rng.integers(1, 31, n) * 7,
                          "country_id": rng.integers(1, 13, n) * 11,
                          "player_id": rng.integers(1, 31, n) * 13,
                          "x": rng.normal(size=n)})
    p = profile_of(frame)
    assert col(p, "type.id")["stat_type"] == "nominal"
    assert col(p, "country_id")["stat_type"] == "nominal"
    assert col(p, "player_id")["stat_type"] == "identifier"


def test_ids_of_a_kind_of_thing_in_blocks_beside_the_rows_own_key_are_codes():
    """A table of states with its own key, sorted by country: each country's id fills one
    block of rows, as the ids of panel units do, but the rows are states, told apart by
    'id'; the country is a category they share. In a panel of counties over years, where
    no column tells the rows apart, the county's id stays the id of a unit."""
    rng = np.random.default_rng(221)
    sizes = rng.integers(2, 40, 80)
    country = np.repeat(rng.choice(np.arange(1, 250), 80, replace=False), sizes)
    n = len(country)
    states = pd.DataFrame({"id": rng.permutation(np.arange(1, n + 1)) + 3000,
                           "name": [f"{w}{i}" for i, w in enumerate(rng.choice(["Nor", "Sud", "Al"], n))],
                           "country_id": country, "latitude": rng.uniform(-60, 70, n).round(4)})
    # and the names again as written where they are: Devanagari's vowel signs are marks,
    # not letters, but the names are words all the same
    syllables = ["का", "रा", "जि", "पु", "ला", "मे", "नि", "दे", "श्री", "गो", "सु", "बि"]
    native = ["".join(rng.choice(syllables, 4)) + rng.choice(["", " जिला"], p=[0.8, 0.2]) for _ in range(n)]
    states["native"] = native[:n - 20] + native[:20]
    p = profile_of(states)
    assert col(p, "id")["stat_type"] == "identifier"
    assert col(p, "native")["stat_type"] == "nominal", col(p, "native")["reason"]
    assert col(p, "country_id")["stat_type"] == "nominal", col(p, "country_id")["reason"]
    assert "'id'" in str(col(p, "country_id")["reason"])
    county = np.repeat(rng.choice(np.arange(1001, 1999), 40, replace=False), 5)
    panel = pd.DataFrame({"county_id": county, "year": np.tile(np.arange(2001, 2006), 40),
                          "crime": rng.gamma(3, 10, 200).round(2)})
    assert col(profile_of(panel), "county_id")["stat_type"] == "identifier"


def test_whole_numbers_named_as_a_label_are_codes_of_classes():
    """An atlas's network label, a clustering's labels: integers that name classes, most
    regions in the first few, as counts of events would be; the name says they are labels."""
    rng = np.random.default_rng(222)
    n = 300
    frame = pd.DataFrame({"netWorkbenchLabel": np.minimum(rng.geometric(0.2, n) - 1, 17),
                          "cluster_label": rng.choice(np.arange(6), n, p=[0.4, 0.25, 0.15, 0.1, 0.06, 0.04]),
                          "x": rng.normal(size=n)})
    p = profile_of(frame)
    assert col(p, "netWorkbenchLabel")["stat_type"] == "nominal", col(p, "netWorkbenchLabel")["reason"]
    assert col(p, "cluster_label")["stat_type"] == "nominal", col(p, "cluster_label")["reason"]


def test_the_alternative_chosen_is_a_code_of_categories():
    """A choice survey's answer: which of train (1), Swissmetro (2) or car (3) was chosen,
    0 unknown; most chose the second. The name says a choice among alternatives, no scale,
    and the reason names no places."""
    rng = np.random.default_rng(242)
    choice = rng.choice([0, 1, 2, 3], 1072, p=[0.002, 0.133, 0.578, 0.287])
    p = profile_of(pd.DataFrame({"CHOICE": choice, "x": rng.normal(size=1072)}))
    assert col(p, "CHOICE")["stat_type"] == "nominal", col(p, "CHOICE")["reason"]
    assert "places" not in str(col(p, "CHOICE")["reason"])


def test_codes_that_skip_a_number_and_rise_and_fall_are_categories_not_counts():
    """A survey's ticket types 1-10 with 9 retired: a count skips a number only where it
    thins out, while these rise and fall from code to code (few at 2 and 4, many at 3 and
    6), as the sizes of unordered categories do. A count of rooms that thins out and skips
    8 near its top stays a count."""
    rng = np.random.default_rng(241)
    ticket = np.repeat([1, 2, 3, 4, 5, 6, 7, 8, 10], [468, 21, 340, 10, 23, 135, 31, 30, 14])
    rooms = np.repeat([0, 1, 2, 3, 4, 5, 6, 7, 9], [300, 420, 260, 120, 60, 25, 9, 4, 2])
    p = profile_of(pd.DataFrame({"TICKET": rng.permutation(ticket)}))
    assert col(p, "TICKET")["stat_type"] == "nominal", col(p, "TICKET")["reason"]
    p = profile_of(pd.DataFrame({"q17": rng.permutation(rooms)}))
    assert col(p, "q17")["stat_type"] == "discrete", col(p, "q17")["reason"]
    assert "skip 8" in str(col(p, "q17")["reason"])


def test_numbers_things_go_by_each_on_one_row_of_a_long_table_are_keys():
    """A register of schools: each school's census number, once each, scattered over 1 to
    42 024 in no order. The name says it is the number the thing goes by; over hundreds of
    rows, amounts would repeat. A count of answers ending in _no stays a count in a short
    table of a few rows."""
    rng = np.random.default_rng(231)
    census = rng.choice(np.arange(1, 42_025), 400, replace=False)
    p = profile_of(pd.DataFrame({"censusNo": census, "pupils": rng.integers(20, 2000, 400)}))
    assert col(p, "censusNo")["stat_type"] == "identifier", col(p, "censusNo")["reason"]
    p = profile_of(pd.DataFrame({"smoking_no": [56, 81, 102, 17, 33, 240],
                                 "group": ["a", "b", "c", "d", "e", "f"]}))
    assert col(p, "smoking_no")["stat_type"] != "identifier"


def test_whole_numbers_named_as_ids_shared_by_rows_are_never_counts():
    """A party crosswalk: the ids of 8 party families (3 to 40), each shared by a few
    parties and scattered over the rows: codes of what the rows belong to, not counts."""
    rng = np.random.default_rng(232)
    family = rng.choice([3, 7, 12, 19, 24, 31, 36, 40], 60)
    p = profile_of(pd.DataFrame({"party": [f"P{i}" for i in range(60)], "family_id": family}))
    assert col(p, "family_id")["stat_type"] in ("nominal", "identifier"), col(p, "family_id")["reason"]


def test_two_cut_off_dates_written_as_eight_digits_are_dates_not_a_flag():
    """Two extracts of a surveillance file appended: the cut-off date of each row's extract,
    20230517 or 20260702. Two values, but both days of the calendar; two codes that are not
    (20231345) stay a split of the rows."""
    rng = np.random.default_rng(251)
    cut = rng.choice([20230517, 20260702], 400)
    p = profile_of(pd.DataFrame({"FECHA_CORTE": cut, "cases": rng.poisson(3, 400)}))
    assert col(p, "FECHA_CORTE")["stat_type"] == "datetime", col(p, "FECHA_CORTE")["reason"]
    p = profile_of(pd.DataFrame({"batch": rng.choice([20231345, 20231399], 400)}))
    assert col(p, "batch")["stat_type"] == "boolean"


@pytest.mark.parametrize("name", ["UBIGEO", "code_insee", "geocode"])
def test_national_codes_of_places_written_as_numbers_are_codes(name):
    """Peru's UBIGEO (department, province, district: 150101, the leading zero of 010201
    dropped), France's INSEE commune codes: numbers that name places."""
    rng = np.random.default_rng(252)
    codes = rng.choice(rng.choice(np.arange(10101, 250999), 150, replace=False), 2000)
    p = profile_of(pd.DataFrame({name: codes, "cases": rng.poisson(4, 2000)}))
    assert col(p, name)["stat_type"] == "nominal", col(p, name)["reason"]


@pytest.mark.parametrize("written", ["%d%b%y", "%d%b%Y"])
def test_dates_as_sas_writes_them_are_dates(written):
    """SAS's DATE7 and DATE9 formats (14JAN20, 14JAN2020), as registers exported from it
    keep them: day, month's abbreviation in capitals, year, no separator."""
    days = pd.date_range("2015-01-01", periods=300, freq="5D")
    p = profile_of(pd.DataFrame({"created_raw": days.strftime(written).str.upper(),
                                 "n": np.arange(300) % 7}))
    assert col(p, "created_raw")["stat_type"] == "datetime", col(p, "created_raw")["reason"]


def test_a_date_part_past_its_range_and_not_rising_is_a_time_counted_from_a_start():
    """The minute of a match runs to 93 and starts again at 45 in the second half: no minute
    of an hour, no ids of units, but a time counted from the kick-off."""
    first, second = np.arange(0, 48), np.arange(45, 94)
    minutes = np.repeat(np.concatenate([first, second]), 40)
    p = profile_of(pd.DataFrame({"minute": minutes, "x": np.arange(len(minutes)) % 7}))
    assert col(p, "minute")["stat_type"] == "discrete"
    assert "past the range of the minute" in str(col(p, "minute")["reason"])


def test_the_number_a_thing_goes_by_is_a_label_and_a_sequence_number_an_id():
    """Shirt numbers 1 to 24 over two teams' rows are the numbers players go by, not counts;
    a household's sequence number repeated over its members, scattered, is the id of a unit."""
    rng = np.random.default_rng(192)
    shirts = np.concatenate([rng.permutation(np.arange(1, 25))[:18] for _ in range(40)])
    p = profile_of(pd.DataFrame({"jersey_number": shirts, "goals": rng.poisson(0.3, len(shirts))}))
    assert col(p, "jersey_number")["stat_type"] == "nominal"
    households = rng.choice(np.arange(1, 3_100), 3000, replace=False)
    members = rng.permutation(np.repeat(households, rng.integers(1, 5, 3000)))
    p = profile_of(pd.DataFrame({"h_seq": members, "age": rng.integers(0, 90, len(members))}))
    assert col(p, "h_seq")["stat_type"] == "identifier"


def test_a_number_of_things_from_zero_with_a_long_tail_is_a_count_not_a_label():
    """'contact_number' (how many people a patient met: 0 for some, a handful for most, a
    thousand for one) ends as a shirt's number does, but a thing's number fills its range
    and does not start at 0 with a long tail: counts of events."""
    rng = np.random.default_rng(194)
    contacts = np.minimum(rng.negative_binomial(1, 0.12, 600), 400)
    contacts[:3] = [1160, 640, 300]
    p = profile_of(pd.DataFrame({"contact_number": rng.permutation(contacts),
                                 "age": rng.integers(0, 90, len(contacts))}))
    assert col(p, "contact_number")["stat_type"] == "discrete", col(p, "contact_number")
    assert "counts" in str(col(p, "contact_number")["reason"])
    # shirts numbered from 0, spread evenly over their range, stay the numbers players go by
    shirts = rng.integers(0, 100, 600)
    p = profile_of(pd.DataFrame({"number": shirts, "age": rng.integers(18, 40, 600)}))
    assert col(p, "number")["stat_type"] == "nominal"
    # tables numbered from 1, most rows in table 1: a long tail, but not from 0
    tables = np.concatenate([np.ones(500, dtype=int), rng.integers(2, 56, 100)])
    p = profile_of(pd.DataFrame({"TableNumber": rng.permutation(tables),
                                 "rate": rng.random(600)}))
    assert col(p, "TableNumber")["stat_type"] == "nominal", col(p, "TableNumber")


def test_bins_of_an_amount_past_ten_levels_are_ordered():
    rng = np.random.default_rng(193)
    p = profile_of(pd.DataFrame({"agi_bin": rng.integers(0, 17, 800),
                                 "y": rng.normal(size=800)}))
    assert col(p, "agi_bin")["stat_type"] == "ordinal"
    assert "bins of an amount" in str(col(p, "agi_bin")["reason"])


def test_a_top_value_with_decimals_is_no_missing_value_code():
    """888 far above amounts of 1 to 15 is a code for a missing answer, and so is 999999.375,
    999999 as a 32-bit float keeps it; 888.4 is a number someone measured, kept as it is."""
    rng = np.random.default_rng(185)
    amounts = list(np.round(rng.uniform(1, 15, 300), 1))
    p = profile_of(pd.DataFrame({"coded": amounts + [888.0], "measured": amounts + [888.4],
                                 "stored": amounts + [999999.375]}))
    assert "The value 888 (1 row)" in str(col(p, "coded")["reason"])
    assert "The value 999999 (1 row)" in str(col(p, "stored")["reason"]), col(p, "stored")
    assert "code for a missing" not in str(col(p, "measured")["reason"])


def test_a_known_scale_beside_answers_that_are_no_point_on_it_is_ordered():
    """Four agreement levels and "no opinion" (or "Don't know"): the four are a scale, the
    other answer stands beside it, not on it."""
    rng = np.random.default_rng(186)
    scale = ["strongly agree", "somewhat agree", "somewhat disagree", "strongly disagree"]
    p = profile_of(pd.DataFrame({"q1": rng.choice(scale + ["no opinion"], 300),
                                 "q2": rng.choice(["Poor", "Fair", "Good", "Don't know"], 300)}))
    for name in ("q1", "q2"):
        assert col(p, name)["stat_type"] == "ordinal", col(p, name)
        assert "no point on it" in str(col(p, name)["reason"])
    assert "strongly disagree < somewhat disagree" in str(col(p, "q1")["reason"])


def test_values_written_as_python_bytes_are_read_as_their_text():
    """A frame read from SAS without decoding and saved again writes b'23:00' and b'Yes': the
    text inside is what the file holds; b'' is an empty answer. A column where such a value
    is rare stays as written."""
    rng = np.random.default_rng(187)
    n = 400
    hours, minutes = rng.integers(0, 24, n), rng.choice([0, 15, 30, 45], n)
    times = [f"b'{h:02d}:{m:02d}'" for h, m in zip(hours, minutes, strict=True)]
    answers = list(rng.choice(["b'Yes'", "b'No'", "b''"], n, p=[0.5, 0.4, 0.1]))
    notes = [f"note {i}" for i in range(n - 2)] + ["b'x'", "b'y'"]
    p = profile_of(pd.DataFrame({"bedtime": times, "smoker": answers, "note": notes}))
    bedtime, smoker = col(p, "bedtime"), col(p, "smoker")
    assert bedtime["stat_type"] == "datetime", bedtime
    assert "Python bytes" in str(bedtime["reason"])
    assert smoker["stat_type"] == "boolean", smoker
    assert smoker["missing_ratio"] > 0.05
    assert "Python bytes" not in str(col(p, "note")["reason"])


def test_hours_counted_from_one_and_months_from_zero_are_date_parts():
    """Hours 1 to 24, as weather files count them, and months from 0 (a 0 for unknown, or
    months counted from 0) are parts of a date."""
    rng = np.random.default_rng(188)
    p = profile_of(pd.DataFrame({"hour": rng.integers(1, 25, 500),
                                 "month": rng.integers(0, 12, 500)}))
    assert "the hour of a date" in str(col(p, "hour")["reason"])
    assert "the month of a date" in str(col(p, "month")["reason"])


@pytest.mark.parametrize("levels", [["lo", "med", "hi"], ["L", "M", "H"], ["none", "some", "marked"],
                                    ["mild", "mod", "sev"], ["light", "medium", "heavy"],
                                    ["young", "middle", "old"],
                                    ["decreased", "unchanged", "increased"],
                                    ["rarely", "occasionally", "frequently"],
                                    ["slow", "normal", "fast"]])
def test_short_scales_that_codebooks_write_are_ordered(levels):
    rng = np.random.default_rng(189)
    p = profile_of(pd.DataFrame({"answer": rng.choice(levels, 300)}))
    found = col(p, "answer")
    assert found["stat_type"] == "ordinal", found
    assert " < ".join(levels) in str(found["reason"])


def test_a_rank_word_then_numbers_in_order_is_ordered_and_a_group_word_is_not():
    rng = np.random.default_rng(190)
    p = profile_of(pd.DataFrame({
        "stage": rng.choice(["Stage I", "Stage II", "Stage III", "Stage IV"], 400),
        "phase": rng.choice(["phase 1", "phase 2", "phase 3"], 400),
        "arm": rng.choice(["Group 1", "Group 2", "Group 3"], 400)}))
    assert col(p, "stage")["stat_type"] == "ordinal"
    assert "Stage I < Stage II < Stage III < Stage IV" in str(col(p, "stage")["reason"])
    assert col(p, "phase")["stat_type"] == "ordinal"
    assert col(p, "arm")["stat_type"] == "nominal"


def test_a_position_number_of_few_levels_is_a_label_and_a_number_of_things_a_count():
    """Court positions 1-6 (5 is never used) are the numbers players go by; the same values
    named as a number of children stay counts."""
    rng = np.random.default_rng(201)
    positions = rng.choice([1, 2, 3, 4, 6], 400, p=[0.15, 0.3, 0.3, 0.15, 0.1])
    frame = pd.DataFrame({"position_number": positions, "children_number": positions,
                          "height": rng.normal(190, 8, 400).round()})
    p = profile_of(frame)
    assert col(p, "position_number")["stat_type"] == "nominal"
    assert "go by" in str(col(p, "position_number")["reason"])
    assert col(p, "children_number")["stat_type"] == "discrete"


def test_a_short_table_numbering_its_rows_has_them_as_keys():
    """Seven tables of a report numbered 1-7 (`table_no`), and ten groups coded 10001-10010 in
    no order, one row each: keys. Seven ratings 1-7 named as nothing in particular are not."""
    frame = pd.DataFrame({"table_no": range(1, 8), "title": [f"Table {c}" for c in "ABCDEFG"],
                          "score": [3, 1, 2, 3, 2, 1, 3]})
    p = profile_of(frame)
    assert col(p, "table_no")["stat_type"] == "identifier"
    groups = pd.DataFrame({"grup_kod": [10001, 10002, 10008, 10009, 10010, 10003, 10004, 10005,
                                        10006, 10007],
                           "name": [f"group {c}" for c in "ABCDEFGHIJ"]})
    assert col(profile_of(groups), "grup_kod")["stat_type"] == "identifier"
    amounts = pd.DataFrame({"amount": [101, 105, 102, 104, 103, 120, 99, 130, 106, 108],
                            "name": [f"group {c}" for c in "ABCDEFGHIJ"]})
    assert col(profile_of(amounts), "amount")["stat_type"] != "identifier"


def test_a_unique_id_named_uid_with_gaps_is_an_identifier():
    """`city_uid`, present on half the rows and distinct where present, is a key."""
    rng = np.random.default_rng(202)
    uid = rng.choice(np.arange(1, 1100), 200, replace=False).astype(float)
    uid[rng.random(200) < 0.5] = np.nan
    p = profile_of(pd.DataFrame({"city_uid": uid, "lat": rng.normal(50, 5, 200).round(4)}))
    assert col(p, "city_uid")["stat_type"] == "identifier"


def test_codes_of_countries_repeated_over_players_are_categories_not_ids_of_units():
    """Players of 12 national teams coded 5-31, 36 each in no order: the country is a
    category players share. The same numbers named as a unit (a team's id) stay ids."""
    rng = np.random.default_rng(203)
    codes = rng.permutation(np.repeat(np.sort(rng.choice(np.arange(5, 32), 12, replace=False)), 36))
    frame = pd.DataFrame({"country": codes, "team_id": codes,
                          "height": rng.normal(190, 8, len(codes)).round()})
    p = profile_of(frame)
    assert col(p, "country")["stat_type"] == "nominal"
    assert col(p, "team_id")["stat_type"] == "identifier"


def test_times_at_a_summer_and_a_winter_offset_are_dates_on_utc():
    """ISO times written with their UTC offset, +01:00 in winter and +02:00 in summer (as any
    log of a place with daylight saving is): pandas 3 refuses them in one column, which made
    the whole profile fail. They are read on UTC."""
    stamps = [f"2020-{m:02d}-15T10:00:00+0{1 if m in (1, 2, 3, 11, 12) else 2}:00"
              for m in range(1, 13)]
    p = profile_of(pd.DataFrame({"logged_at": stamps * 3, "reading": np.arange(36) % 7}))
    v = col(p, "logged_at")
    assert v["stat_type"] == "datetime", v
    assert (v["min"], v["max"]) == ("2020-01-15T09:00:00", "2020-12-15T09:00:00"), v


def test_ids_named_with_a_number_or_a_mark_are_ids():
    """`id1`, `id2` (the two ends of a pair), `ID#` and `id.1` (pandas' name for a second
    `id` column) name ids as `user_id` does: repeated over the rows, the ids of units."""
    rng = np.random.default_rng(204)
    a, b = rng.integers(1, 16, 60), rng.integers(1, 16, 60)
    frame = pd.DataFrame({"id1": a, "id2": b, "ID#": a, "id.1": b, "score": rng.integers(0, 6, 60)})
    p = profile_of(frame)
    for name in ("id1", "id2", "ID#", "id.1"):
        assert col(p, name)["stat_type"] == "identifier", (name, col(p, name)["reason"])


def test_german_postcodes_and_the_keys_of_firm_registries_are_codes_and_ids():
    """`PLZ` (Postleitzahl) 01067-99998 written as whole numbers: postcodes, codes of places,
    not a measurement. The SEC's `cik` of firms, repeated over their managers in blocks, and
    `Cik` once per stock: ids, whatever their range."""
    rng = np.random.default_rng(205)
    plz = np.sort(rng.choice(np.arange(1067, 99999), 3000, replace=False))
    p = profile_of(pd.DataFrame({"PLZ": plz, "lat": rng.normal(51, 2, 3000).round(4)}))
    assert col(p, "PLZ")["stat_type"] in ("identifier", "nominal"), col(p, "PLZ")["reason"]
    firms = rng.choice(np.arange(19_000, 2_100_000), 21, replace=False)
    managers = np.repeat(firms, rng.integers(1, 5, 21))
    p = profile_of(pd.DataFrame({"cik": managers, "years": rng.integers(1, 30, len(managers))}))
    assert col(p, "cik")["stat_type"] == "identifier", col(p, "cik")["reason"]
    stocks = rng.choice(np.arange(2_000, 1_800_000), 85, replace=False)
    p = profile_of(pd.DataFrame({"Cik": stocks, "Ticker": [f"T{i}" for i in range(85)]}))
    assert col(p, "Cik")["stat_type"] == "identifier", col(p, "Cik")["reason"]


def test_days_from_1970_under_a_date_name_are_dates():
    """R writes a Date as the days since 1970-01-01 (19000 is 2022-01-08): under a name that
    says date, whole numbers below a spreadsheet's serial days (20000) are those days, not
    counts; the same numbers under another name stay numbers."""
    days = [19000 + 7 * k for k in range(40)]
    v = col(profile_of(pd.DataFrame({"visit_date": days, "x": range(40)})), "visit_date")
    assert v["stat_type"] == "datetime", v
    assert "1970-01-01" in str(v["reason"]) and "2022-01-08" in str(v["reason"]), v
    v = col(profile_of(pd.DataFrame({"visits": days, "x": range(40)})), "visits")
    assert v["stat_type"] != "datetime", v


def test_days_from_1970_across_20000_are_still_days_from_1970():
    """Days of 2024 cross 20000 (2024-10-04), where a spreadsheet's days of 1954 begin: a
    column of recent dates written as R's day numbers is one date column, not two halves of
    nothing."""
    days = [19_900 + 5 * k for k in range(40)]                  # 2024-06-26 to 2025-01-07
    v = col(profile_of(pd.DataFrame({"visit_date": days, "x": range(40)})), "visit_date")
    assert v["stat_type"] == "datetime", v
    assert "1970-01-01" in str(v["reason"]) and "2024-06-26 to 2025-01-07" in str(v["reason"]), v
    v = col(profile_of(pd.DataFrame({"date": range(19_999, 20_040), "x": range(41)})), "date")
    assert v["stat_type"] == "datetime" and "2024-10-03 to 2024-11-12" in str(v["reason"]), v


@pytest.mark.parametrize(("last", "reading"), [
    (22_279, "1970-01-01 (as R and Unix write a date): 2024-11-23 to 2030-12-31"),
    (22_280, "days counted from 1899-12-30: 1954-11-22 to 1960-12-30")])
def test_days_read_from_1970_up_to_2030_and_a_spreadsheets_past_it(last, reading):
    """R's day 22279 is 2030-12-31; a span running past it is read as a spreadsheet's days
    (1910 to 1960 and on), as birth dates over decades are. 20050 is no date written MMDDYY
    (a day 00 of February), so only the day counts can read the column."""
    v = col(profile_of(pd.DataFrame({"date": [20_050, 21_500, last] * 2, "x": range(6)})), "date")
    assert v["stat_type"] == "datetime" and reading in str(v["reason"]), v


def test_birth_dates_as_spreadsheet_serials_are_dates_from_1899():
    rng = np.random.default_rng(35)
    serial = rng.integers(14_611, 32_874, 80)                 # 1940-01-01 to 1989-12-31
    v = col(profile_of(pd.DataFrame({"birth_date": serial, "x": range(80)})), "birth_date")
    assert v["stat_type"] == "datetime" and "1899-12-30" in str(v["reason"]), v
    assert "to 1989-" in str(v["reason"]) or "to 1988-" in str(v["reason"]), v


@pytest.mark.parametrize("extended_share", [0.15, 0.5])
def test_iso_dates_mixing_the_basic_and_the_extended_form_are_dates(extended_share):
    """ISO 8601 allows a date written 20200103 (basic) or 2020-01-03 (extended); files merged
    from two exports hold both. One strftime format reads only one form, so above a twentieth
    of the other form the column used to be read as codes (or, half and half, as labels of the
    rows). A stray 8-digit number beside them is still no date: 20201340 has no month 13."""
    rng = np.random.default_rng(3)
    days = pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 1400, 300), unit="D")
    extended = rng.random(300) < extended_share
    written = [d.strftime("%Y-%m-%d") if e else d.strftime("%Y%m%d")
               for d, e in zip(days, extended, strict=True)]
    v = col(profile_of(pd.DataFrame({"sampled": written, "x": range(300)})), "sampled")
    assert v["stat_type"] == "datetime", v
    assert str(days.min().date()) in str(v["reason"]), v
    codes = [f"{20201300 + k}" for k in range(40, 100)] * 5
    codes[::10] = ["2020-01-05"] * 30
    v = col(profile_of(pd.DataFrame({"code": codes, "x": range(300)})), "code")
    assert v["stat_type"] != "datetime", v


def test_years_beside_year_months_are_periods_of_different_lengths():
    """Statistical offices list the periods a series covers as whole numbers of different
    lengths: a year (1983) for a yearly series, a year and month (201512) for a monthly one.
    Read as one number they spread from 1983 to 202312 like a measurement; every value sits in
    one of two narrow bands with nothing between, which no amount does. The same spread with
    values between the bands stays a number."""
    rng = np.random.default_rng(5)
    periods = [str(y) for y in range(1980, 2024)] + [f"{y}12" for y in range(2010, 2024)]
    written = rng.choice(periods, 200)
    v = col(profile_of(pd.DataFrame({"coverage": written, "x": range(200)})), "coverage")
    assert v["stat_type"] == "datetime", v
    assert "1980" in str(v["reason"]) and "202312" in str(v["reason"]), v
    amounts = rng.choice(list(range(1980, 2024)) + list(range(5000, 202312, 3001)), 200)
    v = col(profile_of(pd.DataFrame({"coverage": amounts, "x": range(200)})), "coverage")
    assert v["stat_type"] != "datetime", v


def test_counts_of_a_list_sorted_largest_first_are_counts_not_ids_of_units():
    """A word list sorted by frequency puts equal counts next to each other (thousands of 1s
    at the end), which looks like the blocks of rows of grouped data; units are not listed in
    falling order of their ids. The same blocks in rising order stay ids of units."""
    rng = np.random.default_rng(11)
    counts = np.sort(np.ceil(rng.pareto(1.1, 3000) * 3).astype(int))[::-1]
    words = [f"w{i}" for i in range(3000)]
    v = col(profile_of(pd.DataFrame({"word": words, "frequency": counts})), "frequency")
    assert v["stat_type"] in ("discrete", "continuous"), v
    units = np.repeat(np.arange(1, 101), 30)
    v = col(profile_of(pd.DataFrame({"unit": units, "y": rng.normal(size=3000)})), "unit")
    assert v["stat_type"] == "identifier", v


def test_years_beside_spans_of_years_are_times():
    """A survey's date or a census round is given as a year, or as a span of years where it
    took more than one (2007-2012): the time each row refers to. One span that runs backwards
    (2010-2005) is no span of years, and the column stays text."""
    rng = np.random.default_rng(8)
    starts = rng.integers(1990, 2016, 300)
    written = [f"{a}-{a + int(rng.integers(1, 7))}" if rng.random() < 0.2 else str(a)
               for a in starts]
    v = col(profile_of(pd.DataFrame({"surveyed": written, "x": range(300)})), "surveyed")
    assert v["stat_type"] == "datetime", v
    assert "spans of years" in str(v["reason"]), v
    written[100] = "2010-2005"
    v = col(profile_of(pd.DataFrame({"surveyed": written, "x": range(300)})), "surveyed")
    assert v["stat_type"] != "datetime", v


def test_true_and_false_with_a_stray_word_on_one_row_are_a_flag():
    """A flag typed or merged by hand keeps a slip now and then (a word of the next column on
    one row of hundreds): still a flag, the slip named. On one row in a hundred the third value
    is too common to be a slip, and the column stays categories."""
    flags = ["True"] * 900 + ["False"] * 99 + ["นักประดิษฐ์"]
    v = col(profile_of(pd.DataFrame({"checked": flags, "x": range(1000)})), "checked")
    assert v["stat_type"] == "boolean", v
    assert "นักประดิษฐ์" in str(v["reason"]) and "1 of 1,000 rows" in str(v["reason"]), v
    flags = ["yes"] * 890 + ["no"] * 100 + ["maybe"] * 10
    v = col(profile_of(pd.DataFrame({"checked": flags, "x": range(1000)})), "checked")
    assert v["stat_type"] != "boolean", v


def test_validity_levels_of_records_are_an_ordered_scale():
    """A database or a statistical release marks how far each record has been checked: a
    draft, then preliminary or provisional, then verified or final. The levels are ordered,
    whatever their shares."""
    levels = ["preliminary"] * 50 + ["verified"] * 22 + ["draft"] * 8
    v = col(profile_of(pd.DataFrame({"validity": levels, "x": range(80)})), "validity")
    assert v["stat_type"] == "ordinal", v
    assert "draft < preliminary < verified" in str(v["reason"]), v


def test_word_forms_missing_on_many_rows_are_categories_not_keys():
    """A key names every row. Near-unique words (a plural, a genitive, an alternative spelling
    of each headword) that a tenth of the rows or more lack are a property written per row,
    categories of high cardinality, whatever their share of repeats. Slugs written for
    machines (bitcoin-cash, usd-coin) stay keys however sparse, and so do complete columns."""
    rng = np.random.default_rng(27)
    syllables = [c + v for c in "bdfghklmnprstwz" for v in ("a", "e", "i", "o", "u", "ä", "ü")]
    heads = ["".join(rng.choice(syllables, 4)).capitalize() for _ in range(3000)]
    plural = [f"{h}en" if rng.random() > 0.2 else "" for h in heads]
    plural[5] = plural[7] = "Gleichen"   # a few forms repeat, as homographs do
    slugs = [f"{h.lower()}-coin" if p else "" for h, p in zip(heads, plural, strict=True)]
    frame = pd.DataFrame({"lemma": heads, "plural": plural, "tag": slugs})
    profile = profile_of(frame)
    v = col(profile, "plural")
    assert v["stat_type"] == "nominal", v
    assert "of 3,000 rows" in str(v["reason"]), v
    assert col(profile, "tag")["stat_type"] == "identifier"
    plural = [p or f"{h}s" for p, h in zip(plural, heads, strict=True)]   # every row has one
    v = col(profile_of(pd.DataFrame({"lemma": heads, "plural": plural})), "plural")
    assert v["stat_type"] == "identifier", v


def test_two_whole_numbers_one_apart_and_above_ten_are_counts():
    """The days of a month in a calendar table (30 or 31), or two consecutive years: two
    values one apart, far from zero, are a count or a measurement that varies by one, not a
    code for two groups, which is written 0/1, 1/2 or with values far apart. Small numbers one
    apart (grades 7 and 8) stay a split of the rows into two groups."""
    rng = np.random.default_rng(30)
    for pair in ((30, 31), (29, 30), (1931, 1932)):
        days = rng.choice(pair, 120)
        v = col(profile_of(pd.DataFrame({"m": days, "x": range(120)})), "m")
        assert v["stat_type"] == "discrete", (pair, v)
        assert f"{pair[0]} and {pair[1]}" in str(v["reason"]), v
    for pair in ((7, 8), (1, 2), (30, 60)):
        v = col(profile_of(pd.DataFrame({"m": rng.choice(pair, 120), "x": range(120)})), "m")
        assert v["stat_type"] == "boolean", (pair, v)


def test_a_row_number_with_one_gap_is_typed_without_a_numpy_warning():
    """Steps all alike but the last (0 to 39, then 41): the steps before the last do not
    vary, so their correlation with the next step is undefined. The profile must say so
    quietly rather than print numpy's "invalid value encountered in divide" at the user."""
    frame = pd.DataFrame({"k": [*range(40), 41], "x": np.arange(41) * 1.5 + 0.25})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        v = col(profile_of(frame), "k")
    assert v["stat_type"] == "identifier", v


def test_a_minus_sign_beside_south_or_west_is_still_south_or_west():
    """Some files write a southern latitude twice over, with a minus and an S ("-33°52'S"):
    either mark puts the angle south (or west); the two do not cancel into a northern one."""
    p = profile_of(pd.DataFrame({"lat": [f"-{d}°30'S" for d in range(20, 40)],
                                 "n": range(20)}))
    assert col(p, "lat")["stat_type"] == "continuous", col(p, "lat")
    assert col(p, "lat")["min"] == pytest.approx(-39.5) and col(p, "lat")["max"] == pytest.approx(-20.5)


def test_a_few_slips_among_numbers_are_missing_values_not_codes():
    """Power ratings in watts, 500 rows, four of them typed wrong ("27.29.5", two values run
    together): the column is a quantity, the slips counted as missing and named. Letters among
    numbers (A, B1) still make codes, and a cell that lists numbers makes the column lists."""
    rng = np.random.default_rng(4)
    watts = [str(w) for w in rng.choice([15, 25, 35, 45, 65, 95, 125, 165], 496)]
    slips = ["27.29.5", "29.32.9", "33.34.8", "12.5.4"]
    p = profile_of(pd.DataFrame({"tdp": watts[:200] + slips + watts[200:], "n": range(500)}))
    v = col(p, "tdp")
    assert v["stat_type"] in ("discrete", "continuous"), v
    assert v["missing_ratio"] == pytest.approx(4 / 500) and "27.29.5" in str(v["reason"]), v
    coded = col(profile_of(pd.DataFrame({"c": watts[:200] + ["A", "B1"] + watts[202:],
                                         "n": range(496)})), "c")
    assert coded["stat_type"] == "nominal", coded
    listed = col(profile_of(pd.DataFrame({"taxa": watts[:200] + ["9606,10090"] + watts[201:],
                                          "n": range(496)})), "taxa")
    assert listed["stat_type"] in ("nominal", "text"), listed


def test_a_half_between_whole_levels_is_a_measured_amount_not_counts_with_a_top_class():
    """Air rates of a standard's table, 0, 5, 7.5, 10 and 20 litres a second: one level not
    whole, and it lies between others, so the levels are amounts on a grid of halves. Levels
    not whole at the ends (0 to 8 and 9.5; 17.5 below 22 to 42, the midpoints of age bands)
    read as counts with open classes."""
    rates = col(profile_of(pd.DataFrame({"rate": [0, 5, 7.5, 10, 20] * 6, "n": range(30)})), "rate")
    assert rates["stat_type"] == "continuous", rates
    topped = col(profile_of(pd.DataFrame({"k": ([*range(9), 9.5] * 4)[::-1], "n": range(40)})), "k")
    assert topped["stat_type"] == "discrete" and "open classes" in str(topped["reason"]), topped
    bands = col(profile_of(pd.DataFrame({"age": [17.5, 22, 27, 32, 37, 42] * 7, "n": range(42)})),
                "age")
    assert bands["stat_type"] == "discrete", bands
    # a zero exported as a float's dust (SAS writes some so) is no level between whole ones
    dust = col(profile_of(pd.DataFrame({"k": [5.39761e-79, 1, 2, 3, 4, 5] * 7,
                                        "n": range(42)})), "k")
    assert dust["stat_type"] == "discrete", dust


def test_a_code_for_no_answer_below_answers_from_1_is_missing_on_up_to_15_percent():
    """A survey writes -1 (and -2) for "no answer" below answers numbered from 1: the unused 0
    between them says the codes are no answers. They may then hold up to 15 % of the rows (2 %
    where 0 is used, as a count's -1 beside 0 could be a value); more, or three codes, stay."""
    rng = np.random.default_rng(31)
    answers = list(rng.choice([1, 2], 180))
    own = col(profile_of(pd.DataFrame({"own_house": answers + [-1] * 20, "n": range(200)})),
              "own_house")
    assert own["stat_type"] == "boolean" and "-1 (20 of 200 rows)" in str(own["reason"]), own
    income = list(rng.choice(range(1, 7), 180, p=[.1, .2, .25, .2, .15, .1]))
    two = col(profile_of(pd.DataFrame({"income": income + [-2] * 8 + [-1] * 12, "n": range(200)})),
              "income")
    assert "-2, -1 (20 of 200 rows)" in str(two["reason"]) and two["stat_type"] != "continuous", two
    born = col(profile_of(pd.DataFrame({"birth_year": list(rng.integers(1930, 1995, 185)) + [-1] * 15,
                                        "n": range(200)})), "birth_year")
    assert born["stat_type"] == "datetime", born
    counts = list(rng.choice(range(0, 6), 180))
    kept = col(profile_of(pd.DataFrame({"v": counts + [-1] * 20, "n": range(200)})), "v")
    assert "below zero" not in str(kept["reason"]), kept
    many = col(profile_of(pd.DataFrame({"v": answers[:160] + [-1] * 40, "n": range(200)})), "v")
    assert "below zero" not in str(many["reason"]), many
    # a parity, -1 and 1, with 5 for undefined: -1 mirrors 1 and is a sign, no code
    parity = col(profile_of(pd.DataFrame({"C": list(rng.choice([1, 5], 180)) + [-1] * 20,
                                          "n": range(200)})), "C")
    assert "below zero" not in str(parity["reason"]), parity


def test_unix_seconds_of_the_1990s_under_a_name_that_says_timestamp_are_times():
    """Ratings logged in 1997 and 1998 (MovieLens' Unix seconds, 874 724 710 on), each second
    shared by a few ratings: under `timestamp` (or `epoch`) times since 1970 from 1990 on;
    under `time` only from 2000, since a time from a start in milliseconds reaches as far."""
    rng = np.random.default_rng(97)
    seconds = list(rng.integers(874_724_710, 893_286_638, 150)) * 2
    for name in ("timestamp", "epoch"):
        v = col(profile_of(pd.DataFrame({name: seconds, "n": range(300)})), name)
        assert v["stat_type"] == "datetime" and "1997-" in str(v["reason"]), v
    v = col(profile_of(pd.DataFrame({"time": seconds, "n": range(300)})), "time")
    assert v["stat_type"] != "datetime", v


def test_record_and_observation_numbers_named_so_are_ids_not_quantities():
    # dBase's RECNO and an observation number: whole numbers with gaps and a few copies (a
    # record continued on more rows) are the rows' numbers, not a measurement; "rec" or "obs"
    # alone (receptions, an observed value) says nothing
    values = np.sort(np.random.default_rng(3).choice(np.arange(1, 30_000), 400, replace=False))
    values = np.concatenate([values[:200], [values[199]] * 3, values[200:]])
    frame = pd.DataFrame({name: values for name in ("RECNO", "rec_no", "Obs No", "rec", "obs")})
    p = profile_of(frame)
    for name in ("RECNO", "rec_no", "Obs No"):
        c = col(p, name)
        assert c["stat_type"] in ("identifier", "nominal") and "named as an id" in str(c["reason"]), c
    assert col(p, "rec")["stat_type"] == col(p, "obs")["stat_type"] == "continuous", p.columns


def test_counts_named_in_camel_case_are_counts():
    # biogeme's Optima survey: NbCar, NbSmartPhone (-1 where not answered), and the same in
    # words: a count named without a separator is still a count, not a scale
    rng = np.random.default_rng(1)
    values = np.concatenate([rng.choice([0, 1, 1, 1, 2, 2, 3, 4, 5, 6], 500), [-1] * 20])
    frame = pd.DataFrame({name: rng.permutation(values)
                          for name in ("NbCar", "NumberOfCars", "nAdults", "Scale")})
    p = profile_of(frame)
    for name in ("NbCar", "NumberOfCars", "nAdults"):
        c = col(p, name)
        assert c["stat_type"] == "discrete" and "are counts" in str(c["reason"]), c
    assert col(p, "Scale")["stat_type"] == "ordinal", col(p, "Scale")


def test_few_whole_numbers_named_as_a_language_a_marital_status_or_a_mode_are_codes():
    # Optima's Mothertongue and ModeToSchool, a survey's marital, religion and ethnicity:
    # categories coded 1 to 6, not scales; "moderate" (an intensity) and "model" say nothing
    rng = np.random.default_rng(2)
    names = ("Mothertongue", "ModeToSchool", "marital", "religion", "ethnicity", "moderate")
    p = profile_of(pd.DataFrame({name: rng.integers(1, 7, 300) for name in names}))
    for name in names[:-1]:
        c = col(p, name)
        assert c["stat_type"] == "nominal" and "unordered categories" in str(c["reason"]), c
    assert col(p, "moderate")["stat_type"] == "ordinal", col(p, "moderate")


def test_a_day_of_the_year_written_negative_before_january_is_a_time_from_a_reference():
    # pyPhenology's daily temperatures: doy from -65 (late October of the year before) to
    # 297, one run a year; and months before and after an event, -12 to 12
    doy = np.tile(np.arange(-65, 298), 6)
    months = np.tile(np.arange(-12, 13), 30)
    p = profile_of(pd.DataFrame({"doy": doy, "year": np.repeat(np.arange(1990, 1996), 363)}))
    c = col(p, "doy")
    assert c["stat_type"] == "discrete" and "negative before it" in str(c["reason"]), c
    c = col(profile_of(pd.DataFrame({"month": months})), "month")
    assert c["stat_type"] == "discrete" and "from a reference" in str(c["reason"]), c


def test_a_time_from_a_reference_needs_three_values_below_the_code_for_unknown():
    # months from 1, 0 a code for unknown: -3 to 12 holds three values below it (-3, -2, -1),
    # months before an event; -2 to 12 holds two, which read as codes, not as a time before
    def month(lo):
        return col(profile_of(pd.DataFrame({"month": np.tile(np.arange(lo, 13), 20)})), "month")
    assert "from a reference" in str(month(-3)["reason"]), month(-3)
    assert "from a reference" not in str(month(-2)["reason"]), month(-2)


def test_codes_with_a_check_digit_after_a_dash_are_no_brackets_of_numbers():
    # LOINC codes (1465-4, 1742-6): a number, a dash and a check digit, each on one row of a
    # table of laboratory tests; brackets run up (18-24), these run down
    codes = ["1465-4", "1742-6", "1751-7", "1760-8", "1761-6", "1765-7", "2028-9", "2075-0",
             "2085-9", "2093-3", "2160-0", "2345-7", "2571-8", "2823-3", "2885-2", "2951-2"]
    frame = pd.DataFrame({"loinc_num": codes, "units": ["mg/dL", "U/L"] * 8})
    c = col(profile_of(frame), "loinc_num")
    assert c["stat_type"] in ("identifier", "nominal") and "brackets" not in str(c["reason"]), c
    # brackets written low to high are still brackets
    ages = ["18-24", "25-34", "35-44", "45-54", "55-64"] * 4
    c = col(profile_of(pd.DataFrame({"age": ages, "x": range(20)})), "age")
    assert c["stat_type"] == "ordinal" and "brackets of numbers" in str(c["reason"]), c


@pytest.mark.parametrize("slip", [5252, 9999, 19])
def test_years_with_a_slip_or_a_code_for_unknown_are_years(slip):
    """A machine list's years, 1981 to 2019 over thousands of rows, one of them keyed 5252 (a
    slip), 9999 (a code for an unknown year) or 19 (digits lost): still calendar years under a
    name that says year, not the ids of units the rows share. Where a tenth of the values
    fall past the calendar, or under a name that says no year, they are no years (a tenth
    below it is a long record's years, reaching back)."""
    rng = np.random.default_rng(81)
    years = rng.integers(1981, 2020, 2000)
    years[rng.choice(2000, 2, replace=False)] = slip
    frame = pd.DataFrame({"Year": years, "Make": rng.choice(["Bell", "Case", "Komatsu"], 2000)})
    found = col(profile_of(frame), "Year")
    assert found["stat_type"] == "datetime", found
    assert str(slip) in str(found["reason"])
    if slip > 2100:
        tenth = years.copy()
        tenth[rng.choice(2000, 200, replace=False)] = slip
        assert col(profile_of(pd.DataFrame({"Year": tenth})), "Year")["stat_type"] != "datetime"
    assert col(profile_of(pd.DataFrame({"code": years})), "code")["stat_type"] != "datetime"


def test_numbered_divisions_of_a_country_are_codes():
    """The Census Bureau numbers its nine divisions 1 to 9 (New England ... Pacific) as it
    numbers its four regions: on the rows of counties, sorted by state, they are codes of
    places, not a scale, though the counties they hold rise and fall from 1 to 9 as the
    answers to a rating do (73, 153, 442, 625, 597, 368, 474, 289, 172)."""
    rng = np.random.default_rng(83)
    counties = [73, 153, 442, 625, 597, 368, 474, 289, 172]
    # each division's counties split among five states, the states in no division's order
    states = [(d, part) for d, n in enumerate(counties, 1)
              for part in np.diff(np.linspace(0, n, 6).round().astype(int))]
    division = np.concatenate([np.full(n, d) for d, n in
                               (states[i] for i in rng.permutation(len(states)))])
    region = np.select([division <= 2, division <= 4, division <= 7], [1, 2, 3], 4)
    frame = pd.DataFrame({"REGION": region, "DIVISION": division,
                          "POPESTIMATE": rng.lognormal(10, 1.3, len(division)).round().astype(int)})
    found = col(profile_of(frame), "DIVISION")
    assert found["stat_type"] == "nominal", found


def test_an_age_counted_one_by_one_within_each_year_is_an_age():
    """Births by year and mother's age, in long form: within each year the age runs 10, 11,
    ... 49, then starts again. Counted 1 by 1 and restarting, it still is an age, not the
    number of a row within its group, as a running number named so would be."""
    rng = np.random.default_rng(84)
    years, ages = np.meshgrid(np.arange(1968, 2020), np.arange(10, 50), indexing="ij")
    frame = pd.DataFrame({"year": years.ravel(), "age_of_mother": ages.ravel().astype(float),
                          "births": rng.integers(10, 400_000, years.size)})
    found = col(profile_of(frame), "age_of_mother")
    assert found["stat_type"] in ("discrete", "continuous"), found
    counter = frame.rename(columns={"age_of_mother": "line"})
    assert col(profile_of(counter), "line")["stat_type"] == "identifier"


def test_a_median_or_a_threshold_named_for_a_place_is_an_amount():
    """A program's state threshold (the median earnings of the state's high-school graduates,
    16 495 to 42 938 dollars, one figure per state repeated over its programs) is named for
    the state it is of, but a median or a threshold is an amount, not a code of places; a tax
    district's number stays a code."""
    rng = np.random.default_rng(85)
    per_state = rng.integers(16_495, 42_938, 33)
    state = rng.integers(0, 33, 4000)
    frame = pd.DataFrame({"earnings_threshold_state": per_state[state],
                          "median_income_county": per_state[state] + rng.integers(0, 900, 4000),
                          "tax_district": rng.integers(1, 60, 4000)})
    p = profile_of(frame)
    for name in ("earnings_threshold_state", "median_income_county"):
        assert col(p, name)["stat_type"] in ("continuous", "discrete"), col(p, name)
    assert col(p, "tax_district")["stat_type"] == "nominal"


def test_a_count_named_for_places_is_a_count():
    """How many postal codes each country has (`postcodeCount`, 0 to 197 024): the name
    says postcode, but its last word says a count of them, not a code of places; a
    district's number stays a code."""
    rng = np.random.default_rng(86)
    counts = np.where(rng.random(250) < 0.4, 0, rng.lognormal(6, 2.5, 250).round().astype(int))
    frame = pd.DataFrame({"postcodeCount": counts,
                          "district_number": rng.choice(np.arange(100, 400), 250)})
    p = profile_of(frame)
    assert col(p, "postcodeCount")["stat_type"] in ("discrete", "continuous"), col(p, "postcodeCount")
    assert col(p, "district_number")["stat_type"] not in ("discrete", "continuous")


def test_whole_numbers_too_precise_to_repeat_by_chance_are_ids_of_units():
    """A community's id on each of its house sales (Lianjia's Cid, 1111027373684 to
    117258115420294), the rows in no order of it: thirteen or more significant digits
    repeated exactly are labels, as a measured amount that precise never repeats; prices
    of five digits repeated, and a total rounded to billions, stay amounts."""
    rng = np.random.default_rng(118)
    communities = np.concatenate([rng.integers(1_111_027_370_000, 1_111_027_390_000, 1500),
                                  rng.integers(10 ** 14, 2 * 10 ** 14, 300)])
    sizes = rng.zipf(1.8, len(communities)).clip(1, 60)
    cid = np.repeat(communities, sizes)
    rng.shuffle(cid)
    n = len(cid)
    frame = pd.DataFrame({"Cid": cid,
                          "communityAverage": rng.integers(20_000, 120_000, 400)[cid % 400],
                          "budget": rng.integers(1, 40, n) * 10 ** 9})
    p = profile_of(frame)
    assert col(p, "Cid")["stat_type"] == "identifier", col(p, "Cid")
    assert col(p, "communityAverage")["stat_type"] in ("continuous", "discrete")
    assert col(p, "budget")["stat_type"] in ("continuous", "discrete", "ordinal")


def test_excel_error_values_are_missing_not_categories():
    """A spreadsheet saved as CSV writes the cells it could not compute as its error values
    (#DIV/0! for a ratio over zero, #NAME? for a formula it could not read, #VALUE!, #REF!):
    missing values, as #N/A is, not levels that turn the numbers into codes."""
    rng = np.random.default_rng(7)
    n = 800
    ratio = (rng.normal(1.2, 0.4, n)).round(3).astype(object)
    ratio[rng.choice(n, 40, replace=False)] = "#DIV/0!"
    rooms = rng.integers(1, 6, n).astype(object)
    rooms[17] = "#NAME?"
    price = rng.normal(50_000, 9_000, n).round(0).astype(object)
    price[[3, 99, 420]] = ["#VALUE!", "#REF!", "#NUM!"]
    p = profile_of(pd.DataFrame({"ratio": ratio, "rooms": rooms, "price": price}))
    assert col(p, "ratio")["stat_type"] == "continuous", col(p, "ratio")
    assert col(p, "ratio")["missing_ratio"] == pytest.approx(40 / n, abs=1e-4)
    assert col(p, "rooms")["stat_type"] in ("discrete", "ordinal"), col(p, "rooms")
    assert col(p, "price")["stat_type"] == "continuous", col(p, "price")


@pytest.mark.parametrize("unknown", ["未知", "不详", "不明", "미상", "unbekannt", "inconnu",
                                     "desconocido", "desconhecido", "sconosciuto", "bilinmiyor",
                                     "onbekend", "неизвестно"])
def test_unknown_written_in_another_language_is_missing_among_numbers(unknown):
    """A year of construction with 'unknown' in the file's own language on one row in
    fifteen (Lianjia's Beijing sales write 未知): missing, as the English word is, not a
    level that turns the years into codes."""
    rng = np.random.default_rng(11)
    years = rng.integers(1955, 2016, 900).astype(object)
    years[rng.choice(900, 60, replace=False)] = unknown
    p = profile_of(pd.DataFrame({"constructionTime": years,
                                 "price": rng.normal(40_000, 8_000, 900).round(0)}))
    c = col(p, "constructionTime")
    assert c["stat_type"] in ("datetime", "discrete", "ordinal"), c
    assert c["missing_ratio"] == pytest.approx(60 / 900, abs=1e-4)


def test_car_size_classes_are_ordered():
    """A car's size class as the EPA grades it and car data sets write it (Compact, Midsize,
    Large; Subcompact and Minicompact below): an ordered scale, reported in its order."""
    rng = np.random.default_rng(119)
    sizes = rng.choice(["Compact", "Midsize", "Large"], 600, p=[0.4, 0.35, 0.25])
    epa = rng.choice(["Minicompact", "Subcompact", "Compact", "Mid-size", "Large"], 600)
    p = profile_of(pd.DataFrame({"Vehicle Size": sizes, "class": epa,
                                 "msrp": rng.normal(30_000, 8_000, 600).round(0)}))
    assert col(p, "Vehicle Size")["stat_type"] == "ordinal", col(p, "Vehicle Size")
    assert col(p, "Vehicle Size")["order"] == ["Compact", "Midsize", "Large"]
    assert col(p, "class")["order"] == ["Minicompact", "Subcompact", "Compact", "Mid-size", "Large"]


@pytest.mark.parametrize("name", ["constructionTime", "completion_date", "founding time",
                                  "BirthDate"])
def test_the_time_of_an_event_written_as_a_year_is_a_year(name):
    """A year of construction under the name constructionTime (Lianjia's Beijing sales: 1950
    to 2016, seven years with no sale, one row keyed 1): the time or date of an event named by
    its noun is the calendar year it happened, its slip named; a time in seconds of the same
    size under a name that says no event stays an amount."""
    rng = np.random.default_rng(121)
    built = np.clip(rng.normal(1998, 9, 3000).round(), 1950, 2016).astype(int)
    built[rng.choice(3000, 2, replace=False)] = 1
    p = profile_of(pd.DataFrame({name: built,
                                 "response_time": rng.normal(1800, 60, 3000).round(1)}))
    c = col(p, name)
    assert c["stat_type"] == "datetime", c
    assert "1 on 2 rows" in str(c["reason"]), c
    assert col(p, "response_time")["stat_type"] != "datetime"
    # an opening time is as often a time of day (1700 for 17:00): no year by its name
    opening = rng.choice([1700, 1730, 1800, 1830, 1900], 3000)
    opening[:2] = 1
    assert col(profile_of(pd.DataFrame({"opening time": opening})), "opening time")[
        "stat_type"] != "datetime"


@pytest.mark.parametrize("name", ["STATION", "count_station", "gauge", "sensor"])
def test_the_numbers_of_the_sites_of_a_measuring_network_are_codes(name):
    """A traffic count station's or a river gauge's number, each station on one row, is the
    key of the table however wide its numbers spread (13 to 9 909 002), and a code or the id of
    a unit when the stations repeat, never an amount; a measurement taken at the station (its pressure) stays an amount."""
    rng = np.random.default_rng(43)
    sites = rng.choice(np.arange(13, 9_909_002), 800, replace=False)
    frame = pd.DataFrame({name: sites, "aadt": rng.integers(100, 90_000, 800)})
    assert col(profile_of(frame), name)["stat_type"] == "identifier"
    repeated = pd.DataFrame({name: rng.choice(sites[:40], 800), "aadt": frame["aadt"]})
    assert col(profile_of(repeated), name)["stat_type"] in ("nominal", "identifier")
    pressure = pd.DataFrame({"station_pressure": rng.integers(950, 1040, 800), "y": frame["aadt"]})
    assert col(profile_of(pressure), "station_pressure")["stat_type"] in ("continuous", "discrete")


@pytest.mark.parametrize("name", ["balcony", "bath", "BedroomAbvGr", "FullBath", "garage"])
def test_the_parts_of_a_home_a_listing_counts_are_counts(name):
    """A listing's balconies 0 to 3, most homes with one or two: a few levels that rise and
    fall as a rating's answers do, but a part of a home named in the singular is counted."""
    rng = np.random.default_rng(44)
    frame = pd.DataFrame({name: rng.choice([0, 1, 2, 3], 1500, p=[0.1, 0.35, 0.4, 0.15]),
                          "price": rng.lognormal(4, 0.5, 1500).round(2)})
    found = col(profile_of(frame), name)
    assert found["stat_type"] == "discrete", found
    # the same levels under a name that says nothing stay the scale they look like
    plain = frame.rename(columns={name: "answer"})
    assert col(profile_of(plain), "answer")["stat_type"] == "ordinal"


def test_grades_that_heap_but_rise_with_another_column_are_a_scale():
    """A pathologist's grades 1 to 10 heap at 1, 5 and 10, so their counts fall and rise
    again as the sizes of unordered categories do; but they rise with another grade of the
    same sample on the same 1-to-10 scale, as the items of one instrument do and codes never
    would. Codes of the same shape that track nothing stay codes, and so do codes that
    track an amount (a ticket's type sets its price, whatever the types' numbers)."""
    rng = np.random.default_rng(45)
    n = 700
    latent = rng.normal(size=n)
    def graded(noise, p):
        rank = np.argsort(np.argsort(latent + rng.normal(0, noise, n)))
        return np.sort(rng.choice(np.arange(1, 11), n, p=p))[rank]
    heaps = [0.21, 0.05, 0.07, 0.05, 0.19, 0.05, 0.05, 0.07, 0.03, 0.23]
    hump = [0.04, 0.08, 0.13, 0.18, 0.19, 0.15, 0.10, 0.07, 0.04, 0.02]
    frame = pd.DataFrame({"clump": graded(0.6, heaps), "uniformity": graded(0.6, hump)})
    p = profile_of(frame)
    assert col(p, "uniformity")["stat_type"] == "ordinal", col(p, "uniformity")
    found = col(p, "clump")
    assert found["stat_type"] == "ordinal", found
    assert "rises or falls with 'uniformity'" in str(found["reason"]), found
    unordered = frame.assign(clump=rng.permutation(frame["clump"]))
    assert col(profile_of(unordered), "clump")["stat_type"] == "nominal"
    priced = pd.DataFrame({"clump": frame["clump"], "price": (frame["clump"] * 3.1
                                                             + rng.normal(0, 1, n)).round(2)})
    assert col(profile_of(priced), "clump")["stat_type"] == "nominal"


def test_a_lowest_level_below_none_is_no_count():
    """-1 on most rows, then 0 and 1 (a label still to be predicted, as scikit-learn's
    semi-supervised estimators mark one): the counts fall from the lowest level as counts of
    events do, but a count never goes below none."""
    rng = np.random.default_rng(47)
    frame = pd.DataFrame({"suitability": rng.choice([-1, 0, 1], 1000, p=[0.7, 0.15, 0.15]),
                          "ghi": rng.normal(230, 20, 1000).round(2)})
    found = col(profile_of(frame), "suitability")
    assert found["stat_type"] != "discrete", found
    # from 0 the same shape is a count
    counts = frame.assign(suitability=frame["suitability"] + 1)
    assert col(profile_of(counts), "suitability")["stat_type"] == "discrete"


def test_years_beside_seasons_that_straddle_two_years_are_the_time():
    """A league's seasons: most named by their year, the ones played across New Year by two
    (2007/08, 2020/21). A span whose two-digit end is not the next year (2011-05) may be a
    month, so such a column is not read as spans of years."""
    seasons = ["2007/08", "2009", "2009/10", "2011", "2012", "2013", "2014", "2020/21", "2021"]
    rng = np.random.default_rng(48)
    frame = pd.DataFrame({"season": rng.choice(seasons, 400), "runs": rng.integers(80, 240, 400)})
    found = col(profile_of(frame), "season")
    assert found["stat_type"] == "datetime", found
    assert "spans of years" in str(found["reason"]), found
    months = frame.assign(season=frame["season"].str.replace("/08", "-05").str.replace("/10", "-07"))
    assert col(profile_of(months), "season")["stat_type"] != "datetime"


def test_two_letters_of_a_date_format_with_a_zero_among_them_are_no_day():
    """DD alone is the day of a date (1 to 31), but as often an abbreviation: a keeper's hard
    saves per round, mostly 0, are counts. A day of the month is never 0."""
    rng = np.random.default_rng(49)
    frame = pd.DataFrame({"DD": rng.poisson(0.3, 3000), "FS": rng.poisson(1.5, 3000)})
    found = col(profile_of(frame), "DD")
    assert found["stat_type"] == "discrete", found
    days = frame.assign(DD=rng.integers(1, 32, 3000))
    assert "the day of a date" in str(col(profile_of(days), "DD")["reason"])


def test_iso_numeric_codes_of_countries_are_codes_whatever_the_name():
    """Countries written as ISO 3166's numbers (4 Afghanistan, 76 Brazil, 840 the United
    States), with a few codes of groups of countries beside them, under a name that says
    nothing ('TIS-N', where N is "numeric", not "number of"): codes of places. Counts over
    the same range, or numbers on a step of four, are not."""
    codes = [4, 8, 12, 20, 24, 31, 32, 36, 40, 56, 68, 76, 100, 124, 152, 156, 170, 188, 203,
             208, 246, 250, 276, 300, 348, 356, 360, 372, 376, 380, 392, 410, 484, 528, 554,
             578, 604, 616, 620, 642, 643, 702, 710, 724, 752, 756, 792, 804, 826, 840]
    groups = [2100, 2101, 2106, 2120, 2136]
    rng = np.random.default_rng(50)
    frame = pd.DataFrame({"TIS-N": codes + groups, "Type": ["LND"] * len(codes) + ["GLG"] * 5})
    found = col(profile_of(frame), "TIS-N")
    assert found["stat_type"] == "nominal", found
    assert "ISO 3166" in str(found["reason"]), found
    counts = pd.DataFrame({"TIS-N": rng.integers(0, 900, 60), "Type": ["LND"] * 60})
    assert "ISO 3166" not in str(col(profile_of(counts), "TIS-N")["reason"])
    fours = pd.DataFrame({"TIS-N": np.arange(4, 1000, 4)[::2], "Type": ["LND"] * 125})
    assert "ISO 3166" not in str(col(profile_of(fours), "TIS-N")["reason"])


def _rounds(sort_by):
    rng = np.random.default_rng(51)
    players = rng.choice(np.arange(30_000, 99_999), 80, replace=False)
    frame = pd.DataFrame([(p, r, float(rng.normal(3, 4))) for r in range(0, 39) for p in players],
                         columns=["atleta_id", "rodada", "pontos_num"])
    return frame.sort_values(sort_by, kind="stable")


def test_blocks_that_a_named_id_comes_back_in_are_periods_not_units():
    """A fantasy league's rows, one per player and round, sorted by round: the rounds 0 to
    38 stand in blocks as the ids of panel units do, but every player comes back in each
    block, once: they are the periods the players are seen in."""
    found = col(profile_of(_rounds("rodada")), "rodada")
    assert found["stat_type"] == "ordinal", found
    assert "come back block after block" in str(found["reason"]), found


def test_blocks_of_units_whose_members_never_come_back_stay_units():
    """Pupils nested in schools: each school a block, its pupils in no other one. The
    schools are the units of grouped data."""
    rng = np.random.default_rng(52)
    frame = pd.DataFrame({"escola": np.repeat(np.arange(1, 41), 25),
                          "aluno_id": rng.choice(np.arange(10_000, 99_999), 1000, replace=False),
                          "nota": rng.normal(6, 2, 1000).round(1)})
    assert col(profile_of(frame), "escola")["stat_type"] == "identifier"


def test_a_handful_of_ids_in_blocks_beside_a_key_are_kinds_of_rows():
    """A game's players, one per row with an id of their own, sorted by position: the
    position's id, 1 to 6, stands in blocks as the ids of units do, but six values shared
    by hundreds of rows that each have a key are kinds of rows."""
    rng = np.random.default_rng(53)
    positions = np.sort(rng.integers(1, 7, 600))
    frame = pd.DataFrame({"id": rng.choice(np.arange(30_000, 99_999), 600, replace=False),
                          "posicao_id": positions, "preco": rng.gamma(3, 3, 600).round(2)})
    assert col(profile_of(frame), "posicao_id")["stat_type"] == "nominal"
    no_key = frame.drop(columns="id")
    assert col(profile_of(no_key), "posicao_id")["stat_type"] == "identifier"


@pytest.mark.parametrize("name", ["launched_in", "founded in", "builtIn", "established_on"])
def test_the_year_an_event_happened_in_named_with_a_preposition_is_a_year(name):
    """A crypto currency's launch year under `launched_in` (2009 to 2022, a dozen years): the
    event's verb followed by the preposition that says when is the year it happened, as the
    verb alone is; whole numbers in a narrow band of years were read as counts. The
    preposition alone says no event: amounts of that size under `sold_in` are no years."""
    rng = np.random.default_rng(198)
    # some years with no launch, so the values are no regular grid of years either
    launched = [2009, 2011, 2012, 2013, 2014, 2016, 2017, 2018, 2020, 2021, 2022]
    p = profile_of(pd.DataFrame({name: rng.choice(launched, 100),
                                 "sold_in": rng.choice(launched, 100), "x": rng.normal(size=100)}))
    assert col(p, name)["stat_type"] == "datetime", col(p, name)
    assert col(p, "sold_in")["stat_type"] != "datetime", col(p, "sold_in")


def test_zero_or_one_amid_counts_of_events_is_a_count():
    """A fantasy league's scouts per player and round, side by side: fouls, wrong passes and
    balls won reach several, red cards and own goals never pass 1. Those are counts of rare
    events, as their neighbours are counts. Flags kept together (0/1 for each of a few
    groups) are no run of counts, and stay flags."""
    rng = np.random.default_rng(54)
    n = 3000
    frame = pd.DataFrame({"participou": rng.choice(["True", "False"], n),
                          "FS": rng.poisson(1.2, n), "PE": rng.poisson(1.5, n),
                          "GC": rng.binomial(1, 0.01, n), "CV": rng.binomial(1, 0.02, n),
                          "RB": rng.poisson(1.0, n), "FC": rng.poisson(1.1, n),
                          "preco": rng.gamma(3, 3, n).round(2)})
    p = profile_of(frame)
    for name in ("GC", "CV"):
        found = col(p, name)
        assert found["stat_type"] == "discrete", found
        assert "count events" in str(found["reason"]), found
    flags = pd.DataFrame({"wage": rng.gamma(3, 5, n).round(2), "kids": rng.poisson(0.7, n),
                          "black": rng.binomial(1, 0.1, n), "hispan": rng.binomial(1, 0.08, n),
                          "married": rng.binomial(1, 0.6, n), "educ": rng.integers(8, 18, n)})
    p = profile_of(flags)
    assert [col(p, c)["stat_type"] for c in ("black", "hispan", "married")] == ["boolean"] * 3


def _survey(rng, levels, weights, n=3000):
    weights = np.asarray(weights, dtype=float)
    return rng.choice(levels, n, p=weights / weights.sum())


def test_bands_of_days_are_not_read_as_durations_of_the_few_that_parse():
    """Days of the last 30 a student smoked, in the questionnaire's bands: "0 days" on most
    rows reads as a duration, "1 or 2 days" and "3 to 5 days" do not. A reading that leaves
    more kinds of cell unread than it reads is of some cells, not the column: the bands
    are ordered, not a constant 0 with the rest missing."""
    rng = np.random.default_rng(55)
    bands = ["0 days", "1 or 2 days", "3 to 5 days", "6 to 9 days", "10 to 19 days",
             "20 to 29 days", "All 30 days"]
    frame = pd.DataFrame({"days_smoking": _survey(rng, bands, [96, 1, 1, 0.5, 0.5, 0.5, 0.5]),
                          "height": rng.normal(1.7, 0.1, 3000).round(2)})
    found = col(profile_of(frame), "days_smoking")
    assert found["stat_type"] == "ordinal", found
    assert found["missing_ratio"] == 0, found


def test_ordinal_numbers_before_a_noun_are_places():
    """School grades written "9th grade" to "12th grade", with one level outside the count
    that names the same noun: places in an order, not amounts of a unit "th grade"."""
    rng = np.random.default_rng(56)
    levels = ["9th grade", "10th grade", "11th grade", "12th grade", "Ungraded or other grade"]
    frame = pd.DataFrame({"grade": _survey(rng, levels, [25, 25, 25, 24, 1]),
                          "weight": rng.normal(65, 10, 3000).round(1)})
    found = col(profile_of(frame), "grade")
    assert found["stat_type"] == "ordinal", found
    assert found["order"][:4] == levels[:4], found


def test_ages_as_phrases_with_open_bands_at_both_ends_are_brackets():
    rng = np.random.default_rng(57)
    levels = ["12 years old or younger", "13 years old", "14 years old", "15 years old",
              "16 years old", "17 years old", "18 years old or older"]
    frame = pd.DataFrame({"age": _survey(rng, levels, [1, 2, 20, 25, 25, 22, 5]),
                          "weight": rng.normal(65, 10, 3000).round(1)})
    found = col(profile_of(frame), "age")
    assert found["stat_type"] == "ordinal", found
    assert found["order"] == levels, found


def test_frequency_words_and_weights_graded_either_side_of_right_are_scales():
    """"Most of the time" between usually and always; "Very underweight" ... "About the right
    weight" ... "Very overweight": under before over, the middle between."""
    rng = np.random.default_rng(58)
    belt = ["Never", "Rarely", "Sometimes", "Most of the time", "Always"]
    weight = ["Very underweight", "Slightly underweight", "About the right weight",
              "Slightly overweight", "Very overweight"]
    frame = pd.DataFrame({"seat_belt": _survey(rng, belt, [2, 3, 8, 30, 57]),
                          "describe_weight": _survey(rng, weight, [2, 10, 55, 25, 8]),
                          "height": rng.normal(1.7, 0.1, 3000).round(2)})
    p = profile_of(frame)
    assert col(p, "seat_belt")["stat_type"] == "ordinal", col(p, "seat_belt")
    found = col(p, "describe_weight")
    assert found["stat_type"] == "ordinal", found
    assert found["order"] == weight, found


def test_codes_spread_evenly_over_all_numbers_of_their_width_are_keys():
    """A register's eight-digit school codes, given out at random: nearly every one distinct
    and spread evenly over 10,000,000 to 99,999,999. Populations of the same width heap at
    the small end, and stay amounts."""
    rng = np.random.default_rng(59)
    codes = rng.integers(10_000_000, 100_000_000, 3000)
    codes[:4] = codes[4:8]   # a few units listed twice
    frame = pd.DataFrame({"school_unit": codes, "lat": rng.normal(59, 2, 3000).round(3)})
    found = col(profile_of(frame), "school_unit")
    assert found["stat_type"] == "identifier", found
    amounts = frame.assign(school_unit=np.clip(rng.lognormal(17, 0.5, 3000), 1e7, 99e6).astype(int))
    assert col(profile_of(amounts), "school_unit")["stat_type"] != "identifier"


def test_whole_numbers_past_64_bits_are_weighed_as_codes_without_a_numeric_warning():
    """Numbers counted from 0 and a few account numbers of 23 digits below them: looking for
    ISO country numbers among them must not cast them to 64-bit integers, which numpy warns
    is invalid (past 2^53 no whole number is a code of three digits anyway)."""
    rows = [f"{i},h{i % 3}" for i in range(5000)]
    rows += [f"{12345678901234567890123 + i},h{i % 3}" for i in range(4)]
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        found = profile_csv(io.BytesIO(("account,holder\n" + "\n".join(rows) + "\n").encode()))
    assert "ISO 3166" not in str(col(found, "account")["reason"])


def test_an_election_named_by_its_date_in_words_and_its_kind_is_no_list():
    """"NOVEMBER 8, 2022, GENERAL": the commas of a date written in words join no list, so
    thirty elections on a thousand rows are categories, not lists of three items; a list of
    tags written the same way stays a list."""
    rng = np.random.default_rng(60)
    days = pd.date_range("2002-03-05", periods=30, freq="97D")
    kinds = ["GENERAL", "PRIMARY", "SPECIAL ELECTION"]
    names = [f"{d.strftime('%B %-d, %Y').upper()}, {kinds[i % 3]}" for i, d in enumerate(days)]
    frame = pd.DataFrame({"election_name": rng.choice(names, 1000),
                          "amount": rng.lognormal(8, 1, 1000).round(2)})
    found = col(profile_of(frame), "election_name")
    assert found["stat_type"] in ("nominal", "datetime"), found
    tags = ["Action", "Comedy", "Drama", "Horror", "Romance"]
    frame["election_name"] = [", ".join(rng.choice(tags, 3, replace=False)) for _ in range(1000)]
    assert col(profile_of(frame), "election_name")["stat_type"] == "text"


def test_bare_grades_with_the_last_named_after_the_word_grade_are_a_scale():
    """A registry's tumour grades 1, 2 and 3 written bare and the fourth as it names it
    ("anaplastic; Grade IV"): the levels of one ordered scale, not codes mixing numbers with
    letters. Bare numbers beside labels that name no rank stay codes."""
    rng = np.random.default_rng(61)
    levels = ["1", "2", "3", " anaplastic; Grade IV"]
    frame = pd.DataFrame({"Grade": _survey(rng, levels, [30, 45, 24, 1]),
                          "size": rng.lognormal(3, 0.5, 3000).round()})
    found = col(profile_of(frame), "Grade")
    assert found["stat_type"] == "ordinal", found
    assert [v.strip() for v in found["order"]] == [v.strip() for v in levels], found
    frame["Grade"] = _survey(rng, ["1", "2", "3", "anaplastic"], [30, 45, 24, 1])
    assert col(profile_of(frame), "Grade")["stat_type"] != "ordinal"


def test_whole_numbers_named_for_who_did_something_are_ids_of_people():
    """The nurse who recorded an ECG and the cardiologist it was validated_by, 0 to 11: codes
    of people, not counts; a count of visits over the same values stays a count."""
    rng = np.random.default_rng(62)
    frame = pd.DataFrame({"nurse": rng.integers(0, 12, 2000).astype(float),
                          "validated_by": rng.integers(0, 12, 2000),
                          "visits": rng.poisson(3, 2000),
                          "age": rng.normal(60, 15, 2000).round()})
    p = profile_of(frame)
    assert col(p, "nurse")["stat_type"] == "nominal", col(p, "nurse")
    assert col(p, "validated_by")["stat_type"] == "nominal", col(p, "validated_by")
    assert col(p, "visits")["stat_type"] == "discrete"


def _luhn_closed(stem):
    """stem with the Luhn check digit after it."""
    digits = [int(d) for d in str(stem)][::-1]
    total = sum(d if i % 2 else (2 * d - 9 if 2 * d > 9 else 2 * d) for i, d in enumerate(digits))
    return stem * 10 + (-total) % 10


def test_numbers_closed_by_a_luhn_check_digit_are_register_keys():
    """Communes' SIREN numbers (21, a department, a commune, a check digit), a narrow band of
    nine-digit numbers, each on one row: every one passes the Luhn check, as one amount in ten
    would by chance, so they are keys; the same numbers with their last digit drawn at random
    are not."""
    rng = np.random.default_rng(63)
    stems = 21_000_000 + rng.choice(1_000_000, 1500, replace=False) * 10 + 1
    frame = pd.DataFrame({"siren": [_luhn_closed(int(s)) for s in stems],
                          "population": rng.lognormal(6, 1.2, 1500).round()})
    found = col(profile_of(frame), "siren")
    assert found["stat_type"] == "identifier", found
    assert "Luhn" in str(found["reason"])
    frame["siren"] = stems * 10 + rng.integers(0, 10, 1500)
    assert "Luhn" not in str(col(profile_of(frame), "siren")["reason"])


def test_account_numbers_of_a_ledger_are_codes():
    """A chart of accounts' numbers (60611 under 6061 under 606), repeated over budgets and
    years, under a name that says account, in French as in English: codes; a number of
    accounts is a count."""
    rng = np.random.default_rng(65)
    chart = sorted({int(str(c) + "".join(map(str, rng.integers(0, 9, k))))
                    for c in range(10, 80) for k in range(4)})
    accounts = rng.choice(chart, 3000, p=np.sort(rng.dirichlet(np.ones(len(chart)) * 0.5)))
    frame = pd.DataFrame({"COMPTE": accounts, "account": accounts,
                          "accounts": rng.poisson(4, 3000),
                          "SD": rng.lognormal(7, 2, 3000).round(2)})
    p = profile_of(frame)
    assert col(p, "COMPTE")["stat_type"] == "nominal", col(p, "COMPTE")
    assert col(p, "account")["stat_type"] == "nominal", col(p, "account")
    assert col(p, "accounts")["stat_type"] == "discrete", col(p, "accounts")


def test_thousands_set_apart_by_an_apostrophe_are_numbers():
    """SAIPE's counts as a Swiss-style export writes them ("1'147", "32'643", a typographic
    apostrophe too), in a file whose lines end in a carriage return alone: amounts, not
    thousands of categories; a height written in feet and inches (5'11) stays feet and inches."""
    rng = np.random.default_rng(66)
    people = rng.lognormal(8, 1.3, 800).round().astype(int)
    income = rng.normal(48_000, 9_000, 800).round().astype(int)
    rows = []
    for i, (p, m) in enumerate(zip(people, income, strict=True)):
        mark = "\u2019" if i % 7 == 0 else "'"
        rows.append(",".join([f"County {i}", f"{p:,}".replace(",", mark),
                              f"{m:,}".replace(",", mark), f"{5 + i % 2}'{i % 12}"]))
    text = "\r".join(["County,Poverty Estimate,Median Household Income,height"] + rows) + "\r"
    p = profile_csv(io.BytesIO(text.encode()))
    assert p.table["n_rows"] == 800
    assert col(p, "Poverty Estimate")["stat_type"] in ("discrete", "continuous"), \
        col(p, "Poverty Estimate")
    assert col(p, "Median Household Income")["stat_type"] in ("discrete", "continuous")
    assert "feet and inches" in str(col(p, "height")["reason"])   # still 5'11, not 511


def test_low_to_high_with_perfect_at_the_top_is_a_scale():
    """CREDBANK's credibility classes, Low, Moderate, High, Perfect: one scale, perfect above
    high."""
    rng = np.random.default_rng(67)
    levels = ["Low", "Moderate", "High", "Perfect"]
    frame = pd.DataFrame({"Credibility_Class_Name": _survey(rng, levels, [5, 20, 45, 30]),
                          "tweets": rng.lognormal(5, 1.5, 3000).round()})
    found = col(profile_of(frame), "Credibility_Class_Name")
    assert found["stat_type"] == "ordinal", found
    assert found["order"] == levels, found


def test_day_first_dates_whose_first_rows_read_either_way_are_dates():
    """A daily report for every district, sorted by day and written day first (01/01/2022 ...
    28/01/2022): the first thousands of rows read as month first too, so the format chosen on
    them breaks at the 13th. The day-first reading, kept beside it while both read every
    value, takes over; a month-first column sorted the same way stays month first."""
    districts = 150
    day_first = [f"{d:02d}/01/2022" for d in range(1, 29) for _ in range(districts)]
    month_first = [f"01/{d:02d}/2022" for d in range(1, 29) for _ in range(districts)]
    rng = np.random.default_rng(68)
    frame = pd.DataFrame({"created_at": day_first, "reported": month_first,
                          "doses": rng.poisson(900, len(day_first))})
    p = profile_of(frame)
    for name in ("created_at", "reported"):
        found = col(p, name)
        assert found["stat_type"] == "datetime", found
        assert (found["min"], found["max"]) == ("2022-01-01", "2022-01-28"), found


def test_dates_with_a_two_digit_year_and_an_hour_are_dates():
    """A US spreadsheet's export of date cells (2/14/22 0:00, 10/18/95 13:05): month, day, a
    year of two digits and the hour without its leading zero, which pandas guesses no
    format for."""
    rng = np.random.default_rng(69)
    days = pd.to_datetime("1985-01-01") + pd.to_timedelta(rng.integers(0, 13_000, 2000), "D")
    cells = [f"{d.month}/{d.day}/{d.strftime('%y')} 0:00" for d in days]
    cells[::9] = [f"{d.month}/{d.day}/{d.strftime('%y')} 13:05" for d in days[::9]]
    frame = pd.DataFrame({"CURRENTSALE_DATE": cells,
                          "price": rng.lognormal(12, 1, 2000).round()})
    found = col(profile_of(frame), "CURRENTSALE_DATE")
    assert found["stat_type"] == "datetime", found
    assert found["min"] == days.min().date().isoformat(), found


def test_an_x_beside_blanks_is_a_flag():
    """A register's box ticked on some rows and left blank on the others (an X where the
    property is vacant and abandoned, a tick): the blank says no, so it is a yes/no flag. A
    word beside blanks and a 1 beside blanks stay constants with gaps."""
    rng = np.random.default_rng(70)
    n = 3000
    marked = rng.random(n) < 0.03
    frame = pd.DataFrame({"VACANT and ABANDONED": np.where(marked, "X", None),
                          "listed": np.where(rng.random(n) < 0.4, "\u2713", None),
                          "region": np.where(rng.random(n) < 0.9, "Americas", None),
                          "ones": np.where(rng.random(n) < 0.5, 1, np.nan),
                          "value": rng.lognormal(11, 1, n).round()})
    p = profile_of(frame)
    assert col(p, "VACANT and ABANDONED")["stat_type"] == "boolean", col(p, "VACANT and ABANDONED")
    assert col(p, "listed")["stat_type"] == "boolean", col(p, "listed")
    assert col(p, "region")["stat_type"] == "constant", col(p, "region")
    assert col(p, "ones")["stat_type"] == "constant", col(p, "ones")


def test_long_labels_that_name_their_branch_first_are_categories():
    """Eighty event names of a taxonomy, each written branch first ("Governance - Board
    Related Matters", "Social - Cost of Employees"), each on many rows: a category per row,
    not free text. Eighty distinct sentences of comment repeated as often stay text."""
    rng = np.random.default_rng(71)
    branches = ["Governance", "Social", "Environment", "General Business Actions", "ESG",
                "Corporate Action"]
    leaves = ["Board Related Matters", "Cost of Employees", "Product Development and Innovation",
              "Marketing and Sales Expenses", "Matters Related to Internal Control",
              "Administrative Expenses and Overheads", "Emissions Targets and Reporting",
              "Litigation and Regulatory Proceedings", "Mergers and Acquisitions Activity",
              "Supply Chain Risk and Disruption", "Data Privacy and Security Breaches",
              "Share Buyback Programs Announced", "Dividend Policy and Payouts",
              "Executive Compensation Changes"]
    events = [f"{b} - {leaf}" for b in branches for leaf in leaves][:80]
    assert len(events) == 80
    rows = rng.choice(events, 3000)
    notes = [f"The sample number {i} was lost in transit and could not be tested."
             for i in range(80)]
    frame = pd.DataFrame({"event": rows, "note": rng.choice(notes, 3000),
                          "relevance": rng.uniform(0, 100, 3000).round(2)})
    p = profile_of(frame)
    assert col(p, "event")["stat_type"] == "nominal", col(p, "event")
    assert col(p, "note")["stat_type"] == "text", col(p, "note")


def test_a_few_numbers_named_as_a_things_number_are_labels():
    """A bakery's sales of its products numbered 101, 109 and 110: 'product_no' says these
    are the numbers the products go by. A plural before 'no' ("visits_no") counts."""
    rng = np.random.default_rng(72)
    n = 3000
    frame = pd.DataFrame({"product_no": rng.choice([101, 109, 110], n),
                          "visits_no": rng.choice([3, 4, 5, 6], n),
                          "demand": rng.poisson(40, n)})
    p = profile_of(frame)
    assert col(p, "product_no")["stat_type"] == "nominal", col(p, "product_no")
    assert col(p, "visits_no")["stat_type"] == "discrete", col(p, "visits_no")


def test_minus_one_below_numbered_tiers_is_none_however_common():
    """A venue directory's price tier 1 to 4, -1 where it gives none, on three rows in four:
    -1 is "no tier", not a value below the scale, so the tiers are a scale. A -1 beside
    values that are not numbered 1, 2, 3, ... stays a value."""
    rng = np.random.default_rng(73)
    n = 3000
    tier = np.where(rng.random(n) < 0.75, -1, rng.choice([1, 2, 3, 4], n, p=[.3, .4, .2, .1]))
    frame = pd.DataFrame({"price": tier,
                          "change": rng.choice([-1, 2, 5, 9], n),
                          "checkins": rng.poisson(12, n)})
    p = profile_of(frame)
    found = col(p, "price")
    assert found["stat_type"] == "ordinal", found
    assert "-1" in str(found["reason"]), found
    assert "missing" not in str(col(p, "change")["reason"]), col(p, "change")


def test_a_skewed_area_in_whole_units_is_measured_not_counted():
    """A tax list's lot sizes in ten-thousandths of an acre (574 for 0.0574 acres; 0 for a
    condominium unit; a park of 16 532 acres): skewed from 0 as counts are, but 'acreage'
    names a measured area. Visits as skewed from 0 stay counts."""
    rng = np.random.default_rng(74)
    n = 3000
    acreage = (rng.lognormal(7, 1.2, n)).round().astype(int)
    acreage[rng.random(n) < 0.1] = 0
    acreage[:3] = [165_320_000, 2_400_000, 900_000]
    visits = rng.negative_binomial(1, 0.05, n)
    visits[:3] = [900, 700, 650]
    frame = pd.DataFrame({"PROPERTY_ACREAGE": acreage, "visits": visits})
    p = profile_of(frame)
    assert col(p, "PROPERTY_ACREAGE")["stat_type"] == "continuous", col(p, "PROPERTY_ACREAGE")
    assert col(p, "visits")["stat_type"] == "discrete", col(p, "visits")


def test_the_book_and_page_of_a_register_are_where_a_record_is():
    """A county's deed book and page for each sale (DEEDBOOK 4023 to 56202, DEEDPAGE 1 to
    99928, as a tax list writes them run together): where the deed is written, labels, not
    amounts. A column named 'facebook' of counts stays counts."""
    rng = np.random.default_rng(75)
    n = 3000
    frame = pd.DataFrame({"CURRENTSALE_DEEDBOOK": rng.integers(4000, 56_000, n),
                          "deed_page": rng.integers(1, 99_000, n),
                          "facebook": rng.negative_binomial(1, 0.001, n),
                          "price": rng.lognormal(12, 1, n).round()})
    p = profile_of(frame)
    assert col(p, "CURRENTSALE_DEEDBOOK")["stat_type"] == "nominal", col(p, "CURRENTSALE_DEEDBOOK")
    assert col(p, "deed_page")["stat_type"] == "nominal", col(p, "deed_page")
    assert col(p, "facebook")["stat_type"] in ("discrete", "continuous"), col(p, "facebook")


def test_a_key_with_one_value_entered_twice_is_still_the_key():
    """A leaderboard's playerid, FanGraphs' numbers beside 'sa' ids of minor leaguers, one
    of them on two rows: the name marks a key and nearly every value is distinct. Codes with
    letters that repeat (a team's code) stay categories."""
    rng = np.random.default_rng(76)
    ids = [str(v) if i % 3 else f"sa{v}" for i, v in enumerate(rng.choice(900_000, 3000, replace=False))]
    ids[7] = ids[8]
    frame = pd.DataFrame({"playerid": ids,
                          "team_code": rng.choice(["NYY1", "BOS2", "CHC3", "LAD4"], 3000),
                          "WAR": rng.normal(0.5, 1, 3000).round(1)})
    p = profile_of(frame)
    assert col(p, "playerid")["stat_type"] == "identifier", col(p, "playerid")
    assert col(p, "team_code")["stat_type"] == "nominal", col(p, "team_code")


def test_handles_under_a_notes_header_are_no_notes():
    """A clip table's notes naming each golfer as a slug (dustin_johnson, amateur_014), nearly
    every one different: handles made for machines, not notes. Notes in words stay text."""
    rng = np.random.default_rng(78)
    golfers = [f"amateur_{i:03d}" if i % 2 else f"golfer_{i}_pro" for i in range(60)]
    frame = pd.DataFrame({"notes": golfers,
                          "remarks_notes": [f"swing {i} filmed in bad light" for i in range(60)],
                          "fps": rng.choice([15, 30], 60)})
    p = profile_of(frame)
    assert col(p, "notes")["stat_type"] in ("identifier", "nominal"), col(p, "notes")
    assert col(p, "remarks_notes")["stat_type"] == "text", col(p, "remarks_notes")


def test_counts_from_one_that_fill_a_small_range_are_counts():
    """A season's plate appearances per player, 1 to 279, most players on a handful and 229
    of the values between taken: counts, past the hundred values counts from 1 usually take.
    Amounts from 1 that spread thinly over thousands stay continuous."""
    rng = np.random.default_rng(79)
    n = 4500
    pa = np.minimum(rng.negative_binomial(1, 0.03, n) + 1, 279)
    pa[:280] = np.arange(1, 281).clip(max=279)
    money = rng.lognormal(6, 1.5, n).round().astype(int) + 1
    frame = pd.DataFrame({"PA": pa, "spend": money})
    p = profile_of(frame)
    assert col(p, "PA")["stat_type"] == "discrete", col(p, "PA")
    assert col(p, "spend")["stat_type"] == "continuous", col(p, "spend")


def test_a_page_alone_is_a_position_not_a_register_place():
    """A bestiary's monsters with the page of the rule book each is on (page 1 to 319): a
    position in the text, counted, not a register's locator."""
    rng = np.random.default_rng(80)
    frame = pd.DataFrame({"page": rng.integers(1, 320, 2000), "hp": rng.integers(1, 90, 2000)})
    assert col(profile_of(frame), "page")["stat_type"] == "discrete"


def test_a_year_with_a_word_after_it_is_that_year():
    """IARC's volumes published in print (1987, 1999) or online (2020 online), a few still
    In prep.: calendar years under a year name, the word after a year a note on it."""
    rng = np.random.default_rng(81)
    years = rng.integers(1972, 2018, 900).astype(str).tolist()
    years += [f"{y} online" for y in rng.integers(2018, 2024, 60)] + ["In prep."] * 9
    frame = pd.DataFrame({"Volume publication year": rng.permutation(years),
                          "group": rng.choice(["1", "2A", "2B", "3"], len(years))})
    found = col(profile_of(frame), "Volume publication year")
    assert found["stat_type"] == "datetime", found


def test_a_short_id_over_many_values_is_a_code_shared_by_rows():
    """A hazardous-waste list's PubChem ids, 'cid', one per chemical repeated over its names and
    0 where none was found: codes of compounds, not counts, however skewed."""
    rng = np.random.default_rng(82)
    cids = rng.choice(np.concatenate([[0], rng.lognormal(9, 2.5, 120).round() + 1]), 500)
    frame = pd.DataFrame({"cid": cids.astype(int), "mass": rng.lognormal(5, 1, 500)})
    assert col(profile_of(frame), "cid")["stat_type"] == "nominal"


def test_continentality_is_no_continent():
    """Ellenberg's continentality value of a plant, 1 to 8: a scale, not the codes of
    continents that 'continent' names; 'continental' and 'continentality' say how, not which."""
    rng = np.random.default_rng(83)
    peaked = [0.04, 0.07, 0.19, 0.07, 0.36, 0.07, 0.08, 0.12]
    frame = pd.DataFrame({"continentality": rng.choice(range(1, 9), 300, p=peaked),
                          "continent": rng.choice([1, 2, 3, 4, 5, 6], 300),
                          "seed_mass": rng.lognormal(0, 1, 300)})
    p = profile_of(frame)
    assert col(p, "continentality")["stat_type"] != "nominal", col(p, "continentality")
    assert col(p, "continent")["stat_type"] == "nominal", col(p, "continent")


def test_a_date_and_time_written_as_one_number_is_a_datetime():
    """An instrument's event log stamping each event YYYYMMDDhhmmss with the fraction of a
    second its clock gives (20231213193120.712): dates with the time of day, in order, not a
    quantity of twenty thousand billion; the profile reads them back as those times."""
    rng = np.random.default_rng(84)
    times = pd.Timestamp("2023-12-13 19:31") + pd.to_timedelta(
        np.sort(rng.uniform(0, 8 * 86_400, 600)), unit="s")
    stamps = times.strftime("%Y%m%d%H%M%S") + "." + times.strftime("%f").str[:3] + "000000"
    frame = pd.DataFrame({"UTC Timestamp": stamps, "Velocity (m/s)": rng.lognormal(9, 1, 600)})
    p = profile_csv(io.BytesIO(frame.to_csv(index=False).encode()))
    found = col(p, "UTC Timestamp")
    assert found["stat_type"] == "datetime", found
    assert f"from {stamps.min()[:14]}" in str(found["reason"]), found
    formats = p.table["date_formats"]
    assert formats["UTC Timestamp"] == "%Y%m%d%H%M%S", formats
    from mlwf.profiling.profile import read_dates
    read = read_dates(frame["UTC Timestamp"], formats["UTC Timestamp"])
    assert (read - times).abs().max() < pd.Timedelta(milliseconds=5)


def test_fourteen_digit_amounts_are_no_date_times():
    """Amounts of fourteen digits (a country's GDP in its currency's units) are not read as
    dates with a time: most do not write a month, a day and a clock."""
    rng = np.random.default_rng(85)
    gdp = (rng.uniform(1.0e13, 2.0e13, 300)).round()
    frame = pd.DataFrame({"gdp": gdp, "growth": rng.normal(2, 1, 300)})
    assert col(profile_of(frame), "gdp")["stat_type"] == "continuous"


def test_a_mean_of_whole_numbers_within_a_hundred_is_a_measurement():
    """A week's mean concentration of a pollutant over a canton's stations, rounded to whole
    µg/m3 and named as a mean ('media NO2', Italian as the canton writes it; 'mean_pm10'):
    a measurement, not scores or counts on a bounded scale."""
    rng = np.random.default_rng(86)
    frame = pd.DataFrame({"media NO2": rng.gamma(8, 3, 260).round().clip(5, 80),
                          "mean_pm10": rng.gamma(6, 3, 260).round().clip(3, 70),
                          "date": pd.date_range("2020-01-07", periods=260, freq="7D")})
    p = profile_of(frame)
    for name in ("media NO2", "mean_pm10"):
        assert col(p, name)["stat_type"] == "continuous", col(p, name)


def test_an_acronym_run_into_a_word_splits_there():
    """A benchmark's processor clock named 'HW_CPUFreq', whole MHz from a few dozen standard
    speeds each on many rows: the name's last word is 'Freq', a frequency, so the numbers
    measure; read as one word 'cpufreq' they were taken for four-digit codes."""
    rng = np.random.default_rng(87)
    speeds = rng.choice([1600, 1800, 2000, 2100, 2200, 2267, 2300, 2400, 2500, 2600, 2667,
                         2700, 2800, 2933, 3000, 3067, 3200, 3400, 3600, 3800], 2000)
    frame = pd.DataFrame({"HW_CPUFreq": speeds, "power": rng.gamma(4, 60, 2000)})
    found = col(profile_of(frame), "HW_CPUFreq")
    assert found["stat_type"] in ("continuous", "discrete"), found


def test_a_place_written_city_region_country_is_one_value_not_a_list():
    """Where a benchmark was run, written 'Houston, TX, USA' or 'Paderborn, NRW, Germany':
    the parts of one place from the narrowest to the widest, a category shared by a
    sponsor's results, not a list of items; what ends one cell (a country) begins none."""
    rng = np.random.default_rng(88)
    places = ["Houston, TX, USA", "Round Rock, TX, USA", "Austin, TX, USA",
              "Paderborn, NRW, Germany", "Munich, Bavaria, Germany", "Taipei, Taiwan",
              "Nankang, Taipei, Taiwan", "Shenzhen, Guangdong, China", "Beijing, China",
              "Kawasaki, Kanagawa, Japan", "Tokyo, Japan", "Armonk, NY, USA",
              "Raleigh, NC, USA", "Seoul, Korea", "Hangzhou, Zhejiang, China"]
    frame = pd.DataFrame({"Test_Location": rng.choice(places, 3000),
                          "power": rng.gamma(4, 60, 3000)})
    found = col(profile_of(frame), "Test_Location")
    assert found["stat_type"] == "nominal", found


def test_lists_in_any_order_stay_lists():
    """A film's genres and a language's countries, sorted or not, are lists of items: an item
    that ends one cell begins another."""
    rng = np.random.default_rng(89)
    genres = ["Action", "Comedy", "Drama", "Horror", "Romance", "Thriller", "Sci-Fi", "War"]
    countries = ["BW", "CD", "CM", "ET", "KE", "MZ", "NA", "NG", "TZ", "UG", "ZA", "ZM", "ZW"]
    frame = pd.DataFrame({
        "genres": [", ".join(rng.choice(genres, rng.integers(2, 4), replace=False))
                   for _ in range(500)],
        "country": [";".join(sorted(rng.choice(countries, rng.integers(2, 6), replace=False)))
                    for _ in range(500)]})
    p = profile_of(frame)
    for name in ("genres", "country"):
        assert col(p, name)["stat_type"] == "text", col(p, name)


def test_long_labels_each_on_fifty_rows_are_categories():
    """Benchmark results' operating systems written out ('Microsoft Windows Server 2008 R2
    Enterprise Edition x64'), some forty of them each on fifty rows or more: labels of
    categories, as a codebook's are, not free text written anew on each row."""
    rng = np.random.default_rng(90)
    words = ["Microsoft", "Windows", "Server", "2008", "2012", "R2", "Enterprise", "Standard",
             "Edition", "x64", "SUSE", "Linux", "SP1", "SP2", "Datacenter", "64-bit"]
    labels = [" ".join(rng.choice(words, rng.integers(5, 8), replace=False)) for _ in range(40)]
    frame = pd.DataFrame({"SW_OS": rng.choice(labels, 4000), "power": rng.gamma(4, 60, 4000)})
    found = col(profile_of(frame), "SW_OS")
    assert found["stat_type"] == "nominal", found


def test_other_names_on_a_quarter_of_the_rows_are_not_the_key():
    """A food table's other names (大米;白米, 面条（熟）): nearly all distinct where given,
    written as lists with a semicolon or a note in full-width brackets, and missing on three
    rows in four. Words that most rows lack name no row; the food's name is the key."""
    rng = np.random.default_rng(91)
    chars = list("米面豆菜瓜果鱼肉鸡鸭蛋奶茶油盐糖酱醋姜蒜葱椒麦粟薯芋藕笋菇耳枣桃梨杏李柿橘")
    def word():
        return "".join(rng.choice(chars, rng.integers(2, 4)))
    names = list(dict.fromkeys(word() + word() for _ in range(3000)))[:1600]
    aliases = []
    for i in range(1600):
        if i % 4:
            aliases.append("")
        elif i % 12 == 0:
            aliases.append(f"{word()};{word()}")
        elif i % 20 == 4:
            aliases.append(f"{word()}（熟）")
        else:
            aliases.append(word())
    frame = pd.DataFrame({"name": names, "aliases": aliases,
                          "energy_kcal": rng.gamma(3, 60, 1600).round()})
    p = profile_of(frame)
    assert col(p, "name")["stat_type"] == "identifier"
    assert col(p, "aliases")["stat_type"] in ("nominal", "text"), col(p, "aliases")


@pytest.mark.parametrize("zeroed", [True, False])
def test_a_code_that_heads_another_code_is_a_category(zeroed):
    """A register of municipalities with its region's and district's codes: the district's
    6203 begins with its region's 62, written alone (62, as a state's FIPS 06 heads its
    counties' 06037) or with the rest zeroed (6200). Fifteen regions spread over 1100 to
    9900 are no counts: they are the code of the group each district falls in."""
    rng = np.random.default_rng(92)
    regions = [11, 21, 31, 32, 41, 42, 51, 52, 53, 61, 62, 71, 72, 81, 99]
    districts = sorted({r * 100 + int(d) for r in regions
                        for d in rng.choice(np.arange(1, 12), 5, replace=False)})
    district = rng.choice(districts, 3000)
    region = district // 100 * (100 if zeroed else 1)
    frame = pd.DataFrame({"KRAJ": region, "OKRES": district,
                          "OBEC": np.arange(500011, 500011 + 3000 * 9, 9),
                          "voters": rng.gamma(2, 400, 3000).round().astype(int)})
    p = profile_of(frame)
    assert col(p, "OKRES")["stat_type"] in ("nominal", "identifier"), col(p, "OKRES")
    found = col(p, "KRAJ")
    assert found["stat_type"] == "nominal", found
    assert "OKRES" in str(found["reason"])
    assert col(p, "voters")["stat_type"] in ("discrete", "continuous")


def test_a_year_before_its_months_stays_a_year():
    """2023 heads 202301 as 62 heads 6203, but a month written yyyymm is a date, no code:
    the year stays a year."""
    rng = np.random.default_rng(93)
    month = rng.choice([y * 100 + m for y in range(2001, 2024) for m in range(1, 13)], 2000)
    frame = pd.DataFrame({"year": month // 100, "month": month,
                          "sales": rng.gamma(3, 900, 2000).round(2)})
    p = profile_of(frame)
    assert col(p, "year")["stat_type"] in ("datetime", "discrete", "ordinal")


def test_a_question_id_shared_by_its_examples_is_a_code():
    """A bias benchmark's examples, each of 25 question templates asked some 150 times
    (`Qid` 1 to 25): the id of the question the rows share, a code, not a count of 1 to 25.
    A thread's `tid` over its posts too. A `PID` of seven levels stays a scale (above)."""
    rng = np.random.default_rng(94)
    n = 3800
    frame = pd.DataFrame({"Qid": rng.integers(1, 26, n), "tid": rng.integers(1, 40, n),
                          "Label": rng.integers(1, 4, n), "id": np.arange(1, n + 1),
                          "Proper_Noun": rng.integers(0, 2, n)})
    p = profile_of(frame)
    for name in ("Qid", "tid"):
        assert col(p, name)["stat_type"] in ("nominal", "identifier"), col(p, name)


def test_distinct_words_on_half_the_rows_name_no_row():
    """A benchmark's description of a table's columns: each column's name as stored (every
    row), and a readable name given for 22 of its 49 columns, each different. Words that most
    rows lack are a property some rows have, not the key that names every row; the stored
    name is the key."""
    readable = ["school name", "district name", "county name", "street address",
                "mailing street address", "city", "zip code", "state", "phone number",
                "phone extension", "web site", "open date", "closed date", "charter school",
                "charter number", "funding type", "school ownership code", "school type",
                "educational option type", "virtual school", "magnet school", "year round"]
    stored = [f"Col{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(49)]
    names = readable + [""] * 27
    rng = np.random.default_rng(95)
    frame = pd.DataFrame({"original_column_name": stored,
                          "column_name": list(rng.permutation(np.array(names, dtype=object))),
                          "data_format": rng.choice(["text", "integer", "real", "date"], 49)})
    p = profile_of(frame)
    assert col(p, "original_column_name")["stat_type"] == "identifier"
    assert col(p, "column_name")["stat_type"] in ("nominal", "text"), col(p, "column_name")


def test_capital_codes_on_half_the_rows_stay_keys():
    """Airports' IATA codes, given for half of them (`JFK`, `AAB`): codes made for machines
    name the rows that have one, however many have none."""
    rng = np.random.default_rng(96)
    letters = np.array(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    codes = list(dict.fromkeys("".join(rng.choice(letters, 3)) for _ in range(3000)))[:1200]
    iata = np.array(codes + [""] * 1000, dtype=object)
    frame = pd.DataFrame({"ident": [f"K{i:05d}" for i in range(2200)],
                          "iata": rng.permutation(iata),
                          "elevation_ft": rng.gamma(2, 400, 2200).round()})
    found = col(profile_of(frame), "iata")
    assert found["stat_type"] == "identifier", found


def test_place_names_joined_by_underscores_are_words():
    """A country table's time-zone city, given where it is not the capital (`Buenos_Aires`,
    `La_Paz`, as the IANA database writes them): words joined by underscores are words still,
    and written on only some rows they are a property of the rows that have one, not their
    key. Lower-case slugs (`usd_coin`) stay keys however sparse."""
    rng = np.random.default_rng(97)
    syllables = [c + v for c in "bdfghklmnprstvz" for v in "aeiou"]
    def place() -> str:
        return "_".join("".join(rng.choice(syllables, 3)).capitalize()
                        for _ in range(rng.integers(1, 3)))
    cities = list(dict.fromkeys(place() for _ in range(400)))[:80]
    zone = np.array(cities + [""] * 120, dtype=object)
    frame = pd.DataFrame({"code": [f"C{i:03d}" for i in range(200)],
                          "zone_city": rng.permutation(zone),
                          "population": rng.gamma(2, 1e6, 200).round()})
    found = col(profile_of(frame), "zone_city")
    assert found["stat_type"] == "nominal", found
    slugs = np.array([c.lower() for c in cities] + [""] * 120, dtype=object)
    frame["zone_city"] = rng.permutation(slugs)
    assert col(profile_of(frame), "zone_city")["stat_type"] == "identifier"


def test_firm_names_ending_in_inc_are_names_not_sentences():
    """A register of hospitals by provider number: the names of the firms that run them,
    written in capitals, many ending in a company's abbreviation (`SALEM HOSPITAL, INC.`,
    `... L.L.C.`), shared by a firm's several providers. The point of an abbreviation ends no
    sentence: such names are what things are called, not free text."""
    rng = np.random.default_rng(98)
    places = ["SALEM", "ROME", "WARREN", "PAGE", "JASPER", "CAPITAL", "MERITER", "BROADVIEW",
              "CUMBERLAND", "KANSAS", "ALTA", "FROEDTERT", "HIGHLANDS", "SINAI", "MERCY"]
    kinds = ["MEMORIAL HOSPITAL", "MEDICAL CENTER", "HEALTH SERVICES", "COMMUNITY HOSPITAL",
             "SPECIALTY HOSPITAL", "HEALTH SYSTEM"]
    ends = ["", "", "", ", INC.", " INC.", ", L.L.C.", ", LLC"]
    firms = list(dict.fromkeys(f"{rng.choice(places)} {w} {rng.choice(kinds)}{rng.choice(ends)}"
                               for w in ("OF THE VALLEY", "OF THE NORTH", "REGIONAL", "COUNTY",
                                         "GENERAL", "UNITED", "SAINT LUKE")
                               for _ in range(120)))
    names = rng.choice(firms, 600)
    frame = pd.DataFrame({"npi": rng.permutation(np.arange(1_003_000_000, 1_003_000_600)),
                          "name": names, "beds": rng.integers(10, 900, 600)})
    found = col(profile_of(frame), "name")
    assert found["stat_type"] in ("nominal", "identifier"), found
    prose = [f"The patient was seen at {rng.choice(places).title()} on day {i} and went home."
             for i in range(600)]
    frame["name"] = prose
    assert col(profile_of(frame), "name")["stat_type"] == "text"


def test_coordinate_pairs_beside_a_key_are_no_names():
    """A list of airports with its own key (`ident`) and each place's latitude and longitude
    written in one cell (`37.540345, 129.115255`), a few shared by two places: numbers,
    however many to a cell, are no names the rows carry, so the pairs stay what they were
    (one per place), not categories."""
    rng = np.random.default_rng(99)
    n = 800
    pairs = [f"{rng.uniform(-60, 70):.6f}, {rng.uniform(-180, 180):.6f}" for _ in range(n - 8)]
    pairs += pairs[:8]
    frame = pd.DataFrame({"ident": [f"A{i:05d}" for i in range(n)],
                          "iata_code": [f"{chr(65 + i % 26)}{chr(65 + i // 26 % 26)}"
                                        f"{chr(65 + i // 676)}" for i in range(n)],
                          "coordinates": rng.permutation(np.array(pairs, dtype=object)),
                          "elevation_ft": rng.integers(0, 9000, n)})
    found = col(profile_of(frame), "coordinates")
    assert found["stat_type"] in ("text", "identifier"), found


def test_a_place_before_a_plural_counts_things_at_the_place():
    """A nation's daily series from a health dashboard: `hospitalCases`, the patients in
    hospital each day, whole numbers in the thousands. The place word before the plural
    says where the things counted are, not that the numbers code hospitals; `hospital_ids`
    and `state_codes` stay codes."""
    rng = np.random.default_rng(100)
    n = 600
    level = np.abs(np.cumsum(rng.normal(0, 300, n))) + 450
    frame = pd.DataFrame({"date": pd.date_range("2020-03-01", periods=n).strftime("%Y-%m-%d"),
                          "hospitalCases": level.round().astype(int),
                          "hospital_beds": (level * 1.3).round().astype(int)})
    p = profile_of(frame)
    for name in ("hospitalCases", "hospital_beds"):
        assert col(p, name)["stat_type"] in ("continuous", "discrete"), col(p, name)
    frame = pd.DataFrame({"hospital_ids": rng.choice(np.arange(1000, 1040), n),
                          "days": rng.integers(1, 30, n)})
    assert col(profile_of(frame), "hospital_ids")["stat_type"] in ("nominal", "identifier")


def test_severity_classes_in_other_languages_are_ordered():
    """The Beck inventories' classes as Spanish and Portuguese surveys write them (minima,
    leve, moderada, grave), and the same bands in French, German and Turkish, follow the
    order of the English none < mild < moderate < severe; two German words alone (leicht,
    schwer: also light and heavy) are not taken as the scale."""
    rng = np.random.default_rng(148)
    n = 300
    frame = pd.DataFrame({
        "bdi_class": rng.choice(["minima", "leve", "moderada", "grave"], n, p=[.5, .25, .15, .1]),
        "grau": rng.choice(["nenhum", "leve", "moderado", "grave"], n),
        "gravite": rng.choice(["légère", "modérée", "sévère"], n),
        "schweregrad": rng.choice(["keine", "leicht", "mittel", "schwer"], n),
        "siddet": rng.choice(["yok", "hafif", "orta", "şiddetli"], n),
        "gewicht": rng.choice(["leicht", "schwer"], n),
        "score": rng.normal(10, 3, n).round(1)})
    p = profile_of(frame)
    for name in ("bdi_class", "grau", "gravite", "schweregrad", "siddet"):
        assert col(p, name)["stat_type"] == "ordinal", name
    assert col(p, "bdi_class")["order"] == ["minima", "leve", "moderada", "grave"]
    assert col(p, "gewicht")["stat_type"] != "ordinal"


def test_a_year_numbered_from_one_is_the_year_of_a_course():
    """A student's year of the course (Portuguese 'curso_ou_ano', 'year_of_study') 1 to 4 on
    groups of nearly equal size is ordered, not the arms of a design; 'years' 1 to 4 counts
    years, and a calendar year stays a year."""
    rng = np.random.default_rng(149)
    n = 400
    year = rng.choice([1, 2, 3, 4], n, p=[.27, .25, .25, .23])
    frame = pd.DataFrame({"curso_ou_ano": year, "year_of_study": year,
                          "years": rng.choice([1, 2, 3, 4], n, p=[.4, .3, .2, .1]),
                          "arm": year, "cohort_year": rng.choice([2015, 2016, 2017], n),
                          "score": rng.normal(10, 3, n).round(1)})
    p = profile_of(frame)
    assert col(p, "curso_ou_ano")["stat_type"] == "ordinal"
    assert "years of a course" in str(col(p, "year_of_study")["reason"])
    assert col(p, "years")["stat_type"] == "discrete"
    assert col(p, "arm")["stat_type"] == "nominal"
    assert "years of a course" not in str(col(p, "cohort_year")["reason"])


def test_rounded_magnitudes_of_a_billion_and_more_are_measurements_not_counts():
    """A mineral table's bulk and shear moduli in pascals (1.29E+11, 81000000000) are whole
    numbers with two or three significant digits, a handful of values over a handful of
    rows: they were read as counts. Whole numbers of a billion and more written to at most
    three significant digits measure; a count named so, and ids, stay what they were."""
    rng = np.random.default_rng(151)
    n = 14
    frame = pd.DataFrame({
        "phase": [f"ph{i}" for i in range(n)],
        "K0": rng.choice([1.29e11, 1.05e11, 1.26e11, 1.09e11, 1.68e11, 1.71e11, 1.98e11], n),
        "mu0": rng.choice([8.1e10, 6.7e10, 8.4e10, 7.5e10, 1.07e11, 9.2e10], n),
        "n_atoms": rng.choice([2_000_000_000, 3_000_000_000, 5_000_000_000], n),
        "rho0": rng.choice([3222, 3277, 3320, 3215, 3597], n)})
    text = frame.to_csv(index=False).replace("129000000000.0", "1.29E+11")
    p = profile_csv(io.BytesIO(text.encode()))
    assert col(p, "K0")["stat_type"] == "continuous", col(p, "K0")
    assert col(p, "mu0")["stat_type"] == "continuous"
    assert col(p, "n_atoms")["stat_type"] == "discrete"
    assert col(p, "rho0")["stat_type"] in ("discrete", "continuous")
    # a derivative from minus to plus billions through 0 is not all of a billion and more
    frame["dKdX"] = rng.choice([-31_000_000_000, 0, 12_000_000_000, 20_000_000_000], n)
    assert "billion" not in str(col(profile_of(frame), "dKdX")["reason"])


def test_ranges_of_whole_numbers_quoted_in_a_comma_separated_file_are_no_decimals():
    """A city's first and last postal code written as a list ("54000,54999") in a
    comma-separated file was read as a decimal comma, 54000.54999. Two whole numbers of as
    many digits, three or more, the second not below the first, are a range; quoted decimal
    commas beside them ("81,36", "0,5") stay decimals."""
    rng = np.random.default_rng(152)
    n = 40
    low = rng.choice(np.arange(100, 999), n, replace=False) * 100
    frame = pd.DataFrame({"city": [f"City {i}" for i in range(n)],
                          "postalCodeRange": [f"{a},{a + 99}" for a in low],
                          "frequency": [f"{v:.2f}".replace(".", ",") for v in rng.gamma(2, 20, n)]})
    p = profile_of(frame)
    assert col(p, "postalCodeRange")["stat_type"] in ("identifier", "text", "nominal"), \
        col(p, "postalCodeRange")
    assert col(p, "frequency")["stat_type"] == "continuous"
    # ranges of numbers too long for a machine integer are read without overflowing
    wide = frame.assign(postalCodeRange=[f"{a}{'0' * 20},{a}{'9' * 20}" for a in low])
    assert col(profile_of(wide), "postalCodeRange")["stat_type"] in ("identifier", "text",
                                                                      "nominal")


def test_codes_whose_digits_spell_dates_stay_codes_under_a_code_name():
    """Nepal's local levels are coded province, district and number (10105 ... 70909): every
    code also reads as a date written MMDDYY with its leading zero dropped, and the column
    was typed datetime. A column named as a code or an id labels, whatever its digits could
    spell; the same numbers under a name that says date stay dates."""
    rng = np.random.default_rng(153)
    codes = sorted({int(f"{p}{d:02d}{m:02d}") for p in range(1, 8) for d in range(1, 10)
                    for m in range(1, 10)})
    codes = [int(c) for c in rng.choice(codes, 300, replace=False)]
    frame = pd.DataFrame({"municipality_code": codes, "visit_date": codes,
                          "population": rng.integers(5_000, 90_000, 300)})
    p = profile_of(frame)
    assert col(p, "municipality_code")["stat_type"] == "identifier", col(p, "municipality_code")
    assert col(p, "visit_date")["stat_type"] == "datetime"


def test_a_number_run_on_to_its_word_is_the_number_a_thing_goes_by():
    """Nordic, German and Dutch names run "nr" on to the word it numbers: Iceland's address
    register writes `postnr` (101 to 900), `husnr` (a house number) and `svfnr` (a
    municipality's number, 0 to 8722), German files `Kundennr`. They were read as
    measurements; they are the numbers things go by, as `room_nr` and `seatNr` already were.
    A count named so stays a count."""
    rng = np.random.default_rng(154)
    n = 600
    frame = pd.DataFrame({
        "postnr": rng.choice([101, 104, 105, 108, 110, 200, 210, 220, 310, 600, 603, 700,
                              800, 801, 805, 900] + list(range(111, 160, 3)), n),
        "husnr": rng.choice(np.arange(1, 400), n),
        "svfnr": rng.choice([0, 1000, 1100, 1300, 1400, 2000, 3609, 4100, 6000, 8000, 8722]
                            + list(range(5000, 5200, 7)), n),
        "Kundennr": rng.choice(np.arange(10_000, 10_800), n),
        "area_m2": rng.gamma(3, 40, n).round(1)})
    p = profile_of(frame)
    for name in ("postnr", "husnr", "svfnr", "Kundennr"):
        assert col(p, name)["stat_type"] in ("nominal", "identifier"), col(p, name)


def test_an_occupation_coded_by_a_classification_is_a_code():
    """Registers and censuses code a person's occupation by a classification: France's
    socio-professional categories run from 10 to 86 in groups of tens (31 farmers on small
    holdings, 33 public service executives, 74 former executives), 31 of them in use. Past the
    25 levels the small-code rules look at, they were read as scores within 0 to 100. Named as
    the occupation or profession they are codes; a count of professions stays a count."""
    rng = np.random.default_rng(158)
    n = 400
    csp = [10, 11, 12, 13, 21, 22, 23, 31, 33, 34, 35, 37, 38, 42, 43, 45, 46, 47, 48, 52, 53,
           54, 55, 56, 61, 66, 69, 71, 72, 74, 84, 85, 86]
    frame = pd.DataFrame({"profession": rng.choice(csp, n), "occupation": rng.choice(csp, n),
                          "n_professions": rng.choice(csp, n),
                          "occupation_rate": rng.integers(20, 99, n),
                          "age": rng.integers(30, 80, n)})
    p = profile_of(frame)
    for name in ("profession", "occupation"):
        assert col(p, name)["stat_type"] == "nominal", col(p, name)
    # a count of professions, and a rate the word only qualifies, stay amounts
    for name in ("n_professions", "occupation_rate"):
        assert col(p, name)["stat_type"] == "discrete", col(p, name)


def test_a_prefix_of_a_code_labels_what_it_codes():
    """Indonesia's identity numbers open with a six-digit district prefix (province,
    regency, district: 110101 ... 967110), one per district in a table of districts; it was
    read as a continuous quantity. A prefix is the leading part of a code: the key of such a
    table, and a code where rows share it."""
    rng = np.random.default_rng(1581)
    prefixes = sorted({int(f"{p}{k:02d}{d:02d}") for p in range(11, 97, 2)
                       for k in range(1, 30, 3) for d in range(1, 20, 2)})
    chosen = [int(c) for c in rng.choice(prefixes, 2000, replace=False)]
    frame = pd.DataFrame({"nik_prefix": chosen, "dialling_prefix": rng.choice(
        [1, 7, 20, 27, 30, 31, 33, 34, 39, 44, 49, 52, 55, 61, 62, 81, 86, 90, 91, 234, 254,
         352, 358, 880, 971] + list(range(200, 299, 3)), 2000),
        "prefix_length": rng.choice([8, 12, 16, 20, 22, 24, 26, 28, 30, 32], 2000),
        "area_km2": rng.gamma(2, 300, 2000).round(2)})
    p = profile_of(frame)
    assert col(p, "nik_prefix")["stat_type"] == "identifier", col(p, "nik_prefix")
    assert col(p, "dialling_prefix")["stat_type"] == "nominal", col(p, "dialling_prefix")
    # a network prefix's length in bits is an amount: prefix says code only as the last word
    assert col(p, "prefix_length")["stat_type"] == "discrete", col(p, "prefix_length")


def test_a_scale_beside_a_level_never_given_is_still_a_scale():
    """ONE's country concordance gives the World Bank's income groups, Low ... High income,
    and "Not classified" for the two countries the Bank has not placed: the fifth level kept
    the four from their known order, and the column was typed nominal. Words a register
    writes where no level was given are no point on the scale, as a survey's "don't know"
    is not; a scale of unknown words beside them stays unordered."""
    rng = np.random.default_rng(161)
    n = 250
    groups = ["High income", "Upper middle income", "Lower middle income", "Low income"]
    income = list(rng.choice(groups, n - 2)) + ["Not classified"] * 2
    hazard = list(rng.choice(["Low", "Medium", "High"], n - 6)) + ["Not assessed"] * 6
    plain = list(rng.choice(["Andes", "Alps", "Atlas"], n - 2)) + ["Not classified"] * 2
    frame = pd.DataFrame({"income_level": income, "hazard": hazard, "range": plain,
                          "gdp": rng.gamma(2, 5_000, n).round(1)})
    p = profile_of(frame)
    assert col(p, "income_level")["stat_type"] == "ordinal", col(p, "income_level")
    assert col(p, "hazard")["stat_type"] == "ordinal", col(p, "hazard")
    assert col(p, "range")["stat_type"] == "nominal", col(p, "range")


def test_the_car_data_levels_cut_short_are_still_ordered():
    """The UCI car evaluation data, as the KEEL repository ships it, writes its levels cut
    short: buying price vhigh, high, med, low ("very" cut to a v); a luggage boot small, med,
    big; doors 2, 3, 4, 5more; persons 2, 4, more. All of them were typed as unordered codes.
    A v before a word of a known scale says "very"; med and big are sizes; a count's open top
    is past its numbers, written with its number run on or as "more" alone. Words that only
    begin with a v stay names."""
    rng = np.random.default_rng(162)
    n = 400
    frame = pd.DataFrame({
        "buying": rng.choice(["vhigh", "high", "med", "low"], n),
        "lug_boot": rng.choice(["small", "med", "big"], n),
        "doors": rng.choice(["2", "3", "4", "5more"], n),
        "persons": rng.choice(["2", "4", "more"], n),
        "city": rng.choice(["vienna", "valencia", "vilnius", "oslo"], n),
        "price": rng.gamma(2, 9_000, n).round(0)})
    p = profile_of(frame)
    assert col(p, "buying")["stat_type"] == "ordinal", col(p, "buying")
    assert col(p, "buying")["order"] == ["low", "med", "high", "vhigh"]
    assert col(p, "lug_boot")["order"] == ["small", "med", "big"]
    assert col(p, "doors")["order"] == ["2", "3", "4", "5more"]
    assert col(p, "persons")["order"] == ["2", "4", "more"]
    assert col(p, "city")["stat_type"] == "nominal", col(p, "city")


def test_a_key_written_with_a_decimal_point_is_a_key():
    """Registers number records by year and a number in the year and store it as a real
    number: the EPSG dataset's change requests go from 1994.01 to 2026.059 (1995.1 is the
    tenth of 1995, its zero dropped). All distinct under a name that says id, they are the
    rows' keys, not a measurement; distinct decimals under other names stay measurements."""
    rng = np.random.default_rng(165)
    ids = sorted({round(y + k / 1000 if k > 99 else y + k / 100, 3)
                  for y in range(1994, 2027) for k in rng.choice(range(1, 140), 12)})
    n = len(ids)
    frame = pd.DataFrame({"change_id": ids, "recordID": [i + 0.5 for i in range(n)],
                          "latitude": rng.uniform(-60, 70, n).round(4),
                          "fluid_ml": rng.gamma(3, 40, n).round(3)})
    p = profile_of(frame)
    for name in ("change_id", "recordID"):
        assert col(p, name)["stat_type"] == "identifier", col(p, name)
    for name in ("latitude", "fluid_ml"):
        assert col(p, name)["stat_type"] == "continuous", col(p, name)


def test_an_edge_list_whose_ends_are_cut_to_a_letter_joins_nodes():
    """MATPOWER's branch tables name a line's two ends F_BUS and T_BUS: bus numbers that the
    rows share, read as a continuous quantity. Cut to f and t beside a word both names
    share, they are the ends of an edge list as from_bus and to_bus are; f and t alone (a
    frequency, a time) stay amounts."""
    rng = np.random.default_rng(166)
    buses = np.arange(114, 1790)
    n = 450
    f_bus = np.sort(rng.choice(buses, n))
    t_bus = np.array([rng.choice(buses) for _ in range(n)])
    t_bus[: n // 2] = f_bus[n // 2:]
    frame = pd.DataFrame({"F_BUS": f_bus.astype(float), "T_BUS": t_bus.astype(float),
                          "BR_R": rng.gamma(2, 7, n).round(5),
                          "f": rng.integers(50, 400, n), "t": rng.integers(50, 400, n)})
    p = profile_of(frame)
    for name in ("F_BUS", "T_BUS"):
        assert col(p, name)["stat_type"] == "nominal", col(p, name)
    for name in ("f", "t"):
        assert col(p, name)["stat_type"] in ("continuous", "discrete"), col(p, name)


def test_a_numeronym_in_a_name_is_one_word():
    """Odoo's localisation modules prefix their fields with l10n (localization cut to its
    ends around their count): its n was read as a number of things, so a code named
    l10n_ro_siruta was counts. A numeronym is one word; n_items still counts."""
    rng = np.random.default_rng(1681)
    n = 600
    codes = rng.choice(np.arange(1026, 9000), 120, replace=False)
    frame = pd.DataFrame({"l10n_ro_siruta": rng.choice(codes, n),
                          "i18n_message_key": rng.choice(codes, n),
                          "n_items": rng.poisson(4, n)})
    p = profile_of(frame)
    for name in ("l10n_ro_siruta", "i18n_message_key"):
        assert col(p, name)["stat_type"] in ("nominal", "identifier"), col(p, name)
    assert col(p, "n_items")["stat_type"] == "discrete", col(p, "n_items")


def test_a_language_coded_by_numbers_is_unordered():
    """SIX's bank master codes an office's language 1 German, 2 French, 3 Italian; three
    whole-number levels were read as a scale. A name whose word is lang names a language,
    as language does: categories with no order."""
    rng = np.random.default_rng(1682)
    n = 400
    frame = pd.DataFrame({"bank_lang": rng.choice([1, 2, 3], n, p=[0.7, 0.2, 0.1]),
                          "satisfaction": rng.choice([1, 2, 3], n, p=[0.2, 0.5, 0.3])})
    p = profile_of(frame)
    assert col(p, "bank_lang")["stat_type"] == "nominal", col(p, "bank_lang")
    assert col(p, "satisfaction")["stat_type"] == "ordinal", col(p, "satisfaction")


def test_whole_numbers_that_never_repeat_where_amounts_would_are_keys():
    """Romania's SIRUTA codes: 13 756 whole numbers from 1026 to 180082, each on one row.
    Drawn as amounts over that span they would fall on a value already drawn some 500
    times even if spread evenly; none repeating is numbers given to tell rows apart. Amounts
    of the same size do repeat, and a few hundred distinct numbers over a wide span are no
    evidence either way."""
    rng = np.random.default_rng(1683)
    # in the order of the counties, not of the codes, as Romania's list is
    codes = rng.choice(np.arange(1026, 180083), 4000, replace=False)
    sparse = rng.choice(np.arange(10_000, 5_000_000), 250, replace=False)
    frame = pd.DataFrame({"siruta": codes, "weight_g": rng.integers(1026, 180083, 4000),
                          "salary": np.resize(sparse, 4000)})
    frame.loc[250:, "salary"] = rng.integers(10_000, 5_000_000, 3750)
    p = profile_of(frame)
    assert col(p, "siruta")["stat_type"] == "identifier", col(p, "siruta")
    assert col(p, "weight_g")["stat_type"] == "continuous", col(p, "weight_g")
    small = pd.DataFrame({"grant": sparse})
    assert col(profile_of(small), "grant")["stat_type"] != "identifier"


def test_codes_of_a_list_sorted_by_them_are_codes_however_they_rise():
    """Iran's provinces listed by their two-digit codes (10, 12, 13, ..., 29, 31, 44, 49, 55,
    ..., 99) rise row by row in uneven steps, as a population growing year by year does, and
    were read as such a quantity. Under a name that says code they label the rows; a
    population so rising stays an amount."""
    codes = [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 31,
             44, 49, 55, 61, 62, 63, 64, 66, 77, 88, 99]
    rng = np.random.default_rng(169)
    growth = np.cumsum(rng.integers(900, 1100, len(codes))) + 50_000
    frame = pd.DataFrame({"code": codes, "population": growth})
    p = profile_of(frame)
    assert col(p, "code")["stat_type"] in ("identifier", "nominal"), col(p, "code")
    assert col(p, "population")["stat_type"] == "continuous", col(p, "population")


def test_a_chromosome_by_its_number_is_a_label():
    """GNU Health's genes on alternate loci give the chromosome as its number (6, 19, 22):
    eleven whole numbers from 1 to 22 were read as counts. A chromosome's number labels it
    (and X and Y sit beside the numbers); a count of chromosomes stays a count."""
    rng = np.random.default_rng(174)
    n = 300
    chromosomes = rng.choice([1, 2, 3, 6, 7, 11, 15, 17, 19, 21, 22], n)
    frame = pd.DataFrame({"chromosome": chromosomes, "chrom": chromosomes,
                          "n_chromosomes": rng.choice([44, 45, 46, 47, 48, 49], n,
                                                      p=[.02, .05, .8, .1, .02, .01])})
    p = profile_of(frame)
    for name in ("chromosome", "chrom"):
        assert col(p, name)["stat_type"] == "nominal", col(p, name)
    assert col(p, "n_chromosomes")["stat_type"] != "nominal", col(p, "n_chromosomes")


def test_a_degree_ending_in_city_is_not_a_city():
    """GNU Health's recreational drugs rate toxicity 1 Low, 2 High, 3 Extreme: the 'city' inside
    'toxicity' made the three levels codes of places. Nouns of a degree built with -city
    (toxicity, electricity, capacity, velocity) are not towns; a home city stays a place."""
    rng = np.random.default_rng(175)
    n = 120
    levels = rng.choice([1, 2, 3], n, p=[.4, .35, .25])
    frame = pd.DataFrame({"toxicity": levels, "opacity": levels,
                          "home_city": rng.choice([1, 2, 3, 4, 5], n)})
    p = profile_of(frame)
    for name in ("toxicity", "opacity"):
        assert col(p, name)["stat_type"] != "nominal", col(p, name)
    assert col(p, "home_city")["stat_type"] == "nominal", col(p, "home_city")


def test_levels_mirrored_around_zero_are_a_signed_scale_not_codes():
    """The WHO growth curves name each curve by its z-score (-3, -2, 0, 2, 3) in a column
    called 'type': the name made them codes of categories. Codes are not negative but for a
    code of missing, and survey codes of missing (-1, -3, -4) have no positive twins: levels
    whose negatives mirror their positives are positions on a signed scale."""
    rng = np.random.default_rng(1751)
    n = 300
    frame = pd.DataFrame({"type": np.tile([-3, -2, 0, 2, 3], n // 5),
                          "region": rng.choice([-4, -3, 1, 2, 3, 4], n,
                                               p=[.05, .05, .25, .25, .2, .2])})
    p = profile_of(frame)
    assert col(p, "type")["stat_type"] in ("ordinal", "discrete", "continuous"), col(p, "type")
    assert col(p, "region")["stat_type"] == "nominal", col(p, "region")


def test_groups_of_a_small_file_even_by_chance_are_not_a_design():
    """27 drugs rated 1, 2, 3 on 10, 10 and 7 of them were read as the arms of a design: with
    nine rows a level, chance alone spreads even draws that far. Below 25 rows a level only
    sizes a design gives (9, 9, 9) make codes; a larger file keeps the fifth of the mean."""
    rng = np.random.default_rng(1752)
    frame = pd.DataFrame({"harm": rng.permutation([1] * 10 + [2] * 10 + [3] * 7),
                          "assigned": rng.permutation([1] * 9 + [2] * 9 + [3] * 9)})
    p = profile_of(frame)
    assert col(p, "harm")["stat_type"] == "ordinal", col(p, "harm")
    assert col(p, "assigned")["stat_type"] == "nominal", col(p, "assigned")


def test_a_boolean_word_standing_for_a_special_case_among_numbers_is_not_a_code():
    """Showdown's moves give accuracy in percent and True for a move that never misses (a
    JSON field that is a number or true): 'codes that mix numbers with letters'. One of
    true and false among numbers marks a special case, as a placeholder does; codes with
    letters (A, B1) stay codes."""
    rng = np.random.default_rng(177)
    n = 400
    accuracy = rng.choice(["100", "95", "90", "85", "80", "75", "70", "50", "True"], n,
                          p=[.45, .05, .08, .04, .02, .02, .02, .02, .30])
    codes = rng.choice(["1", "2", "3", "4", "5", "6", "A"], n)
    frame = pd.DataFrame({"accuracy": accuracy, "section": codes})
    p = profile_of(frame)
    assert col(p, "accuracy")["stat_type"] in ("continuous", "discrete"), col(p, "accuracy")
    assert col(p, "section")["stat_type"] not in ("continuous", "discrete"), col(p, "section")


def test_whole_numbers_in_a_column_named_name_are_labels():
    """Swiss Post's postcodes, in an Odoo import file whose column for the record's name is
    'name' (1000 ... 9658, several entries to a postcode), were read as a continuous quantity.
    A name or a label names things, whatever it is written with: repeated, codes; each once,
    keys. A length of a name stays an amount."""
    rng = np.random.default_rng(179)
    n = 5300
    postcodes = np.sort(rng.choice(rng.choice(np.arange(1000, 9700), 3500, replace=False), n))
    frame = pd.DataFrame({"name": postcodes,
                          "name_length": rng.poisson(40, n) * 37 + rng.integers(0, 37, n)})
    p = profile_of(frame)
    assert col(p, "name")["stat_type"] in ("nominal", "identifier"), col(p, "name")
    assert col(p, "name_length")["stat_type"] in ("continuous", "discrete"), col(p, "name_length")
    labels = pd.DataFrame({"label": rng.choice(np.arange(1, 100_000), 60, replace=False),
                           "weight": rng.choice(np.arange(1, 100_000), 60, replace=False)})
    p = profile_of(labels)
    assert col(p, "label")["stat_type"] == "identifier", col(p, "label")
    assert col(p, "weight")["stat_type"] in ("continuous", "discrete"), col(p, "weight")


def test_numbers_more_spread_than_amounts_drawn_over_their_span_are_labels():
    """INSEE's codes of countries: 234 countries over 99101 to 99517, 211 distinct, a few
    territories sharing their country's code, were read as a quantity. Amounts drawn over a
    span, however evenly, would take about 180 distinct values there; numbers that spread
    further were handed out one by one. Amounts that heap stay amounts."""
    rng = np.random.default_rng(180)
    codes = rng.choice(np.arange(99101, 99518), 211, replace=False)
    shared = rng.choice(codes, 23)
    heights = np.round(rng.normal(170, 9, 234)).astype(int)
    frame = pd.DataFrame({"fr_cog": rng.permutation(np.concatenate([codes, shared])),
                          "height": heights,
                          "draws": rng.integers(99101, 99518, 234)})
    p = profile_of(frame)
    assert col(p, "fr_cog")["stat_type"] in ("identifier", "nominal"), col(p, "fr_cog")
    assert col(p, "height")["stat_type"] in ("continuous", "discrete"), col(p, "height")
    assert col(p, "draws")["stat_type"] in ("continuous", "discrete"), col(p, "draws")


def test_whole_numbers_that_carry_a_check_digit_are_labels():
    """The TSCA inventory as thermo ships it writes CAS registry numbers as whole numbers
    without their dashes (50000 for 50-00-0): 67 635 distinct values over 50000 to
    1807944826, in no order, were read as a quantity. A CAS number's last digit is a check
    digit computed from the others, as a barcode's (GTIN) and a card's (Luhn) are: numbers
    drawn as amounts pass such a check one time in ten, so a column whose values nearly all
    pass one holds codes. Amounts of the same size stay amounts."""
    rng = np.random.default_rng(184)

    def cas(body):
        digits = [int(d) for d in str(body)]
        return body * 10 + sum(i * d for i, d in enumerate(reversed(digits), start=1)) % 10

    def luhn(body):
        total = 0
        for i, d in enumerate(reversed([int(d) for d in str(body)])):
            total += d if i % 2 else (2 * d // 10 + 2 * d % 10)
        return body * 10 + (-total) % 10

    bodies = rng.choice(np.arange(5_000, 180_000_000), 600, replace=False)
    frame = pd.DataFrame({"CASRN": [cas(int(b)) for b in bodies],
                          "member": [luhn(int(b)) for b in rng.choice(
                              np.arange(10**8, 10**9), 600, replace=False)],
                          "tonnes": rng.choice(np.arange(50_000, 1_800_000_000), 600,
                                               replace=False)})
    p = profile_of(frame)
    assert col(p, "CASRN")["stat_type"] == "identifier", col(p, "CASRN")
    assert "check digit" in str(col(p, "CASRN")["reason"])
    assert col(p, "member")["stat_type"] == "identifier", col(p, "member")
    assert col(p, "tonnes")["stat_type"] in ("continuous", "discrete"), col(p, "tonnes")
