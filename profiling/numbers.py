"""Numbers as people write them in a CSV: with a currency sign or code, a percent sign,
marks between thousands, a unit, a magnitude, an uncertainty, a closing mark, in
sexagesimal, in feet and inches, as durations, as approximations, or with the typographic
minus sign. Each reader turns a column's strings into the numbers they write, NaN where a
string writes none.

The profiler decides how a column writes its numbers (profile.py); the readers here are
what it, the evaluation runs and the exported script read them with.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
from babel.numbers import list_currencies

BOUND_MARK = r"^[<>]=?\s*|^\[\s*|\s*\]$"   # what is taken off either to leave the number

# Text written as a Python bytes literal (b'23:00'), as a frame read from SAS or Stata and
# written out again without decoding leaves it: read as the text inside.
BYTES_LITERAL = re.compile(r"""^b(['"])(.*)\1$""", re.DOTALL)
# Numbers written for people to read: a currency sign ($1,234.50, 12.50 €), a percent sign
# (45.5%), commas between thousands (1,234,567), a negative amount in parentheses as
# accounts write it ((1,234.00)). Read as the number written: 45.5% is 45.5.
CURRENCY_SIGNS = "$€£¥₹₺"
THOUSANDS = re.compile(r"^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$")
# A dot between thousands and a comma before the decimals (1.045,00; 3.500), as most of
# Europe and Latin America write amounts: a whole cell, or one amount within a label
EU_AMOUNT = r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?"
EU_THOUSANDS = re.compile(rf"^[+-]?{EU_AMOUNT}$")
# Thousands set apart by a space, as the UN's tables and French and Nordic writers do
# ("663 106", with a no-break or a narrow no-break space too), or by an apostrophe, as Swiss
# writers and some exports do ("1'147", "32'643", with a typographic one too)
SPACED_THOUSANDS = re.compile(r"^[+-]?[1-9]\d{0,2}([ \u00a0\u202f'\u2019]\d{3})+([.,]\d+)?$")
# A currency's ISO 4217 code before or after the amount ("USD 1,200", "1.250,00 TRY"; TL as
# Turkish prices write the lira), from CLDR's list that Babel ships.
CURRENCY_CODES = frozenset(list_currencies()) | {"TL"}
CURRENCY_CODE = re.compile(r"^([A-Z]{3})\s?(?=[(+-]?\d)|(?<=\d)\s?([A-Z]{3}|TL)$")
WRITTEN_MARK = re.compile(rf"[{CURRENCY_SIGNS}%]|^\(.*\)$|^[A-Z]{{3}}\s?[(+-]?\d|\d\s?(?:[A-Z]{{3}}|TL)$")
# Durations written with their units ("1h 21m", "3 days", "45 sec", "2 hours 5 minutes"),
# in ISO 8601 ("PT1H30M") or on a clock past a day's hours or in a column named as a
# duration ("26:15:00", "duration" 1:02:33): seconds. A lone "m", "s" or "w" may be metres
# or another unit: only beside another part ("1h 21m").
DURATION_SECONDS = {"w": 604_800, "wk": 604_800, "wks": 604_800, "week": 604_800,
                    "weeks": 604_800, "d": 86_400, "day": 86_400, "days": 86_400, "h": 3_600,
                    "hr": 3_600, "hrs": 3_600, "hour": 3_600, "hours": 3_600, "m": 60, "min": 60,
                    "mins": 60, "minute": 60, "minutes": 60, "s": 1, "sec": 1, "secs": 1,
                    "second": 1, "seconds": 1}
AMBIGUOUS_UNITS = {"w", "m", "s"}
DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]+)")
ISO_DURATION = re.compile(r"^P(?!$)(\d+[YMWD])*(T(?=\d)(\d+(\.\d+)?[HMS])+)?$")
# A number and its unit ("84 kg", "2.5 GHz", "1,200 sq ft", "16GB"): one unit over the
# column (singular or plural), of two letters or more; "1st" or "2nd" is a rank.
WITH_UNIT = re.compile(r"^([+-]?\d[\d,]*(?:\.\d+)?)\s*([a-z][a-z /.²³]{1,11}|°\s?[a-z]|[℃℉\"″])$",
                       re.IGNORECASE)
NOT_UNITS = {"st", "nd", "rd", "th", "am", "pm", "a.m.", "p.m."}
# The suffix of an ordinal number, read as the start of a unit ("th grade" in "9th grade")
ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\s")
# Units that differ by a metric prefix alone, as one column of specifications mixes them
# (3.5 GHz beside 800 MHz, 512 MB beside 2 GB): each a multiple of the family's first unit.
# Written in lower case, as the units are matched: "mhz" and "mw" are taken as mega, as
# processors' clocks and power plants' capacities write them.
UNIT_FAMILIES: tuple[dict[str, float], ...] = (
    {"hz": 1, "khz": 1e3, "mhz": 1e6, "ghz": 1e9, "thz": 1e12},
    {"b": 1, "kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12, "pb": 1e15, "kib": 2.0 ** 10,
     "mib": 2.0 ** 20, "gib": 2.0 ** 30, "tib": 2.0 ** 40},
    {"mm": 1e-3, "cm": 1e-2, "m": 1, "km": 1e3},
    {"mg": 1e-3, "g": 1, "kg": 1e3},
    {"ml": 1e-3, "cl": 1e-2, "dl": 1e-1, "l": 1},
    {"w": 1, "kw": 1e3, "mw": 1e6, "gw": 1e9},
    {"wh": 1, "kwh": 1e3, "mwh": 1e6, "gwh": 1e9, "twh": 1e12},
    {"mm²": 1e-6, "cm²": 1e-4, "m²": 1, "km²": 1e6},
)
# Numbers written with their magnitude after them, as scraped tables and reports write
# counts and amounts ("2.4K", "$1.2M", "3.5bn", "15k"): read as the number they stand for.
# A lone "m", "b" or "t" may be metres, bytes or tonnes, and "2T" or "4B" a size or a
# pencil's grade: of the one-letter magnitudes only K and M stand alone; the others, and
# a lower-case m, are magnitudes only beside another magnitude or a currency sign.
MAGNITUDE = re.compile(rf"^[+-]?\s*([{CURRENCY_SIGNS}]?)\s*[+-]?(\d[\d,]*(?:\.\d+)?)\s*"
                       r"(k|m|b|t|mn|mln|bn|tn|thousand|million|billion|trillion)?$",
                       re.IGNORECASE)
MAGNITUDES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6,
              "b": 1e9, "bn": 1e9, "billion": 1e9, "t": 1e12, "tn": 1e12, "trillion": 1e12}
# Numbers written with their uncertainty, as physics and chemistry tables write measured
# values: in parentheses after the last digits ("13.598434599702(12)", NIST's and CODATA's
# form) or after a plus-minus sign ("1.18 ± 0.02", "1.18 +/- 0.02"); a whole value in
# parentheses or square brackets ("(13.5984(12))", "[7.2]") marks it derived or interpolated.
# Read as the number, its uncertainty dropped.
UNCERTAIN = re.compile(r"^[(\[]?\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*"
                       r"(\(\d+\)|(?:±|\+/-|\+-)\s*\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)?\s*[)\]]?$")
# A number given as an approximation, as scraped tables and notes write one ("~129", "≈ 40",
# "ca. 300", "approx. 12"): the number. Not "c." alone, which also dates ("c. 1900").
APPROXIMATE = re.compile(r"^(?:[~≈∼]|(?i:ca|approx|circa|about)\.?\s)\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))$")
# A number with a closing mark after it ("0.16);", "3;"), as a database dump or a program's
# output leaves one after the last field of every line: one mark over the column.
WITH_TRAIL = re.compile(r"^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*([)\]};]+)$")
# Angles and hours in sexagesimal, as astronomical and geographic tables write them: parts
# apart with spaces, the minutes and seconds in two digits and the last with a fraction
# ("23 59 12.53", "-00 29 09.0", "+ 8 02.5"; whole parts apart are as often a phone number),
# or with their marks and a hemisphere ("24°28'N", "40°26′46.5″W"). One number in the unit
# of the first part, south and west negative.
SPACED_SEXAGESIMAL = re.compile(r"^([+-]?)\s*(\d{1,3})\s+([0-5]\d)(?:\s+([0-5]\d))?(\.\d+)$")
MARKED_SEXAGESIMAL = re.compile(r"^([+-]?)\s*(\d{1,3}(?:\.\d+)?)\s*°\s*(?:(\d{1,2}(?:\.\d+)?)\s*['′]\s*"
                                r"(?:(\d{1,2}(?:\.\d+)?)\s*(?:\"|″|'')\s*)?)?([NSEWnsew]?)$")
# Degrees and minutes (and seconds) joined by hyphens with the hemisphere after them, as
# NOAA's and WMO's station lists write positions (49-13N, 123-26W, 096-47-30W).
HYPHENED_SEXAGESIMAL = re.compile(r"^(\d{1,3})-([0-5]\d)(?:-([0-5]\d))?([NSEWnsew])$")
# A length in feet and inches, as US rosters and forms write a height (5'10", 6′ 1″, 6').
FEET_INCHES = re.compile(r"^(\d{1,2})\s*['′’]\s*(?:(\d{1,2}(?:\.\d+)?)\s*(?:[\"″”]|'')?)?$")
# How every one of those begins: a number, maybe after a sign, a currency sign or an
# opening parenthesis; or an ISO 8601 duration.
WRITTEN_START = re.compile(rf"^\(?[+-]?\s*[{CURRENCY_SIGNS}]?\s*[+-]?\d|^P(\d|T\d)|^[A-Z]{{3}}\s?[(+-]?\d|"
                           r"^[~≈∼]\s*\d|^(?i:ca|approx|circa|about)\.?\s+\d")
CLOCK = re.compile(r"^\d+:\d{2}:\d{2}(\.\d+)?$")
# A duration as pandas writes a Timedelta ("0 days 12:06:37", "-1 days +23:59:59.5")
TIMEDELTA = re.compile(r"^-?\d+ days? [+-]?\d{2}:\d{2}:\d{2}(\.\d+)?$")
DURATION_NAME = re.compile(r"duration|elapsed|runtime|run_time|time_taken|time_spent|length",
                           re.IGNORECASE)


# A rate's period after an amount, as listings write rents and wages ("$1,200/mo", "$25/hr",
# "€90 per night"): the amount is the number.
PER_PERIOD = re.compile(r"(?<=\d)\s*(?:/|per\s+)(?:mo|mon|month|yr|year|annum|hr|hour|wk|week|day|"
                        r"night|person)\.?$", re.IGNORECASE)


def _marked_numbers(text: pd.Series) -> pd.Series:
    """Numbers written with a currency sign or code, a percent sign, marks between thousands
    or in accounting parentheses, as plain numbers (NaN where a string is none of these). A
    plus after the digits ("$299,000+", a new home's price from that much) is read as the
    amount it starts from, as a bound (<0.006) is read as its limit."""
    text = text.str.strip().str.replace(PER_PERIOD, "", regex=True)
    text = text.str.replace(r"(?<=\d)\s*\+$", "", regex=True)
    # a currency's code, where it is one ("USD 1,200"; not "ABC 12", a label and a number)
    text = text.str.replace(CURRENCY_CODE, lambda m: "" if (m[1] or m[2]) in CURRENCY_CODES
                            else m[0], regex=True)
    # "1 234,5": thousands set apart by a space leave the comma to the decimals; the
    # apostrophes of "32'643" go as the spaces do below
    text = text.where(~text.str.match(SPACED_THOUSANDS),
                      text.str.replace(",", ".", regex=False).str.replace(r"['\u2019]", "",
                                                                          regex=True))
    # "1.250,00" and "99,90": points between thousands and a decimal comma, as a Turkish
    # price is written (a comma before three digits stays a thousands separator)
    european = text.str.match(EU_THOUSANDS) & text.str.contains(",", regex=False) \
        | text.str.match(r"^[+-]?\d+,\d{1,2}$")
    text = text.where(~european, text.str.replace(".", "", regex=False).str.replace(",", "."))
    negative = text.str.match(r"^\(.*\)$")
    text = text.str.replace(r"^\((.*)\)$", r"\1", regex=True)
    text = text.str.replace(rf"[{CURRENCY_SIGNS}%\s]", "", regex=True)
    grouped = text.str.match(THOUSANDS)
    text = text.where(~grouped, text.str.replace(",", "", regex=False))
    numbers = pd.to_numeric(text, errors="coerce")
    return numbers.where(~negative, -numbers)


def _magnitude_numbers(text: pd.Series, decided: bool = False) -> pd.Series:
    """The numbers of strings written with a magnitude after them ("2.4K" is 2400), plain
    numbers among them as written; NaN for the rest, and for all of them when the only
    magnitude is one that does not stand alone (MAGNITUDE) and no currency sign is written,
    unless the column was already read as magnitudes (decided)."""
    text = text.str.strip()
    parts = text.str.extract(MAGNITUDE)
    written = set(parts[2].dropna())
    if not decided and len({w.lower() for w in written}) < 2 and written & {"m", "b", "B", "t", "T"} \
            and not parts[0].fillna("").ne("").any():
        return pd.Series(np.nan, index=text.index)
    digits = parts[1].where(~parts[1].str.contains(",", na=False)
                            | parts[1].str.match(THOUSANDS, na=False))
    numbers = pd.to_numeric(digits.str.replace(",", "", regex=False), errors="coerce")
    numbers = numbers.where(~text.str.match(r"^-|^[^\d]*-"), -numbers)
    # 4.1 * 1e6 is 4099999.9999999995: rounded to what the written digits can say
    return (numbers * parts[2].str.lower().map(MAGNITUDES).fillna(1.0)).round(6)


def _uncertain_numbers(text: pd.Series) -> pd.Series:
    """The numbers of strings written with their uncertainty (UNCERTAIN), plain numbers
    among them as written; NaN for the rest."""
    parts = text.str.strip().str.extract(UNCERTAIN)
    return pd.to_numeric(parts[0], errors="coerce")


def _unit_of(text: pd.Series) -> str | None:
    """The one unit that these strings write their numbers with (the commonest of units that
    differ by a metric prefix alone), or None."""
    found = text.str.strip().str.extract(WITH_UNIT)[1].dropna().str.strip().str.lower()
    units = set(found.str.rstrip("s"))
    if not len(found) or units & NOT_UNITS or found.iloc[0] in NOT_UNITS:
        return None
    if any(ORDINAL_SUFFIX.match(u) for u in units):
        return None   # "9th grade", "1st floor": an ordinal number before a noun, a position
    if len(units) == 1:
        return units.pop()
    if _unit_family(units) is None:
        return None
    return str(found.str.rstrip("s").value_counts().index[0])


def _unit_family(units: set[str]) -> dict[str, float] | None:
    """The one family of UNIT_FAMILIES that holds all these units, or None."""
    return next((family for family in UNIT_FAMILIES if units <= family.keys()), None)


def _numbers_with_unit(text: pd.Series, unit: str | None = None) -> pd.Series:
    """The numbers of strings written with one unit, in that unit (those written with another
    unit of its family converted to it), NaN for the rest."""
    unit = unit or _unit_of(text)
    parts = text.str.strip().str.extract(WITH_UNIT)
    written = parts[1].str.strip().str.lower().str.rstrip("s")
    numbers = pd.to_numeric(parts[0].str.replace(",", "", regex=False), errors="coerce")
    if unit is None:
        return numbers.where(pd.Series(False, index=numbers.index))
    family = _unit_family({unit})
    if family is None:
        return numbers.where((written == unit).fillna(False).astype(bool))
    base = family[unit]
    return numbers * written.map(lambda u: family[u] / base if u in family else np.nan)


def _yes_no_numbers(text: pd.Series) -> pd.Series:
    """Numbers among which "yes" stands for 1 and "no" for 0, as a survey's export writes
    them (years of education: no, 6, 11, yes), read as those numbers."""
    said = text.str.strip().str.lower().map(YES_NO_NUMBERS)
    return said.fillna(pd.to_numeric(text, errors="coerce"))


def _approximate_numbers(text: pd.Series) -> pd.Series:
    """Numbers, some of them given as approximations (~129, ca. 300), read as the numbers."""
    given = text.str.strip().str.extract(APPROXIMATE)[0]
    return pd.to_numeric(given.fillna(text), errors="coerce")


def _trail_of(text: pd.Series) -> str | None:
    """The one closing mark that these strings write after their numbers, or None."""
    marks = text.str.strip().str.extract(WITH_TRAIL)[1].dropna()
    return marks.iloc[0] if len(marks) and (marks == marks.iloc[0]).all() else None


def _numbers_with_trail(text: pd.Series, trail: str | None = None) -> pd.Series:
    """The numbers of strings that each end in one and the same closing mark, NaN for the
    rest (and for all of them when the marks differ)."""
    trail = trail or _trail_of(text)
    parts = text.str.strip().str.extract(WITH_TRAIL)
    numbers = pd.to_numeric(parts[0], errors="coerce")
    return numbers.where((parts[1] == trail).fillna(False).astype(bool) & (trail is not None))


def _sexagesimal(text: pd.Series) -> pd.Series:
    """Angles or hours written in sexagesimal (see SPACED_SEXAGESIMAL) as one number each,
    NaN where a string is not so written."""
    text = text.str.strip()
    spaced = text.str.extract(SPACED_SEXAGESIMAL)
    # the fraction belongs to the last part written: the seconds, or the minutes
    last_is_minutes = spaced[3].isna()
    minutes = pd.to_numeric(spaced[2] + spaced[4].where(last_is_minutes, ""), errors="coerce")
    seconds = pd.to_numeric(spaced[3] + spaced[4], errors="coerce").fillna(0)
    value = pd.to_numeric(spaced[1], errors="coerce") + minutes / 60 + seconds / 3600
    value = value.where(spaced[0] != "-", -value)
    marked = text.str.extract(MARKED_SEXAGESIMAL)
    other = (pd.to_numeric(marked[1], errors="coerce")
             + pd.to_numeric(marked[2], errors="coerce").fillna(0) / 60
             + pd.to_numeric(marked[3], errors="coerce").fillna(0) / 3600)
    # A minus and an S (or W) together ("-33°52'S") say south twice over, not north.
    negative = (marked[0] == "-") | marked[4].str.upper().isin(["S", "W"])
    other = other.where(~negative.fillna(False).astype(bool), -other)
    hyphened = text.str.extract(HYPHENED_SEXAGESIMAL)
    third = (pd.to_numeric(hyphened[0], errors="coerce")
             + pd.to_numeric(hyphened[1], errors="coerce") / 60
             + pd.to_numeric(hyphened[2], errors="coerce").fillna(0) / 3600)
    third = third.where(~hyphened[3].str.upper().isin(["S", "W"]).fillna(False).astype(bool),
                        -third)
    return value.fillna(other).fillna(third).astype(float)


def _feet_inches(text: pd.Series) -> pd.Series:
    """Lengths written in feet and inches (5'10", 6′ 1″, 6'), in inches; NaN where a string
    is not so written, or writes twelve inches or more."""
    parts = text.str.strip().str.extract(FEET_INCHES)
    inches = pd.to_numeric(parts[1], errors="coerce").fillna(0)
    value = pd.to_numeric(parts[0], errors="coerce") * 12 + inches
    return value.where(inches < 12).astype(float)


def _duration_seconds(text: pd.Series, name: str = "") -> pd.Series:
    """Durations written with units, in ISO 8601, on a clock or as pandas writes a Timedelta
    (see DURATION_SECONDS), as seconds; NaN where a string is none."""
    clock = bool(DURATION_NAME.search(name))
    values = text.unique()
    # "45m" alone may be metres; beside "1h 30m" in the same column it is minutes
    confirmed = {unit for v in values for _, unit in DURATION_PART.findall(str(v).lower())
                 if unit in AMBIGUOUS_UNITS and len(DURATION_PART.findall(str(v).lower())) > 1
                 and not np.isnan(_one_duration(v, clock))}
    seconds = {v: _one_duration(v, clock, confirmed) for v in values}
    return text.map(seconds).astype(float)


def _one_duration(value: str, clock_named: bool,
                  lone_units: frozenset[str] | set[str] = frozenset()) -> float:
    v = value.strip()
    if ISO_DURATION.match(v) or CLOCK.match(v) or TIMEDELTA.match(v):
        if CLOCK.match(v) and not clock_named and int(v.split(":")[0]) < 24:
            return np.nan   # a time of day as well, unless the name or the hours say otherwise
        try:
            return float(pd.Timedelta(v).total_seconds())
        except ValueError:
            return np.nan
    lower = v.lower()
    parts = DURATION_PART.findall(lower)
    rest = DURATION_PART.sub("", lower).replace(",", " ").replace(" and ", " ").strip()
    if not parts or rest or any(unit not in DURATION_SECONDS for _, unit in parts):
        return np.nan
    if len(parts) == 1 and parts[0][1] in AMBIGUOUS_UNITS - lone_units:
        return np.nan
    return float(sum(float(n) * DURATION_SECONDS[unit] for n, unit in parts))



def _true_minus(text: pd.Series) -> pd.Series:
    """The strings with the typographic minus sign (U+2212), which Wikipedia's tables and
    typeset reports write before a negative number, as the hyphen-minus a parser reads."""
    return text.str.replace("\u2212", "-", regex=False)


# The words that write 1 and 0 among numbers where neither number is written in digits
YES_NO_NUMBERS = {"yes": 1.0, "no": 0.0}


def read_numbers(values: pd.Series, name: str = "", written: str | None = None,
                 unit: str | None = None, trail: str | None = None, decimal_comma: bool = False,
                 dot_thousands: bool = False, bounds: bool = False) -> pd.Series:
    """The numbers a column's cells write, as floats, NaN where a cell writes none or is
    missing. ``written`` is how they are written ("marks": currency, percent, thousands;
    "unit", "magnitude", "uncertainty", "sexagesimal", "feet", "trail", "approximate",
    "yesno", "duration"; None: plain); ``name`` is the column's, which tells a duration on a
    clock from a time of day. A column pandas already read as numbers is returned as floats; a
    cell written as a Python bytes literal (b'12') is read as the text inside, as the
    profile reads it."""
    if pd.api.types.is_numeric_dtype(values):
        return values.astype(float)
    present = values.dropna()
    text = present.astype(str).str.strip().str.replace(BYTES_LITERAL, r"\2", regex=True)
    numbers = _numbers_written(text, name, written=written, unit=unit, trail=trail,
                               decimal_comma=decimal_comma, dot_thousands=dot_thousands,
                               bounds=bounds)
    return numbers.reindex(values.index).astype(float)


def _numbers_written(text: pd.Series, name: str = "", written: str | None = None,
                     unit: str | None = None, trail: str | None = None,
                     decimal_comma: bool = False, dot_thousands: bool = False,
                     bounds: bool = False) -> pd.Series:
    """read_numbers on stripped strings without gaps, as the profiler's scan holds them."""
    text = _true_minus(text)
    if written == "duration":
        return _duration_seconds(text, name)
    if dot_thousands:
        text = text.str.replace(".", "", regex=False)
    if decimal_comma:
        text = text.str.replace(",", ".", regex=False)
    if bounds:
        text = text.str.replace(BOUND_MARK, "", regex=True)
    readers = {"marks": _marked_numbers, "yesno": _yes_no_numbers,
               "magnitude": lambda t: _magnitude_numbers(t, decided=True),
               "uncertainty": _uncertain_numbers, "sexagesimal": _sexagesimal,
               "feet": _feet_inches, "approximate": _approximate_numbers,
               "unit": lambda t: _numbers_with_unit(t, unit),
               "trail": lambda t: _numbers_with_trail(t, trail)}
    if written in readers:
        return readers[written](text)
    return pd.to_numeric(text, errors="coerce")
