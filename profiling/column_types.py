"""The statistical type of one CSV column, decided from a summary of the whole column
(counts, distinct values, range, order) and a sample of its values.

Each decision comes with a confidence and a one-sentence reason, because several cases
cannot be settled from the data alone: a column of 1–4 may be a rating or a region code,
a column of unique integers may be a measurement or a row number. Where the data leaves
the question open, the name of the column decides, and the confidence says so.
"""
from __future__ import annotations

import datetime
import functools
import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd
from babel import Locale
from babel.core import get_global
from stdnum import casrn, ean, luhn

from mlwf.ontology.i18n import Message, Number, Percent, _, render
from mlwf.profiling.numbers import EU_AMOUNT

STAT_TYPES = ("nominal", "ordinal", "discrete", "continuous", "boolean", "datetime", "text",
              "identifier", "constant")
NUMERIC_TYPES = ("continuous", "discrete")
CATEGORICAL_TYPES = ("nominal", "ordinal", "boolean")

# Known ordered scales, lowest first. A string column whose levels all belong to one scale
# is ordinal; the scale also gives the order reported for it.
SCALES: tuple[tuple[str, ...], ...] = (
    # perfect above high: a rated agreement or credibility at its top (CREDBANK's classes)
    ("none", "very low", "low", "medium low", "medium", "normal", "intermediate", "intermediary",
     "moderate", "mid", "medium high", "high", "very high", "perfect"),
    # a measurement judged against its normal range (cholesterol, glucose, as health data
    # band them)
    ("well below normal", "below normal", "normal", "above normal", "well above normal"),
    # (med and big as data sets cut them short: a car's luggage boot small, med, big)
    ("tiny", "extra small", "small", "med", "medium", "big", "large", "extra large", "huge",
     "gargantuan"),
    # a car's size class, as the EPA grades cars and car data sets write it
    ("minicompact", "subcompact", "compact", "midsize", "mid-size", "mid size", "large"),
    # how strong a bond, an effect or a preference is
    ("very weak", "weak", "moderate", "strong", "very strong"),
    ("strongly disagree", "disagree", "somewhat disagree", "neutral",
     "neither agree nor disagree", "somewhat agree", "agree", "strongly agree"),
    ("never", "rarely", "seldom", "occasionally", "sometimes", "often", "frequently", "usually",
     "most of the time", "always"),
    ("very poor", "poor", "fair", "average", "good", "very good", "excellent"),
    ("very unsatisfied", "unsatisfied", "very dissatisfied", "dissatisfied", "neutral",
     "satisfied", "very satisfied"),
    ("cold", "cool", "mild", "warm", "hot"),
    # a surface's roughness, as building-energy models grade it (EnergyPlus, DOE-2)
    ("very rough", "rough", "medium rough", "medium smooth", "smooth", "very smooth"),
    ("none", "minimal", "mild", "moderate", "severe", "very severe", "extreme"),
    ("none", "mild", "mod", "sev"),               # the same, cut short as codebooks write it
    ("none", "slight", "some", "marked"),         # an improvement or a symptom, R's arthritis
    ("none", "some", "freq", "frequent", "frequently"),   # how often: exercise, a habit
    ("very low", "lo", "low", "med", "mid", "hi", "high", "very high"),
    ("l", "m", "h"),
    ("none", "light", "medium", "moderate", "heavy", "very heavy"),
    ("slow", "medium", "moderate", "normal", "fast"),
    ("young", "middle", "middle-aged", "middle aged", "old", "elderly"),
    ("decreased", "decrease", "unchanged", "no change", "increased", "increase"),
    ("much worse", "worse", "somewhat worse", "slightly worse", "a little worse", "no change",
     "unchanged", "about the same", "same", "a little better", "slightly better",
     "somewhat better", "better", "much better"),
    ("very unlikely", "unlikely", "somewhat unlikely", "neutral", "somewhat likely", "likely",
     "very likely"),
    ("not at all", "a little", "slightly", "somewhat", "moderately", "quite", "very", "extremely"),
    ("not important", "slightly important", "somewhat important", "moderately important",
     "important", "very important", "extremely important"),
    ("very bad", "bad", "poor", "neutral", "average", "medium", "okay", "ok", "good",
     "very good"),
    ("very low", "low", "below average", "average", "above average", "high", "very high"),
    ("first", "second", "third", "fourth", "fifth"),
    ("1st", "2nd", "3rd", "4th", "5th"),
    ("xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl"),
    ("primary", "secondary", "tertiary"),
    # schooling, from none to a doctorate (US and international names on one ladder)
    # (Portugal's basic schooling in its cycles of four, six and nine years too)
    ("none", "no schooling", "no education", "illiterate", "elementary", "primary",
     "primary school", "basic 4y", "basic 6y", "middle school", "lower secondary", "basic 9y",
     "less than high school", "< hs grad", "less than hs grad", "some high school", "secondary",
     "upper secondary", "high school", "high school graduate", "hs", "hs grad",
     "ged", "vocational", "professional course", "post-secondary", "some college", "associate",
     "associates", "associate's", "associate degree", "college", "college grad",
     "college graduate", "undergraduate", "university degree", "bachelor", "bachelors",
     "bachelor's", "bachelor's degree", "graduate", "graduate degree", "postgraduate",
     "postgraduate degree", "advanced degree", "master", "masters", "master's",
     "master's degree", "professional",
     "professional degree", "doctorate", "doctoral", "doctoral degree", "doctorate degree",
     "phd"),
    ("lowest", "low", "minor", "normal", "medium", "major", "high", "highest", "urgent",
     "critical", "blocker"),
    # medals, and the tiers of loyalty programmes and service plans named after them
    ("bronze", "silver", "gold", "platinum", "diamond"),
    # income groups as the World Bank and the surveys that follow it band them
    ("low", "low income", "lower middle", "lower middle income", "lower-middle",
     "lower-middle income", "middle", "middle income", "upper middle", "upper middle income",
     "upper-middle", "upper-middle income", "high", "high income"),
    # the calendar's cycles, from January and from Monday (ISO 8601); at least three levels
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"),
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
    # months and days written in mixed forms, the short ones with or without a point, as
    # hand-typed labels often are ("Jan", "March", "June", "Sept", "Dec"; "Aug.")
    ("january", "jan", "jan.", "february", "feb", "feb.", "march", "mar", "mar.", "april",
     "apr", "apr.", "may", "june", "jun", "jun.", "july", "jul", "jul.", "august", "aug",
     "aug.", "september", "sep", "sept", "sep.", "sept.", "october", "oct", "oct.", "november",
     "nov", "nov.", "december", "dec", "dec."),
    ("monday", "mon", "mon.", "tuesday", "tue", "tues", "tue.", "tues.", "wednesday", "wed",
     "wed.", "thursday", "thu", "thur", "thurs", "thu.", "thur.", "thurs.", "friday", "fri",
     "fri.", "saturday", "sat", "sat.", "sunday", "sun", "sun."),
    ("q1", "q2", "q3", "q4"),
    # the same cycles in Turkish, German, French and Spanish
    ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül",
     "ekim", "kasım", "aralık"),
    ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
    ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
     "oktober", "november", "dezember"),
    ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
     "octobre", "novembre", "décembre"),
    ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
     "octubre", "noviembre", "diciembre"),
    ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    # Turkish survey answers: agreement and frequency
    ("kesinlikle katılmıyorum", "katılmıyorum", "kararsızım", "ne katılıyorum ne katılmıyorum",
     "katılıyorum", "kesinlikle katılıyorum"),
    ("hiçbir zaman", "hiç", "asla", "nadiren", "bazen", "sık sık", "genellikle", "her zaman"),
    # school grades from pre-kindergarten to twelfth, as US school records write them (K, 1,
    # ..., 12); taken only with a kindergarten level among them (SCHOOL_START)
    ("pre-k", "prek", "pk", "tk", "k", "kg", "kindergarten", "1", "2", "3", "4", "5", "6", "7",
     "8", "9", "10", "11", "12"),
    # a house's parts graded as US assessors and the Ames housing data write it: poor, fair,
    # typical/average, good, excellent
    ("po", "fa", "ta", "gd", "ex"),
    # how a text or a review feels, from the worst
    ("very negative", "negative", "neutral", "positive", "very positive"),
    # the rounds of a tournament, first to last
    ("qualifying", "qualification", "preliminary round", "group stage", "round of 64",
     "round of 32", "round of 16", "last 16", "quarter-final", "quarterfinal", "quarter-finals",
     "quarterfinals", "semi-final", "semifinal", "semi-finals", "semifinals", "third place",
     "final", "finals"),
    # the US EPA's air quality index categories, from clean air
    ("good", "moderate", "unhealthy for sensitive groups", "unhealthy", "very unhealthy",
     "hazardous"),
    # a job's seniority, as career ladders and salary surveys name its steps
    ("intern", "trainee", "entry level", "entry-level", "junior", "mid", "mid-level",
     "mid level", "intermediate", "senior", "lead", "principal"),
    # how often a symptom bothered one over two weeks (PHQ-9, GAD-7)
    ("not at all", "several days", "more than half the days", "nearly every day"),
    # how sure one is of doing or choosing something, and how much of a thing there is
    ("definitely not", "probably not", "not sure", "unsure", "maybe", "possibly", "probably",
     "definitely"),
    ("none", "none at all", "not very much", "a little", "some", "quite a bit", "quite a lot",
     "a lot", "a great deal"),
    # a seat's class on a flight, as airlines and passenger surveys name them
    ("economy", "eco", "economy plus", "eco plus", "premium economy", "business", "first"),
    # a learner's or a player's level, and the Common European Framework's language levels
    ("novice", "beginner", "elementary", "intermediate", "upper intermediate", "advanced",
     "proficient", "expert", "master"),
    ("a1", "a2", "b1", "b2", "c1", "c2"),
    # how hard a task, a trail or a puzzle is
    ("very easy", "easy", "medium", "moderate", "intermediate", "hard", "difficult",
     "very hard", "very difficult", "expert", "extreme"),
    # the stages of a life, as age groups name them
    ("newborn", "infant", "baby", "toddler", "child", "kid", "preteen", "teen", "teenager",
     "adolescent", "youth", "young adult", "adult", "middle-aged", "middle aged", "senior",
     "elderly"),
    # a used item's condition, as sellers grade it, from the worst
    ("for parts", "poor", "acceptable", "fair", "good", "very good", "like new", "new"),
    # the EU energy label's classes, from the best (taken only with a plus among them: A, B
    # and C alone are labels of groups as often)
    ("a+++", "a++", "a+", "a", "b", "c", "d", "e", "f", "g"),
    # the parts of a day and the seasons of a year, in the order they come
    ("early morning", "morning", "late morning", "midday", "noon", "afternoon", "evening",
     "night", "late night"),
    ("spring", "summer", "fall", "autumn", "winter"),
    # how active one is, as fitness and health surveys band it
    ("sedentary", "lightly active", "light", "moderately active", "moderate", "active",
     "very active", "vigorous", "extremely active"),
    # a diamond's cut and clarity as the GIA grades them, from the lowest
    ("fair", "good", "very good", "premium", "ideal"),
    ("i3", "i2", "i1", "si2", "si1", "vs2", "vs1", "vvs2", "vvs1", "if", "fl"),
    # a student's year at a US school or college
    ("freshman", "sophomore", "junior", "senior"),
    # body-mass bands, from the lightest
    ("underweight", "normal", "normal weight", "healthy weight", "overweight", "obese",
     "obesity", "severely obese", "morbidly obese"),
    # an amount judged against what is right, as surveys ask it
    ("too little", "too few", "too low", "about right", "just right", "too much", "too many",
     "too high"),
    # academic ranks, as faculty salary data name them
    ("instructor", "lecturer", "asstprof", "assistant professor", "assocprof",
     "associate professor", "prof", "professor", "full professor"),
    # how much one smokes, as health surveys band it (MASS's survey cuts the words short)
    ("never", "occas", "occasional", "occasionally", "regul", "regular", "heavy"),
    # a performance review's ratings, from the lowest
    ("unsatisfactory", "poor", "needs improvement", "below expectations", "partially meets",
     "partially meets expectations", "meets expectations", "fully meets expectations",
     "exceeds expectations", "exceptional", "outstanding"),
    # low to high, satisfaction and schooling in Turkish; low to high and school marks in
    # German; low to high in French and Spanish, and how often in Spanish
    ("çok düşük", "düşük", "orta", "yüksek", "çok yüksek"),
    ("hiç memnun değilim", "memnun değilim", "kararsızım", "memnunum", "çok memnunum"),
    ("okuma yazma bilmiyor", "okur yazar değil", "okur yazar", "ilkokul", "ortaokul",
     "ilköğretim", "lise", "ön lisans", "üniversite", "lisans", "yüksek lisans", "doktora"),
    ("sehr niedrig", "niedrig", "mittel", "hoch", "sehr hoch"),
    ("ungenügend", "mangelhaft", "ausreichend", "befriedigend", "gut", "sehr gut"),
    ("très faible", "faible", "moyen", "moyenne", "élevé", "élevée", "très élevé",
     "très élevée"),
    ("très bas", "bas", "basse", "moyen", "moyenne", "haut", "haute", "très haut", "très haute"),
    ("muy bajo", "muy baja", "bajo", "baja", "medio", "media", "alto", "alta", "muy alto",
     "muy alta"),
    ("nunca", "casi nunca", "rara vez", "a veces", "a menudo", "casi siempre", "siempre"),
    # how severe a symptom or an illness is, as clinical scales band it (the Beck
    # inventories' minimal, mild, moderate and severe), in Spanish and Portuguese, French,
    # German and Turkish
    ("ninguno", "ninguna", "nenhum", "nenhuma", "mínimo", "mínima", "minimo", "minima", "leve",
     "ligero", "ligera", "ligeiro", "ligeira", "moderado", "moderada", "grave", "severo",
     "severa", "muy grave", "muito grave", "extremo", "extrema"),
    ("aucun", "aucune", "minime", "minimal", "minimale", "léger", "légère", "leger", "legere",
     "modéré", "modérée", "modere", "moderee", "sévère", "grave", "très sévère", "très grave"),
    ("kein", "keine", "minimal", "leicht", "mäßig", "mittel", "mittelgradig", "mittelschwer",
     "schwer", "schwergradig", "sehr schwer"),
    ("yok", "minimal", "hafif", "orta", "ağır", "şiddetli", "çok ağır", "çok şiddetli"),
    # how far a record, an estimate or an entry has been checked (a release's or a
    # database's validity levels): first written, then provisional, then confirmed
    ("draft", "preliminary", "provisional", "reviewed", "verified", "final"),
    # how much of the sky cloud covers, as forecasts word it (clear or sunny, then mostly
    # clear, partly cloudy, mostly cloudy, overcast) and as aviation reports count it in
    # eighths (few, scattered, broken clouds)
    ("clear", "sunny", "fair", "mostly clear", "mostly sunny", "few clouds", "partly cloudy",
     "partly sunny", "scattered clouds", "mostly cloudy", "broken clouds", "cloudy",
     "overcast"),
    # how early or late: a disease's, a project's or a season's stage
    ("very early", "early", "mid", "middle", "intermediate", "late", "very late"),
    # blood pressure as the guidelines band it: the AHA/ACC's normal, elevated and stages 1 and
    # 2 of hypertension, JNC 7's prehypertension and the ESC's optimal, high normal and grades
    # (one column uses one of them)
    ("optimal", "normal", "elevated", "high normal", "prehypertension", "hypertension stage 1",
     "stage 1 hypertension", "grade 1 hypertension", "hypertension stage 2",
     "stage 2 hypertension", "grade 2 hypertension", "grade 3 hypertension",
     "hypertensive crisis"),
    # a tumour's response to treatment as RECIST grades it, from the worst: progressive
    # disease, stable disease, partial and complete response
    ("progressive disease", "pd", "stable disease", "sd", "partial response", "pr",
     "complete response", "cr"),
)
# Every word of the known scales, for the short forms that stand for "very" + one of them
SCALE_WORDS = frozenset(word for scale in SCALES for word in scale)
# Scales whose two levels alone say little (M/L; Sat/Sun, a weekend's two days; alta/baja, a
# register's entries and exits; haut/bas, top and bottom; gold and silver, two colours;
# negative/positive, a test's result).
NEEDS_THREE = {"xxs", "bronze", "pre-k", "po", "very negative", "muy bajo", "très bas", "january",
               "jan", "monday", "mon", "q1", "l", "ocak", "pazartesi", "januar", "montag",
               "janvier", "lundi", "enero", "lunes", "a1", "spring", "very easy", "for parts",
               "a+++",
               "clear", "very early", "progressive disease", "optimal",
               # leicht/schwer is also light/heavy, yok/orta absent/middle
               "ninguno", "aucun", "kein", "yok"}
# Formats of a time of day without a date, as the reader detects them (13:35, 1:05 PM).
TIME_FORMATS = ("%H:%M", "%H:%M:%S", "%H:%M:%S.%f", "%I:%M %p", "%I:%M:%S %p", "%I:%M%p",
                "%I:%M:%S%p")
GRADE = re.compile(r"^[a-f][+-]?$")
# Ordinal numbers with their English suffix ("1st", "22nd", "13th"), and scores out of a
# top ("8/10", "4.5 / 5", "4.5 out of 5")
ORDINAL_NUMERAL = re.compile(r"^(\d{1,4})(st|nd|rd|th)$")
# The same before a noun they share ("9th grade", "2nd year", "1st floor")
ORDINAL_NOUN = re.compile(r"^(\d{1,4})(?:st|nd|rd|th)\s+([a-z][a-z ]*[a-z])$")
OUT_OF = re.compile(r"^(\d+(?:\.\d+)?)\s*(?:/|out of)\s*(\d+)$")
# A date in ISO 8601 at a reduced precision: a year alone or a year and month (1986, 1986-05).
ISO_REDUCED = re.compile(r"^[12]\d{3}(-[01]\d)?$")
BOOLEAN_PAIRS = ({"true", "false"}, {"yes", "no"}, {"y", "n"}, {"t", "f"})
# A value label with its code in front, as Stata, SPSS and survey exports write them
# ("1. No", "2) Yes", "1 = Strongly disagree", "5 - Very likely", "1. < HS Grad").
ENUMERATED = re.compile(r"^\d{1,2}\s*[.):=-]\s*(?=[^\W\d_]|[<>≤≥]=?\s*[^\W\d_])")

# Names settle what the values cannot: counts vs codes, years vs quantities, ids.
# The numeric keys of registries of firms and securities (the SEC's CIK, CUSIP, Dun &
# Bradstreet's DUNS, the IRS's EIN, CRSP's PERMNO, Compustat's GVKEY) are ids too, as are the
# numbers of a paper in PubMed (PMID).
# Keys by name: generic ones (an SQL identity too), registries' (CIK, CUSIP, PubMed, an NCBI
# taxon), a graph's node
ID_NAME = re.compile(r"(^|[_\W])(ids?|keys?|uuid|guid|uid|index|seqn|seqno|cik|cusip|duns|ein|"
                     r"permno|gvkey|pmid|pubmed|taxon|taxid|node|identity)$|[_\W]seq$|^unnamed: ?0$|"
                     r"^(row|record)([_ ]?(no|num|nbr|number))?$|"
                     r"^(rec|obs)[_ ]?(no|num|nbr|number)$",   # dBase's RECNO, Stata's obs_no
                     re.IGNORECASE)
# A person's, subject's, case's, household's, question's, thread's, group's, object's,
# video's or feature's id cut to a letter or two before "id" (not kid, mid, bid, aid, did,
# lid: words). A key only where every value is distinct, or nine in ten with a few rows
# entered twice: "PID" is also a survey's party identification, a scale of seven levels.
SHORT_ID = re.compile(r"(^|[_\W])(pid|sid|cid|hid|iid|qid|tid|gid|oid|vid|fid|hhid|mrn)$",
                      re.IGNORECASE)
# Past this many distinct whole numbers a short id is no scale of levels (party id's seven;
# the longest common scale, 0 to 10, has eleven).
SHORT_ID_LEVELS = 11
CAMEL_ID = re.compile(r"[a-z](Ids?|IDs?)$|[a-z]ID[a-z]{1,8}\d*$")   # userId; teamIDfg, playerIDretro
INDEX_WORD = re.compile(r"index", re.IGNORECASE)
# The number of an entry in a list of references (a source, a citation): a label.
REFERENCE_NAME = re.compile(r"(^|[_\W])(ref|refs|reference|references|citation)($|[_\W])",
                            re.IGNORECASE)
# A name that ends in the word id or key (card_id, id, cardId): not "index", which also names
# measures (a price index), whose values may be nearly all distinct.
KEY_WORD = re.compile(r"(?i:(^|[_\W])(ids?|keys?)$)|[a-z](Ids?|IDs?|Keys?)$")
# A part of a person's name (last_name, FirstName, surname; German, French, Spanish, Italian
# and Turkish words too): people share them, so a roster whose names happen to be distinct
# still holds a property of each row, never its key.
NAME_PART_WORDS = {"first", "last", "given", "family", "middle", "maiden", "sur", "fore",
                   "christian", "birth"}
FUSED_NAME_PARTS = {"surname", "surnames", "forename", "forenames", "lastname", "firstname",
                    "givenname", "familyname", "middlename", "vorname", "nachname",
                    "familienname", "prenom", "apellido", "apellidos", "cognome", "soyad",
                    "soyadi"}
# The units whose rows a long table groups: a column of whole numbers so named, each value
# in one block of rows, numbers the units rather than measuring them.
UNIT_NAME = re.compile(r"(^|[_\W])(subject|participant|patient|respondent|person|individual|"
                       r"household|family|firm|company|student|pupil|school|herd)s?($|[_\W])",
                       re.IGNORECASE)
# One part of a date, named in the singular ("hour", "day", "week"): the plural ("days")
# is a duration. The part's range on the clock or the calendar, lowest and highest.
DATE_PARTS = {"minute": (0, 59), "hour": (0, 24), "day": (1, 31), "weekday": (0, 7),
              "week": (0, 53), "month": (1, 12), "quarter": (1, 4), "yearday": (1, 366)}
# The parts as a reason names them, translated.
DATE_PART_WORDS = {"minute": _("minute"), "hour": _("hour"), "day": _("day"),
                   "weekday": _("weekday"), "week": _("week"), "month": _("month"),
                   "quarter": _("quarter"), "yearday": _("day of the year")}
# The words of a name that say a part of a date, in English and in a few other languages
# (French jour, mois, heure, semaine; German Monat, Stunde, Woche; Spanish and Portuguese
# mes; Turkish saat, hafta), whole words of the name, camel case split ("birthDay").
DATE_PART_ALIASES = {"minute": "minute", "hour": "hour", "day": "day", "weekday": "weekday",
                     "week": "week", "month": "month", "quarter": "quarter",
                     "jour": "day", "mois": "month", "heure": "hour", "semaine": "week",
                     "monat": "month", "stunde": "hour", "woche": "week", "mes": "month",
                     "saat": "hour", "hafta": "week",
                     # the day of the year, as pandas (dayofyear), R (yday) and phenology and
                     # climate files (doy) write it
                     "doy": "yearday", "dayofyear": "yearday", "yday": "yearday",
                     # the day of the week, as pandas (dayofweek), R (wday) and log files
                     # (dow) write it
                     "dow": "weekday", "dayofweek": "weekday", "wday": "weekday"}
# A part of a date named as a part of a larger one, whether its words stand apart
# (day_of_year), run together as pandas names them (dayofyear) or are glued to the event
# they date (occurrencedayofyear, pickuphourofday): "day of the year" says the part however
# it is written, where a bare "hour" or "day" glued to a word can be an amount (manhour).
COMPOUND_DATE_PARTS = {"dayofyear": "yearday", "dayofweek": "weekday", "dayofmonth": "day",
                       "weekofyear": "week", "monthofyear": "month", "hourofday": "hour",
                       "minuteofhour": "minute", "quarterofyear": "quarter"}
# Short forms that bike-share, housing-sale and log files write (hr, mnth, MoSold, qtr, wk):
# a part of a date only when the values fit it, since "hr" is as often a heart rate.
SHORT_DATE_PARTS = {"hr": "hour", "mnth": "month", "mth": "month", "mo": "month",
                    "qtr": "quarter", "wk": "week"}
# "HR" in capitals, a word of its own, is never the hour (home runs, a heart rate)
CAPITAL_HR = re.compile(r"(?<![A-Za-z])HR(?![a-z])")
# A whole name that is a field of a date format (Java's and Excel's, which loggers and
# weather files follow): "MM" the month but "mm" the minute, "HH" or "hh" the hour, "DD" or
# "dd" the day. Only the whole name: within one ("rain_mm") they are units.
FORMAT_TOKENS = {"MM": "month", "mm": "minute", "HH": "hour", "hh": "hour", "DD": "day",
                 "dd": "day"}
# Day numbers: a Julian Date (JD) or a Modified Julian Date (MJD, days since 1858-11-17), as
# astronomy and geodesy date their rows.
JULIAN_NAME = re.compile(r"(^|[_\W])m?jd($|[_\W])|julian", re.IGNORECASE)
MJD_EPOCH = pd.Timestamp("1858-11-17")
# Notes written per row: free text however short, never the keys of the rows.
NOTE_NAME = re.compile(r"(^|[_\W])(comments?|notes?|remarks?|descriptions?|memo)($|[_\W])",
                       re.IGNORECASE)
# "yearborn", "yr_built" as well as "year" and "birth_year"; not "years" or "yrs" (durations)
# nor "yearly" (rates).
# "year" as a word of the name, or in the languages tables are often written in (Spanish año
# or anio, Portuguese ano, Italian anno, French année, German Jahr, Dutch jaar, Turkish yıl
# and its possessive yılı, Indonesian tahun); Jahr also ends German compounds (Gründungsjahr).
YEAR_NAME = re.compile(r"(^|[_\W])(year|yr|año|anio|ano|anno|année|annee|jahr|jaar|yıl|yil|yılı|"
                       r"yili|tahun)s?($|[_\W])|year$|jahr$|^(year|yr)(?!s|ly)", re.IGNORECASE)
# Counting words of other languages too: French nb/nbre/nombre (inscrits_nb, nb_enfants),
# German Anzahl, Spanish cantidad, Dutch aantal, Swedish and Danish antal, Polish liczba,
# Turkish sayısı and adet (öğrenci_sayısı).
COUNT_NAME = re.compile(r"(^|[_\W])(n|num|number|count|cnt|qty|quantity|times|visits|children|"
                        r"siblings|days|nights|rooms|items|age|years|nb|nbr|nbre|nombre|anzahl|"
                        r"cantidad|aantal|antal|liczba|sayisi|sayısı|adet|adedi|frequency|freq|"
                        r"occurrences)($|[_\W])|_count$|"
                        r"[a-z](anzahl|sayisi|sayısı)$", re.IGNORECASE)
ORDINAL_NAME = re.compile(r"rating|rate|score|level|grade|rank|stage|severity|satisf|agree|"
                          r"likert|quality|class|educ|quarter|month|weekday|priority|"
                          # clinical scales: a patient's performance status (ECOG 0-4),
                          # heart failure's NYHA class, a newborn's Apgar score
                          r"ecog|nyha|apgar|"
                          # quality cut short (OverallQual, ExterQual), not equal nor qualification
                          r"(?<!e)qual(?!if)", re.IGNORECASE)
# Not "category" or "group": age groups and income categories are ordered bins.
# "city" not after a, i or o: degrees built with -city (toxicity, capacity, velocity) are
# not towns.
NOMINAL_NAME = re.compile(r"type|code|region|occupation|kind|zone|state|status|cluster|"
                          r"label|country|(?<![aio])city|gender|sex|race|color|colour|brand|department|"
                          r"indust|sector|district|county|province|neighbo|species|breed|"
                          r"origin(?!al)|destination|nationality|continent(?!al)|language|tongue|"
                          r"marital|religion|ethnic|^mode(?!l|r|m|st)|[_\W]mode$|"
                          # whole words only: "systematic", "areal" say nothing
                          r"(^|[_\W])(mechanism|system|area|lang)($|[_\W])",
                          re.IGNORECASE)
# The small words that join the words of a name ("Bank of America", "Rue de la Paix")
NAME_JOINERS = {"of", "the", "and", "for", "on", "in", "at", "a", "an", "&", "de", "la", "le",
                "les", "du", "des", "del", "da", "do", "dos", "van", "von", "der", "den", "y",
                "e", "et", "und"}
# The IPA's own letters, its modifier letters (ʰ, ː, ˈ) and tie bars (t͡ʃ)
IPA_SYMBOL = re.compile("[\u0250-\u02ff\u0361\u035c\u1d00-\u1dbf]")
# Quantile groups (deciles, quartiles, ...) are ordered by the amount they cut, whatever
# the words around them ("age_quintile", "income_decile").
QUANTILE_NAME = re.compile(r"decile|quartile|quintile|tercile|tertile|sextile|octile|percentile|"
                           r"centile|quantile|ventile", re.IGNORECASE)
# The groups of a study (treatment groups, arms) over a few whole numbers are codes: group 1
# is not less than group 2. Not cohorts, which are often numbered in time (birth cohorts). Not where another word says the groups cut an amount
# ("agegrp", "income_group", "dose_group", "risk_group"): those are ordered bins.
GROUP_NAME = re.compile(r"group|grp|grup|treat|trt|(?:^|[_\W])arms?(?:$|[_\W])",
                        re.IGNORECASE)
BIN_NAME = re.compile(r"age|inc|size|dose|bmi|weight|height|score|wage|salar|price|educ|year|"
                      r"yr|percent|pct|level|class|grade|rank|stage|sever|risk|band|bin",
                      re.IGNORECASE)
# Whole words of a name that make wide-ranging whole numbers codes of places or categories
# (district 1-42, county 1-29, 5-digit zip codes) rather than amounts.
PLACE_CODE_WORDS = {"code", "zip", "zipcode", "postal", "plz", "fips", "region", "state", "county",
                    "district",
                    "province", "industry", "sector", "neighborhood", "neighbourhood", "zone",
                    "origin", "destination", "dest", "nationality",
                    # the sites of a multi-centre study, numbered
                    "site", "centre", "center", "institution", "inst", "hospital", "clinic",
                    # the numeric codes of a standard: ISO 3166 countries, industry
                    # classifications (NAICS, SIC, ISIC, NACE, Brazil's CNAE, Italy's ATECO),
                    # occupation classifications (SOC, ISCO, ANZSCO, Canada's NOC), ICD diagnoses
                    "iso", "isonumeric", "naics", "sic", "isic", "nace", "cnae", "ateco", "icd",
                    "soc", "isco", "anzsco", "noc",
                    # national codes of places: Peru's UBIGEO, France's INSEE commune codes
                    "ubigeo", "insee", "geocode",
                    # the concept numbers of medical and scientific vocabularies: RxNorm's
                    # RXCUI, SNOMED CT's SCTID, CPT, HCPCS, NDC, ATC, NCBI's Entrez genes,
                    # HGNC, OMIM, PubChem and ChEBI
                    "rxnorm", "rxcui", "snomed", "sctid", "cpt", "hcpcs", "ndc", "atc",
                    "entrez", "hgnc", "omim", "pubchem", "chebi",
                    # weather stations' numbers: NOAA's WBAN and USAF, the WMO's
                    "wban", "usaf", "wmo",
                    # "code" in other languages (Spanish and Portuguese, Italian, Turkish and
                    # Polish, the Nordic languages and Indonesian, Finnish)
                    "codigo", "codice", "kod", "kode", "koodi"}
# Words that name a category when they end a name (hotel_country, user_city, channel,
# Dept), whose whole numbers are then codes; elsewhere in a name they may qualify an amount
# (city_mpg is a fuel economy, country_population a count). A label (a cluster's, a
# network's, a class's) names a class whatever number it is written as.
# A name's last word that says what kind or state a row is in.
KIND_WORDS = (["status"], ["type"], ["kind"], ["state"])
CATEGORY_HEADS = {"country", "city", "continent", "cluster", "market", "channel", "dept",
                  "department", "store", "branch", "segment", "category", "class", "label",
                  "choice", "color", "colour",   # a palette's index, an RGB packed in one number
                  # a chromosome's number (1 to 22, X, Y) labels it; no count of anything
                  "chromosome", "chrom", "chr",
                  # the units of local government, which statistical offices number
                  "municipality", "municipio", "commune", "comune", "gemeinde", "canton",
                  "prefecture", "township", "borough", "parish", "departamento",
                  # and the districts that police, councils and elections use
                  "precinct", "ward", "constituency",
                  # the divisions a country is split into (the Census Bureau's nine,
                  # Bangladesh's eight); a league's divisions are tiers, codes as well
                  "division", "subdivision",
                  # the numbered sites of a measuring network (a traffic count station, a
                  # river gauge, an air-quality sensor) and of a distribution network
                  "station", "gauge", "sensor", "detector", "borehole", "warehouse", "depot",
                  "airport",
                  # an account of a ledger or a bank, by its number (a chart of accounts'
                  # 60611 under 606; in French, German, Spanish, Portuguese and Turkish too)
                  "account", "compte", "konto", "cuenta", "conta", "hesap",
                  # the occupation, which censuses and registers code by a classification
                  # (France's CSP 10-86, a census's OCC), in English, French, Spanish, German
                  # and Turkish; before another word it may qualify an amount (occupation_rate)
                  "occupation", "profession", "ocupacion", "profesion", "beruf", "meslek",
                  # the leading digits of a code that name a part of what it codes (a dialling
                  # prefix, an identity number's district prefix), not a prefix's length
                  "prefix"}
# Last words of a name that say where in a register's books a record is written (a county's
# deed book and page, a parish register's folio, a liber): whole numbers so named locate the
# record, as labels do.
REGISTER_PLACES = {"book", "page", "folio", "liber"}
# The registers whose book or page a name may run on to ("DEEDBOOK", "platpage"); not any
# word, since "facebook" counts likes.
REGISTERS = {"deed", "plat", "map", "mortgage", "lien", "record", "register", "registry",
             "minute", "instrument"}


def _register_place_name(name: str) -> bool:
    """A register's book or page: "book" or "liber" alone, or a page or folio only with its
    register named ("deed_page", "DEEDPAGE"); a page alone is a position in a text (a
    book's first_page), counted."""
    words = _name_words(name)
    last = next(reversed(words), "")
    return last in REGISTER_PLACES - PLACE_IN_TEXT_WORDS \
        or (last in REGISTER_PLACES and len(words) >= 2 and words[-2] in REGISTERS) \
        or any(last == register + place for register in REGISTERS for place in REGISTER_PLACES)


# Last words of a name that say who did something to the row (the nurse who recorded it, the
# cardiologist it was validated_by, a rater, an interviewer): whole numbers so named are the
# ids of those people, codes, not amounts.
AGENT_HEADS = {"by", "nurse", "physician", "doctor", "clinician", "surgeon", "rater",
               "annotator", "coder", "scorer", "reviewer", "examiner", "interviewer",
               "enumerator", "observer", "operator", "technician", "recorder", "teacher",
               "instructor"}
# Compound words that end in a code's name ("countyfips", "postcode", "statecode").
PLACE_CODE_ENDINGS = ("fips", "code", "zip")
# Whole words of a name that make whole numbers an amount measured in a unit (a percentage,
# a dose, a concentration, a temperature): neither codes of categories nor the ids of units.
MEASURE_WORDS = {"percent", "pct", "percentage", "dose", "dosage", "concentration", "conc",
                 "mg", "ml", "kg", "ppm", "temperature", "temp", "celsius", "fahrenheit",
                 "pressure", "speed", "weight", "height", "length", "width", "depth", "volume",
                 "distance", "amount", "population", "gdp", "revenue", "sales", "total",
                 "increment", "duration"}
# Words of a name that make skewed whole numbers from 0 an area measured in whole units (a
# tax list's "acreage" in ten-thousandths of an acre), not counts of events.
AREA_WORDS = {"acreage", "acres", "hectares"}
# Words of a name that say it holds a statistic of an amount: a place's name beside them says
# whose statistic it is, not that the values are the place's code.
STATISTIC_WORDS = {"mean", "median", "average", "avg", "threshold", "quantile", "percentile"}
# Words of a name that make it a mean, in the languages tables are written in (Italian and
# Spanish media, promedio; French moyenne; German Mittelwert; Turkish ortalama): a mean of
# whole numbers rounded to whole units is still a measurement, however bounded its span.
MEAN_WORDS = {"mean", "average", "avg", "media", "promedio", "moyenne", "mittelwert",
              "ortalama"}
# Last words of a name that make it a count or a total of what the words before it name
# (`postcodeCount`, `county_population`); "number" is left out, a district's number being
# its code.
COUNT_HEADS = {"count", "counts", "cnt", "total", "totals", "qty", "quantity", "frequency",
               "freq", "population", "amount", "sum", "tally"}
# The parts of a home that house listings and sale records count and name in the singular
# (bath, balcony, BedroomAbvGr, FullBath, BHK for bedroom-hall-kitchen): a few whole numbers
# so named are how many there are, never a scale nor codes. Not "room", which also names a
# room's number, nor "floor", a storey's place in the building.
DWELLING_PARTS = {"bath", "bathroom", "bedroom", "balcony", "garage", "kitchen",
                  "fireplace", "toilet", "washroom", "bhk", "lift", "elevator", "parking"}
# "n" or "num" before a plural noun ("nstores", "num_kids"): the number of what it names, when
# the values are a few small whole numbers. A bare plural (below) is weaker evidence: "looks"
# may be a scale.
PLURAL_NAME = re.compile(r"^(n|num_?|no_?)[a-z]{2,}[^su]s$", re.IGNORECASE)
# A name that begins with a total ("totchr", "total_visits", "tot_kids"): a sum of things.
TOTAL_NAME = re.compile(r"^tot(al)?(?!e)[_\W]?[a-z]", re.IGNORECASE)
# The last word of a name in the plural ("baths", "engines", "num_children"): a number of
# things. Not words that end in s in the singular (status, analysis, gas, news, physics).
PLURAL_WORD = re.compile(r"^[a-z]{2,}[^su'aie]s$|^[a-z]{2,}(ie|e)s$", re.IGNORECASE)
NOT_PLURAL = re.compile(r"(news|ics|ss|us|is|ous|as|yes|series|species|sometimes|always|"
                        r"perhaps|whereas|less)$", re.IGNORECASE)
PLURAL_SCALES = re.compile(r"stars|marks|points|levels|grades|ratings|class|status",
                           re.IGNORECASE)
# Codes that surveys and registers put past the top of a scale for "missing", "refused" or
# "not applicable" (9, 99, 999, 666, 888, 999999): a repeated digit, far above every other
# value and held by few rows.
SENTINEL_DIGITS = {"6", "7", "8", "9"}

# Amounts of money: in whole numbers 1, 2, ... k with every step used, they are the codes of
# brackets (income 1-24 for "under $3,000" ... "$105,000 and over"), not currency.
MONEY_NAME = re.compile(r"income|salar|wage|(?<!l)earning|price|cost|(?<!su)spend|expend|(^|[_\W])tax(es)?($|[_\W])",
                        re.IGNORECASE)
BRACKETS = 25           # at most this many brackets
# Counts of events from 1 (nodes, visits, days in hospital) take few values; amounts of
# money or time from 1 take thousands.
COUNT_VALUES = 100
# Whole numbers this large written to this many significant digits at most measure (a
# modulus, 1.29E+11 Pa), where counts that large are written to the unit
ROUNDED_MAGNITUDE, ROUNDED_DIGITS = 1e9, 3
# Past those, counts from 1 that fill most of a range under a thousand (a season's plate
# appearances, 1 to 279, 229 of them taken): amounts spread thinner over wider ranges.
DENSE_COUNT_TOP = 1000
DENSE_COUNT_SHARE = 0.6
# The last word of a name that says time itself: distinct whole numbers rising under it
# count periods (a survival "time" is no index: it does not rise down the rows).
# and the plural of a unit of time ("Seconds" 0, 1, 2, ...: a driving cycle sampled every second)
TIME_INDEX_WORDS = {"time", "period", "timestep", "tick", "epoch", "seconds", "secs", "minutes",
                    "mins", "hours", "hrs", "days", "weeks"}
# At most this many distinct long phrases, each on ten rows or more, are categories; and
# any number of them on this many rows each on average.
SHARED_PHRASES, PHRASE_REPEATS = 20, 50
# A label that names its branch first, then the leaf: "Social - Cost of Employees",
# "Food > Bakery", "Governance: Board". Nine in ten labels so written, on at most a quarter as
# many branches as labels, make a taxonomy's paths.
PATH_STEP = re.compile(r"\s+[-\u2013\u2014>|/]\s+|:\s+")
PATH_SHARE = 0.9
PATH_BRANCHES = 0.25
# Units whose whole numbers are the steps of a rating ("3 stars"), written as matched, in
# the singular and in lower case
SCALE_UNITS = {"star"}
SMALL_LEVELS = 10       # at most this many integer levels, within this span, read as codes
PRECISE_DIGITS = 10     # whole numbers with this many significant digits that repeat are labels
RUN_STARTS_CAP = 50     # distinct values counted at the starts of runs of steps of +1
NESTING_UNITS = 40      # at most this many ids of repeated units compared for nesting
HEAD_PAIRS = 400        # at most this many (number, code) pairs compared for a code's head
HEAD_DIGITS = (1, 2, 3, 4)  # the digits a code's head may leave off
HIGH_CARDINALITY = 50   # a nominal column with more categories than this is high-cardinality


@dataclass
class ColumnSummary:
    """What the profiler knows of a column after reading the whole file."""
    name: str
    n_present: int                        # non-missing values
    kind: str                             # "numeric", "string" or "empty"
    distinct: int                         # exact when distinct_exact, else an estimate
    distinct_exact: bool
    levels: dict[Any, int] | None         # value -> count, None when there are too many
    sample: pd.Series                     # non-missing values (floats or strings)
    bool_dtype: bool = False
    vmin: float | None = None
    vmax: float | None = None
    integral: bool = False
    strictly_increasing: bool = False
    order_increasing: bool = False        # never falls down the rows (ties allowed)
    order_decreasing: bool = False        # never rises down the rows (ties allowed)
    date_format: str | None = None
    date_failures: int = 0
    runs: int = 0                         # runs of one value over the rows
    steps_of_one: int = 0                 # consecutive values rising by exactly 1
    # the values that begin each run of steps of +1 and how many runs begin at each, while
    # they are few; None past RUN_STARTS_CAP of them; empty where not counted
    run_starts: dict[float, int] | None = field(default_factory=dict)
    why_text: str | None = None           # "long", "zeros", "letters", "several": numbers kept as text
    n_rows: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


class Sentences(Message):
    """Sentences read together (a verdict's reason and the notes added to it), each
    translated on its own and joined with a space; empty parts are left out."""
    __slots__ = ("parts", "sep")

    def __init__(self, *parts: Any, sep: str = " "):
        super().__init__("")
        self.sep = sep
        self.parts: list[Any] = []
        for part in parts:
            if isinstance(part, Sentences) and part.sep == sep:
                self.parts.extend(part.parts)
            elif part:
                self.parts.append(part)

    def render(self, lang: str | None = None) -> str:
        return self.sep.join(str(render(part, lang)) for part in self.parts)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sentences) and self.parts == other.parts

    def __hash__(self) -> int:
        return hash(tuple(self.parts))

    def __repr__(self) -> str:
        return f"Sentences({self.parts!r})"


@dataclass
class Verdict:
    stat_type: str
    confidence: float
    reason: Message
    order: list[str] | None = None        # the levels of an ordinal string column, lowest first
    time_index: bool = False              # periods counted from a start, not calendar years
    days: bool = False                    # days counted from an epoch (MJD, 1970), not years
    # the strftime format of whole numbers that write a date digit by digit (20230517 as
    # %Y%m%d): their order jumps at each month's end, so the runs read them as dates
    date_format: str | None = None
    # unordered codes told from the shape of the counts alone, the name saying nothing: the
    # other columns of the table may still show the levels in order
    by_shape: bool = False


# A header may carry the column's storage type after a colon, as RecBole's atomic files
# ("user_id:token", "rating:float") and Neo4j's import files ("personId:ID", "born:int")
# write it: the rules that read names read the name before it.
TYPE_SUFFIX = re.compile(r"^(?P<name>.*[^\s:]):(token|token_seq|float|float_seq|int|integer|"
                         r"long|short|byte|double|string|str|char|bool|boolean|id|date|"
                         r"datetime|localdatetime|time|duration|point)(\[\])?$",
                         re.IGNORECASE)


def _without_type_suffix(col: ColumnSummary) -> ColumnSummary:
    typed = TYPE_SUFFIX.match(col.name.strip())
    return replace(col, name=typed["name"]) if typed else col


def classify(col: ColumnSummary) -> Verdict:
    col = _without_type_suffix(col)
    if col.n_present == 0:
        return Verdict("constant", 1.0, _("Every value is missing."))
    if col.distinct == 1 and col.distinct_exact:
        value = next(iter(col.levels)) if col.levels else col.sample.iloc[0]
        if _check_mark(col, value):
            return Verdict("boolean", 0.7, _(
                "{value} on {present} of {rows} rows and nothing on the others: a mark set "
                "where something holds, a yes/no flag.", value=_show(value),
                present=col.n_present, rows=col.n_rows))
        return Verdict("constant", 1.0, _("Every non-missing value is {value}.", value=_show(value)))
    if col.kind == "numeric":
        # Codes for "missing" at either end and a stray decimal among whole numbers are slips
        # of the file, not part of the quantity: typed without them, each said in the reason.
        notes = []
        for clean in (_without_sentinel, _without_survey_codes, _without_negative_code,
                      _without_stray_decimals):
            cleaned = clean(col)
            if cleaned is not None:
                col, note = cleaned
                notes.append(note)
        verdict = _numeric(col)
        if notes:
            verdict.confidence = round(verdict.confidence * 0.9, 2)
            verdict.reason = Sentences(verdict.reason, *notes)
        return verdict
    return _strings(col)


# Marks a form or a register sets in a box and leaves blank otherwise: the blank says no.
CHECK_MARKS = {"x", "y", "yes", "true", "t", "*", "\u2713", "\u2714", "\u2611", "\u2612"}
# Blank on a twentieth of the rows at least: one gap in a column of Xs is a cell missed.
CHECK_MARK_BLANKS = 0.05
# Marked on five rows at least: a single True among blanks shows no flag.
CHECK_MARK_ROWS = 5


def _dense_from_one(col: ColumnSummary, hi: float) -> bool:
    """Whole numbers from 1 to under DENSE_COUNT_TOP that take most of the values between."""
    return hi < DENSE_COUNT_TOP and col.distinct_exact \
        and col.distinct >= DENSE_COUNT_SHARE * hi


def _taxonomy_paths(col: ColumnSummary) -> bool:
    """Whether the levels are a taxonomy's paths, branch first: few branches shared by many
    leaves."""
    if col.levels is None or len(col.levels) < 2:
        return False
    heads = [PATH_STEP.split(str(level).strip(), maxsplit=1) for level in col.levels]
    pathed = [parts[0].lower() for parts in heads if len(parts) == 2 and parts[0] and parts[1]]
    return len(pathed) >= PATH_SHARE * len(heads) \
        and len(set(pathed)) <= PATH_BRANCHES * len(heads)


def _check_mark(col: ColumnSummary, value: Any) -> bool:
    """Whether the one value beside blanks is a check mark (an X, Y, yes, a tick), on strings
    only: a 1 beside blanks may be a constant with its gaps."""
    return col.kind == "string" and str(value).strip().lower() in CHECK_MARKS \
        and col.n_present >= CHECK_MARK_ROWS \
        and col.n_rows > 0 and col.n_rows - col.n_present >= CHECK_MARK_BLANKS * col.n_rows


def classify_table(summaries: dict[str, ColumnSummary],
                   rows: pd.DataFrame | None = None) -> dict[str, Verdict]:
    """Each column's verdict, then what the other columns of the table say of it: where a
    column named as a key already tells every row apart, names of several words that a few
    rows share (parks, films, places) are what the rows are called, a property of high
    cardinality, not their labels. Without such a key they stay the rows' labels. So are
    the ids of a kind of thing the rows share (country_id in a table of states, sorted by
    country): in blocks as the ids of panel units are, but the rows have a key of their own.
    With a sample of whole rows, ids of units that group the units of another id (the
    province of each city in a panel of cities) are categories of those units, and blocks in
    which another id's units come back, once in each, are the periods they are seen in. A 0/1
    column amid a run of counts of events counts a rare one."""
    verdicts = {name: classify(s) for name, s in summaries.items()}
    if rows is not None:
        _groups_of_units(verdicts, summaries, rows)
        _heads_of_codes(verdicts, summaries, rows)
        _periods_of_units(verdicts, summaries, rows)
        _numberings_of_names(verdicts, summaries, rows)
        _ordered_by_others(verdicts, summaries, rows)
    _edge_ends(verdicts, summaries)
    _rare_event_counts(verdicts, summaries)
    bare = {name: _without_type_suffix(s).name for name, s in summaries.items()}
    keys = [name for name, v in verdicts.items() if v.stat_type == "identifier"
            and _key_name(bare[name]) and _all_distinct(summaries[name])]
    if not keys:
        return verdicts
    for name, s in summaries.items():
        v = verdicts[name]
        if v.stat_type == "identifier" and s.kind == "numeric" and name not in keys \
                and (_category_key_name(bare[name]) or s.distinct <= SMALL_LEVELS) \
                and not _all_distinct(s):
            # a handful of ids, each shared by many rows that have a key of their own, are
            # kinds of rows (a player's position, 1 to 6) whatever the kind is called
            verdicts[name] = Verdict("nominal", 0.6, _(
                "{distinct} whole numbers in a column named '{name}', {repeats} rows each on "
                "average, while '{key}' already tells the rows apart: the ids of a kind of thing "
                "the rows share (a type, a country), codes of categories.",
                distinct=_count(s), name=name, key=keys[0],
                repeats=Number(s.n_present / max(s.distinct, 1), digits=1)))
            continue
        if v.stat_type == "identifier" and s.kind == "string" and name not in keys \
                and not _all_distinct(s) and not _key_name(bare[name]) \
                and (_mean_words(s.sample) >= 1.5 or _word_share(s.sample) >= 0.95) \
                and _lettered(s.sample):
            verdicts[name] = Verdict("nominal", 0.6, _(
                "Names of {words} words on average, nearly every one distinct ({distinct} of "
                "{present}) and a few shared, while '{key}' already tells the rows apart: names "
                "the rows carry, categories of high cardinality rather than labels of the rows.",
                words=Number(_mean_words(s.sample), digits=1), distinct=_count(s),
                present=s.n_present, key=keys[0]))
    return verdicts


# The rank correlation with a scale graded over the same levels past which the order of a
# column's levels is not chance: the items of one instrument (a tumour's clump thickness and
# its cells' uniformity, each graded 1 to 10) rise and fall together. Amounts are no such
# partner: a ticket's type sets its price, whatever order the types are numbered in.
ORDER_TRACKING = 0.5
# Rows of the sample the correlation is taken over, at the fewest, and partners tried, at most
ORDER_ROWS, ORDER_PARTNERS = 100, 50


def _ordered_by_others(verdicts: dict[str, Verdict], summaries: dict[str, ColumnSummary],
                       rows: pd.DataFrame) -> None:
    """Five or more whole-number levels called unordered codes from the shape of their
    counts alone (the rows fall and rise again: a pathologist's grades 1 to 10 heap at a few
    values) whose order rises or falls with a scale of the same levels on the same rows (the
    next item of the same instrument): an ordered scale, graded as that one is."""
    scales = [name for name, v in verdicts.items()
              if v.stat_type == "ordinal" and name in rows and summaries[name].kind == "numeric"]
    for name, v in list(verdicts.items()):
        if not v.by_shape or name not in rows:
            continue
        s = summaries[name]
        partners = [other for other in scales if other != name
                    and (summaries[other].vmin, summaries[other].vmax) == (s.vmin, s.vmax)]
        codes = pd.to_numeric(rows[name], errors="coerce")
        best, rho = None, 0.0
        for other in partners[:ORDER_PARTNERS]:
            pair = pd.DataFrame({"a": codes, "b": pd.to_numeric(rows[other], errors="coerce")}).dropna()
            if len(pair) < ORDER_ROWS:
                continue
            r = abs(float(pair["a"].corr(pair["b"], method="spearman")))
            if r > rho:
                best, rho = other, r
        if best is not None and rho >= ORDER_TRACKING:
            verdicts[name] = Verdict("ordinal", 0.6, Sentences(v.reason, _(
                "Yet their order rises or falls with '{other}', a scale of the same levels "
                "(rank correlation {rho}), as the items of one instrument do and codes of "
                "categories do not: an ordered scale.", other=best, rho=Number(rho, digits=2))))


def _groups_of_units(verdicts: dict[str, Verdict], summaries: dict[str, ColumnSummary],
                     rows: pd.DataFrame) -> None:
    """Ids of repeated units (not a key: each on several rows) that another such id nests in
    (every value of the finer id, seen twice or more in the sample, beside one value of this
    one, and at least twice as many of them): the groups the units fall into, a category,
    not the units observed. Whatever the columns are named: 省份代码 over 城市代码."""
    units = [name for name, v in verdicts.items()
             if v.stat_type == "identifier" and name in rows and not _all_distinct(summaries[name])]
    if len(units) > NESTING_UNITS:
        return   # each pair is a grouping of the sample: the cost grows with their square
    for coarse in units:
        for fine in units:
            if fine == coarse or summaries[fine].distinct < 2 * summaries[coarse].distinct:
                continue
            pair = rows[[fine, coarse]].dropna()
            seen = pair.groupby(fine, sort=False)[coarse].agg(["nunique", "size"])
            seen = seen[seen["size"] >= 2]
            if len(seen) >= 10 and pair[coarse].nunique() >= 2 and (seen["nunique"] == 1).all():
                verdicts[coarse] = Verdict("nominal", 0.65, _(
                    "{distinct} values, each shared by several units of '{fine}', and each unit "
                    "of '{fine}' always with the same one: the groups those units fall into "
                    "(the province of each city, the school of each pupil), categories of "
                    "them rather than the units observed.", distinct=_count(summaries[coarse]),
                    fine=fine))
                break


def _heads_of_codes(verdicts: dict[str, Verdict], summaries: dict[str, ColumnSummary],
                    rows: pd.DataFrame) -> None:
    """Whole numbers read as amounts that on every row of the sample are a code's first
    digits, written alone (a state's FIPS 06 before its counties' 06037) or with the rest
    zeroed (a region's 6200 before its districts' 6203), and at most half as many: the code
    of the group each coded unit falls in (the region of each district, the sector of each
    industry), a category however its numbers are spread. A month written yyyymm is a date,
    not a code, so the year before it stays a year."""
    def whole(s: ColumnSummary) -> bool:
        return s.kind == "numeric" and s.integral and (s.vmin or 0) > 0

    codes = [n for n, v in verdicts.items() if v.stat_type in ("nominal", "identifier")
             and n in rows and whole(summaries[n])]
    heads = [n for n, v in verdicts.items() if v.stat_type in ("discrete", "continuous")
             and n in rows and whole(summaries[n]) and summaries[n].distinct >= 2]
    if not codes or len(codes) * len(heads) > HEAD_PAIRS:
        return   # each pair reads the sample: the cost grows with their product
    for head in heads:
        for code in codes:
            if summaries[code].distinct < 2 * summaries[head].distinct:
                continue
            pair = rows[[head, code]].apply(pd.to_numeric, errors="coerce").dropna()
            if len(pair) < 10 or pair[head].nunique() < 2:
                continue
            upper, lower = pair[head].astype("int64"), pair[code].astype("int64")
            digits = next((k for k in HEAD_DIGITS if (lower // 10 ** k == upper).all()
                           or ((lower // 10 ** k) * 10 ** k == upper).all()), None)
            if digits is not None:
                verdicts[head] = Verdict("nominal", 0.65, _(
                    "{distinct} whole numbers that on every row are the first digits of "
                    "'{code}' (the rest left off or zeroed): the code of the group each of its "
                    "units falls in (the region of a district, the sector of an industry), "
                    "categories rather than amounts.", distinct=_count(summaries[head]),
                    code=code))
                break


# Side by side columns of counts of events, at the fewest, that make the 0/1 columns among
# them counts too
EVENT_COUNT_RUN = 6


def _rare_event_counts(verdicts: dict[str, Verdict], summaries: dict[str, ColumnSummary]) -> None:
    """Columns of 0 and 1 amid a run of columns that count events (a footballer's goals,
    assists, fouls and red cards in a round): each counts an event rare enough that no row
    saw two of it, as its neighbours count theirs, not a yes/no flag. The run holds six such
    columns or more, side by side, every one from 0 and 0 on a fifth of the rows at least,
    and at least half of them reach 2; flags kept together (black, hispanic, born in 1960)
    are no such run, and a flag that is 1 on most rows is no rare event."""
    def zero_heavy(s: ColumnSummary) -> bool:
        return s.kind == "numeric" and s.integral and s.vmin == 0 and s.levels is not None \
            and s.levels.get(0, 0) >= 0.2 * s.n_present

    def close(run: list[str]) -> None:
        counts = [n for n in run if verdicts[n].stat_type == "discrete"
                  and (summaries[n].vmax or 0) >= 2]
        if len(run) < EVENT_COUNT_RUN or 2 * len(counts) < len(run):
            return
        for flag in run:
            levels = summaries[flag].levels or {}
            if verdicts[flag].stat_type == "boolean" and summaries[flag].vmax == 1 \
                    and levels.get(1, 0) < levels.get(0, 0):
                verdicts[flag] = Verdict("discrete", 0.55, _(
                    "Only 0 and 1, mostly 0, among {run} columns side by side that count "
                    "events ({counts}): a count of an event rare enough that no row saw "
                    "two, as its neighbours count theirs, not a yes/no flag.",
                    run=len(run), counts=", ".join(counts[:4])
                    + (", ..." if len(counts) > 4 else "")))

    run: list[str] = []
    for name, s in summaries.items():
        if zero_heavy(s) and verdicts[name].stat_type in ("discrete", "boolean", "constant"):
            run.append(name)
        else:
            close(run)
            run = []
    close(run)


# The share of a named id's units that must come back in a later block of a column, and
# the share of its rows that must be one per unit and block, for the blocks to be periods
PERIOD_RETURNS, PERIOD_ONCE = 0.5, 0.95


def _periods_of_units(verdicts: dict[str, Verdict], summaries: dict[str, ColumnSummary],
                      rows: pd.DataFrame) -> None:
    """Whole numbers counted 0 or 1, 2, 3 ... down the rows in blocks, read as the ids of
    units, where a column named as an id has its units come back block after block, each
    once in a block (a league's rounds, a survey's waves, with each player or household in
    every one): the periods the units are observed in, ordered, not units themselves. Units
    nested in groups (pupils in schools) never come back in another block."""
    ids = [name for name, v in verdicts.items()
           if v.stat_type == "identifier" and name in rows and not _all_distinct(summaries[name])
           and _id_name(_without_type_suffix(summaries[name]).name)]
    for name, v in list(verdicts.items()):
        s = summaries[name]
        if v.stat_type != "identifier" or name not in rows or s.kind != "numeric" \
                or _all_distinct(s) or s.n_present < 2 * s.distinct \
                or _id_name(_without_type_suffix(s).name) \
                or not s.order_increasing or s.distinct < 3 \
                or s.runs > 1.05 * s.distinct or s.vmin not in (0, 1) or s.vmax is None \
                or s.vmax - s.vmin + 1 != s.distinct or UNIT_NAME.search(s.name.strip()):
            continue
        for unit in ids[:NESTING_UNITS]:   # each try groups the sample: bounded per column
            pair = rows[[unit, name]].dropna()
            per_block = pair.groupby(name, sort=False)[unit].agg(["nunique", "size"])
            blocks_of = pair.groupby(unit, sort=False)[name].nunique()
            if len(pair) and per_block["nunique"].sum() >= PERIOD_ONCE * len(pair) \
                    and float((blocks_of >= 2).mean()) >= PERIOD_RETURNS:
                verdicts[name] = Verdict("ordinal", 0.6, _(
                    "Whole numbers from {lo} to {hi}, in blocks down the rows, where the units "
                    "of '{unit}' come back block after block, once in each: the periods they "
                    "are observed in (rounds, waves), ordered, not units.",
                    lo=_show(_num(s.vmin)), hi=_show(_num(s.vmax)), unit=unit))
                break


# At least this many names, each with its own number, make a numbering: counts of as many
# units drawn from a range three times as wide all differ less than once in a hundred times
# (a count's name, "DexNum", does not rule it out; money or a measure does).
NUMBERED_NAMES = 30
NUMBERING_SPREAD = 3    # the numbers span at most this many times as many values as they are


def _numberings_of_names(verdicts: dict[str, Verdict], summaries: dict[str, ColumnSummary],
                         rows: pd.DataFrame) -> None:
    """Whole numbers read as amounts that match a column of names one to one over rows that
    repeat them (a Pokédex number beside each species, over the species' sets), packed into a
    range not much wider than they are many: a numbering of those names, a code. A quantity
    kept on a unit's rows (a height, an area) matches its names as well, but its values
    spread far wider than the units are many, and a count is shared by several names."""
    names = [name for name, s in summaries.items()
             if s.kind == "string" and name in rows
             and verdicts[name].stat_type in ("nominal", "identifier", "text")]
    compared = 0
    for name, s in summaries.items():
        v = verdicts[name]
        if s.kind != "numeric" or not s.integral or name not in rows or s.vmin is None \
                or s.vmax is None or v.stat_type not in ("discrete", "continuous") \
                or s.distinct < NUMBERED_NAMES or s.n_present < 1.5 * s.distinct \
                or s.vmax - s.vmin + 1 > NUMBERING_SPREAD * s.distinct \
                or MONEY_NAME.search(name) or _measure_name(name) or _date_named(name) \
                or YEAR_NAME.search(name) or _rank_name(name) or ORDINAL_NAME.search(name):
            continue   # a team's league rank on each of its rows is its place, not its code
        for other in names:
            # one to one needs as many names as numbers
            if abs(summaries[other].distinct - s.distinct) > 0.1 * s.distinct:
                continue
            if compared >= NESTING_UNITS:
                return   # the rest are left, as each comparison groups the sample twice
            compared += 1
            pair = rows[[name, other]].dropna()
            numbers = pair[name].nunique()
            if len(pair) < 1.5 * numbers or numbers < NUMBERED_NAMES:
                continue   # a key, or too few: every column matches a key one to one
            if (pair.groupby(name, sort=False)[other].nunique() == 1).all() \
                    and (pair.groupby(other, sort=False)[name].nunique() == 1).all():
                verdicts[name] = Verdict("nominal", 0.6, _(
                    "Whole numbers from {lo} to {hi}, each always beside the same value of "
                    "'{other}' and each value of '{other}' always beside the same number, over "
                    "rows that repeat them: a numbering of those names (a catalogue number), a "
                    "code, not an amount.", lo=_show(_num(s.vmin)), hi=_show(_num(s.vmax)),
                    other=other))
                break


# The names of an edge list's two ends, each as one word of a name whose other words match
# (source/target; from_bus/to_bus, fromNode/toNode).
EDGE_ENDS = (("source", "target"), ("from", "to"), ("src", "dst"), ("src", "dest"),
             ("head", "tail"), ("origin", "destination"), ("orig", "dest"), ("u", "v"),
             ("f", "t"))
# Ends cut to one letter that also name quantities alone (f a frequency, t a time): ends only
# beside another word the two names share (MATPOWER's F_BUS and T_BUS)
LETTER_ENDS = {("f", "t")}
# Words that make two ends those of a range of a quantity or a place on a line, not nodes
RANGE_WORDS = {"km", "kms", "m", "mi", "mile", "miles", "meter", "metre", "ft", "feet", "mm",
               "cm", "pos", "position", "offset", "line", "page", "row", "col", "column"}


def _edge_ends(verdicts: dict[str, Verdict], summaries: dict[str, ColumnSummary]) -> None:
    """Whole numbers read as amounts in two columns named as an edge list's two ends that
    share most of their values (source and target over 0-33, from_bus and to_bus): the ids
    of the nodes each row joins. Not the two ends of a range of an amount, a date or a
    position on a line (price_from, from_year, from_km)."""
    ends: dict[tuple, dict[int, str]] = defaultdict(dict)
    for name, s in summaries.items():
        if s.kind != "numeric" or not s.integral or s.vmin is None or s.vmin < 0 \
                or verdicts[name].stat_type not in ("discrete", "continuous", "ordinal") \
                or _amount_name(name) or _date_named(name) or YEAR_NAME.search(name) \
                or TIME_NAME.search(name):
            continue
        words = _name_words(name)
        if set(words) & RANGE_WORDS:
            continue
        for i, word in enumerate(words):
            for pair in EDGE_ENDS:
                if word in pair and (pair not in LETTER_ENDS or len(words) >= 2):
                    rest = tuple(words[:i] + ["*"] + words[i + 1:])
                    ends[(pair, rest)][pair.index(word)] = name
    for found in ends.values():
        if len(found) != 2:
            continue
        first, second = found[0], found[1]
        a, b = (_values_seen(summaries[first]), _values_seen(summaries[second]))
        fewer = min(len(a), len(b))
        if fewer < 3 or len(a & b) < 0.5 * fewer:
            continue
        for name, other in ((first, second), (second, first)):
            verdicts[name] = Verdict("nominal", 0.6, _(
                "Whole numbers in '{name}' and '{other}', the two ends of an edge list by their "
                "names, sharing {shared} of their values: the ids of the nodes each row joins, "
                "codes, not amounts.", name=name, other=other, shared=len(a & b)))


def _values_seen(col: ColumnSummary) -> set:
    """The column's distinct values: all of them where it has few, else those of its sample."""
    return set(col.levels) if col.levels is not None else set(col.sample.unique())


def _balanced(col: ColumnSummary, designed: bool = False) -> bool:
    """Levels holding groups of nearly equal size (within a fifth of the mean), as the arms
    of a design or the classes of a labelled set do. designed: below 25 rows a level, chance
    alone spreads evenly drawn groups by more than that (by about the root of the mean), so
    there only sizes a design would give (apart by at most a tenth of the mean, or one)
    count."""
    counts = np.array(list((col.levels or {}).values()), dtype=float)
    if not len(counts) or counts.std() > 0.2 * counts.mean():
        return False
    return bool(not designed or counts.mean() >= 25
                or np.ptp(counts) <= max(1.0, 0.1 * counts.mean()))


def _key_name(name: str) -> bool:
    """Named as a key: an id or key, or a code (the code of a subdivision, of an airport),
    whose values, all distinct, tell the rows apart."""
    return _id_name(name) or next(reversed(_name_words(name)), "") == "code"


# Han, kana and Hangul: scripts whose sentences run without spaces between words
SPACELESS_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _spaceless_sentences(sample: pd.Series) -> bool:
    """Values most of whose characters are Han, kana or Hangul, 6 long or more on median and
    ending as a sentence does (。！？ or .!?) in half of them or more: sentences, whose
    words no space shows. Names and labels in those scripts are short and end unpunctuated."""
    head = sample.iloc[:2000].astype(str).str.strip()
    if not len(head) or head.str.len().median() < 6:
        return False
    share = head.map(lambda v: len(SPACELESS_SCRIPT.findall(v)) / max(len(v), 1))
    return float((share >= 0.5).mean()) >= 0.9 \
        and float(head.str.contains(r"[。！？.!?]$").mean()) >= 0.5


def _letter_sequences(sample: pd.Series) -> bool:
    """Values written in capital letters alone, no space, digit or mark, at least 10 long and
    12 on median, from an alphabet of at most 25 letters: biological sequences (amino acids
    lack J; DNA uses four letters), where names in capitals have spaces or are short."""
    head = sample.iloc[:5000].astype(str).str.strip()
    if not len(head) or head.str.fullmatch(r"[A-Z]{10,}").mean() < 0.95 \
            or head.str.len().median() < 12:
        return False
    return len(set("".join(head.iloc[:2000]))) <= 25


def _lettered(sample: pd.Series) -> bool:
    """Whether nine values in ten hold a letter: names do; numbers, however many to a cell
    (a place's latitude and longitude, `37.54, 129.11`), do not."""
    head = sample.iloc[:5000].astype(str)
    return bool(len(head)) and float(head.str.contains(r"[^\W\d_]").mean()) >= 0.9


def _word_share(sample: pd.Series) -> float:
    """The share of values written in words alone, letters without a digit (Canillo, Saint
    John): names, where labels made up (AB-12, row_3) carry digits. The marks that scripts
    such as Devanagari and Bengali write their vowels with (and accents written apart) are
    no letters to a regular expression: left out, so such names count as words. Words listed
    with semicolons, or with the full-width brackets and commas of Chinese and Japanese
    (大米;白米, 面条（熟）), are words too, and so are words joined by underscores or a slash
    as file names and the IANA time zones write places (Buenos_Aires, America/La_Paz)."""
    head = sample.iloc[:5000].astype(str).str.strip().map(_without_marks)
    return float(head.str.fullmatch(
        r"[^\W\d_]+(?:[\s'’.,;()（）、，；・/_-]+[^\W\d_]+)*[.）]?").mean()) if len(head) else 0.0


def _capital_codes(sample: pd.Series) -> bool:
    """Written as codes are (JFK, GBR, USA1): one token of capitals and digits, up to six, on
    nine values in ten."""
    head = sample.iloc[:5000].astype(str).str.strip()
    return bool(len(head)) and float(head.str.fullmatch(r"[A-Z][A-Z0-9]{1,5}").mean()) >= 0.9


def _slugs(sample: pd.Series) -> bool:
    """Written as slugs or handles are (bitcoin-cash, usd_coin, jdoe): lower case without a
    space on nine values in ten, keys made for machines rather than words written for people."""
    head = sample.iloc[:5000].astype(str).str.strip()
    return bool(len(head)) and float((head.str.islower() & ~head.str.contains(" ")).mean()) >= 0.9


def _handles(sample: pd.Series) -> bool:
    """Slugs of two parts or more joined by _ or - (dustin_johnson, amateur_014) on nine
    values in ten: handles made for machines."""
    head = sample.iloc[:5000].astype(str).str.strip()
    return _slugs(sample) and float(head.str.contains(r"[a-z0-9][_-][a-z0-9]").mean()) >= 0.9


def _without_sentinel(col: ColumnSummary) -> tuple[ColumnSummary, Message] | None:
    """The column without a sentinel code at its top, or None when it has none."""
    if col.vmax is None or col.bool_dtype or not len(col.sample):
        return None
    top = round(col.vmax)
    digits = str(abs(int(top)))
    if len(digits) < 3 or len(set(digits)) != 1 or digits[0] not in SENTINEL_DIGITS \
            or abs(col.vmax - top) > 1e-6 * abs(top):
        # a code is a whole number, up to the digits a 32-bit float keeps (999999.375 stored
        # for 999999); 888.4 is an amount
        return None
    if col.levels is not None:
        rest = [v for v in col.levels if v != col.vmax]
        rows = col.levels.get(col.vmax, 0)
    else:
        rest = None
        # an estimate from the sample; the value is the column's maximum, so on one row at least
        rows = max(1, int(round((col.sample == col.vmax).mean() * col.n_present)))
    kept = col.sample[col.sample != col.vmax]
    below = max(rest) if rest else (kept.max() if len(kept) else None)
    if below is None or not len(kept) or below * 10 > top or rows > 0.05 * col.n_present:
        return None
    value = col.vmax
    note = (_("The value {value} (1 row), far above the rest, reads as a code for a missing or "
              "special answer rather than an amount.", value=_show(value))
            if rows == 1 else
            _("The value {value} ({rows} rows), far above the rest, reads as a code for a "
              "missing or special answer rather than an amount.", value=_show(value), rows=rows))
    return _drop(col, {value}, rows), note


# What surveys code "don't know", "refused" and "not applicable" with just past a short
# scale: 7, 8, 9 (one digit), 77, 88, 97-99 (two).
SURVEY_CODES = {7, 8, 9, 77, 88, 96, 97, 98, 99}


def _without_survey_codes(col: ColumnSummary) -> tuple[ColumnSummary, Message] | None:
    """A short scale numbered from 1 (at least three steps, every one used), then a gap,
    then one to three survey codes for a missing answer, 8, 9, 88, 98 or 99 among them, held
    by at most a tenth of the rows: the scale without them, or None. Counts start at 0 and
    thin out into a tail (0-5, then 7): they are left alone."""
    if col.levels is None or col.bool_dtype or not col.integral or len(col.levels) > 14:
        return None
    values = sorted(col.levels)
    top = 0
    while top + 1 < len(values) and values[top + 1] == values[top] + 1:
        top += 1
    scale, codes = values[:top + 1], values[top + 1:]
    if values[0] != 1 or len(scale) < 3 or not 1 <= len(codes) <= 3 \
            or not set(codes) <= SURVEY_CODES or not set(codes) & {8, 9, 88, 98, 99} \
            or codes[0] < scale[-1] + 2:
        return None
    rows = sum(col.levels[v] for v in codes)
    if rows > 0.1 * col.n_present:
        return None
    if len(codes) > 1:
        note = _("The values {values} ({rows} rows), past the top of the scale after a gap, read "
                 "as survey codes for a missing answer (don't know, refused, not applicable).",
                 values=", ".join(_show(v) for v in codes), rows=rows)
    elif rows == 1:
        note = _("The value {value} (1 row), past the top of the scale after a gap, reads as a "
                 "survey code for a missing answer (don't know, refused, not applicable).",
                 value=_show(codes[0]))
    else:
        note = _("The value {value} ({rows} rows), past the top of the scale after a gap, reads "
                 "as a survey code for a missing answer (don't know, refused, not applicable).",
                 value=_show(codes[0]), rows=rows)
    return _drop(col, set(codes), rows), note


# The most rows -1 may hold below numbered tiers 1, 2, 3, ... and still read as "none".
NONE_TIER_SHARE = 0.9


def _without_negative_code(col: ColumnSummary) -> tuple[ColumnSummary, Message] | None:
    """The column without its negative codes for "missing" (-1, -2, -9, -99, -8), one or two,
    below values that are otherwise never negative, or None. They may hold 2 % of the rows;
    below answers or codes numbered 1, 2, 3, ..., or values of four digits and more, which
    leave 0 unused, 15 % (a survey that writes -1, or -2 and -1, for "no answer" beside answers
    1 to 6 or a birth year)."""
    if col.vmin is None or col.vmin >= 0 or col.bool_dtype or col.levels is None:
        return None
    codes = sorted(v for v in col.levels if v < 0)

    def sentinel(v: float) -> bool:   # -1, or one digit repeated: -9, -99, -8
        digits = str(abs(int(v)))
        return v == -1 or (len(set(digits)) == 1 and digits[0] in SENTINEL_DIGITS)

    if len(codes) > 2 or not all(float(v).is_integer() for v in codes) \
            or not (codes == [-2, -1] or all(sentinel(v) for v in codes)):
        return None
    rest = sorted(v for v in col.levels if v >= 0)
    rows = sum(col.levels[v] for v in codes)
    if len(rest) < 2:
        return None
    # Below answers numbered 1, 2, 3, ... or values of four digits and more (birth years,
    # codes of counties), the unused 0 parts the codes from them; -1 beside 1 and 5 (a
    # parity, 5 for undefined) is a sign, and beside 3 to 22 it may be a value.
    numbered = rest == list(range(1, len(rest) + 1)) or min(rest) >= 1000
    share = 0.15 if numbered else 0.02
    if codes == [-1] and len(rest) >= 3 and rest == list(range(1, len(rest) + 1)) \
            and not date_part(col.name):
        # -1 alone below tiers or answers 1, 2, 3, ... with 0 unused is "none" however many
        # rows lack one (a venue's price tier, -1 where the directory gives none); a day or
        # a quarter counted from an event may be -1, the one before
        share = NONE_TIER_SHARE
    if len(codes) == 2 and not numbered or rows > share * col.n_present:
        return None
    if len(codes) == 2:
        note = _("The values {values} ({rows} of {present} rows), the only ones below zero, "
                 "read as codes for a missing or unknown answer.",
                 values=", ".join(_show(v) for v in codes), rows=rows, present=col.n_present)
    else:
        note = _("The value {value} ({rows} of {present} rows), the only one below zero, reads "
                 "as a code for a missing or unknown answer.", value=_show(codes[0]), rows=rows,
                 present=col.n_present)
    return _drop(col, set(codes), rows), note


def _without_stray_decimals(col: ColumnSummary) -> tuple[ColumnSummary, Message] | None:
    """Whole numbers but for at most one row in a thousand: the column without those rows,
    or None. A slip of entry (0.1 among counts 0-55) makes no measurement of decimals."""
    if col.integral or col.bool_dtype or col.levels is None:
        return None
    odd = {v for v in col.levels if not float(v).is_integer()}
    rows = sum(col.levels[v] for v in odd)
    if not odd or rows > 0.001 * col.n_present or len(col.levels) - len(odd) < 3:
        return None
    note = _("Among whole numbers, {rows} of {present} rows hold a decimal ({values}): a slip of "
             "entry, left out of the decision.", rows=rows, present=col.n_present,
             values=", ".join(_show(v) for v in sorted(odd)[:3]))
    return _drop(col, odd, rows), note


def run_starts(values: np.ndarray, continued: bool = False) -> dict[float, int] | None:
    """The values that begin a run of steps of +1 in values (the first one too, unless it
    continues a run from the values before them), counted; None past RUN_STARTS_CAP of them."""
    ones = np.diff(values) == 1
    starts = values[1:][~ones] if continued else np.r_[values[:1], values[1:][~ones]]
    found, counts = np.unique(starts, return_counts=True)
    if len(found) > RUN_STARTS_CAP:
        return None
    return {float(v): int(c) for v, c in zip(found, counts, strict=True)}


def _starts_recur(col: ColumnSummary) -> bool:
    """Numbering restarted within groups starts its groups at a few values again and again
    (1 for each patient's visits; 0 and 30 for two arms' subjects listed once per time
    point): runs of steps of +1 begin, on average, at values two runs begin at or more.
    Mass numbers counted 1 by 1 within each element begin where its isotopes begin, at a
    value that rises from element to element and seldom recurs."""
    if col.run_starts is None:
        return False
    runs = sum(col.run_starts.values())
    return runs <= 1 or len(col.run_starts) <= runs / 2


def _common_start(col: ColumnSummary) -> float | None:
    """The value nine runs of steps of +1 in ten begin at, of five runs or more: every group
    numbered from the same start (1, or 0); None where there is no such value."""
    if not col.run_starts:
        return None
    runs = sum(col.run_starts.values())
    start, count = max(col.run_starts.items(), key=lambda item: item[1])
    return start if runs >= 5 and count >= 0.9 * runs else None


def _fewer_further(col: ColumnSummary) -> bool:
    """Taken in the order of the values, the number of rows at each value never rises beyond
    a tenth (and a row) over the one before, and the last holds at most half the first's:
    what numbering within groups of different sizes leaves, since every group has a first
    row and few reach the fortieth. Counts of events fall so too, but they seldom step by +1
    down the rows. Counts that drop by at most one from value to value are groups of every
    size once, a triangle (an expansion's order m within its degree n, a matrix's lower
    half): an index, not the rows of things of different sizes."""
    if col.levels is not None:
        counts = np.array([c for _, c in sorted(col.levels.items())], dtype=float)
    else:
        counts = col.sample.value_counts().sort_index().to_numpy(dtype=float)
    if len(counts) < 3:
        return False
    steps = np.diff(counts)
    if np.isin(steps, (0, -1)).all():
        return False
    rises = steps > 0.1 * counts[:-1] + 1
    return bool(rises.mean() <= 0.1 and counts[-1] <= 0.5 * counts[0])


def _drop(col: ColumnSummary, values: set, rows: int) -> ColumnSummary:
    """The column as if the rows holding these values were missing."""
    levels = None if col.levels is None else {v: c for v, c in col.levels.items() if v not in values}
    kept = col.sample[~col.sample.isin(values)]
    left = np.asarray(list(levels) if levels is not None else kept.to_numpy(), dtype=float)
    # Past LEVEL_CAP levels the sample's range is narrower than the file's: keep the file's
    # bound where the dropped values were not at it.
    vmin = float(left.min()) if col.vmin in values else col.vmin
    vmax = float(left.max()) if col.vmax in values else col.vmax
    if len(col.sample) == col.n_present and len(kept):
        # The sample is the whole column in row order: count again how the values follow each
        # other without the code, which split the blocks and steps it sat in. (A longer file
        # keeps the counts with the code: its sample's rows are not consecutive.)
        left_in_order = kept.to_numpy(dtype=float)
        steps = np.diff(left_in_order)
        col = replace(col, runs=1 + int((steps != 0).sum()), steps_of_one=int((steps == 1).sum()),
                      run_starts=run_starts(left_in_order),
                      strictly_increasing=bool((steps > 0).all()),
                      order_increasing=bool((steps >= 0).all()),
                      order_decreasing=bool((steps <= 0).all()))
    return replace(col, n_present=col.n_present - rows, distinct=col.distinct - len(values),
                   levels=levels, sample=kept.reset_index(drop=True), vmin=vmin, vmax=vmax,
                   integral=bool((left == np.round(left)).all()))


def _numeric(col: ColumnSummary) -> Verdict:
    levels = sorted(col.levels) if col.levels is not None else None
    lo, hi = _num(col.vmin), _num(col.vmax)
    if col.bool_dtype:
        return Verdict("boolean", 0.98, _("The values are true and false."))
    if levels == [0, 1]:
        return Verdict("boolean", 0.9, _("The only values are 0 and 1, a yes/no flag."))
    if levels is not None and len(levels) == 2 and _two_compact_dates(levels):
        # The cut-off dates of two extracts appended to one file: two values, but eight
        # digits that are both days of the calendar make a date, not a flag.
        return Verdict("datetime", 0.7, _(
            "Only two values ({first}, {second}), both dates written YYYYMMDD: the dates of two "
            "extracts or events, not a yes/no split.", first=_show(levels[0]),
            second=_show(levels[1])), date_format="%Y%m%d")
    if levels is not None and len(levels) == 2 and levels[1] - levels[0] == 1 \
            and levels[0] >= 10:
        # A code for two groups is written 0/1, 1/2 or with values far apart; two whole
        # numbers one apart and far from zero are a quantity that varies by one (the days of
        # a month in a calendar table, two consecutive years).
        return Verdict("discrete", 0.6, _(
            "Only two values, {first} and {second}, one apart and far from zero: a count or a "
            "measurement that varies by one (days in a month, consecutive years), not a code "
            "for two groups.", first=_show(levels[0]), second=_show(levels[1])))
    if levels is not None and len(levels) == 2 and levels[0] > 0 \
            and any(v != round(v) for v in levels):
        # Codes for two groups are whole numbers; a fraction (7.5 beside 8) is a quantity that
        # the rows hold at two values: a rate in two periods, a dose set by a design. A code
        # standardised for a model (sklearn's diabetes sex, -0.0446 and 0.0507) has a value
        # at or below 0.
        return Verdict("continuous", 0.6, _(
            "Only two values, {first} and {second}, not both whole: a measurement held at two "
            "values, not a code for two groups.", first=_show(levels[0]),
            second=_show(levels[1])))
    if levels is not None and len(levels) == 2 and (
            levels[0] >= 1 and _count_name(col.name)
            or levels[0] == 0 and levels[1] >= 2 and levels[1] == round(levels[1])
            and _plural_name(col.name)):
        # a number of things named so, the rows holding two of its values (engines 2 or 4,
        # doors 2 or 4, people liable 1 or 2; "Cores (LP-E)" 0 or 2): counts. 0 beside 1
        # stays a flag ("n_missing" 0/1 says whether, more often than how many).
        return Verdict("discrete", 0.6, _(
            "Only two values, {first} and {second}, in a column named '{name}', a number of "
            "things: counts that the rows hold two of, not a code for two groups.",
            first=_show(levels[0]), second=_show(levels[1]), name=col.name))
    if levels is not None and len(levels) == 2:
        return Verdict("boolean", 0.8, _("Only two values ({first}, {second}) split the rows into "
                                         "two groups.", first=_show(levels[0]), second=_show(levels[1])))
    julian = _julian_days(col) or _decimal_years(col) or _years_before_present(col) \
        or _compact_date_times(col)
    if julian:
        return julian
    if col.integral:
        verdict = _calendar(col) or _squares(col) or _whole_number_labels(col) or _brackets(col)
        if verdict:
            return verdict
    if col.integral and levels is not None and len(levels) <= SMALL_LEVELS and hi - lo <= SMALL_LEVELS:
        return _integer_codes(col, levels)
    # An eleven-point rating (0 to 10, as "how likely are you to recommend" asks) named so.
    if col.integral and levels is not None and lo == 0 and hi == 10 \
            and ORDINAL_NAME.search(col.name) and not _count_name(col.name):
        return Verdict("ordinal", 0.7, _("Whole numbers from 0 to 10 in a column named '{name}': "
                                         "an eleven-point rating scale.", name=col.name))
    # Percentiles (1 to 100) and other quantile groups past ten levels, named so.
    if col.integral and levels is not None and lo in (0, 1) and hi <= 100 \
            and QUANTILE_NAME.search(col.name):
        return Verdict("ordinal", 0.7, _("Whole numbers from {lo} to {hi} in a column named "
                                         "'{name}' number quantile groups of an amount, lowest "
                                         "first: an ordered scale.", lo=_show(lo), hi=_show(hi),
                                         name=col.name))
    # Bins of an amount past ten levels ("agi_bin", "income_band"), named so.
    if col.integral and levels is not None and lo in (0, 1) and hi <= 100 \
            and _name_words(col.name)[-1:] in (["bin"], ["band"], ["bracket"]):
        return Verdict("ordinal", 0.65, _("Whole numbers from {lo} to {hi} in a column named "
                                          "'{name}' number the bins of an amount, lowest first: "
                                          "an ordered scale.", lo=_show(lo), hi=_show(hi),
                                          name=col.name))
    if col.integral:
        # Counts are whole numbers, but so are measurements rounded to a unit (grams, mm):
        # many distinct values make a column behave as continuous, unless it is named a
        # count or has the shape of counts of events (from 0, most of them small).
        hint = (_("Every value is distinct: if it labels rows, it is an identifier.")
                if _all_distinct(col) else None)
        shown_lo, shown_hi = _show(lo), _show(hi)
        skew = float(col.sample.skew()) if len(col.sample) > 2 else 0.0
        if _agent_name(col.name) and lo >= 0 and not _all_distinct(col):
            return Verdict("nominal", 0.6, _(
                "Whole numbers from {lo} to {hi} ({distinct} distinct) in a column named '{name}', "
                "who did something to each row (a nurse, a rater, the one it was validated by): "
                "the ids of people, codes, not amounts.", lo=shown_lo, hi=shown_hi,
                distinct=_count(col), name=col.name))
        if _place_code_name(col.name) and lo >= 0 and not _place_figure_name(col.name):
            # every value distinct, or all but one in a hundred, as a key with a few places
            # listed twice is (codes drawn at random from a large range, a user's city among
            # 50 000, repeat more often)
            if col.n_present >= 20 and (hint is not None or col.n_present >= 50
                                        and col.distinct >= 0.99 * col.n_present):
                repeats = None if hint is not None else _(
                    "A few of them are on two rows ({distinct} distinct of {present}).",
                    distinct=_count(col), present=col.n_present)
                return Verdict("identifier", 0.7 if repeats is None else 0.6, Sentences(_(
                    "Whole numbers from {lo} to {hi} in a column named '{name}', each on one row: "
                    "the codes of the places or things the rows are, the key of the table.",
                    lo=shown_lo, hi=shown_hi, name=col.name), repeats))
            return Verdict("nominal", 0.6, Sentences(_(
                "Whole numbers from {lo} to {hi} ({distinct} distinct) in a column named '{name}' "
                "are codes of places or categories, not amounts.", lo=shown_lo, hi=shown_hi,
                distinct=_count(col), name=col.name), hint))
        if hint is not None and col.n_present >= 20 and lo >= 100_000 and hi - lo < 0.01 * lo \
                and not TIME_NAME.search(col.name) and not _date_named(col.name):
            # Distinct numbers of seven digits within a thousand of each other (8400045 to
            # 8400752) share their leading digits as the codes of a register do (a country's
            # railway stations, a maker's parts); a quantity this large spreads wider or
            # repeats its values. Times counted in seconds or milliseconds are as narrow, and
            # named so.
            return Verdict("identifier", 0.65, _(
                "Whole numbers from {lo} to {hi}, every one distinct and all sharing their "
                "leading digits: the codes of a register (stations, parts), one per row, the "
                "key of the table rather than a quantity.", lo=shown_lo, hi=shown_hi))
        if THING_NUMBER.search(col.name.strip()) and not MONEY_NAME.search(col.name) \
                and not (lo == 0 and skew > 2) and not _quantity_number_name(col.name):
            # "jersey_number", "room_nr": the number of a thing names it (a count is named
            # "number of ...", "num_..."). Such numbers spread over their range; from 0 with
            # a long tail ("contact_number": 0, a handful, once a thousand) they are counts.
            return Verdict("nominal", 0.6, Sentences(_(
                "Whole numbers from {lo} to {hi} ({distinct} distinct) in a column named '{name}' "
                "are the numbers things go by (a shirt, a room, a seat): labels, not amounts.",
                lo=shown_lo, hi=shown_hi, distinct=_count(col), name=col.name), hint))
        if _register_place_name(col.name) and lo >= 0:
            # "DEEDBOOK", "deed_page": where a record is written in a register's books
            return Verdict("nominal", 0.6, Sentences(_(
                "Whole numbers from {lo} to {hi} ({distinct} distinct) in a column named '{name}', "
                "the book or page of a register a record is written in: where to find it, labels, "
                "not amounts.", lo=shown_lo, hi=shown_hi, distinct=_count(col), name=col.name),
                hint))
        if (_id_name(col.name) or _id_word(col.name)
                or (SHORT_ID.search(col.name.strip()) and col.distinct > SHORT_ID_LEVELS)) \
                and lo >= 0:
            # ids shared by rows that are too few or too scattered for the ids of units (the
            # party family of each party): codes of what the rows belong to, never counts. A
            # short id (a PubChem "cid" over a list's names, 0 for none) counts so past the
            # few levels a scale that shares its letters (a party identification "PID") has
            return Verdict("nominal", 0.6, Sentences(_(
                "Whole numbers from {lo} to {hi} ({distinct} distinct) in a column named as an id "
                "('{name}'), shared by several rows: codes of what the rows belong to, not "
                "amounts.", lo=shown_lo, hi=shown_hi, distinct=_count(col), name=col.name), hint))
        if levels is not None and len(levels) <= 25 and lo >= 0 and _kind_name(col.name) \
                and not _count_name(col.name):
            # a few numbers spread wide under a name that says what kind or state a row is in
            # (an HTTP status 200/404/500, a record type 100/300): codes, whatever their size
            return Verdict("nominal", 0.6, _(
                "Only {distinct} values ({levels}) in a column named '{name}', which says what "
                "kind or state each row is in: codes of categories, not amounts.",
                distinct=col.distinct, levels=", ".join(_show(v) for v in levels[:8])
                + (", ..." if len(levels) > 8 else ""), name=col.name))
        if levels is not None and len(levels) <= 25 and lo >= 0 \
                and GROUP_NAME.search(col.name) \
                and not BIN_NAME.search(GROUP_NAME.sub(" ", col.name)) \
                and not _count_name(col.name) and not _plural_name(col.name):
            # past the ten levels a study's arms take, the group a row belongs to (a periodic
            # table's group 1-18, a product group) is still a code; an age or income group
            # is a bin of an amount, and a number of groups a count
            return Verdict("nominal", 0.6, _(
                "Only {distinct} values ({levels}) in a column named '{name}', which says which "
                "group each row belongs to: codes of groups, not amounts.",
                distinct=col.distinct, levels=", ".join(_show(v) for v in levels[:8])
                + (", ..." if len(levels) > 8 else ""), name=col.name))
        if _scattered_codes(col, levels):
            return Verdict("nominal", 0.55, _(
                "Only {distinct} values ({levels}), large and most of them not round, each on "
                "many rows: codes of categories (a formation, a code, a class), not amounts; a "
                "count over this many rows takes more values, and the settings of a design are "
                "round numbers.", distinct=col.distinct,
                levels=", ".join(_show(v) for v in levels or ())))
        if _country_numbers(col):
            return Verdict("nominal", 0.65, _(
                "Whole numbers from {lo} to {hi} ({distinct} distinct), most of them the numeric "
                "codes ISO 3166 gives countries ({examples}): codes of places, not amounts.",
                lo=shown_lo, hi=shown_hi, distinct=_count(col),
                examples=", ".join(_show(v) for v in _top(col, 3))))
        if col.distinct <= 25 and MONEY_NAME.search(col.name) and not _count_name(col.name):
            # a cost, a price or a wage set at a few round sums (0, 20 000, 60 000 EUR) is an
            # amount of money, however few its values, not a number of things
            return Verdict("continuous", 0.6, Sentences(_(
                "Whole numbers from {lo} to {hi} ({distinct} distinct values) in a column named "
                "as money ('{name}'): amounts of money, a continuous quantity set at a few sums.",
                lo=shown_lo, hi=shown_hi, distinct=_count(col), name=col.name), hint))
        if len(col.sample) and float(np.abs(col.sample.to_numpy(dtype=float)).min()) >= ROUNDED_MAGNITUDE \
                and not _count_name(col.name) and _significant_digits(col) <= ROUNDED_DIGITS:
            # a modulus in pascals or an energy in joules (1.29E+11) is whole only at its
            # scale: counts that large are written to the unit (a population, 1411750000)
            return Verdict("continuous", 0.6, Sentences(_(
                "Whole numbers from {lo} to {hi} ({distinct} distinct values), of a billion and "
                "more written to a few significant digits: a quantity measured and rounded at "
                "its scale, not a count.", lo=shown_lo, hi=shown_hi, distinct=_count(col)),
                hint))
        if col.distinct <= 25 or _count_name(col.name):
            return Verdict("discrete", 0.75, Sentences(_(
                "Whole numbers from {lo} to {hi} ({distinct} distinct values) are counts.",
                lo=shown_lo, hi=shown_hi, distinct=_count(col)), hint))
        if skew > 1 and (lo == 0 or (lo == 1 and (col.distinct <= COUNT_VALUES
                                                  or _dense_from_one(col, hi)))) \
                and not AREA_WORDS & set(_name_words(col.name)):
            # a lot's area in whole units is as skewed, and measured, not counted
            return Verdict("discrete", 0.7, Sentences(_(
                "Whole numbers from {lo} to {hi}, most of them small and a few large (skewness "
                "{skew}), have the shape of counts of events.", lo=shown_lo, hi=shown_hi,
                skew=Number(skew, digits=1)), hint))
        if _plural_name(col.name) and lo in (0, 1) and col.distinct <= COUNT_VALUES:
            return Verdict("discrete", 0.6, Sentences(_(
                "Whole numbers from {lo} to {hi} ({distinct} distinct values) in a column named "
                "in the plural ('{name}'): a number of things, counts.", lo=shown_lo, hi=shown_hi,
                distinct=_count(col), name=col.name), hint))
        if lo >= 0 and hi <= 100 and not _measure_name(col.name) \
                and not MEAN_WORDS & set(_name_words(col.name)):
            # At most 101 values, on a bounded scale: scores out of 100 (a player's ratings,
            # an exam), ages, counts. A name that gives a unit (a percentage, a temperature)
            # makes them a measurement rounded to that unit.
            return Verdict("discrete", 0.6, Sentences(_(
                "Whole numbers from {lo} to {hi} ({distinct} distinct values) within 0 to 100: "
                "scores or counts on a bounded scale, at most 101 values.",
                lo=shown_lo, hi=shown_hi, distinct=_count(col)), hint))
        if lo <= -2 and hi >= 2 and hi - lo <= 60 and not _measure_name(col.name):
            # The same short span through 0, two steps at least on either side: signed whole
            # steps (an ion's charge, a net change in seats, a goal difference), counted, not
            # measured; a lone -1 below counts is a code.
            return Verdict("discrete", 0.6, Sentences(_(
                "Whole numbers from {lo} to {hi} ({distinct} distinct values) on a short span "
                "through 0: signed counts or steps (a charge, a net change), not a measurement.",
                lo=shown_lo, hi=shown_hi, distinct=_count(col)), hint))
        if lo >= 0 and col.distinct >= 100 and hi - lo + 1 == col.distinct \
                and col.n_present <= 2 * col.distinct:
            # Every whole number of a wide span present, on not many more rows than there are
            # numbers: the numbers things were given one after another, a few things on
            # several rows (a species' forms under one number). A count or a measurement
            # drawn this often leaves gaps: n draws cover about 1 - e^(-n/span) of the span.
            return Verdict("identifier", 0.6, _(
                "Every whole number from {lo} to {hi} is present ({distinct} values on {rows} "
                "rows): the numbers things were given one after another, a few of them on "
                "several rows, not a quantity.", lo=shown_lo, hi=shown_hi,
                distinct=_count(col), rows=col.n_present))
        if PLACE_IN_TEXT_WORDS & set(_name_words(col.name)[-1:]) and lo >= 0:
            return Verdict("discrete", 0.6, Sentences(_(
                "Whole numbers from {lo} to {hi} ({distinct} distinct) in a column named '{name}' "
                "count pages or verses, or give the one a row's entry stands on: whole steps "
                "of a book or a text, not a measurement.", lo=shown_lo, hi=shown_hi,
                distinct=_count(col), name=col.name), hint))
        if _rank_name(col.name) and lo >= 0:
            return Verdict("ordinal", 0.7, Sentences(_(
                "Whole numbers from {lo} to {hi} ({distinct} distinct) in a column named '{name}' "
                "are ranks: places in an order, ties sharing one, not amounts.", lo=shown_lo,
                hi=shown_hi, distinct=_count(col), name=col.name), hint))
        width = _random_codes(col)
        if width and not _amount_name(col.name):
            return Verdict("identifier", 0.6, _(
                "{distinct} whole numbers of {width} digits on {rows} rows, nearly every one "
                "distinct and spread evenly over the numbers of that width ({lo} to {hi}): "
                "codes given out at random, as registers number what they list; a quantity "
                "heaps or thins out over so wide a span.", distinct=_count(col), width=width,
                rows=col.n_present, lo=shown_lo, hi=shown_hi))
        return Verdict("continuous", 0.7, Sentences(_(
            "Whole numbers with {distinct} distinct values ({lo} to {hi}) behave as a continuous "
            "quantity, as a measurement in whole units does.", distinct=_count(col), lo=shown_lo,
            hi=shown_hi),
            hint))
    if col.n_present >= 10 and _all_distinct(col) and _id_name(col.name) \
            and not _amount_name(col.name):
        # A register's numbers stored as reals (a change request 1995.081, its year and its
        # number in the year): every one distinct under a name that says id, the rows' keys.
        # Measurements under such a name are rare; amounts of ids ("id_share") are amounts.
        return Verdict("identifier", 0.8, _(
            "Decimal numbers from {lo} to {hi}, every one distinct, in a column named '{name}', "
            "which marks a key: numbers written with a point that name the rows (a year and a "
            "number in it), not amounts.", lo=_show(col.vmin), hi=_show(col.vmax),
            name=col.name))
    if _code_name(col.name) and lo >= 0:
        # Hierarchical codes written with a decimal point (ICD-9's 250.01, a phecode's 8.5,
        # a classification's 1.1 under 1): the point separates levels of the hierarchy, so
        # the numbers label categories and do not measure.
        return Verdict("nominal", 0.6, _(
            "Decimal numbers from {lo} to {hi} ({distinct} distinct) in a column named '{name}': "
            "codes written with a decimal point, as hierarchical codes are (250.01 under 250), "
            "labels of categories, not amounts.", lo=_show(col.vmin), hi=_show(col.vmax),
            distinct=_count(col), name=col.name))
    if levels is not None and len(levels) <= SMALL_LEVELS:
        whole = sum(float(v).is_integer() for v in levels)
        # The levels that are not whole must be at the ends: open classes, as 9.5 above 0 to
        # 9 ("9 or more") or 17.5 below 22 to 42 (the midpoint of "under 20" among age
        # bands). One between whole levels (7.5 between 5 and 10) is a measured amount on a
        # grid of halves. A zero exported as float dust (5.4e-79, as SAS writes some) is whole.
        on_grid = [abs(float(v) - round(float(v))) < 1e-9 for v in levels]
        at = [i for i, g in enumerate(on_grid) if g]
        between = bool(at) and not all(on_grid[at[0]:at[-1] + 1])
        if whole >= 0.75 * len(levels) and levels[0] >= 0 and not between:
            return Verdict("discrete", 0.6, _(
                "{n} levels, all whole numbers but {other} ({levels}): counts, those not whole "
                "at the ends coded as open classes (9 or more, under 20).", n=len(levels),
                other=len(levels) - whole, levels=", ".join(_show(v) for v in levels)))
        gaps = np.diff(np.asarray(levels, dtype=float))
        if 3 <= len(levels) <= 5 and levels[0] in (0, -1) and levels[-1] == 1 \
                and np.allclose(gaps, gaps[0]) and col.n_present >= 30:
            return Verdict("ordinal", 0.6, _(
                "{n} equally spaced levels from {lo} to 1 ({levels}): the steps of a scale "
                "rescaled to end at 1, rather than a quantity.", n=len(levels),
                lo=_show(levels[0]), levels=", ".join(_show(v) for v in levels)),
                list(levels))
        return Verdict("continuous", 0.6, _(
            "Decimal numbers with only {n} distinct values ({levels}): a quantity measured "
            "coarsely, or the levels of a scale.", n=len(levels),
            levels=", ".join(_show(v) for v in levels[:6])))
    return Verdict("continuous", 0.95, _("Decimal numbers from {lo} to {hi} with {distinct} "
                                         "distinct values.", lo=_show(col.vmin), hi=_show(col.vmax),
                                         distinct=_count(col)))


# The periods a year is cut into when a series' time axis is written as years with their
# fraction, as R's time series are (monthly: 1949, 1949.083, 1949.167...): quarters, months,
# weeks and days. Not halves, whose 0.5 steps measurements share.
YEAR_FRACTIONS = {4: "quarter", 12: "month", 52: "week", 365: "day"}


def _decimal_years(col: ColumnSummary) -> Verdict | None:
    """Years with a fraction, one period after the other down the rows, none or few left
    out: the time axis of a series. Under a name that says time or date, or on a grid of
    months, which no measurement takes."""
    if col.integral or not col.strictly_increasing or col.n_present < 8 \
            or col.vmin is None or col.vmax is None or not 1000 <= col.vmin < col.vmax <= 2200:
        return None
    named = bool(TIME_NAME.search(col.name) or _date_named(col.name)
                 or YEAR_NAME.search(col.name) or _name_words(col.name) == ["t"])
    values = col.sample.to_numpy(dtype=float) - col.vmin
    for per_year, period in YEAR_FRACTIONS.items():
        periods = (col.vmax - col.vmin) * per_year
        # on the grid (every value within 0.05 of a period of a whole number of periods
        # from the first) and with at most one period in ten of the span left out
        if (named or per_year == 12) and col.n_present >= 0.9 * (periods + 1) \
                and np.abs(values * per_year - np.round(values * per_year)).max() < 0.05:
            return Verdict("datetime", 0.7, _(
                "Years with a fraction from {lo} to {hi}, rising by one {period} down the rows "
                "(a {period} is 1/{per_year} of a year): the time axis of a series.",
                lo=_show(col.vmin), hi=_show(col.vmax), period=DATE_PART_WORDS[period],
                per_year=per_year))
    return None


def _julian_days(col: ColumnSummary) -> Verdict | None:
    """Day numbers named as Julian Dates: dates, though they count up by one like a row
    number (MJD 41684, 41685, ...; JD 2441684.5)."""
    if not JULIAN_NAME.search(col.name) or col.vmin is None or col.vmax is None:
        return None
    lo, hi = float(col.vmin), float(col.vmax)
    offset = 2_400_000.5 if lo >= 2_000_000 else 0.0     # a JD, as an MJD
    if lo - offset < 0 or hi - offset > 100_000:   # MJD 100 000 is in 2132
        return None
    first, last = (MJD_EPOCH + pd.Timedelta(days=v - offset) for v in (lo, hi))
    return Verdict("datetime", 0.8, _(
        "Day numbers from {lo} to {hi} in a column named '{name}' are Julian dates, from "
        "{first} to {last}.", lo=_show(_num(lo)), hi=_show(_num(hi)), name=col.name,
        first=first.strftime("%Y-%m-%d"), last=last.strftime("%Y-%m-%d")), days=True)


# A date with the time of day written as one number, YYYYMMDDhhmmss (ISO 8601's basic form
# run together), with the fraction of a second a clock gives after the point
# (20231213193120.712), as loggers and instruments stamp events.
COMPACT_DATE_TIME = "%Y%m%d%H%M%S"


def _compact_date_times(col: ColumnSummary) -> Verdict | None:
    """Fourteen-digit numbers that all write a day of the calendar and a time of it."""
    if col.vmin is None or col.vmax is None or not len(col.sample):
        return None
    lo, hi = float(col.vmin), float(col.vmax)
    if lo < 10_000_101_000_000 or hi >= 21_001_231_240_000:
        return None
    values = np.concatenate([[lo, hi], col.sample.to_numpy(dtype=float)])
    if not _compact_days(values, COMPACT_DATE_TIME).all():
        return None
    first, last = (pd.to_datetime(str(int(v)), format=COMPACT_DATE_TIME) for v in (lo, hi))
    return Verdict("datetime", 0.85, _(
        "Fourteen-digit numbers from {lo} to {hi} are dates with the time of day written "
        "YYYYMMDDhhmmss: {first} to {last}.", lo=_stamp(lo), hi=_stamp(hi),
        first=first.strftime("%Y-%m-%d %H:%M:%S"), last=last.strftime("%Y-%m-%d %H:%M:%S")),
        date_format=COMPACT_DATE_TIME)


def _stamp(value: float) -> str:
    """A stamp's fourteen digits as written (20231213193120), not in the exponent form
    numbers this large are shown in; the fraction of a second is left out, since a float
    this large keeps it to about 4 ms only."""
    return str(int(value))


# Words that say a span of time counted in years, beside BP: "CAL BP", "Age [yr BP]", "kyr BP"
BP_TIME_WORDS = {"cal", "yr", "yrs", "kyr", "ka", "ma", "age", "ages", "year", "years"}


def _years_before_present(col: ColumnSummary) -> Verdict | None:
    """Ages counted back from the present (1950, as radiocarbon dating fixes it) under a name
    with BP and a word of time ("CAL BP", "Age [yr BP]"): a time axis of a record, not an
    amount. Not BP alone, which in a clinic is a blood pressure."""
    words = set(_name_words(col.name))
    if "bp" not in words or not words & BP_TIME_WORDS or col.vmin is None \
            or col.vmax is None or col.vmin < -100 or col.vmax <= 0 or col.n_present < 10:
        return None
    return Verdict("datetime", 0.65, _(
        "Values from {lo} to {hi} in a column named '{name}' are ages counted back from the "
        "present (1950, as radiocarbon dating fixes it): a time axis, not an amount.",
        lo=_show(_num(col.vmin)), hi=_show(_num(col.vmax)), name=col.name))


def _calendar(col: ColumnSummary) -> Verdict | None:
    """Years (named so, or on a regular grid such as every year or every fifth), and dates
    written as whole numbers, YYYYMMDD."""
    lo, hi = _num(col.vmin), _num(col.vmax)
    if lo >= 10_000_101 and hi <= 21_001_231 and len(col.sample) \
            and _compact_days(col.sample.to_numpy()).all():
        # before the parts of a date: eight digits that are all days of the calendar are
        # dates under a name that says day too, not a count of days
        return Verdict("datetime", 0.85, _("Eight-digit whole numbers from {lo} to {hi} are "
                                           "dates written YYYYMMDD.", lo=_show(lo), hi=_show(hi)),
                       date_format="%Y%m%d")
    part = date_part(col.name)
    name_words = _words_with_digits(col.name)
    if part and any(w in SHORT_DATE_PARTS for w in name_words) \
            and not any(w in DATE_PART_ALIASES for w in name_words) \
            and not (DATE_PARTS[part][0] - 1 <= lo and hi <= DATE_PARTS[part][1]):
        part = None   # a short form (hr) whose values do not fit the part: a heart rate
    if part and col.name.strip() in FORMAT_TOKENS and lo < DATE_PARTS[part][0]:
        # two letters alone are as often an abbreviation (DD for a keeper's hard saves) as a
        # field of a date: no code for unknown below the part's range, a 0 among days is a count
        part = None
    # "year" in the name says a year where it stands alone (year_month), not where it is the
    # larger part of a date the column gives a part of (weekofyear)
    compound = any(c in "".join(name_words) for c in COMPOUND_DATE_PARTS)
    if part and (part == "yearday" or compound or not YEAR_NAME.search(col.name)):
        first, last = DATE_PARTS[part]
        # one value below the range is a code for unknown (-1 for an hour, 0 for a month)
        if first - 1 <= lo and hi <= last and col.distinct >= 3:
            counts = np.sort(_level_counts(col))
            if col.distinct >= 5 and counts[-1] >= 0.25 * col.n_present and counts[-1] >= 3 * counts[-2] \
                    and (col.levels is None or col.levels.get(col.vmax) == counts[-1]):
                return Verdict("discrete", 0.55, _(
                    "Whole numbers from {lo} to {hi} in a column named '{name}', {share} of the rows "
                    "at {hi}: times until an event, cut off at the end of a follow-up, rather than "
                    "the {unit} of a date.", lo=_show(lo), hi=_show(hi), name=col.name,
                    share=Percent(float(counts[-1] / col.n_present)), unit=DATE_PART_WORDS[part]))
            return Verdict("ordinal", 0.7, _(
                "Whole numbers from {lo} to {hi} in a column named '{name}' are the {unit} of a "
                "date: positions in a cycle, ordered.", lo=_show(lo), hi=_show(hi), name=col.name,
                unit=DATE_PART_WORDS[part]))
        if lo >= 0 and hi > last and (col.order_increasing or col.strictly_increasing):
            return Verdict("datetime", 0.65, _(
                "Whole numbers from {lo} to {hi}, rising down the rows, in a column named '{name}' "
                "count units of time ({unit}) from a start: a time index.", lo=_show(lo),
                hi=_show(hi), name=col.name, unit=DATE_PART_WORDS[part]), time_index=True)
        if -last <= lo <= first - 4 and 0 < hi <= last:
            # days of the year before January 1 written negative (a phenology series from the
            # autumn before), months before an event: a time counted from a reference. Three
            # values below the one code for unknown at least: -1 alone is a code.
            return Verdict("discrete", 0.55, _(
                "Whole numbers from {lo} to {hi} in a column named '{name}' run below the range "
                "of the {unit} of a date: a time counted in that unit from a reference, negative "
                "before it.", lo=_show(lo), hi=_show(hi), name=col.name,
                unit=DATE_PART_WORDS[part]))
        if lo >= 0 and hi > last:
            # the minute of a match (0 to 93), the day of a follow-up: a clock that runs on
            return Verdict("discrete", 0.55, _(
                "Whole numbers from {lo} to {hi} in a column named '{name}' go past the range of "
                "the {unit} of a date: a time counted from a start, in that unit.", lo=_show(lo),
                hi=_show(hi), name=col.name, unit=DATE_PART_WORDS[part]))
    words = _name_words(col.name)
    if words and (words == ["t"] or words[-1] in TIME_INDEX_WORDS) \
            and col.strictly_increasing and col.distinct >= 10:
        # Distinct whole numbers rising down the rows under a name that says time (t, period,
        # timestep): the periods of a series counted from its start, not a row number; or,
        # from below 0, the periods before and after an event (an event study's -5 to 20).
        return Verdict("datetime", 0.6, _(
            "Whole numbers from {lo} to {hi}, rising down the rows, in a column named '{name}' "
            "count periods from a start: a time index.", lo=_show(lo), hi=_show(hi),
            name=col.name) if lo >= 0 else _(
            "Whole numbers from {lo} to {hi}, rising down the rows, in a column named '{name}' "
            "count periods before and after a reference point (0): a time index.", lo=_show(lo),
            hi=_show(hi), name=col.name), time_index=True)
    if lo == 0 and 1500 < hi <= 2100 and YEAR_NAME.search(col.name):
        # A year that may not have happened (renovated, married): 0 for none.
        years = col.sample[col.sample != 0]
        zeros = col.levels.get(0, 0) if col.levels is not None else int((col.sample == 0).sum())
        if len(years) >= 3 and years.min() >= 1500:
            return Verdict("datetime", 0.65, _(
                "Whole numbers from {first} to {hi} in a column named '{name}' are calendar years; "
                "{rows} rows hold 0, for no year (the event did not happen or is not known).",
                first=_show(_num(years.min())), hi=_show(hi), name=col.name, rows=zeros))
    if lo == 0 and 1900 <= hi <= 2100 and col.levels is not None and not _amount_name(col.name):
        # Unnamed, but exactly 0 or years since 1900 and nothing between, in two years at
        # least: the year a thing happened (a word added to a list, a law passed), 0 where
        # it did not. Counts or amounts do not leave 1 to 1899 empty; a name that says money,
        # a count or a measure is believed over that.
        years = [v for v in col.levels if v != 0]
        if len(years) >= 2 and min(years) >= 1900:
            return Verdict("datetime", 0.55, _(
                "Every value is 0 or a calendar year ({first} to {hi}), nothing between: the "
                "year something happened, 0 on the {rows} rows where it did not.",
                first=_show(_num(min(years))), hi=_show(hi), rows=col.levels[0]))
    if lo >= 1500 and hi <= (LAST_NAMED_YEAR if YEAR_NAME.search(col.name) else 2100):
        # "Date of completeness" 1517 to 1988: a date given to the year
        named = bool(YEAR_NAME.search(col.name) or _date_named(col.name)
                     or _event_name(col.name))
        values = np.unique(col.sample.to_numpy()) if len(col.sample) else np.array([])
        steps = np.unique(np.diff(values)) if len(values) > 2 else np.array([])
        grid = len(values) >= 3 and len(steps) == 1
        if named or grid:
            if named:
                why = _("Whole numbers from {lo} to {hi} in a column named '{name}' are calendar "
                        "years.", lo=_show(lo), hi=_show(hi), name=col.name)
            else:
                why = _("Whole numbers from {lo} to {hi} on a regular grid of {n} values {step} "
                        "apart are calendar years.", lo=_show(lo), hi=_show(hi), n=len(values),
                        step=int(steps[0]))
            # a name that says year is surer than one that says date or period
            sure = 0.8 if YEAR_NAME.search(col.name) else 0.7 if named else 0.65
            return Verdict("datetime", sure, why)
    if col.levels is not None and (YEAR_NAME.search(col.name) or _date_named(col.name)
                                   or _event_name(col.name)) \
            and not _years_as_amount(col.name) and not _amount_name(col.name):
        # A list's years with a slip or two outside the calendar (a machine's year keyed
        # 5252, 9999 for an unknown year, 19 with its century lost) on a row in a hundred at
        # most: the rest, five calendar years and more, say what the column holds; so where
        # the name says the date or time of an event (constructionTime 1 among 1950-2016).
        slips = {v: n for v, n in col.levels.items() if not 1500 <= v <= LAST_NAMED_YEAR}
        years = [v for v in col.levels if v not in slips]
        if len(years) >= 5 and 0 < len(slips) <= 2 \
                and sum(slips.values()) <= 0.01 * col.n_present:
            return Verdict("datetime", 0.65, _(
                "Whole numbers from {first} to {last} in a column named '{name}' are calendar "
                "years; {values} on {rows} rows, outside any calendar year, is a slip or a code "
                "for an unknown year.", first=_show(_num(min(years))),
                last=_show(_num(max(years))), name=col.name,
                values=", ".join(_show(_num(v)) for v in sorted(slips)),
                rows=sum(slips.values())))
    if lo < 1500 and 1500 <= hi <= 2100 and col.distinct >= 10 \
            and (YEAR_NAME.search(col.name) or _event_name(col.name)) \
            and not _years_as_amount(col.name) and not _amount_name(col.name) \
            and "per" not in _name_words(col.name):
        # The years of a long record (eruptions from -10450, reigns from 618) reach back before
        # 1500 and before year 0, written negative; up to the present, under a name that says
        # year, they are still the calendar's. An amount a year ("cost_per_year") is no year.
        return Verdict("datetime", 0.6, _(
            "Whole numbers from {lo} to {hi} in a column named '{name}' are calendar years of "
            "a long record, reaching back to {lo} (negative years are before the common era).",
            lo=_show(lo), hi=_show(hi), name=col.name))
    # Two-digit years (38 to 73 for 1938-1973) only where the name says year: small whole
    # numbers are otherwise far likelier amounts. Not where it says an age or years in the
    # plural (Age_in_years 34-81, tenure_years): an age or a duration counted in years.
    if lo >= 20 and hi <= 99 and hi - lo >= 3 and YEAR_NAME.search(col.name) \
            and not _years_as_amount(col.name):
        return Verdict("datetime", 0.6, _("Whole numbers from {lo} to {hi} in a column named "
                                          "'{name}' are years written with two digits.",
                                          lo=_show(lo), hi=_show(hi), name=col.name))
    if lo == 0 and hi == 99 and col.levels is not None and YEAR_NAME.search(col.name) \
            and not _years_as_amount(col.name):
        # Two digits that cross 2000: a run up to 99 and a run on from 00, the decades
        # between them empty, where an amount from 0 would fill them.
        late, early = [v for v in col.levels if v >= 50], [v for v in col.levels if v < 50]
        if early and late and min(late) - max(early) >= 10:
            return Verdict("datetime", 0.6, _(
                "Whole numbers from {first} to 99 and from 0 to {last} in a column named '{name}' "
                "are years written with two digits, from {start} to {end}.",
                first=_show(_num(min(late))), last=_show(_num(max(early))), name=col.name,
                start=str(1900 + int(min(late))), end=str(2000 + int(max(early)))))
    if TIME_NAME.search(col.name.strip()):
        # From 2000 under any name of a moment; from 1990 where the name says Unix time
        # itself (timestamp, epoch), as the logs of the 1990s were written (MovieLens' ratings
        # of 1997): a "time" from 1990 on could as well be milliseconds since a start.
        start = 631_152_000 if UNIX_NAME.search(col.name) else 946_684_800
        for low, high, unit, per_second in ((start, 2_147_483_647, _("seconds"), 1),
                                            (start * 1000, 2_147_483_647_000,
                                             _("milliseconds"), 1000)):
            if low <= lo and hi <= high:
                first, last = (pd.Timestamp(int(v // per_second), unit="s").date().isoformat()
                               for v in (lo, hi))
                return Verdict("datetime", 0.75, _(
                    "Whole numbers from {lo} to {hi} in a column named '{name}' are times counted "
                    "in {unit} since 1970 (Unix time), from {first} to {last}.", lo=_show(lo),
                    hi=_show(hi), name=col.name, unit=unit, first=first, last=last))
        clock = _clock_times(col)
        if clock is not None:
            return clock
    return _integer_dates(col)


def _clock_times(col: ColumnSummary) -> Verdict | None:
    """Times of day written as whole numbers hhmm (840 for 8:40, 1310 for 13:10), as loggers
    and R's beaver data write them: under a name that says time, every value's last two
    digits under 60, many of them from 100 on. A time counted in minutes or days fills the
    60s to 90s as often as the rest (twelve values in 0-59 by chance: about one in 500)."""
    if col.levels is not None:
        values = np.array(sorted(col.levels), dtype=float)
    elif len(col.sample):
        values = np.unique(col.sample.to_numpy(dtype=float))
    else:
        return None
    if len(values) < 12 or values.min() < 0 or values.max() > 2359 or values.max() < 200 \
            or (values >= 100).mean() < 0.3 or (values % 100 >= 60).any():
        return None
    first, last = (f"{int(v) // 100}:{int(v) % 100:02d}" for v in (values.min(), values.max()))
    return Verdict("datetime", 0.7, _(
        "Whole numbers in a column named '{name}' whose last two digits never reach 60: times of "
        "day written hhmm, from {first} to {last}.", name=col.name, first=first, last=last))


# Dates written as whole numbers, their leading zero lost: the format with its width, the
# range of values it can take, and how a reason names it. A random amount in the range fits
# one of them once in three to ten values, so a column must have many distinct values, all
# fitting, or a name that says date.
INTEGER_DATES = (("%m%d%y", 6, 10_100, 123_199, "MMDDYY"),
                 ("%m%d%Y", 8, 1_011_000, 12_312_100, "MMDDYYYY"),
                 ("%Y%m", 6, 150_001, 210_012, "YYYYMM"))
# Names of a moment ("timestamp", "created_at", "time"): whole numbers in the range of Unix
# time since 2000 are then seconds or milliseconds since 1970.
TIME_NAME = re.compile(r"(?i:(^|[_\W])(time|ts|epoch|created|updated|modified)($|[_\W])|"
                       r"timestamp|_at$)|[a-z]At$")
UNIX_NAME = re.compile(r"timestamp|epoch|unix", re.IGNORECASE)
ORDINAL_1900 = datetime.date(1900, 1, 1).toordinal()
ORDINAL_2100 = datetime.date(2100, 12, 31).toordinal()
R_DAY_2030 = (datetime.date(2030, 12, 31) - datetime.date(1970, 1, 1)).days
# A name that says year keeps years projected past 2100 (a life table's years to 2129, a
# climate scenario's to 2300) calendar years; other names stop at 2100.
LAST_NAMED_YEAR = 2300
# Events a table gives the year of under the event's own name (a country's independence, a
# firm's founding, a house's building, a person's birth): whole numbers of calendar years there
# are that year. Past participles and nouns of one event only: "completed" or "deaths" may
# count things.
EVENT_WORDS = {"independence", "founded", "established", "built", "opened", "incorporated",
               "born", "died", "inaugurated", "launched", "commissioned", "discovered",
               "constructed", "introduced", "abolished", "dissolved", "enacted", "ratified"}
# the same events named by their nouns, before a word that says when (constructionTime);
# not those whose time is as often a time of day or a duration (an opening time, a launch
# time, a completion time)
EVENT_NOUNS = {"construction", "foundation", "founding", "establishment", "birth", "death",
               "incorporation", "inauguration", "commissioning", "discovery", "introduction",
               "abolition", "dissolution", "enactment", "ratification", "registration"}


def _event_name(name: str) -> bool:
    """Whether a column's name says an event happened then: its last word is the event's verb
    (founded, built), or the time, date or year of the event's noun (constructionTime,
    completion_date, birth year). A preposition after the verb says when too (launched_in,
    founded on)."""
    words = _name_words(name)
    if len(words) >= 2 and words[-1] in ("in", "on", "at"):
        words = words[:-1]
    return bool(set(words[-1:]) & EVENT_WORDS) or (
        len(words) >= 2 and words[-1] in ("time", "date", "year")
        and words[-2] in EVENT_WORDS | EVENT_NOUNS)


# A name that ends in "date" (birthdate, rundate), but not the words that only end in its
# letters (candidate, mandate, validate, accommodate, consolidate, liquidate).
DATE_NAME = re.compile(r"(^|[_\W])(date|period|yyyymm|mmddyy)($|[_\W])|(?<!candi)(?<!man)"
                       r"(?<!vali)(?<!accommo)(?<!consoli)(?<!liqui)date$", re.IGNORECASE)


def _date_named(name: str) -> bool:
    """Whether a column's name says date: as a word apart or at its end (release_date,
    birthdate), or as the first word of a camel-case name (dateFirstEdition, DateOfBirth)."""
    return bool(DATE_NAME.search(name.strip())) or "date" in _name_words(name)


def _integer_dates(col: ColumnSummary) -> Verdict | None:
    # the sample's values and the file's least and greatest, which a sample may leave out
    ends = [v for v in (col.vmin, col.vmax) if v is not None]
    values = np.unique(np.concatenate([col.sample.to_numpy(dtype=float), ends]))
    named = _date_named(col.name)
    if not named and (_code_name(col.name) or _id_name(col.name)):
        # a local level's code 10105 spells 01/01/05 too: a column named as a code or an id
        # labels, whatever dates its digits could write
        return None
    mixed = _mixed_periods(values)
    if mixed is not None:
        return mixed
    # Enough dates is counted in the file, not in its sample: a sample of a long file can
    # hold two of a column's three dates, and two values alone were typed before this.
    if col.distinct < (3 if named else 20):
        return None
    for fmt, width, lo, hi, written in INTEGER_DATES:
        if values[0] < lo or values[-1] > hi:
            continue
        text = pd.Series(values.astype(np.int64).astype(str)).str.zfill(width)
        parsed = pd.to_datetime(text, format=fmt, errors="coerce")
        # Dates the calendar could hold: in more than one month where the month leads (every
        # whole number from 10 100 to 12 999 reads as a day of January, MMDDYY), and years
        # from 1500 to 2100, as YYYYMM's bounds keep them (seven-digit ids read as MMDDYYYY
        # give 1233 and 6970)
        if parsed.notna().all() and (fmt == "%Y%m" or parsed.dt.month.nunique() > 1) \
                and parsed.dt.year.between(1500, 2100).all():
            return Verdict("datetime", 0.75 if named else 0.6, _(
                "Whole numbers from {lo} to {hi}, every one a date written {format} (read with "
                "the zeros a number drops in front), from {first} to {last}.", lo=_show(_num(col.vmin)),
                hi=_show(_num(col.vmax)), format=written,
                first=parsed.min().date().isoformat(), last=parsed.max().date().isoformat()),
                date_format=fmt)
    if named and ORDINAL_1900 <= values[0] <= values[-1] <= ORDINAL_2100:
        # Python's date.toordinal() counts days from 0001-01-01: 738521 is 2023-01-01.
        first, last = (datetime.date.fromordinal(int(v)) for v in (values[0], values[-1]))
        return Verdict("datetime", 0.7, _(
            "Whole numbers from {lo} to {hi} in a column named '{name}' are days counted from "
            "the year 1 (Python's date ordinals): {first} to {last}.", lo=_show(_num(col.vmin)),
            hi=_show(_num(col.vmax)), name=col.name, first=first.isoformat(),
            last=last.isoformat()))
    if named and 3_653 <= values[0] <= values[-1] <= R_DAY_2030:
        # R, Unix and many databases count days from 1970-01-01: 19000 is 2022-01-08. Read
        # so, 1980 to 2030; the same numbers are a spreadsheet's days of 1910 to 1960, a span
        # recent data rarely keep to, so a spreadsheet's reading is left to longer spans.
        day_lo, day_hi = _days_from("1970-01-01", values[0], values[-1])
        return Verdict("datetime", 0.65, _(
            "Whole numbers from {lo} to {hi} in a column named '{name}' are days counted from "
            "1970-01-01 (as R and Unix write a date): {first} to {last}.", lo=_show(_num(col.vmin)),
            hi=_show(_num(col.vmax)), name=col.name, first=day_lo, last=day_hi), days=True)
    if named and 3_653 <= values[0] <= values[-1] <= 80_000:
        # Spreadsheets count days from 1899-12-30: 43831 is 2020-01-01.
        day_lo, day_hi = _days_from("1899-12-30", values[0], values[-1])
        return Verdict("datetime", 0.7, _(
            "Whole numbers from {lo} to {hi} in a column named '{name}' are a spreadsheet's serial "
            "dates, days counted from 1899-12-30: {first} to {last}.", lo=_show(_num(col.vmin)),
            hi=_show(_num(col.vmax)), name=col.name, first=day_lo, last=day_hi))
    return None


def _mixed_periods(values: np.ndarray) -> Verdict | None:
    """Periods of different lengths in one column, each written as a whole number: years
    (1983) beside years and months (201512) or dates (20201231), as statistical offices list
    the periods a series covers. Two bands that far apart, each value in one of them and each
    band with values of its own, are no amount."""
    if not len(values) or values.min() < 1500 or values.max() > 21_001_231:
        return None
    whole = values.astype(np.int64)
    month = whole % 100
    years = whole <= 2100
    months = (whole >= 150_001) & (whole <= 210_012) & (month >= 1) & (month <= 12)
    days = np.zeros(len(whole), dtype=bool)
    eight = whole >= 15_000_101
    if eight.any():
        days[eight] = _compact_days(whole[eight])
    forms = [int(f.sum()) for f in (years, months, days)]
    if not (years | months | days).all() or sum(n >= 2 for n in forms) < 2:
        return None
    return Verdict("datetime", 0.7, _(
        "Whole numbers that are each a year ({year}), a year and month written YYYYMM or a date "
        "written YYYYMMDD ({other}): periods of different lengths, from {lo} to {hi}.",
        year=_show(int(whole[years][0])) if years.any() else "-",
        other=_show(int(whole[~years][-1])), lo=_show(int(whole[0])), hi=_show(int(whole[-1]))))


def _days_from(epoch: str, *days: float) -> list[str]:
    """The dates (ISO) that these whole numbers of days after the epoch fall on."""
    return [(pd.Timestamp(epoch) + pd.Timedelta(days=int(v))).date().isoformat() for v in days]


def _brackets(col: ColumnSummary) -> Verdict | None:
    """Whole numbers 0 or 1 to k, every one used, in a column named as money: the codes of
    ordered brackets of the amount."""
    if not MONEY_NAME.search(col.name) or QUANTILE_NAME.search(col.name) or col.levels is None \
            or col.vmin not in (0, 1):
        return None
    levels = sorted(col.levels)
    if not 3 <= len(levels) <= BRACKETS or levels != list(range(int(levels[0]), int(levels[0]) + len(levels))):
        return None
    return Verdict("ordinal", 0.6, _(
        "Every whole number from {lo} to {hi} in a column named '{name}': an amount of money "
        "written so is the code of its bracket, ordered.", lo=_show(_num(col.vmin)),
        hi=_show(_num(col.vmax)), name=col.name))


def _squares(col: ColumnSummary) -> Verdict | None:
    """Whole numbers that are all squares (age squared, experience squared): an amount
    squared for a regression, however far apart and repeated its values are."""
    values = np.unique(col.sample.to_numpy()) if len(col.sample) else np.array([])
    if len(values) < 8 or col.vmin is None or col.vmax is None or col.vmin < 0 or col.vmax < 100:
        return None
    roots = np.round(np.sqrt(values))
    if not (roots * roots == values).all():
        return None
    return Verdict("discrete", 0.75, _(
        "Every value is the square of a whole number ({lo} to {hi}, the squares of {root_lo} to "
        "{root_hi}): an amount squared, such as an age or a number of years.",
        lo=_show(_num(col.vmin)), hi=_show(_num(col.vmax)), root_lo=int(roots[0]),
        root_hi=int(roots[-1])))


def _checked_codes(col: ColumnSummary, kind: str, checked: tuple[Message, float]) -> Verdict:
    scheme, share = checked
    return Verdict(kind, 0.8, _(
        "{distinct} whole numbers of {digits} digits or more, {share} of them ending in a check "
        "digit computed from the others as the {scheme}'s is (one amount in ten would be by "
        "chance): the numbers of a register, codes, not amounts.", distinct=_count(col),
        digits=CHECKED_DIGITS, share=Percent(share), scheme=scheme))


def _whole_number_labels(col: ColumnSummary) -> Verdict | None:
    """Whole numbers that label rows or units rather than measure them: keys, row numbers,
    numbering restarted within groups, and the ids of the units of grouped or panel data
    (each value repeated over a few rows, in one block per unit or in equal numbers)."""
    assert col.vmin is not None and col.vmax is not None  # a numeric column's
    n = col.n_present
    span = col.vmax - col.vmin + 1
    if _name_words(col.name)[-1:] in (["name"], ["label"]) and col.distinct > SMALL_LEVELS:
        # A name or a label names things, whatever it is written with (Swiss Post's postcodes
        # as an import file's 'name', several entries to a postcode). Few levels are left to
        # the rules for codes and scales (a class label 0 to 4).
        if _all_distinct(col):
            return Verdict("identifier", 0.75, _(
                "{distinct} distinct whole numbers in a column named '{name}': a name or a "
                "label names the thing each row lists, whatever it is written with; a key.",
                distinct=_count(col), name=col.name))
        return Verdict("nominal", 0.65, _(
            "{distinct} whole numbers in a column named '{name}', shared by several rows: a "
            "name or a label names things, whatever it is written with; codes, not amounts.",
            distinct=_count(col), name=col.name))
    checked = _check_digit_scheme(col)
    if checked is not None and _all_distinct(col):
        # TSCA's CAS numbers without their dashes (50000 for 50-00-0), 67 635 in no order
        # over 50000 to 1807944826: nothing else tells them from amounts of that size
        return _checked_codes(col, "identifier", checked)
    if _all_distinct(col):
        # A name that says key settles it in a short table too (three rows or more).
        if n >= 3 and _id_name(col.name) or n >= 20 and SHORT_ID.search(col.name.strip()):
            return Verdict("identifier", 0.95, _("Every value is a distinct whole number and the "
                                                 "name '{name}' marks a key.", name=col.name))
        if n >= 3 and span == n and NUMBERED_THING.search(col.name.strip()):
            # "table_no" 1 to 7, one row each: the numbers of the things the rows list,
            # however few. Only a run of numbers: "_no" also ends the counts of a table of
            # answers ("smoking_no_cancer_no": 56, 81, 102...), distinct in a short table.
            return Verdict("identifier", 0.75, _(
                "The values are the whole numbers {lo} to {hi}, each once, and the name '{name}' "
                "says they number things: the number of the thing each row lists, a key.",
                lo=_show(_num(col.vmin)), hi=_show(_num(col.vmax)), name=col.name))
        if 10 <= n < 20 and col.vmin >= 100 and span <= 3 * n \
                and _thing_number_name(col.name, NUMBERED_THING):
            # badge or room numbers handed out from one series (526 to 559 for 17 officers):
            # dense within a narrow span for their size, as the counts of a table of answers
            # ending in _no (56, 81, 102, ...) are not
            return Verdict("identifier", 0.65, _(
                "{distinct} distinct whole numbers from {lo} to {hi}, close together for their "
                "size, in a column named '{name}': the numbers things were given from one "
                "series, a key.", distinct=_count(col), lo=_show(_num(col.vmin)),
                hi=_show(_num(col.vmax)), name=col.name))
        if n >= 20 and _thing_number_name(col.name, NUMBERED_THING):
            # "censusNo", "order_number" over many rows, each once, in any order: the numbers
            # the things go by; amounts over that many rows repeat (the counts of a table of
            # answers ending in _no are few rows, above)
            return Verdict("identifier", 0.75, _(
                "{distinct} distinct whole numbers, each on one row, in a column named '{name}', "
                "the number a thing goes by: the key of the thing each row lists.",
                distinct=_count(col), name=col.name))
        if n >= 10 and col.steps_of_one >= n - 1:
            return Verdict("identifier", 0.9, _("The values count 1 by 1 from {first} down the "
                                                "rows: a row number.", first=_show(_num(col.vmin))))
        # A list sorted by its codes rises too (Iran's provinces 10, 12, ... 31, 44, 49):
        # under a name that says code they label, whatever their steps.
        if n >= 20 and col.strictly_increasing and _smooth_growth(col) \
                and not _code_name(col.name):
            return Verdict("continuous", 0.6, _(
                "Distinct whole numbers from {lo} to {hi} rise row by row in uneven steps that "
                "change smoothly from one row to the next: a quantity growing over time (a "
                "population, a running total), not a row number.", lo=_show(_num(col.vmin)),
                hi=_show(_num(col.vmax))))
        if _amount_name(col.name):
            return None   # a population or a total, each year higher, is still an amount
        if n >= 20 and col.strictly_increasing:
            return Verdict("identifier", 0.85, _("Every value is a distinct whole number and they "
                                                 "rise row by row, like a row number."))
        if n >= 20 and span == n:
            return Verdict("identifier", 0.8, _(
                "The values are the whole numbers {lo} to {hi}, each once, in no particular order: "
                "labels of rows.", lo=_show(_num(col.vmin)), hi=_show(_num(col.vmax))))
        if n >= 3 and span == n and col.vmin >= 100:
            # Fewer: codes given out one after another (10001, 10002, ...), each on one
            # row, are the rows' keys. Measurements are never a run of consecutive numbers,
            # and a rank or a position would start at 0 or 1.
            return Verdict("identifier", 0.7, _(
                "The values are the codes {lo} to {hi}, one after another and each on one row: "
                "the keys of the things the rows list.", lo=_show(_num(col.vmin)),
                hi=_show(_num(col.vmax))))
        expected = n * (n - 1) / (2 * span)
        if n >= 200 and expected >= 30 and not _compact_days(
                col.sample.to_numpy(dtype=float)).mean() >= 0.5:
            # The birthday bound: n values drawn over a span fall on a value already drawn
            # about n(n-1)/2span times when spread as evenly as can be, and more often when
            # they heap, as amounts do; none repeating where some thirty would is numbers
            # given out to tell rows apart (Romania's 13 756 SIRUTA codes over 1026-180082).
            # Digits that write days (20230517) are left to the rules for dates.
            return Verdict("identifier", 0.7, _(
                "{distinct} whole numbers from {lo} to {hi}, every one distinct: amounts drawn "
                "over that span, even as evenly spread as they can be, would fall on a value "
                "already taken about {expected} times. Numbers that never repeat were given to "
                "tell the rows apart: keys.", distinct=_count(col), lo=_show(_num(col.vmin)),
                hi=_show(_num(col.vmax)), expected=Number(expected, digits=0)))
    if n >= 20 and col.distinct_exact and not _amount_name(col.name):
        # A catalogue's numbers with a slip (one object listed under two numbers, a number
        # withdrawn): whole numbers drawn over a span as a measurement repeat far more often
        # (110 draws over 110 values leave about 70 distinct), and fill it far less evenly.
        slips = max(1, n // 50)
        if n - col.distinct <= slips and span - col.distinct <= slips:
            return Verdict("identifier", 0.7, _(
                "{distinct} distinct whole numbers in {present} rows fill {lo} to {hi} but for a "
                "few repeats or gaps: a numbering of rows or of the things they list.",
                distinct=_count(col), present=n, lo=_show(_num(col.vmin)),
                hi=_show(_num(col.vmax))))
    if _all_distinct(col):
        return None
    repeats = n / max(col.distinct, 1)
    blocks = col.runs <= 1.05 * col.distinct
    if blocks and col.distinct >= 3 and repeats > 1.05 and not _amount_name(col.name) and (
            _id_name(col.name) or UNIT_NAME.search(col.name.strip()) or _parent_ids(col, repeats)):
        return Verdict("identifier", 0.85, _(
            "{distinct} whole numbers in a column named '{name}', each in a single block of rows "
            "({repeats} rows on average): the ids of units that have one or more rows each.",
            distinct=_count(col), name=col.name, repeats=Number(repeats, digits=1)))
    if not blocks and col.distinct > SMALL_LEVELS and repeats > 1.05 and (
            _id_name(col.name) or _parent_ids(col, repeats)):
        if _category_key_name(col.name):
            return Verdict("nominal", 0.6, _(
                "{distinct} whole numbers in a column named '{name}', {repeats} rows each on "
                "average: the ids of a kind of thing rows share (a type, a country), codes of "
                "categories.", distinct=_count(col), name=col.name,
                repeats=Number(repeats, digits=1)))
        return Verdict("identifier", 0.75, _(
            "{distinct} whole numbers in a column named '{name}', {repeats} rows each on average "
            "and scattered over the rows: the ids of units that have several rows each.",
            distinct=_count(col), name=col.name, repeats=Number(repeats, digits=1)))
    if (KEY_WORD.search(col.name.strip()) or SHORT_ID.search(col.name.strip())) and n >= 20 \
            and col.distinct >= 0.9 * n:
        # Keys of a table that holds a few rows twice (a card, a record entered again); an id
        # cut to a letter before "id" (PubChem's CID) too, distinct nine times in ten as no
        # party identification of seven levels is
        return Verdict("identifier", 0.8, _(
            "{distinct} distinct whole numbers in {present} rows, in a column named '{name}': keys, "
            "a few of them repeated (rows entered twice, or units with a second row).",
            distinct=_count(col), present=n, name=col.name))
    if n >= 100 and repeats < 1.5 and col.distinct < span and col.distinct_exact \
            and not _amount_name(col.name) and _spread_beyond_draws(col.distinct, n, span):
        # INSEE's codes of 234 countries, 211 distinct over 99101-99517, where even draws
        # would take about 180: numbers handed out one by one, a few shared, as a run that
        # fills its span is (read later, with its own reason); more repeats are left to the
        # rules for the ids of units below
        return Verdict("identifier", 0.65, _(
            "{distinct} distinct whole numbers in {present} rows over {lo} to {hi}: amounts "
            "drawn over that span, even as evenly spread as they can be, would take about "
            "{expected} distinct values. Numbers that spread further were handed out one by "
            "one: labels, a few of them shared.", distinct=_count(col), present=n,
            lo=_show(_num(col.vmin)), hi=_show(_num(col.vmax)),
            expected=Number(_distinct_of_draws(n, span)[0], digits=0)))
    if checked is not None and repeats < 1.5:
        return _checked_codes(col, "identifier", checked)   # keys, a few entered twice
    if col.distinct <= SMALL_LEVELS or repeats < 1.5:
        return None
    digits = _significant_digits(col)
    if digits >= PRECISE_DIGITS and not _amount_name(col.name):
        # An amount measured to ten significant digits or more never comes out the same
        # twice; repeated exactly, such numbers are labels (a community's id on each of its
        # sales, 1111027373684). Amounts that repeat are rounded (2000000000: one digit).
        return Verdict("identifier", 0.75, _(
            "{distinct} whole numbers of {digits} significant digits, each on {repeats} rows on "
            "average: a measured amount that precise would not repeat exactly, so these are the "
            "ids of units that have several rows each.", distinct=_count(col), digits=digits,
            repeats=Number(repeats, digits=1)))
    if checked is not None:
        # shared by many rows, and no rule above read them as the ids of units: codes
        return _checked_codes(col, "nominal", checked)
    calendar = YEAR_NAME.search(col.name) and _num(col.vmin) >= 1500 \
        and _num(col.vmax) <= LAST_NAMED_YEAR
    # a duration or an age counted 1 by 1 within each group is still an amount (births by
    # year and mother's age, 10 to 49 in each year), and a panel's calendar years, counted 1
    # by 1 within each unit, its time axis
    restarted = _starts_recur(col) and not _measure_name(col.name) \
        and not _years_as_amount(col.name) and not calendar
    start = _common_start(col) if restarted else None
    shrinking = start is not None and _fewer_further(col)
    if restarted and (col.steps_of_one >= 0.9 * (n - 1)
                      or shrinking and col.steps_of_one >= 0.5 * (n - 1)):
        if shrinking:
            # Groups of different sizes numbered from one start (the pins of each package,
            # the verses of each chapter, an order's lines): fewer groups reach each higher
            # number, and a number names a row only beside its group's, as a county's code
            # does beside its state's. The same numbers in every group, as many rows each, are
            # the same units seen again in each group (subjects at each time point): ids.
            return Verdict("nominal", 0.7, _(
                "The values count 1 by 1 down the rows and start again at {start} now and then, "
                "in groups of different sizes (fewer rows reach each higher number): numbers of "
                "rows within their group, codes that tell rows apart only beside the group's.",
                start=_show(_num(start))))
        return Verdict("identifier", 0.8, _("The values count 1 by 1 down the rows and start "
                                            "again now and then: numbers of rows within groups."))
    counts = _level_counts(col)
    balanced = len(counts) > 0 and counts.max() <= 1.5 * np.median(counts)
    if _amount_name(col.name):
        return None   # money, counts and measured amounts repeated within a unit measure it
    if _name_words(col.name)[-1:] == ["category"]:
        return None   # the codes of categories, the rows sorted by them: not units observed
    if _rank_name(col.name):
        return None   # ranks with ties, the rows sorted by them: never the ids of units
    if _name_words(col.name)[-1:] in (["x"], ["y"], ["z"]):
        return None   # a position on an axis (a sprite sheet's sheet_x), the rows sorted by it
    # Rows sorted by the values, largest first (a word list by frequency, a ranking by
    # score), put equal values next to each other whatever they are; units are not listed in
    # falling order of their ids.
    if blocks and repeats >= 2 and (not col.strictly_increasing) and not col.order_decreasing \
            and (balanced or col.distinct >= 30):
        return Verdict("identifier", 0.8, _(
            "{distinct} whole numbers, each repeated over {repeats} rows on average and every one "
            "in a single block of rows: the ids of the units of grouped or panel data.",
            distinct=_count(col), repeats=Number(repeats, digits=1)))
    # Labels have no common step; amounts rounded to tens or hundreds do.
    seen = np.unique(col.sample.to_numpy()) if len(col.sample) else np.array([])
    step = np.gcd.reduce(np.diff(seen).astype(np.int64)) if len(seen) > 2 else 0
    # A country or a type scattered over the rows is a category they share (players of a
    # national team); the units of panel data are mostly kept in blocks, handled above.
    shared = bool(set(_name_words(col.name)[-1:]) & CATEGORY_WORDS)
    if balanced and col.distinct / span < 0.5 and repeats >= 2 and step == 1 and not shared:
        return Verdict("identifier", 0.7, _(
            "{distinct} whole numbers scattered over {lo} to {hi}, each repeated about {repeats} "
            "times: the ids of the units of grouped or panel data.", distinct=_count(col),
            lo=_show(_num(col.vmin)), hi=_show(_num(col.vmax)), repeats=Number(repeats, digits=0)))
    # Codes of one width (4-digit industry codes, 5-digit area codes): few values scattered
    # over a wide range with no common step.
    widths = {len(str(int(abs(v)))) for v in seen}
    if (len(widths) == 1 and widths.pop() >= 3 and col.vmin > 0 and repeats >= 2
            and col.distinct / span < 0.2 and step == 1):
        return Verdict("nominal", 0.6, _(
            "{distinct} whole numbers of one width, scattered over {lo} to {hi} and each repeated: "
            "codes (of industries, areas, products) rather than amounts.", distinct=_count(col),
            lo=_show(_num(col.vmin)), hi=_show(_num(col.vmax))))
    return None


def _distinct_of_draws(n: int, span: float) -> tuple[float, float]:
    """The mean and standard deviation of the number of distinct values among n draws spread
    evenly at random over span values (the occupancy problem)."""
    miss, miss_two = (1 - 1 / span) ** n, (1 - 2 / span) ** n
    variance = span * miss * (1 - miss) + span * (span - 1) * (miss_two - miss * miss)
    return span * (1 - miss), float(np.sqrt(max(variance, 0.0)))


def _spread_beyond_draws(distinct: int, n: int, span: float) -> bool:
    """More distinct values than amounts drawn over the span would take, however evenly:
    beyond four standard deviations and a tenth. Amounts heap and take fewer; numbers handed
    out one by one take more."""
    expected, sd = _distinct_of_draws(n, span)
    return distinct >= expected + max(4 * sd, 0.1 * expected)


# 12 pairs of successive steps: the fewest on which a correlation of 0.5 comes by chance
# less than once in 20 (one-sided t test, 10 degrees of freedom: p = 0.049; 11 pairs, 0.059)
GROWTH_STEPS = 13


def _significant_digits(col: ColumnSummary) -> int:
    """The median number of significant digits of a whole-number column's distinct values
    (trailing zeros are not significant: 2000000000 has one)."""
    seen = np.unique(np.abs(col.sample.to_numpy())) if len(col.sample) else np.array([])
    if not len(seen):
        return 0
    return int(np.median([len(str(int(v)).rstrip("0")) for v in seen]))


def _smooth_growth(col: ColumnSummary) -> bool:
    """Rising values whose steps follow each other closely (each step like the one before):
    a population or a running total over time. Sorted ids rise in steps that are independent
    of each other, row numbers in steps all alike."""
    steps = np.diff(col.sample.to_numpy(dtype=float))
    # Judged on the sample's steps, which for a long file with few values are fewer than the
    # file's. Either half alike throughout (a row number with one gap) leaves the correlation
    # undefined: not growth, and numpy would warn of dividing by zero.
    if len(steps) < GROWTH_STEPS or steps[:-1].std() == 0 or steps[1:].std() == 0:
        return False
    return float(np.corrcoef(steps[:-1], steps[1:])[0, 1]) >= 0.5


def _level_counts(col: ColumnSummary) -> np.ndarray:
    if col.levels is not None:
        return np.array(list(col.levels.values()))
    return col.sample.value_counts().to_numpy()


def _integer_codes(col: ColumnSummary, levels: list) -> Verdict:
    """A few whole numbers within a short span: codes of categories, a scale, or small
    counts. The values cannot settle which; the name, where it says, and the shape of the
    counts decide, and the confidence stays moderate:
    - named as a count, a category, a scale, places or sites, a total, or in the plural
      ("baths"; weakest): that;
    - levels not starting at 0 or 1 (17 to 27): amounts in whole units;
    - groups of equal size (as the arms of a design or the classes of a labelled set):
      unordered codes;
    - most rows at the lowest value and fewer at each step up, never rising again beyond
      a count's noise: counts of events (not the three levels 1, 2, 3);
    - every number from 0 to 7: days a week, counts;
    - a level skipped inside the span, over a hundred rows or more: counts, since each step
      of a scale in use is chosen by someone;
    - five levels or more with most rows low and a tail thinning to under 1 % at the top:
      counts, since a scale's top answer is chosen;
    - three or four levels whose counts dip and rise again: codes of unordered categories,
      since the answers to a short scale gather around one point (a long one, such as a
      7-point party scale, may be polarised and is left alone);
    - five levels or more whose rows fall and rise again at two places or more (beyond a
      count's noise): codes, since a scale's answers form one or two heaps;
    - otherwise an ordered scale (ratings, severities, levels), the commonest reading."""
    shown = _("{n} whole-number levels ({levels})", n=len(levels),
              levels=", ".join(_show(v) for v in levels))
    words = _name_words(col.name)
    if words[-1:] and words[-1] in RELEASE_WORDS:
        return Verdict("ordinal", 0.65, _("{shown} in a column named '{name}' number versions, "
                                          "editions or generations in the order they came out: "
                                          "an ordered scale.", shown=shown, name=col.name))
    if (words[-1:] and words[-1] in OCCASION_WORDS or words[-2:] == ["time", "point"]) \
            and levels[0] >= 0 \
            and levels == list(range(int(levels[0]), int(levels[-1]) + 1)):
        return Verdict("ordinal", 0.65, _("{shown} in a column named '{name}' number the "
                                          "occasions of a repeated-measures design (visits, "
                                          "waves, sessions) in the order they came: an ordered "
                                          "scale.", shown=shown, name=col.name))
    # "year" 1 to 4 (a student's year of a course, the year of a study or a plan): years
    # counted from the start, in order, however evenly the rows spread over them. A calendar
    # year never starts at 0 or 1; "years" in the plural counts them.
    if YEAR_NAME.search(col.name) and not _count_name(col.name) and levels[0] in (0, 1) \
            and levels == list(range(int(levels[0]), int(levels[-1]) + 1)):
        return Verdict("ordinal", 0.65, _("{shown} in a column named '{name}' number the years "
                                          "of a course or a study from its start, in the order "
                                          "they come: an ordered scale.", shown=shown,
                                          name=col.name))
    if QUANTILE_NAME.search(col.name):
        return Verdict("ordinal", 0.75, _("{shown} in a column named '{name}' number quantile "
                                          "groups of an amount, lowest first: an ordered scale.",
                                          shown=shown, name=col.name))
    # "Class Number", "stage_no" 1 to 5: the place on a scale of classes or stages, not a label
    if _thing_number_name(col.name) and not ORDINAL_NAME.fullmatch((words[-2:-1] or [""])[0]):
        return Verdict("nominal", 0.6, _("{shown} in a column named '{name}' are the numbers "
                                         "things go by (a position, a shirt, a seat): labels, "
                                         "not amounts.", shown=shown, name=col.name))
    if _count_name(col.name):
        return Verdict("discrete", 0.7, _("{shown} in a column named '{name}' are counts.",
                                          shown=shown, name=col.name))
    # Numbers written with a unit ("1 year", "2 bedrooms") are amounts of it, however evenly
    # the rows spread over them: a code labels and has no unit. Stars are a rating's steps.
    unit = col.extra.get("unit")
    if unit in SCALE_UNITS:
        return Verdict("ordinal", 0.7, _("{shown} written with the unit '{unit}', the steps of a "
                                         "rating such as a hotel's or a review's: an ordered "
                                         "scale.", shown=shown, unit=col.extra["unit_shown"]))
    if unit:
        return Verdict("discrete", 0.65, _("{shown} written with the unit '{unit}' are amounts "
                                           "of it in whole units: a code labels and has no "
                                           "unit.", shown=shown, unit=col.extra["unit_shown"]))
    if REFERENCE_NAME.search(col.name):
        return Verdict("nominal", 0.6, _("{shown} in a column named '{name}' number entries of a "
                                         "list of references: labels of sources, not amounts.",
                                         shown=shown, name=col.name))
    if _id_name(col.name) and not INDEX_WORD.search(col.name):
        # Ids label things (a series, a group, a product in another table); they never rank
        # them, however few they are. Not "index", which also names measures (a UV index 1-10).
        return Verdict("nominal", 0.6, _("{shown} in a column named '{name}', as ids are: ids "
                                         "label things rather than rank them, codes of "
                                         "unordered categories.", shown=shown, name=col.name))
    head = next(reversed(words), "")
    if _plural_name(col.name) and levels[0] >= 0 and (ORDINAL_NAME.search(col.name)
                                                      or NOMINAL_NAME.search(col.name)) \
            and not (ORDINAL_NAME.search(head) or NOMINAL_NAME.search(head)):
        # The last word of a compound names the thing ("c-class-flares" are flares; the
        # class only says which): a plural there is a number of things, whatever the words
        # before it.
        return Verdict("discrete", 0.6, _("{shown} in a column whose name ends in a plural "
                                          "('{name}'): a number of things, counts; the words "
                                          "before it say which things.", shown=shown,
                                          name=col.name))
    negatives = {-v for v in levels if v < 0}
    if len(negatives) >= 2 and negatives == {v for v in levels if v > 0}:
        # codes are not negative but for a code of missing, and a survey's codes of missing
        # (-1, -3, -4) have no positive twins: levels mirrored around zero (z-score curves
        # -3 ... 3, a scale from -2 to 2) are places on a signed scale, whatever the name
        return Verdict("ordinal", 0.65, _("{shown} in a column named '{name}', their negatives "
                                          "mirroring their positives, are places on a signed "
                                          "scale around zero, not codes.", shown=shown,
                                          name=col.name))
    if NOMINAL_NAME.search(col.name):
        return Verdict("nominal", 0.7, _("{shown} in a column named '{name}' are codes of "
                                         "unordered categories.", shown=shown, name=col.name))
    if _ranks_that_count(col, levels):
        return Verdict("discrete", 0.6, _("{shown} in a column named '{name}' hold more rows at "
                                          "a higher level than at the first, as places in an "
                                          "order never do (every group with a second place has "
                                          "a first): a rank that counts, as a matrix's or a "
                                          "curve's does.", shown=shown, name=col.name))
    if ORDINAL_NAME.search(col.name) and not _scored_counts(col, levels):
        return Verdict("ordinal", 0.75, _("{shown} in a column named '{name}' are an ordered "
                                          "scale.", shown=shown, name=col.name))
    if GROUP_NAME.search(col.name) and not BIN_NAME.search(GROUP_NAME.sub(" ", col.name)):
        return Verdict("nominal", 0.6, _("{shown} in a column named '{name}' number the groups "
                                         "of a study (treatments, arms): codes of "
                                         "unordered categories, whatever their sizes.", shown=shown,
                                         name=col.name))
    if _agent_name(col.name) and levels[0] >= 0:
        return Verdict("nominal", 0.6, _("{shown} in a column named '{name}', who did something "
                                         "to each row (a nurse, a rater, the one it was "
                                         "validated by): the ids of people, codes, not amounts.",
                                         shown=shown, name=col.name))
    if _place_code_name(col.name):
        if words[-1:] and words[-1] in CATEGORY_HEADS:
            return Verdict("nominal", 0.65, _(
                "{shown} in a column named '{name}', a kind of thing the rows fall into (a "
                "class, a channel, a choice among alternatives): codes of unordered categories.",
                shown=shown, name=col.name))
        return Verdict("nominal", 0.65, _("{shown} in a column named '{name}' number places or "
                                          "sites: codes of unordered categories.", shown=shown,
                                          name=col.name))
    if _measure_name(col.name):
        return Verdict("discrete", 0.6, _("{shown} in a column named as a measured amount "
                                          "('{name}') are amounts in whole units.", shown=shown,
                                          name=col.name))
    if PLURAL_NAME.match(col.name.strip()) and not PLURAL_SCALES.search(col.name) and levels[0] >= 0:
        return Verdict("discrete", 0.6, _("{shown} in a column named as a number of things "
                                          "('{name}') are counts.", shown=shown, name=col.name))
    if TOTAL_NAME.match(col.name.strip()) and levels[0] >= 0:
        return Verdict("discrete", 0.6, _("{shown} in a column named as a total ('{name}') are "
                                          "counts.", shown=shown, name=col.name))
    if _plural_name(col.name) and levels[0] >= 0:
        return Verdict("discrete", 0.55, _("{shown} in a column named in the plural ('{name}'): a "
                                           "number of things, counts; a scale is named in the "
                                           "singular.", shown=shown, name=col.name))
    if DWELLING_PARTS & set(words) and levels[0] >= 0:
        return Verdict("discrete", 0.6, _("{shown} in a column named '{name}', a part of a home "
                                          "that listings count (bedrooms, baths, balconies): "
                                          "counts, named in the singular as listings name them.",
                                          shown=shown, name=col.name))
    if levels[0] > 1 and _thing_number_name(col.name, NUMBERED_THING) \
            and not date_part(col.name):
        # "product_no" 101, 109, 110: the numbers products go by. A position in a sequence
        # (a trial, a visit, a lap) is numbered from 1; past it, these are labels.
        return Verdict("nominal", 0.6, _("{shown} in a column named '{name}', the numbers things "
                                         "go by (a product, a shop, a table), not counted from 0 "
                                         "or 1: labels, not amounts.", shown=shown, name=col.name))
    if levels[0] > 1 and levels[0] != -levels[-1]:
        return Verdict("discrete", 0.6, _("{shown} that do not start at 0 or 1 are amounts in "
                                          "whole units rather than codes.", shown=shown))
    assert col.levels is not None  # the levels passed in are its keys
    counts = np.array([col.levels[v] for v in levels], dtype=float)
    consecutive = levels == list(range(int(levels[0]), int(levels[-1]) + 1))
    # Three levels spread over more than three times the span of codes numbered one after
    # another (0, 2, 8 hours; 0, 5, 10 mg) are settings too; 0, 2, 5 may be codes with a few
    # left unused.
    if (len(counts) >= 4 or levels[-1] - levels[0] > 3 * (len(levels) - 1)) \
            and _balanced(col) and not consecutive:
        return Verdict("discrete", 0.55, _("{shown} hold groups of nearly equal size at levels "
                                           "with gaps between them: the settings of an amount "
                                           "chosen by a design (doses, concentrations), while "
                                           "codes are numbered one after another.", shown=shown))
    if len(counts) >= 3 and _balanced(col, designed=True):
        return Verdict("nominal", 0.6, _("{shown} hold groups of nearly equal size, as the arms "
                                         "of a design or the classes of a labelled set do: codes "
                                         "of categories.", shown=shown))
    # Counts of events thin out: after most rows at the lowest level, no level holds many
    # more rows than the one below it (beyond the noise of a count).
    rises = counts[1:] > 1.5 * counts[:-1] + 2 * np.sqrt(counts[:-1]) + 2
    falling = (counts[0] == counts.max() and (np.diff(counts) <= 0.1 * counts.max()).all()
               and not rises.any())
    # Counts of events start at none; from 1, with only three levels, the commonest answer
    # of a short scale or the first of a few categories coded 1, 2, 3 is likelier than a count
    # of things every row has one to three of.
    # Numbered from 1 and, beyond the first level, three groups or more of the same size
    # (within a tenth): a design's arms beside a larger first group, a control or a pilot
    # (ChickWeight's diets on 220, 120, 120 and 118 rows), which counts of events, thinning
    # at every step, never are (counts start at none: an element's valence 0 to 8 has 0 on
    # most rows and its other levels on a few rows each).
    rest = counts[1:]
    if falling and levels[0] == 1 and len(rest) >= 3 and rest.std() <= 0.1 * rest.mean() \
            and counts[0] > 1.2 * rest.mean():
        return Verdict("nominal", 0.55, _("{shown}: after {first}, the other levels hold groups of "
                                          "nearly equal size, as the arms of a design beside a "
                                          "larger first group do: codes of categories.",
                                          shown=shown, first=_show(levels[0])))
    # A count is never below none: a lowest level of -1 is a code (not known, not yet labelled)
    if falling and len(counts) >= 3 and levels[0] >= 0 and not (levels[0] == 1 and len(levels) == 3):
        return Verdict("discrete", 0.6, _("{shown}: most rows at {lowest} and fewer at each step "
                                          "up, the shape of counts of events.", shown=shown,
                                          lowest=_show(levels[0])))
    if levels == list(range(8)):
        return Verdict("discrete", 0.55, _("{shown}: every number from 0 to 7, the days of a week, "
                                           "as in days a week one did something; scales of eight "
                                           "points are rare.", shown=shown))
    # Rows that go up and down from level to level: a scale's answers form one or two
    # smooth heaps, a count thins out, the sizes of unordered categories follow no order.
    troughs = [levels[i] for i in range(1, len(counts) - 1)
               if counts[i] + 2 * np.sqrt(counts[i]) < min(counts[i - 1], counts[i + 1])]
    skipped = sorted(set(range(int(levels[0]), int(levels[-1]) + 1)) - {int(v) for v in levels})
    if skipped and len(levels) >= 4 and col.n_present >= 100 and len(troughs) < 2:
        return Verdict("discrete", 0.55, _("{shown} skip {skipped} with rows on both sides: a "
                                           "scale in use fills every step, counts thin out and "
                                           "skip.", shown=shown, skipped=", ".join(map(str, skipped))))
    # A count's tail thins to a few rows; the top of a scale is an answer people choose.
    top = int(np.argmax(counts))
    if (len(levels) >= 5 and levels[0] in (0, 1) and top <= (len(levels) - 1) / 2
            and len(levels) - top >= 4 and counts[-1] < 0.01 * counts.sum()
            and not rises[top:].any() and counts.sum() >= 100):
        return Verdict("discrete", 0.55, _("{shown}: most rows at {mode}, then fewer at each step up "
                                           "to {top} rows at {last}, the long thin tail of counts; "
                                           "a scale's top answer is chosen more often.",
                                           shown=shown, mode=_show(levels[top]),
                                           top=int(counts[-1]), last=_show(levels[-1])))
    # A trough between two modes that each hold a twentieth of the rows: a few stray rows
    # at the top of a count (three- and four-engined planes) make no second mode.
    mode = 0.05 * counts.sum()
    dips = [i for i in range(1, len(counts) - 1)
            if counts[i] < counts[:i].max() and counts[i] < counts[i + 1:].max()
            and min(counts[:i].max(), counts[i + 1:].max()) >= mode]
    if len(levels) <= 4 and dips:
        return Verdict("nominal", 0.55, _("{shown}: fewer rows at {level} than on both sides of "
                                          "it, while the answers to a short scale gather around "
                                          "one point: codes of unordered categories.", shown=shown,
                                          level=_show(levels[dips[0]])))
    if len(levels) >= 5 and len(troughs) >= 2 and counts.sum() >= 100:
        return Verdict("nominal", 0.55, _("{shown}: the rows fall and rise again at {troughs}, while "
                                          "the answers to a scale form one or two heaps: codes "
                                          "of unordered categories.", shown=shown,
                                          troughs=", ".join(_show(t) for t in troughs)),
                       by_shape=True)
    if levels[1] < 0 < levels[-1] and -levels[0] != levels[-1]:
        # a scale that runs through 0 runs as far either side of its neutral middle (-2 to 2,
        # -3 to 3); a charge or a change need not. Two levels below 0 at least: a lone -1
        # under a scale is a code for no answer.
        return Verdict("discrete", 0.55, _(
            "{shown} run from below 0 to above it, further on one side than on the other: a "
            "signed quantity (a charge, a change), not a scale around a neutral middle.",
            shown=shown))
    return Verdict("ordinal", 0.55, _("{shown} read as an ordered scale such as a rating or a "
                                      "severity; they may be unordered codes.", shown=shown))


def _flag_with_strays(col: ColumnSummary) -> Verdict | None:
    """True and False (yes and no, ...) but for one or two other values on at most one row in
    two hundred: a flag, the others slips made where the list was typed or merged (a word of
    the next column). A rare third category is not written true/false."""
    if col.levels is None or not 3 <= len(col.levels) <= 4 or not col.n_present:
        return None
    counts = {str(v).strip().lower(): (str(v), int(n)) for v, n in col.levels.items()}
    for pair in BOOLEAN_PAIRS:
        if not pair <= set(counts):
            continue
        others = {k: v for k, v in counts.items() if k not in pair}
        rows = sum(n for _, n in others.values())
        if rows <= 0.005 * col.n_present:
            return Verdict("boolean", 0.75, _(
                "The values are {values}, but for {rows} of {present} rows holding {others}: "
                "a flag, the others slips.", values=", ".join(sorted(counts[k][0] for k in pair)),
                rows=rows, present=col.n_present,
                others=", ".join(_show(w, 24) for w, _n in others.values())))
    return None


def _strings(col: ColumnSummary) -> Verdict:
    # each level as written, by its lower-case form; None when there are too many levels.
    # Turkish İ lowers to i (Python gives i and a combining dot), so İlkokul meets ilkokul.
    originals = ({str(v).strip().replace("İ", "i").lower(): str(v) for v in col.levels}
                 if col.levels is not None else None)
    lower = set(originals) if originals is not None else None
    # Value labels as Stata and SPSS export them carry their code ("1. No", "2. Yes").
    bare = None if lower is None else {ENUMERATED.sub("", v) for v in lower}
    if lower is not None and bare is not None and len(lower) <= 2 \
            and any(bare <= pair for pair in BOOLEAN_PAIRS):
        return Verdict("boolean", 0.95, _("The values are {values}.",
                                          values=", ".join(sorted(map(str, col.levels or ())))))
    flag = _flag_with_strays(col)
    if flag:
        return flag
    if col.date_format and col.date_failures <= 0.05 * col.n_present:
        first, last = col.extra.get("date_min"), col.extra.get("date_max")
        if col.date_format in TIME_FORMATS:
            why = (_("Times of day ({format}) from {first} to {last}: a time, so temporal.",
                     format=col.date_format, first=first, last=last) if first else
                   _("Times of day ({format}): a time, so temporal.", format=col.date_format))
            return Verdict("datetime", 0.85 if not col.date_failures else 0.7, why)
        why = (_("Strings in the date format {format} from {first} to {last}.",
                 format=col.date_format, first=first, last=last) if first else
               _("Strings in the date format {format}.", format=col.date_format))
        if col.date_format == "ISO8601" and len(col.sample):
            reduced = float(col.sample.astype(str).str.strip().str.match(ISO_REDUCED).mean())
            if reduced:
                why = Sentences(why, _(
                    "{share} of them give a year alone or a year and month (ISO 8601 at a "
                    "reduced precision, where the day was not known), read as its first day.",
                    share=Percent(reduced)))
        return Verdict("datetime", 0.9 if not col.date_failures else 0.75, why)
    if lower is not None and originals is not None and len(lower) >= 2:
        order = _known_order(lower, originals)
        if order:
            return Verdict("ordinal", 0.85 if len(lower) >= 3 else 0.7,
                           _("The levels {levels} follow a known order.",
                             levels=" < ".join(originals[o] for o in order)),
                           [originals[o] for o in order])
        answers = lower - NON_ANSWERS
        order = _known_order(answers, originals) if len(answers) >= 3 and answers != lower else None
        if order:
            return Verdict("ordinal", 0.75, _(
                "The levels {levels} follow a known order, beside answers that are no point on it "
                "({others}).",
                levels=" < ".join(originals[o] for o in order),
                others=", ".join(sorted(originals[o] for o in lower - answers))),
                [originals[o] for o in order])
        # A, B, C, D alone are as often the labels of groups (methods, judges, arms); a
        # +/- suffix, or the failing grades E or F, is what makes them grades, unless the
        # letters run on from A and each holds exactly as many rows as the others: the arms
        # of a balanced design (sprays A to F on twelve plots each), as grades never are.
        arms = sorted(lower) == [chr(ord("a") + i) for i in range(len(lower))] \
            and col.levels is not None and len(set(col.levels.values())) == 1
        if len(lower) >= 3 and all(GRADE.match(v) for v in lower) \
                and any(len(v) == 2 or v in ("e", "f") for v in lower) and not arms:
            order = sorted(lower, key=lambda g: (g[0], {"+": 0, "": 1, "-": 2}[g[1:]]))
            return Verdict("ordinal", 0.7, _("Letters {levels} read as grades, A best.",
                                             levels=", ".join(originals[o] for o in order)),
                           [originals[o] for o in order])
        anchored = _anchored_scale_order(lower)
        if anchored:
            return _in_order(originals, anchored, 0.75, lambda levels: _(
                "The levels {levels} are the points of a rating scale numbered in order, only "
                "some of them labelled.", levels=levels))
        symbols = _repeated_symbol_order(lower)
        if symbols:
            return _in_order(originals, symbols, 0.75, lambda levels: _(
                "The levels {levels} repeat one sign, as stars rate and dollar signs price: more "
                "is higher.", levels=levels))
        graded = _graded_order(lower, col.name)
        if graded:
            order, what = graded
            return _in_order(originals, order, 0.7, lambda levels: _(
                "The levels {levels} are {what}.", levels=levels, what=what))
        stepped = _prefixed_order(lower)
        if stepped:
            return Verdict("ordinal", 0.75, _("The levels {levels} number the steps of a rank (a "
                                              "stage, a grade, a phase), lowest first.",
                                              levels=" < ".join(originals[o] for o in stepped)),
                           [originals[o] for o in stepped])
        placed = _ordinal_numeral_order(lower)
        if placed:
            return Verdict("ordinal", 0.75, _("The levels {levels} are places in an order "
                                              "(1st, 2nd, 3rd), lowest first.",
                                              levels=" < ".join(_show(originals[o], 8)
                                                                for o in placed[:8])
                                              + (" < ..." if len(placed) > 8 else "")),
                           [originals[o] for o in placed])
        scored = _out_of_order(lower)
        if scored:
            order, top = scored
            return Verdict("ordinal", 0.75, _("The levels {levels} are scores out of {top}, "
                                              "lowest first: a rating on a bounded scale.",
                                              levels=" < ".join(_show(originals[o], 10)
                                                                for o in order[:8])
                                              + (" < ..." if len(order) > 8 else ""),
                                              top=top),
                           [originals[o] for o in order])
        numerals = _roman_order(lower)
        if numerals:
            return Verdict("ordinal", 0.75, _("Roman numerals {levels} number ordered levels (grades, "
                                              "stages, classes).",
                                              levels=" < ".join(originals[o] for o in numerals)),
                           [originals[o] for o in numerals])
        # 2019-2020 beside 2020-2021 is a span of time before it is a bracket of numbers
        seasons = _seasons(col)
        if seasons:
            return seasons
        ranked = _ranked_order(lower)
        if ranked and len(lower) >= 3:
            order, what = ranked
            shown = " < ".join(_show(originals[o], 24) for o in order[:6])
            return Verdict("ordinal", 0.75, _("The levels are {what}: {levels}.", what=what,
                                              levels=shown + (" < ..." if len(order) > 6 else "")),
                           [originals[o] for o in order])
        ranked = _ranked_order(answers) if len(answers) >= 3 and answers != lower else None
        if ranked:
            order, what = ranked
            shown = " < ".join(_show(originals[o], 24) for o in order[:6])
            return Verdict("ordinal", 0.7, _(
                "The levels are {what}: {levels}, beside answers that are no point on it "
                "({others}).", what=what, levels=shown + (" < ..." if len(order) > 6 else ""),
                others=", ".join(sorted(_show(originals[o]) for o in lower - answers))),
                [originals[o] for o in order])
        # A level or two on a single row each among a thousand rows or more (a value shifted
        # from the next column, `Free` among install bands) are strays, not points of the
        # order the rest of the levels make.
        strays = {v for v in lower if col.levels is not None
                  and col.levels.get(originals[v], 0) == 1} if col.n_present >= 1000 else set()
        ranked = _ranked_order(lower - strays) if 1 <= len(strays) <= 2 \
            and len(lower - strays) >= 3 else None
        if ranked:
            order, what = ranked
            shown = " < ".join(_show(originals[o], 24) for o in order[:6])
            return Verdict("ordinal", 0.7, _(
                "The levels are {what}: {levels}, beside {others} on a single row each, strays "
                "from another column or slips.", what=what,
                levels=shown + (" < ..." if len(order) > 6 else ""),
                others=", ".join(sorted(_show(originals[o]) for o in strays))),
                [originals[o] for o in order])
    if originals is not None and len(originals) == 2 and col.n_present >= 10:
        # As two numbers do: a split of the rows into two groups is a yes/no feature,
        # whatever its two labels are (Female/Male, Lunch/Dinner, Pre/Post).
        first, second = sorted(originals.values())
        if col.n_rows and col.n_present < 0.1 * col.n_rows:
            # Two notes on a few rows and nothing on the rest: the empty rows are a third
            # state, so the column is no split of the rows into two groups.
            return Verdict("nominal", 0.6, _(
                "Two values ({first}, {second}) on only {present} of {rows} rows, the rest empty: "
                "notes on a few rows, categories; a flag if the empty rows mean one of them.",
                first=_show(first), second=_show(second), present=col.n_present, rows=col.n_rows))
        return Verdict("boolean", 0.8, _("Only two values ({first}, {second}) split the rows into "
                                         "two groups.", first=_show(first), second=_show(second)))
    if col.why_text == "letters":
        years = _years_with_labels(col)
        if years:
            return years
    spans = _year_spans(col) or _seasons(col) or _fiscal_years(col)
    if spans:
        return spans
    if col.why_text:
        return _codes_as_text(col)
    numbered = _numbered_labels(col)
    if numbered:
        return numbered
    listed = _lists(col)
    if listed:
        return listed
    words = _mean_words(col.sample)
    unique = _all_distinct(col)
    sentences = _sentence_share(col.sample)
    if words >= 3 and sentences < 0.5 and col.n_present >= 10 * col.distinct \
            and (col.distinct <= SHARED_PHRASES or _taxonomy_paths(col)
                 or col.n_present >= PHRASE_REPEATS * col.distinct):
        # Free text is written anew on each row; a few long phrases that many rows share are
        # the labels of categories written out, as a codebook's export gives them, and so
        # are more of them when each names its branch of a taxonomy first ("Governance -
        # Board Related Matters") or each is on fifty rows or more (the operating systems of
        # a benchmark's results, "Microsoft Windows Server 2008 Enterprise x64"). Sentences
        # stay text, repeated or not: notes and comments ("Adult not sampled.").
        return Verdict("nominal", 0.75, _(
            "{distinct} phrases of {words} words on average, each on {repeats} rows on average: "
            "categories whose labels are written out, not free text.", distinct=col.distinct,
            words=Number(words, digits=1), repeats=Number(col.n_present / col.distinct, digits=0)))
    if words >= 3 and col.n_present >= 20 and col.distinct >= 0.9 * col.n_present \
            and _word_token_share(col.sample) < 0.25:
        # "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 0 1" (a chess position)
        # splits on its spaces into six tokens, but few are words: a record written in a
        # notation, one per row, not prose
        return Verdict("identifier", 0.7, _(
            "Strings of {words} parts on average, most of the parts not words (codes, numbers, "
            "marks: {example}), nearly every one distinct ({distinct} of {present}): records "
            "written in a notation, one per row, keys rather than free text.",
            words=Number(words, digits=1), example=_show(col.sample.iloc[0], 30),
            distinct=_count(col), present=col.n_present))
    if words >= 6 or (words >= 3 and sentences >= 0.5):
        if sentences >= 0.5:
            return Verdict("text", 0.85, _("Free text of {words} words per value on average, "
                                           "written as sentences, {distinct} distinct values.",
                                           words=Number(words, digits=1), distinct=_count(col)))
        return Verdict("text", 0.85, _("Free text of {words} words per value on average, "
                                       "{distinct} distinct values.", words=Number(words, digits=1),
                                       distinct=_count(col)))
    if NOTE_NAME.search(col.name) and col.distinct >= 0.5 * col.n_present \
            and not _handles(col.sample):
        # slugs under "notes" (dustin_johnson, amateur_014) are handles made for machines,
        # not notes written for people
        return Verdict("text", 0.75, _("Values mostly different from row to row in a column named "
                                       "'{name}': notes written per row, free text however short.",
                                       name=col.name))
    if col.distinct >= 0.5 * col.n_present and col.n_present >= 10 \
            and _spaceless_sentences(col.sample):
        return Verdict("text", 0.75, _(
            "Sentences in a script written without spaces between words (Chinese, Japanese), "
            "{length} characters long on median, most of them distinct ({distinct} values): "
            "free text, which counting words by spaces would take for short labels.",
            length=int(col.sample.astype(str).str.len().median()), distinct=_count(col)))
    if not unique and col.n_present >= 50 and col.distinct >= 0.5 * col.n_present \
            and _letter_sequences(col.sample):
        # A few sequences listed twice (a peptide in two sets) leave them sequences: as
        # categories their thousands of levels would each be one row or two.
        return Verdict("text", 0.7, _(
            "Strings of capital letters without spaces, {length} letters long on median, most "
            "of them distinct ({distinct} of {present}): sequences, such as a protein's amino "
            "acids or a strand of DNA, to be read letter by letter rather than as categories.",
            length=int(col.sample.astype(str).str.len().median()), distinct=_count(col),
            present=col.n_present))
    if (unique or col.distinct >= 0.95 * col.n_present) and _transcriptions(col.sample):
        return Verdict("nominal", 0.6, _(
            "Phonetic transcriptions written with the symbols of the IPA ({examples}): how the "
            "word of each row sounds, a property written per row however few share one, not "
            "the label of the row.", examples=", ".join(_show(v) for v in _top(col, 3))))
    if (unique or (words < 3 and col.distinct >= 0.95 * col.n_present)) \
            and col.n_present >= 10 and _person_name_part(col.name):
        return Verdict("nominal", 0.6, _(
            "A part of people's names, as the name '{name}' says ({distinct} distinct values): "
            "people share them however few repeat here, so a property of each row, categories "
            "of high cardinality, not the row's key.", name=col.name, distinct=_count(col)))
    if (unique and col.n_present >= 10 and not _id_name(col.name)
            or words < 3 and col.n_present >= 50 and col.distinct >= 0.95 * col.n_present) \
            and col.n_rows and col.n_present <= 0.9 * col.n_rows \
            and _word_share(col.sample) >= 0.95 and not _slugs(col.sample) \
            and not _capital_codes(col.sample):
        # A key names every row: words all or nearly all distinct but missing on a tenth of
        # the rows or more (a plural or a genitive that some headwords lack, an alternative
        # title, a readable name given for some of a table's columns) are written per row, a
        # property, not the rows' labels. Slugs and capital codes made for machines (an
        # airport's IATA code), and values under a name that says key, are keys however
        # sparse; phrases of three words or more so written (a book's longer title) are text.
        if words >= 3:
            return Verdict("text", 0.6, _(
                "Phrases of {words} words on average, all distinct, on only {present} of {rows} "
                "rows: written per row where a row has one, free text, not the key that names "
                "every row.", words=Number(words, digits=1), present=col.n_present,
                rows=col.n_rows))
        return Verdict("nominal", 0.6, _(
            "Words nearly all distinct ({distinct} of {present}) but on only {present} of {rows} "
            "rows: a property written per row that some rows lack, categories of high "
            "cardinality, not the key that names every row.", distinct=_count(col),
            present=col.n_present, rows=col.n_rows))
    if unique and (col.n_present >= 10 or (col.n_present >= 3 and _id_name(col.name))):
        if _id_name(col.name):
            return Verdict("identifier", 0.95, _("Every value is distinct and the name '{name}' "
                                                 "marks a key.", name=col.name))
        if words >= 1.5:
            return Verdict("identifier", 0.85, _("Every value is a distinct short string of words, "
                                                 "a name or label of the row rather than a property "
                                                 "of it."))
        return Verdict("identifier", 0.85, _("Every value is a distinct short string, a name or "
                                             "label of the row rather than a property of it."))
    if words < 3 and col.n_present >= 50 and col.distinct >= 0.95 * col.n_present:
        return Verdict("identifier", 0.7, _("Nearly every value is distinct ({distinct} of "
                                            "{present}): names or labels of the rows, a few of them "
                                            "repeated, rather than categories that rows share.",
                                            distinct=_count(col), present=col.n_present))
    if 3 <= words < 6 and 0.5 * col.n_present <= col.distinct <= 0.9 * col.n_present \
            and sentences < 0.1 and _name_cased(col.sample):
        # Names of things, written with capitals as names are (a car's model, a firm), a
        # few on several rows (the model over its model years): what things are called, not
        # text written anew on each row
        return Verdict("nominal", 0.6, _(
            "Names of {words} words on average, written with capitals as names are, mostly "
            "different ({distinct} distinct values) and some on several rows: what things are "
            "called, categories of high cardinality, not free text.",
            words=Number(words, digits=1), distinct=_count(col)))
    if 3 <= words < 5 and col.n_present >= 20 and col.distinct > 0.9 * col.n_present \
            and sentences < 0.1 and _name_cased(col.sample):
        # Names written with capitals, nearly one per row ("Ala. Admin. Code", "Alaska
        # Stat.": a register of what things are called), are the rows' names, not prose;
        # longer ones are descriptions ("45 km NNE of Cantwell, Alaska")
        return Verdict("identifier", 0.65, _(
            "Names of {words} words on average, written with capitals as names are, nearly "
            "every one distinct ({distinct} of {present}): what the rows are called, their "
            "labels, not free text.", words=Number(words, digits=1), distinct=_count(col),
            present=col.n_present))
    if words >= 3 and col.distinct >= 0.5 * col.n_present:
        return Verdict("text", 0.75, _("Free text of {words} words per value on average, mostly "
                                       "different from row to row ({distinct} distinct values).",
                                       words=Number(words, digits=1), distinct=_count(col)))
    examples = ", ".join(_show(v) for v in _top(col, 3))
    if col.distinct > HIGH_CARDINALITY:
        return Verdict("nominal", 0.75, _("{distinct} distinct categories (high cardinality), "
                                          "e.g. {examples}.", distinct=_count(col), examples=examples))
    return Verdict("nominal", 0.9, _("{distinct} unordered categories, e.g. {examples}.",
                                     distinct=col.distinct, examples=examples))


# Items of a list in one cell ("ES,FR", "en-US, es", "Action|Comedy|Drama"): a short item
# between separators, never a sentence's comma (an item here has at most three words).
# Each quantifier possessive and each later item's spaces taken before it, so a cell cannot
# be split in more than one way: "a; b; b; ...; " and a long last item cost time linear in
# its length, where backtracking over the ways to split it took time exponential in its
# items (a crafted cell hung the profiler). The same cells match as with "[,;|]\s*" and items
# of 1 to 40 characters: the run after a separator is not empty, and at most 40 characters
# once its leading spaces are dropped.
LIST_FIRST = r"[^,;|]{1,40}+"
LIST_NEXT = r"[,;|](?=[^,;|])\s*+[^,;|]{0,40}+"
LIST = re.compile(rf"^{LIST_FIRST}(?:{LIST_NEXT}){{2,}}+$")
# A number with commas between its thousands, a bound or a currency before it and a plus
# after it allowed ("1,000,000+", "$1,250.00", ">10,000"): one number, not a list
GROUPED_NUMBER = re.compile(r"^[<>≤≥~$€£]?\s*[+-]?\d{1,3}(,\d{3})+(\.\d+)?\s*\+?$")
LIST_OF_TWO = re.compile(rf"^{LIST_FIRST}(?:{LIST_NEXT})++$")
# A date written in words, whose commas join no list ("November 8, 2022, General" is an
# election's date and kind; "Tue, Jan 5, 2021" one date): its commas are taken out before
# the items are counted
MONTH_WORD = (r"(?:january|february|march|april|may|june|july|august|september|october|"
              r"november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")
WEEKDAY_WORD = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|"
                r"wed|thurs|thur|thu|fri|sat|sun)\.?")
WRITTEN_DATE = re.compile(rf"\b(?:{WEEKDAY_WORD},\s*)?({MONTH_WORD}\s+\d{{1,2}})(?:st|nd|rd|th)?,"
                          rf"(\s*\d{{4}})\b", re.IGNORECASE)


def _lists(col: ColumnSummary) -> Verdict | None:
    """Cells that each hold a list of items (the languages of a country, the genres of a
    film): a multi-valued feature, neither the rows' names nor one category each. Told
    from "Last, First" names by lists of three items or more in a fifth of the rows, or
    in a tenth where most lists share an item with a cell that holds it alone (a town's
    other names, "Colo Spgs,Colorado Spgs" beside "Colo Spgs": no given name stands
    alone as a whole cell)."""
    head = col.sample.iloc[:5000].astype(str).str.strip()
    if len(head) < 10:
        return None
    bracketed = head.map(_bracketed_list)
    if bracketed.mean() >= 0.9:
        # A list field as a program writes it out (Python's repr, a JSON array) keeps its
        # brackets and quotes even where most rows hold one item or none.
        return Verdict("text", 0.65, _(
            "{share} of the values are lists of items ({example}): a multi-valued feature, to "
            "be split into one column per item before a model reads it.",
            share=Percent(float(bracketed.mean())),
            example=_show(head[shown].iloc[0] if (shown := bracketed & (head.str.len() > 2)).any()
                          else head.iloc[0], 30)))
    # commas between a number's thousands ("1,000,000+", "$1,250") join no list, nor those
    # of a date written in words
    cells = head.str.replace(WRITTEN_DATE, r"\1\2", regex=True)
    grouped = cells.str.match(GROUPED_NUMBER)
    three = (cells.str.match(LIST) & ~grouped).mean()
    is_list = cells.str.match(LIST_OF_TWO) & ~grouped
    listed = is_list.mean()
    if three < 0.1 and not (listed >= 0.9 and _phrases_listed(cells[is_list])):
        return None
    if listed < 0.3:
        return None
    if 0.1 <= three < 0.2:
        alone = set(cells[~is_list])
        shared = cells[is_list].str.split(r"[,;|]").map(
            lambda items: any(item.strip() in alone for item in items)).mean()
        if shared < 0.25:
            return None
    items = cells.str.split(r"[,;|]").explode().str.strip()
    if items.str.split().str.len().mean() > 3 or _places_by_parts(cells[is_list]):
        return None
    return Verdict("text", 0.6, _(
        "{share} of the values are lists of items ({example}): a multi-valued feature, to be "
        "split into one column per item before a model reads it.", share=Percent(float(listed)),
        example=_show(head[cells.str.match(LIST) if three else is_list].iloc[0], 30)))


# The share of a column's cells that end in a country for them to be places written by parts
PLACE_CELLS = 2 / 3


@functools.cache
def _country_words() -> frozenset[str]:
    """Countries' English names and their ISO 3166 two- and three-letter codes, in lower
    case, from the CLDR data Babel ships (Taiwan, South Korea, US, USA, CHN)."""
    names = {str(code): str(name) for code, name in Locale("en").territories.items()}
    words = {name.lower() for code, name in names.items() if code.isalpha()}
    words |= {code.lower() for code in names if code.isalpha() and len(code) == 2}
    words |= {str(code).lower() for code in get_global("territory_aliases")
              if str(code).isalpha() and len(str(code)) == 3}
    return frozenset(words)


def _places_by_parts(cells: pd.Series) -> bool:
    """One place a cell, written from its narrowest part to its widest, the country last
    ("Houston, TX, USA", "Nankang, Taipei, Taiwan"), not a list of items: two thirds of the
    cells end in a country and hardly any begins with one, so the parts have places, as a
    list of countries ("BW;MZ;NA") has not."""
    parts = cells.str.split(r"[,;|]")
    first = parts.str[0].str.strip().str.lower()
    last = parts.str[-1].str.strip().str.lower().str.rstrip(".")
    countries = _country_words()
    return bool(len(cells) and last.isin(countries).mean() >= PLACE_CELLS
                and first.isin(countries).mean() <= 0.1 and (parts.str.len() <= 4).all())


def _bracketed_list(cell: str) -> bool:
    """A list written out in brackets: empty, of quoted items (['a', 'b'], ["a"]), of objects
    ([{...}]) or of numbers other than two. Two numbers in brackets are as often a closed
    interval or a coordinate pair, which other rules read."""
    if len(cell) < 2 or cell[0] != "[" or cell[-1] != "]":
        return False
    inner = cell[1:-1].strip()
    if not inner or (inner[0] in "'\"{" and inner[-1] in "'\"}"):
        return True
    items = inner.split(",")
    return len(items) != 2 and all(NUMBER_ITEM.fullmatch(item.strip()) for item in items)


# One way only to match a run of digits: "\d+\.?\d*" could split it anywhere, and a long run
# that fails at its end ("[111...1x]") cost time quadratic in its length.
NUMBER_ITEM = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")


def _phrases_listed(lists: pd.Series) -> bool:
    """Whether lists of two items are lists of phrases ("General prototyping, automotive
    parts"): in half of them at least, an item after the first begins with a lower-case word,
    which no name does ("Smith, John", "Austin, TX"), and most of them different; a few such
    values on many rows each ("Mutton, kg") are the labels of categories."""
    if lists.nunique() < 0.5 * len(lists):
        return False
    later = lists.str.split(r"[,;|]").str[1:].explode().str.strip()
    starts_low = later.str[:1].str.islower().fillna(False).astype(bool)
    return bool(len(lists)) and bool(starts_low.groupby(level=0).any().mean() >= 0.5)


# A label and a number ("row_1", "Plot 12", "S3"): the number tells the rows apart.
NUMBERED = re.compile(r"^(\D*?[A-Za-z]\D*?)(\d+)$")


def _numbered_labels(col: ColumnSummary) -> Verdict | None:
    """Few rows, each a different number after one shared label (row_1 ... row_8): the
    labels of the rows however few they are, where distinct words in a short table may
    still be categories."""
    if col.levels is None or not 3 <= col.n_present < 10 or not _all_distinct(col):
        return None
    # A label is short; the pattern's lazy repeats would try every split of a long text
    # (a 200 KB note took minutes).
    if any(len(str(v)) > 64 for v in col.levels):
        return None
    found = [NUMBERED.match(str(v).strip()) for v in col.levels]
    if not all(found) or len({m.group(1) for m in found if m}) != 1:
        return None
    return Verdict("identifier", 0.75, _(
        "Every value is '{label}' followed by a different number: labels of the rows.",
        label=found[0].group(1) if found[0] else ""))


QUALIFIED_YEAR = re.compile(r"^\s*(\d{4})\s+\(?[^\W\d_]{1,12}\.?\)?\s*$")


def _years_with_labels(col: ColumnSummary) -> Verdict | None:
    """A column named as a year whose values are years but for a few words standing for
    years not known ("Ancient", "Unknown", "Before 1900"): calendar years."""
    if not YEAR_NAME.search(col.name):
        return None
    # a year with a word after it ("2020 online", "1998 est.") is the year it names
    qualified = col.sample.astype(str).str.extract(QUALIFIED_YEAR)[0]
    numbers = pd.to_numeric(col.sample, errors="coerce").fillna(
        pd.to_numeric(qualified, errors="coerce"))
    years = numbers.dropna()
    words = col.sample[numbers.isna()].str.strip()
    if len(years) < 0.75 * len(col.sample) or not len(years) \
            or not (years == years.round()).all() or years.min() < 1000 or years.max() > 2100 \
            or words.nunique() > 3:
        return None
    labels = ", ".join(f"'{_show(w, 20)}'" for w in words.value_counts().index)
    return Verdict("datetime", 0.6, _(
        "Whole numbers from {lo} to {hi} in a column named '{name}' are calendar years; {rows} "
        "rows hold {labels} instead, words for a year not known.", lo=int(years.min()),
        hi=int(years.max()), name=col.name, rows=len(words), labels=labels))


# A year and the year it runs to, written in full or by its last two digits (2007-2012, 2019/20)
SEASON = re.compile(r"^\s*(\d{4})\s*[-–/]\s*(\d{2}|\d{4})\s*$")
# The date format (profile.table.date_formats) of fiscal years, seasons and spans of years:
# each read as January 1 of the first year it names (FY21 as 2021, 2019-20 as 2019), since
# no strftime format reads them all and %Y-%m takes 2019-12 for December.
FIRST_YEAR = "first year"
# Two digits of a fiscal year name this century below it and the last one from it: FY69 is
# 2069, FY70 is 1970 (the verdict's range and the runs' reading alike).
CENTURY_PIVOT = 70


# A fiscal year as reports label it: "FY2020", "FY 2020", "FY20", "FY2019-20", "FY2019/20"
FISCAL_YEAR = re.compile(r"^\s*fy\s?'?(\d{4}|\d{2})(\s*[-–/]\s*(\d{2}|\d{4}))?\s*$",
                         re.IGNORECASE)


def _fiscal_years(col: ColumnSummary) -> Verdict | None:
    """Fiscal years (FY2020, FY20, FY2019-20) on every row, two or more of them: the time each
    row refers to."""
    values = col.sample.astype(str).str.strip()
    if len(values) < 5 or not values.str.match(FISCAL_YEAR).all() or values.nunique() < 2:
        return None
    return Verdict("datetime", 0.7, _(
        "Fiscal years ({first} to {last}): the time each row refers to.",
        first=_show(min(values, key=_fiscal_key)), last=_show(max(values, key=_fiscal_key))),
        date_format=FIRST_YEAR)


def _fiscal_key(label: str) -> int:
    found = FISCAL_YEAR.match(label)
    assert found   # every value was checked to be a fiscal year
    year = int(found[1])
    return year if year >= 100 else 2000 + year if year < CENTURY_PIVOT else 1900 + year


def _year_spans(col: ColumnSummary) -> Verdict | None:
    """Years beside spans of years (2010, 2007-2012), as a survey's date or a census round is
    given where it took more than a year, or beside seasons that straddle two years (2009,
    2007/08, as a league names its seasons): the time each row refers to, not codes. Every
    value a year from 1000 to 2100 or a span of two such years that does not run backwards;
    a span whose end has two digits must end the next year, since 2011-12 could otherwise be
    December 2011."""
    values = col.sample.astype(str).str.strip()
    # every value starts with a year: one cheap test rules out nearly every column
    if len(values) < 5 or not values.str.match(r"\d{4}").all():
        return None
    spans = values.str.extract(SEASON)
    is_span = spans[0].notna()
    single = values.str.fullmatch(r"\d{4}")
    if not (is_span | single).all() or not is_span.any() or not single.any():
        return None
    first = pd.to_numeric(spans[0][is_span])
    last = pd.to_numeric(spans[1][is_span])
    short = spans[1][is_span].str.len() == 2
    if (last[short] != (first[short] + 1) % 100).any():
        return None
    last = last.where(~short, first + 1)
    years = pd.to_numeric(values[single])
    if (first > last).any() or min(first.min(), years.min()) < 1000 \
            or max(last.max(), years.max()) > 2100:
        return None
    return Verdict("datetime", 0.65, _(
        "Years from {lo} to {hi}, {share} of them spans of years such as {span}: the time each "
        "row refers to, given as a span where it took more than a year.",
        lo=str(int(min(first.min(), years.min()))), hi=str(int(max(last.max(), years.max()))),
        share=Percent(float(is_span.mean())), span=_show(values[is_span].iloc[0])),
        date_format=FIRST_YEAR)


def _seasons(col: ColumnSummary) -> Verdict | None:
    """Seasons, school and fiscal years that run from one year into the next (2019/20,
    2019-20, 2019/2020): the time each row refers to. Every value a year from 1800 to 2100
    and the next one, two values at least."""
    values = col.sample.astype(str)
    if len(values) < 5 or not values.str.match(r"\s*\d{4}").all():
        return None
    parts = values.str.extract(SEASON)
    if parts[0].isna().any():
        return None
    first = pd.to_numeric(parts[0]).astype(int)
    second = pd.to_numeric(parts[1]).astype(int)
    following = (first + 1) % 100
    if not ((second == following) | (second == first + 1)).all() \
            or first.min() < 1800 or first.max() > 2100 or first.nunique() < 2:
        return None
    return Verdict("datetime", 0.7, _(
        "Seasons or years that run from one year into the next ({first} to {last}): the time "
        "each row refers to.", first=_show(values[first.idxmin()].strip()),
        last=_show(values[first.idxmax()].strip())), date_format=FIRST_YEAR)


def _codes_as_text(col: ColumnSummary) -> Verdict:
    why = {"long": _("whole numbers too long for floating point (more than 15 digits), so they "
                     "are kept as text: labels, not amounts"),
           "zeros": _("codes written with leading zeros (such as 01 or 01.1), kept as text so the "
                      "zeros stay"),
           "letters": _("codes that mix numbers with letters, kept as text"),
           "several": _("codes, some cells holding several numbers, kept as text")}[col.why_text or ""]
    if _all_distinct(col) and col.n_present >= 10:
        return Verdict("identifier", 0.85, _("Every value is distinct: {why}.", why=why))
    if _id_name(col.name) and col.n_present >= 20 and col.distinct >= 0.95 * col.n_present:
        # a key with a value entered twice ("playerid" 5,693 of 5,694 rows) is still the key
        return Verdict("identifier", 0.75, _(
            "Nearly every value is distinct ({distinct} of {present}) in a column named '{name}', "
            "which marks a key: {why}.", distinct=_count(col), present=col.n_present,
            name=col.name, why=why))
    examples = ", ".join(_show(v) for v in _top(col, 3))
    return Verdict("nominal", 0.8, _("{distinct} distinct {why}; e.g. {examples}.",
                                     distinct=_count(col), why=why, examples=examples))


# The abbreviations that end the names of firms and people (SALEM HOSPITAL, INC.; Smith &
# Sons Co.; John Doe Jr.; Acme, L.L.C.)
FIRM_SUFFIX = (r"(?i:\b(?:inc|ltd|llc|llp|plc|co|corp|cos|jr|sr|bros|pty|gmbh|ag|sa|nv|bv|"
               r"pc|pa|na|lp)|(?:\b[A-Za-z]\.){2,}[A-Za-z]?)\.$")


def _sentence_share(sample: pd.Series) -> float:
    """The share of values that end as a sentence does. Not a string of abbreviations, more
    than half of whose words end in a point ("Ala. Adv. Legis. Serv."): a name cut short."""
    head = sample.iloc[:5000].astype(str).str.strip()
    if not len(head):
        return 0.0
    # The point of a firm's or a person's abbreviation (INC., L.L.C., Co., Jr.) ends a name,
    # not a sentence
    ends = head.str.contains(r"\w[.!?]$", regex=True) & ~head.str.contains(
        FIRM_SUFFIX, regex=True)
    if not ends.any():
        return 0.0
    pointed = head[ends].str.split().map(lambda ws: sum(w.endswith(".") for w in ws) > len(ws) / 2)
    return float(ends.sum() - pointed.sum()) / len(head)


# The words that put a bracket below its number ("under 5", "less than $10k"), in English
# and as Portuguese, Spanish, French, German, Italian and Turkish surveys write them.
BELOW_WORDS = (r"under|less than|below|fewer than|or less|or fewer|or younger|or earlier|\blt\b|"
               r"before|until|prior to|"
               r"menor que|menos de|menos que|menor de|abaixo de|até|hasta|moins de|jusqu|"
               r"unter|weniger als|\bbis\b|meno di|fino a|altı|den az|dan az|kadar")
RANGE = re.compile(r"\d\s*[km]?\s*(-|–|to|a|à|al|bis|ile)\s*(?:[a-z]{0,3}\s?)?[$€£¥₺]?\s*\d|"
                   r"\d\s*\+|\+\s*$|^\s*[<>≤≥]|[<>≤≥]=?\s*\$?\d|^\d*0'?s$|or more|or over|or older|"
                   r"or later|"
                   r"and over|or less|less than|under|over|below|above|fewer than|more than|"
                   # spans of time cut at years ("Before 1950", "1950-1970", "After 1970")
                   r"before|after|since|until|prior to|"
                   # the bounds as surveys in Portuguese, Spanish, French, German, Italian and
                   # Turkish write them ("Menor que R$1.045,00", "Más de $2.500", "65 ans et
                   # plus", "über 3.500 €", "65 yaş ve üzeri")
                   rf"{BELOW_WORDS}|acima de|mais de|maior que|ou mais|e mais|más de|mas de|"
                   r"mayor de|mayor que|o más|y más|plus de|et plus|ou plus|über|mehr als|"
                   r"und mehr|oltre|più di|e oltre|o più|üzeri|üstü|fazla", re.IGNORECASE)
FIRST_NUMBER = re.compile(r"\d[\d,]*(\.\d+)?")
# An amount with its unit ("3 years"), a unit of time with one word more ("13 years old",
# "2 hours daily"); not any two words, which a house number and its street are ("12 Main St")
UNIT_AMOUNT = re.compile(r"^\$?\d[\d,]*(\.\d+)?\s+(?:[a-z]{2,}|(?:minute|hour|day|week|month|"
                         r"year)s?\s[a-z]{2,})\.?$")
# A level that says there is none of the amount the brackets measure (no account,
# unemployed, never, none, nil): below the lowest bracket.
ABSENCE = re.compile(r"\b(no|none|not|never|nil|zero|without|unemployed)\b")
# A number with a thousand or a million written as a letter (20k, 1.5m), as brackets of
# money are; a unit that runs on from the number (2cm, 10mm) is no such letter, and the
# number is still the bound.
SCALED_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(?:(k|m|mn)(?![a-z]))?")
SCALED = {"k": 1e3, "m": 1e6, "mn": 1e6}
# Words that grade the one word they stand before, weakest first.
MODIFIERS = ("not at all", "not", "not too", "not very", "a little", "slightly", "somewhat",
             "fairly", "moderately", "pretty", "quite", "rather", "very", "highly", "strongly",
             "extremely", "completely", "totally")


OPEN_TOP = re.compile(r"^(\d+)\s*(\+|or more|and more|or over|and over|more|plus)$")
# A count's open top level written without its number: it is past every number beside it.
OPEN_WORDS = {"more", "many", "or more", "and more", "more than that"}


def _open_topped(levels: set[str]) -> list[str] | None:
    """Whole numbers one after another and one more past them written open ("0", "1", "2",
    "3+"; "4 or more"; "5more", as the KEEL car data writes doors), as a count cut off at its
    top is coded, or whole numbers and "more" alone above them, however far apart ("2", "4",
    "more" persons a car seats): lowest first."""
    tops = {v: found for v in levels if (found := OPEN_TOP.match(v.strip()))}
    bare = {v for v in levels if v.strip() in OPEN_WORDS}
    rest = levels - set(tops) - bare
    if len(tops) + len(bare) != 1 or len(rest) < 2 or not all(v.strip().isdigit() for v in rest):
        return None
    if bare:
        return sorted(rest, key=int) + list(bare)
    numbers = sorted(int(v) for v in rest)
    top = int(next(iter(tops.values()))[1])
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))) or top <= numbers[-1] \
            or top > numbers[-1] + 1:
        return None
    return sorted(rest, key=int) + list(tops)


# An amount written with a dot between thousands (1.045,00; 3.500) within a label.
DOTTED_THOUSANDS = re.compile(rf"(?<![\d.,]){EU_AMOUNT}(?![\d.,])")


def _plain_numbers(levels: set[str]) -> dict[str, str] | None:
    """The levels with their amounts rewritten as plain numbers (1045.00, 3500), where the
    levels write them with a dot between thousands: a comma after such groups says so
    ("R$1.045,00"), or a plain amount of three digits or more beside them ("$500" beside
    "$1.000", which no one writes for 1.0). None where they write no such numbers."""
    dotted = [n for v in levels for n in DOTTED_THOUSANDS.findall(v)]
    if not dotted:
        return None
    plain_hundreds = any(int(n) >= 100 for v in levels
                         for n in re.findall(r"(?<![\d.,])\d+(?![\d.,])", v))
    if not any("," in n for n in dotted) and not plain_hundreds:
        return None
    rewritten = {DOTTED_THOUSANDS.sub(lambda m: m.group(0).replace(".", "").replace(",", "."),
                                      v): v for v in levels}
    return rewritten if len(rewritten) == len(levels) else None


def _bracket_units(level: str) -> list[tuple[str, float]] | None:
    """The kind and the size of the unit each number of a bracket is written in, the last
    one written standing for those written without one; None where no number has one."""
    numbers = list(SCALED_NUMBER.finditer(level))
    written = [BRACKET_UNITS[found[1]] if (found := BRACKET_UNIT.match(level, n.end())) else None
               for n in numbers]
    last = next((unit for unit in reversed(written) if unit), None)
    if last is None:
        return None
    return [unit or last for unit in written]


def _ranges_order(levels: set[str]) -> tuple[list[str], Message] | None:
    """Brackets of numbers (18-24, $10000 - 14999, 65+, 25000 or more, under 5): ordered by
    the first number in each, a bound such as "under" or "less than" first. One level
    without a number that says there is none ("unemployed", "no savings", "none") goes
    below them all, where a survey's codebook puts it."""
    topped = _open_topped(levels)
    if topped:
        return topped, _("brackets of numbers")
    plain = _plain_numbers(levels)
    if plain is not None:
        found = _ranges_order(set(plain))
        return ([plain[v] for v in found[0]], found[1]) if found else None
    bare = [v for v in levels if not FIRST_NUMBER.search(v)]
    if len(bare) > 1 or (bare and (len(levels) < 4 or not ABSENCE.search(bare[0]))):
        return None
    brackets = levels - set(bare)
    # An amount with its unit ("1 year", "2 years") is a bracket one unit wide beside "< 1
    # year" and "10+ years", as an employment length is written.
    ranged = sum(bool(RANGE.search(v)) for v in brackets)
    if not ranged or ranged + sum(bool(UNIT_AMOUNT.match(v)) and not RANGE.search(v)
                                  for v in brackets) < len(brackets) / 2:
        return None
    # A bracket holds one bound or two; more numbers (telephone numbers as 240-783-7630 or
    # (02) 4904 0795) are not a range.
    if any(len(FIRST_NUMBER.findall(v)) > 2 for v in brackets):
        return None

    units_of = {v: _bracket_units(v) for v in brackets}
    if len({units[0][0] for units in units_of.values() if units}) > 1:
        return None

    def key(v: str) -> tuple[float, int, float, str]:
        found = list(SCALED_NUMBER.finditer(v))
        assert found  # every level was checked to hold a number above
        # "$11-$25k" is 11k to 25k: a scale written once, after the range, is both bounds'
        scales = [n.group(2) or found[-1].group(2) or "" for n in found]
        # "5-100 KB" is 5 KB to 100 KB: a unit written once, after the range, is both bounds'
        units = units_of[v] or [("", 1.0)] * len(found)
        numbers = [float(n.group(1).replace(",", "")) * SCALED.get(scale, 1.0) * size
                   for n, scale, (_, size) in zip(found, scales, units, strict=True)]
        below = bool(re.search(rf"{BELOW_WORDS}|^\W*[<≤]", v))
        # Ties on the first number (4-4, 4-5) by the last one, then as written: the order
        # must not depend on the order in which the levels were met.
        return numbers[0], 0 if below else 1, numbers[-1], v
    # Brackets cut a scale into parts; ranges that overlap (0.001 - 0.01 beside 0.002 - 0.02)
    # are estimates given with their uncertainty, one per row, not the parts of a scale.
    keys = {v: key(v) for v in brackets}
    # Brackets run up, one written from its top down aside: levels that mostly run down
    # ("1465-4", LOINC codes and their check digits; scores, "12-3") are no ranges.
    if sum(k[2] < k[0] for k in keys.values()) > len(keys) / 2:
        return None
    spans = sorted((k[0], k[2]) for k in keys.values() if k[2] > k[0])
    if any(b[0] < a[1] and b != a for a, b in itertools.pairwise(spans)):
        return None
    return bare + sorted(brackets, key=keys.__getitem__), _("brackets of numbers")


# How often, as survey answers say it ("never", "once a year", "2-3x a month", "nrly every
# week", "more thn once wk"): times per period, and the period in a year.
TIMES = (("never", 0.0), ("once", 1.0), ("twice", 2.0), ("several", 4.0), ("sevrl", 4.0),
         ("few", 3.0), ("every", 1.0), ("each", 1.0))
PERIODS = (("year", 1.0), ("yr", 1.0), ("month", 12.0), ("mo", 12.0), ("week", 52.0),
           ("wk", 52.0), ("day", 365.0), ("daily", 365.0), ("weekly", 52.0), ("monthly", 12.0),
           ("yearly", 1.0), ("annually", 1.0))
FEWER = re.compile(r"\b(lt|less than|fewer than|under)\b")
MORE = re.compile(r"\b(more than|more thn|mt|over)\b")
NEARLY = re.compile(r"\b(nearly|nrly|almost|about)\b")


def _ranked_order(levels: set[str]) -> tuple[list[str], Message] | None:
    """The order of levels that are no words of a known scale but say their own place:
    intervals, brackets of numbers, words graded by modifiers, how often, a shared word, a
    length of time."""
    return _interval_order(levels) or _ranges_order(levels) or _modifiers_order(levels) \
        or _occasions_order(levels) or _frequency_order(levels) or _shared_word_order(levels) \
        or _duration_order(levels)


# An interval in mathematical notation, as R's cut() and pandas' cut() and qcut() label the
# bins they make: "(0,20]", "[1e+04,5e+04)", "(-0.001, 2.5]", "(60, Inf]".
BOUND_NUMBER = r"\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?|[+-]?inf)\s*"
INTERVAL = re.compile(rf"^[(\[]{BOUND_NUMBER},{BOUND_NUMBER}[)\]]$")


def _interval_order(levels: set[str]) -> tuple[list[str], Message] | None:
    """Three intervals or more, each running up and none overlapping another (they may
    share an end), lowest first. Each closes one end at least with a square bracket, as
    cut() writes them: "(40.7, 74.0)" is as likely a pair of coordinates."""
    bounds = {}
    for v in levels:
        found = INTERVAL.match(v.strip())
        if not found or not re.search(r"[\[\]]", v):
            return None
        lo, hi = float(found[1]), float(found[2])
        if not lo < hi:
            return None
        bounds[v] = (lo, hi)
    spans = sorted(bounds.values())
    if len(levels) < 3 or any(b[0] < a[1] for a, b in itertools.pairwise(spans)):
        return None
    return sorted(levels, key=bounds.__getitem__), _("intervals, as a binned amount's cuts")


def _frequency_order(levels: set[str]) -> tuple[list[str], Message] | None:
    """Answers to "how often", ordered by times per year."""
    rate: dict[str, float] = {}
    for v in levels:
        words = re.findall(r"[a-z]+|\d+(?:-\d+)?", v)
        if "never" in words:
            rate[v] = 0.0
            continue
        number = next((float(np.mean([float(x) for x in w.split("-")])) for w in words
                       if w[0].isdigit()), None)
        times = number if number is not None else next((t for w, t in TIMES if w in words), None)
        period = next((f for w, f in PERIODS if w in words), None)
        if period is None or (times is None and not {"daily", "weekly", "monthly", "yearly",
                                                     "annually"} & set(words)):
            return None
        r = (times or 1.0) * period
        if FEWER.search(v):
            r *= 0.5
        elif MORE.search(v):
            r *= 1.5
        elif NEARLY.search(v):
            r *= 0.9
        rate[v] = r
    if 0.0 not in rate.values() and len(levels) < 4 or len(set(rate.values())) != len(rate):
        return None
    return sorted(levels, key=lambda v: rate[v]), _("answers to how often, by times a year")


# A level that says there is none of what the others grade (Non-Travel beside Travel_Rarely).
ABSENT_WORDS = {"non", "no", "not", "none", "never", "without", "nil", "zero"}


def _shared_word_order(levels: set[str]) -> tuple[list[str], Message] | None:
    """Levels that share a word and differ by the words of a known scale (Low Risk < Medium
    Risk < High Risk; Travel_Rarely < Travel_Frequently, written with underscores), one of
    them perhaps saying there is none (Non-Travel), which goes first."""
    parts = {v: [w for w in re.split(r"[\s_\-./]+", v) if w] for v in levels}
    shared = set.intersection(*(set(w) for w in parts.values())) if parts else set()
    if len(levels) < 3 or not shared:
        return None
    rest = {v: " ".join(w for w in words if w not in shared) for v, words in parts.items()}
    absent = [v for v, r in rest.items() if r in ABSENT_WORDS]
    graded = {r: v for v, r in rest.items() if v not in absent}
    if len(absent) > 1 or len(graded) < 2 or "" in graded or len(graded) + len(absent) < len(levels):
        return None
    order = _scale_order(set(graded))
    if order is None:
        return None
    return absent + [graded[r] for r in order], _("levels of a known scale beside the word "
                                                  "they share ('{word}')",
                                                  word=" ".join(sorted(shared)))


def _modifiers_order(levels: set[str]) -> tuple[list[str], Message] | None:
    """One word graded by modifiers (not too happy < pretty happy < very happy), or two
    opposite words graded alike on either side of a middle (extremely liberal ... moderate
    ... extremely conservative; very dry ... very sweet)."""
    heads = {v.split()[-1] for v in levels}
    if len(heads) != 1:
        return _two_sided_order(levels)
    head = heads.pop()
    rank = {}
    for v in levels:
        modifier = v[:-len(head)].strip()
        if modifier and modifier not in MODIFIERS:
            return None
        rank[v] = MODIFIERS.index(modifier) if modifier else MODIFIERS.index("fairly")
    if len(set(rank.values())) != len(rank):
        return None
    return sorted(levels, key=lambda v: rank[v]), _("'{word}' graded by how much", word=head)


# The one level between two opposite words graded alike (liberal ... moderate ...
# conservative), and the modifiers that grade them: a negation ("not liberal") is no step
# away from the middle, so it has no place on such a line.
MIDDLE_WORDS = {"moderate", "neutral", "neither", "middle", "middle of the road", "mixed",
                "medium", "balanced", "centre", "center", "indifferent", "independent",
                "no effect", "no change", "no difference", "no preference", "undecided",
                "about the same", "same"}
# "Neither satisfied nor dissatisfied", "neither easy nor difficult", "about the right
# weight", "just right": a middle too
NEITHER_NOR = re.compile(r"^neither\b.+\bnor\b|^(?:about|just) (?:the )?right\b")
TWO_SIDED_MODIFIERS = tuple(m for m in MODIFIERS if not m.startswith("not"))
# The prefixes that make a word its opposite (unlikely, dissatisfied, disapprove): that
# side comes first, as a survey's codebook lists it
NEGATING_PREFIXES = ("un", "dis", "in", "im", "ir", "il", "non")


def _two_sided_order(levels: set[str]) -> tuple[list[str], Message] | None:
    """Two words graded by the same modifiers, at least two levels each, and at most one
    middle level between them: from the strongest of one (the word's opposite made with a
    prefix, or else the first word alphabetically, so that the order does not depend on the
    order the levels were met) through the middle to the strongest of the other."""
    middle = sorted(v for v in levels if v in MIDDLE_WORDS or NEITHER_NOR.match(v))
    sides: dict[str, dict[str, float]] = {}
    for v in levels - set(middle):
        head = v.split()[-1]
        modifier = v[:-len(head)].strip()
        if modifier and modifier not in TWO_SIDED_MODIFIERS:
            return None
        # the word alone is stronger than "moderately" or "somewhat" it, weaker than "very"
        rank = TWO_SIDED_MODIFIERS.index(modifier) if modifier \
            else TWO_SIDED_MODIFIERS.index("rather") + 0.5
        sides.setdefault(head, {})[v] = rank
    if len(middle) > 1 or len(sides) != 2 or any(len(side) < 2 or len(set(side.values())) != len(side)
                                                 for side in sides.values()):
        return None
    # alphabetically a word sorts before its prefixed opposite (likely, unlikely) unless the
    # prefix does (dissatisfied, satisfied): only the first case needs turning round
    low, high = sorted(sides)
    if any(high == prefix + low for prefix in NEGATING_PREFIXES) \
            or (low.startswith("over") and high == "under" + low[4:]):
        low, high = high, low   # "under" before "over" (underweight, overweight) too
    first, second = sides[low], sides[high]
    return (sorted(first, key=lambda v: -first[v]) + middle + sorted(second, key=second.__getitem__),
            _("'{first}' and '{second}' graded by how much, one against the other",
              first=low, second=high))


# A length of time written as a number (or a number word) and its unit, as a contract's,
# a plan's or a warranty's term is ("Month-to-month", "One year", "Two year", "6 months"),
# in days.
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "eighteen": 18, "twenty": 20, "thirty": 30, "half": 0.5}
TIME_UNITS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14,
              "month": 30.44, "quarter": 91.31, "year": 365.25, "decade": 3652.5}
DURATION = re.compile(r"^(?:(\d+(?:\.\d+)?|[a-z]+)[\s-]+)?(minute|hour|day|week|fortnight|month|"
                      r"quarter|year|decade)s?(?:[\s-]+to[\s-]+\2s?)?$")


# The occasions of a study that follows its units over time: numbered by a unit of time or
# of the design ("Week 4", "Day 15", "Visit 2", "Cycle 3", "Wave 1"; "6 months"), with the
# occasions before the first and after the last in the order studies run them.
OCCASION = re.compile(r"^(day|week|wk|month|mo|year|yr|visit|cycle|wave|round|session|period|"
                      r"phase|occasion|time ?point)[\s_.#-]*(\d+(?:\.\d+)?)$")
OCCASION_DAYS = {short: TIME_UNITS[unit] for short, unit in
                 (("day", "day"), ("week", "week"), ("wk", "week"), ("month", "month"),
                  ("mo", "month"), ("year", "year"), ("yr", "year"))}
# A unit written right after a bracket's number (or its "+"), in the lower case the levels
# are compared in: sizes of files, metric lengths, masses and volumes, lengths of time (as
# TIME_UNITS and OCCASION_DAYS count them). Brackets written in several of one kind's units
# ("5-100 KB", "<2 MB"; "6-11 months", "1-4 years") are compared in one; in units of
# different kinds they are no one scale. One letter alone is left out: "m" after a number is
# a million as often as a metre.
BRACKET_UNITS = {"kb": ("bytes", 1e3), "kib": ("bytes", 1024.0), "mb": ("bytes", 1e6),
                 "mib": ("bytes", 1024.0 ** 2), "gb": ("bytes", 1e9),
                 "gib": ("bytes", 1024.0 ** 3), "tb": ("bytes", 1e12), "byte": ("bytes", 1.0),
                 "mm": ("metres", 1e-3), "cm": ("metres", 1e-2), "km": ("metres", 1e3),
                 "mg": ("grams", 1e-3), "kg": ("grams", 1e3), "ml": ("litres", 1e-3),
                 **{unit: ("days", float(days)) for unit, days in
                    {**TIME_UNITS, **OCCASION_DAYS, "min": TIME_UNITS["minute"],
                     "hr": TIME_UNITS["hour"]}.items()}}
BRACKET_UNIT = re.compile(rf"[\s+]*({'|'.join(sorted(BRACKET_UNITS, key=len, reverse=True))})s?\b")
BEFORE_OCCASIONS = ["screening", "enrollment", "enrolment", "admission", "randomization",
                    "randomisation", "baseline", "pre", "pretest", "pre-test", "pre-treatment",
                    "pretreatment"]
AFTER_OCCASIONS = ["post", "posttest", "post-test", "post-treatment", "posttreatment",
                   "end of treatment", "eot", "discharge", "final", "final visit", "follow-up",
                   "follow up", "followup", "end of study", "eos", "end"]


def _occasions_order(levels: set[str]) -> tuple[list[str], Message] | None:
    """Three levels or more that are the occasions of a longitudinal study or a trial: two
    numbered by one unit at least (days, weeks, months and years compared as days), or
    occasions both before and after, in time order. "Month 6" is the sixth month of a
    follow-up, not a frequency."""
    keys: dict[str, tuple[int, float]] = {}
    units = set()
    named = False
    for v in levels:
        text = v.strip()
        found, duration = OCCASION.match(text), DURATION.match(text)
        if text in BEFORE_OCCASIONS:
            keys[v] = (0, BEFORE_OCCASIONS.index(text))
        elif text in AFTER_OCCASIONS:
            keys[v] = (2, AFTER_OCCASIONS.index(text))
        elif found:
            named = True
            unit = found[1]
            units.add("days" if unit in OCCASION_DAYS else unit)
            keys[v] = (1, float(found[2]) * OCCASION_DAYS.get(unit, 1))
        elif duration and (duration[1] or "").replace(".", "", 1).isdigit():
            units.add("days")
            keys[v] = (1, float(duration[1]) * TIME_UNITS[duration[2]])
        else:
            return None
    numbered = sum(1 for k in keys.values() if k[0] == 1)
    groups = {k[0] for k in keys.values()}
    if len(levels) < 3 or len(units) > 1 or len(set(keys.values())) != len(keys) \
            or not (numbered >= 2 or {0, 2} <= groups) or groups == {1} and not named:
        return None   # lengths of time alone ("1 year", "2 years") are terms, below
    return sorted(levels, key=keys.__getitem__), _("the occasions of a study that follows its "
                                                   "units, in time order")


def _duration_order(levels: set[str]) -> tuple[list[str], Message] | None:
    """Three levels or more, each a length of time, shortest first."""
    days = {}
    for v in levels:
        found = DURATION.match(v.strip())
        if not found:
            return None
        count = found[1]
        number = NUMBER_WORDS.get(count) if count and not count[0].isdigit() else float(count or 1)
        if number is None:
            return None
        days[v] = number * TIME_UNITS[found[2]]
    if len(levels) < 3 or len(set(days.values())) != len(days):
        return None
    return sorted(levels, key=days.__getitem__), _("lengths of time, shortest first")


# The answers a survey gives beside a scale that are no point on it, and the words a
# register writes where the level is not known or was never given (the World Bank's "Not
# classified" beside its income groups, a hazard "Not assessed", a film "Unrated").
NON_ANSWERS = {"don't know", "dont know", "do not know", "not sure", "no opinion", "refused",
               "no answer", "prefer not to say", "not applicable", "n/a", "dk", "dk/na",
               "don't know/not sure", "unknown", "not known", "not stated", "not reported",
               "not classified", "unclassified", "not assessed", "not rated", "unrated",
               "no data", "not available"}


# The levels that make numbers beside them school grades (K, 1, 2) rather than codes.
SCHOOL_START = {"pre-k", "prek", "pk", "tk", "k", "kg", "kindergarten"}
# Scales taken only with one of these levels among them: school grades with a kindergarten
# level (K, 1, 2 are otherwise codes), the energy label with a plus (A, B, C alone are
# groups as often).
NEEDS_ONE_OF = {"pre-k": SCHOOL_START, "a+++": {"a+++", "a++", "a+"}}


def _known_order(lower: set[str], originals: dict[str, str]) -> list[str] | None:
    """The order a known scale gives the levels: as they are, with a code in front, cut out
    of a question, with "very" cut to a v ("vhigh", "vgood", as the UCI car data writes
    them), or with their words run together in camel case ("MediumRough") or joined by dots
    and underscores ("high.school", "university_degree")."""
    order = _scale_order(lower) or _labelled_scale_order(lower) or _cut_scale_order(lower)
    if order:
        return order
    very = {f"very {v[1:].lstrip('. ')}" if v.startswith("v") and v[1:].lstrip(". ") in SCALE_WORDS
            else v: v for v in lower}
    if len(very) == len(lower) and set(very) != lower:
        found = _scale_order(set(very))
        if found:
            return [very[o] for o in found]
    spaced = {re.sub(r"(?<=\w)[._](?=\w)", " ",
                     re.sub(r"(?<=[a-z])(?=[A-Z])", " ", originals[v].strip())).lower(): v
              for v in lower}
    if len(spaced) != len(lower) or set(spaced) == lower:
        return None
    found = _scale_order(set(spaced)) or _labelled_scale_order(set(spaced))
    return [spaced[o] for o in found] if found else None


def _scale_order(levels: set[str]) -> list[str] | None:
    for scale in SCALES:
        if levels <= set(scale):
            if scale[0] in NEEDS_ONE_OF and not levels & NEEDS_ONE_OF[scale[0]]:
                continue
            # Three stages of a life (Infant, Child, Adult) name the strata a model or a
            # table is split by as often as an order; four are age groups.
            if scale[0] == "newborn" and len(levels) < 4:
                continue
            # Single letters (s, m, l) are too ambiguous for two levels: M/F is not a size.
            if scale[0] in NEEDS_THREE and len(levels) < 3:
                continue
            return [s for s in scale if s in levels]
    return None


def _labelled_scale_order(levels: set[str]) -> list[str] | None:
    """Levels of a known scale, each with its code in front ("1 = strongly disagree"),
    ordered by the scale's words rather than by the codes."""
    bare = {v: ENUMERATED.sub("", v) for v in levels}
    return None if any(b == v for v, b in bare.items()) else _order_by_words(bare)


# What a label cut out of the question that lists the answers keeps of it: the punctuation
# and the joining word ("... good, fair, or poor?" gives "fair, or" and "poor?").
QUESTION_CUT = re.compile(r"^(?:or|and)\s+|(?:[\s,;:.?!]|\s(?:or|and)\b)+$")


def _cut_scale_order(levels: set[str]) -> list[str] | None:
    """Three levels or more of a known scale once the question's punctuation and joining
    words are cut off, ordered by the scale's words."""
    bare = {v: QUESTION_CUT.sub("", v) for v in levels}
    if len(levels) < 3 or all(b == v for v, b in bare.items()):
        return None
    return _order_by_words(bare)


def _order_by_words(bare: dict[str, str]) -> list[str] | None:
    """The levels (the keys) in the order a known scale gives their words (the values)."""
    if len(set(bare.values())) != len(bare):
        return None
    inner = _scale_order(set(bare.values()))
    return sorted(bare, key=lambda v: inner.index(bare[v])) if inner else None


ROMAN = re.compile(r"^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
ROMAN_VALUES = {"m": 1000, "d": 500, "c": 100, "l": 50, "x": 10, "v": 5, "i": 1}


RANK_WORDS = {"phase", "tier", "step", "degree", "stages", "grades"}


def _prefixed_order(levels: set[str]) -> list[str] | None:
    """Three levels or more that are a word for a rank (stage, grade, class, phase, ...)
    and then Roman numerals or whole numbers in order ("Stage I", "Stage II"; "grade 1",
    "grade 2"), lowest first. Not other words: "Group 1", "Plot 2" number labels."""
    split = [v.split(" ", 1) for v in levels]
    if len(levels) < 3 or any(len(p) != 2 for p in split) or len({p[0] for p in split}) != 1 \
            or not (ORDINAL_NAME.fullmatch(split[0][0]) or split[0][0] in RANK_WORDS):
        return None
    rest = {p[1].strip(): v for p, v in zip(split, levels, strict=True)}
    if all(r.isdigit() for r in rest):
        numbers = sorted(int(r) for r in rest)
        if numbers == list(range(numbers[0], numbers[0] + len(numbers))):
            return [rest[r] for r in sorted(rest, key=int)]
        return None
    numerals = _roman_order(set(rest))
    return [rest[r] for r in numerals] if numerals else None


ANCHOR = re.compile(r"^(\d{1,2})(?:\s*[.):=-]\s*\S.*)?$")
# A label that names its level's number after a word for a rank ("anaplastic; Grade IV",
# "Stage 4 (metastatic)"), where the lower levels were written as bare numbers
RANK_NAMED = re.compile(r"\b(?:grade|stage|class|level|tier|phase|step|degree)\s+(\d{1,2}|[ivx]{1,4})\b")


def _in_order(originals: dict[str, str], order: list[str], confidence: float,
              why: Callable[[str], Message]) -> Verdict:
    """An ordinal verdict on levels found in this order (lower-case keys of originals), the
    reason given the first ten levels as written, lowest first."""
    shown = " < ".join(_show(originals[o], 24) for o in order[:10]) + \
        (" < ..." if len(order) > 10 else "")
    return Verdict("ordinal", confidence, why(shown), [originals[o] for o in order])


def _anchored_scale_order(levels: set[str]) -> list[str] | None:
    """Three levels or more numbered in order (1 to 7, 0 to 10), some bare numbers and some
    with a label after the number ("1 - Strongly disagree", "4 - Neutral", "7 - Strongly
    agree"), as a rating scale labels only its ends and middle, or a label that names its
    number after a word for a rank (1, 2, 3, "anaplastic; Grade IV": a tumour's grades, the
    last written as its registry names it). Nominal codes exported with their value labels
    label every level, so a bare number among them is what tells."""
    numbers = {v: ANCHOR.match(v) or RANK_NAMED.search(v) for v in levels}
    if len(levels) < 3 or not all(numbers.values()):
        return None
    value = {v: int(m[1]) if m[1].isdigit() else _roman_value(m[1])
             for v, m in numbers.items() if m and (m[1].isdigit() or ROMAN.match(m[1]))}
    if len(value) != len(levels):
        return None
    bare = [v for v in levels if v.isdigit()]
    ordered = sorted(levels, key=value.__getitem__)
    steps = [value[v] for v in ordered]
    if not bare or len(bare) == len(levels) or len(set(steps)) != len(steps) \
            or steps != list(range(steps[0], steps[0] + len(steps))):
        return None
    return ordered


def _repeated_symbol_order(levels: set[str]) -> list[str] | None:
    """Three levels or more that each repeat one and the same sign, no letter nor digit (★
    to ★★★★★, $ to $$$$, + to +++), fewest first."""
    marks = {v.replace(" ", "") for v in levels}
    signs = {c for v in marks for c in v}
    if len(levels) < 3 or len(signs) != 1 or len(marks) != len(levels) \
            or next(iter(signs)).isalnum():
        return None
    return sorted(levels, key=lambda v: len(v.replace(" ", "")))


# A credit rating as S&P and Fitch write it (AAA, AA+, BBB-, CCC, D) or Moody's (Aaa, Baa2,
# Caa1), and a name that says the levels are grades of something.
CREDIT_RATING = re.compile(r"^(aaa|aa|a|bbb|bb|b|ccc|cc|c|d)[+-]?$")
MOODYS_RATING = re.compile(r"^(aaa|aa[1-3]|a[1-3]|baa[1-3]|ba[1-3]|b[1-3]|caa[1-3]|ca|c)$")
# Names that say the levels climb: grades, ranks, stages, levels, phases, priorities (P1 to
# P4), and TNM's categories (tnm_n N0 to N3).
GRADED_NAME = re.compile(r"grade|rating|rank|stage|severity|tier|level|phase|tnm|priority",
                         re.IGNORECASE)
# A tumour's TNM categories under a name that says tumour (tumor_size T1 to T4): T, N or M
# with a clinical (c) or pathological (p) mark. A tumour's type A, B, C is no grade.
TUMOUR_NAME = re.compile(r"tumou?r", re.IGNORECASE)
TNM_PREFIXES = {"t", "n", "m", "ct", "cn", "cm", "pt", "pn", "pm"}
LETTER_NUMBER = re.compile(r"^([a-z]{1,2})(\d{1,2})$")
# A diamond's colour as the GIA grades it, letters from D (colourless) to Z, under a name
# that says colour: a colour named with letters from D on is graded so, not labelled.
COLOUR_NAME = re.compile(r"colou?r", re.IGNORECASE)
# A version number of two to four dotted parts, maybe after a v (1.2, v2.0.1, 3.10.0.1)
DOTTED_VERSION = re.compile(r"^v?\d+(\.\d+){1,3}$")


def _version_key(version: str) -> tuple[int, ...]:
    """A dotted version's parts as numbers, so that 1.10 comes after 1.9."""
    return tuple(int(part) for part in version.lstrip("v").split("."))


RATING_LADDER = ("aaa", "aa", "a", "baa", "bbb", "ba", "bb", "b", "caa", "ccc", "cc", "ca", "c", "d")
RATING_NOTCH = {"+": 0, "1": 0, "": 1, "2": 1, "-": 2, "3": 2}


def _rating_rank(rating: str) -> tuple[int, int]:
    """A credit rating's place, the best first: its letters, then its notch (AA+ before AA
    before AA-; Aa1 before Aa2)."""
    base = rating.rstrip("+-123")
    return RATING_LADDER.index(base), RATING_NOTCH[rating[len(base):]]


def _graded_order(levels: set[str], name: str) -> tuple[list[str], Message] | None:
    """Three levels or more that are credit ratings (AAA best, two or more letters in one of
    them at least: A, B and C alone are labels as often), or, under a name that says grades
    or ratings (loan_grade, tumor_grade, risk_rating), consecutive letters from A (A to G)
    or one prefix and consecutive numbers (G1, G2, G3; T1 to T4). Ratings come best first,
    grades from their first letter or number, and what the levels are comes with them."""
    if len(levels) < 3:
        return None
    for pattern in (CREDIT_RATING, MOODYS_RATING):
        if all(pattern.match(v) for v in levels) and any(len(v.rstrip("+-123")) >= 2 for v in levels):
            return sorted(levels, key=_rating_rank), _("credit ratings, the best first")
    parts = {v: m for v in levels if (m := LETTER_NUMBER.match(v))}
    tnm = TUMOUR_NAME.search(name) and len(parts) == len(levels) \
        and {m[1] for m in parts.values()} <= TNM_PREFIXES
    # version numbers of two parts or more under a name that says versions (1.2.3, v2.0.1):
    # ordered part by part, 1.10 after 1.9
    if RELEASE_WORDS & set(_name_words(name)[-1:]) and all(DOTTED_VERSION.match(v) for v in levels):
        return sorted(levels, key=_version_key), _("version numbers, compared part by part")
    if COLOUR_NAME.search(name) and all(len(v) == 1 and "d" <= v <= "z" for v in levels) \
            and sorted(levels) == [chr(ord("d") + i) for i in range(len(levels))]:
        return sorted(levels), _("a diamond's colour grades, from D (colourless) on")
    if not GRADED_NAME.search(name) and not tnm:
        return None
    if all(len(v) == 1 and "a" <= v <= "z" for v in levels) \
            and sorted(levels) == [chr(ord("a") + i) for i in range(len(levels))]:
        return sorted(levels), _("grades written as letters, from A")
    if len(parts) == len(levels) and len({m[1] for m in parts.values()}) == 1:
        numbers = sorted(int(m[2]) for m in parts.values())
        if numbers == list(range(numbers[0], numbers[0] + len(numbers))):
            return sorted(levels, key=lambda v: int(parts[v][2])), \
                _("grades numbered after one letter")
    return None


# A race's results that are no place: did not finish or start, disqualified, retired,
# withdrawn, not classified. They come after every place.
NO_PLACE = {"dnf", "dns", "dsq", "dq", "dnq", "ret", "nc", "wd", "did not finish",
            "did not start", "disqualified", "retired", "withdrawn", "unplaced"}


def _ordinal_numeral_order(levels: set[str]) -> list[str] | None:
    """Levels that are ordinal numbers written with their suffix (1st, 2nd, 22nd, 4th; a
    finishing place, a round, a grade), at least three, lowest first; a race's results that
    are no place (DNF, DSQ) after them. Also before one noun they share (9th grade ... 12th
    grade)."""
    places = {v: ORDINAL_NUMERAL.match(v) for v in levels - NO_PLACE}
    numbers = {v: int(m[1]) for v, m in places.items() if m}
    if len(numbers) >= 3 and len(numbers) == len(places):
        return sorted(numbers, key=numbers.__getitem__) + sorted(levels & NO_PLACE)
    # before one noun (9th grade to 12th grade), with at most one level outside the count
    # that names the same noun ("Ungraded or other grade"), kept last as a place-less result
    before = {v: ORDINAL_NOUN.match(v) for v in levels}
    nouns = {m[2] for m in before.values() if m}
    numbers = {v: int(m[1]) for v, m in before.items() if m}
    others = [v for v, m in before.items() if not m]
    if len(numbers) < 3 or len(nouns) != 1 or len(others) > 1 \
            or any(next(iter(nouns)) not in v for v in others):
        return None
    return sorted(numbers, key=numbers.__getitem__) + others


def _out_of_order(levels: set[str]) -> tuple[list[str], str] | None:
    """Levels that are scores out of one and the same top ("8/10", "4.5/5"), at least
    three, lowest first, and that top. A top shared by all is what tells a score from a
    fraction or a date."""
    found = {v: OUT_OF.match(v) for v in levels}
    if len(levels) < 3 or not all(found.values()):
        return None
    tops = {m[2] for m in found.values() if m}
    scores = {v: float(m[1]) for v, m in found.items() if m}
    if len(tops) != 1 or max(scores.values()) > float(next(iter(tops))):
        return None
    return sorted(levels, key=scores.__getitem__), tops.pop()


def _roman_order(levels: set[str]) -> list[str] | None:
    """Levels that are Roman numerals of consecutive numbers (I, II, III; IV, V), lowest
    first. Consecutive, because letters such as C, D and M are also codes on their own."""
    if len(levels) < 2:
        return None
    if all(v and ROMAN.match(v) for v in levels):
        value = {v: (_roman_value(v), "") for v in levels}
    else:
        # a cancer's stages with their substages (I, IIA, IIB, IIIA ... IV), from three
        # levels: the numeral, then the letter
        parts = {v: (v[:-1], v[-1]) if v[-1:] in ("a", "b", "c") and v[:-1] else (v, "")
                 for v in levels}
        if len(levels) < 3 or not all(n and ROMAN.match(n) for n, _letter in parts.values()):
            return None
        value = {v: (_roman_value(n), letter) for v, (n, letter) in parts.items()}
        if len({n for n, _letter in value.values()}) < 2:
            return None   # IA, IB, IC alone are as often codes (a state's, a class's)
    numbers = sorted({n for n, _letter in value.values()})
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None
    return sorted(levels, key=lambda v: value[v])


def _roman_value(numeral: str) -> int:
    digits = [ROMAN_VALUES[c] for c in numeral]
    return sum(-d if i + 1 < len(digits) and d < digits[i + 1] else d
               for i, d in enumerate(digits))


def _all_distinct(col: ColumnSummary) -> bool:
    if col.distinct_exact:
        return col.distinct == col.n_present
    # Past the exact count the estimate is some 2 % off either way, so it cannot tell; a
    # sample of 50 000 rows with no value twice can (a few thousand repeats would show).
    return bool(col.sample.is_unique)


# The size of a group of people or things is the number of its members ("household_size",
# "transposition_group_size"), where "size" alone may be a shoe's or a shirt's
COLLECTIVE_WORDS = {"group", "family", "fam", "household", "hh", "team", "batch", "sample", "party",
                    "crew", "litter", "herd", "clutch", "brood", "colony", "flock", "cohort",
                    "cluster", "class", "fleet", "pack", "troop", "pod", "committee", "panel"}


# The last word of a name that numbers the releases of a thing in order ("opengl_major_version"
# 1-4, a book's "edition", a console's "generation"): later is higher, whatever the rows
# say about how often each is met
RELEASE_WORDS = {"version", "ver", "release", "edition", "generation", "gen"}
# The occasions of a repeated-measures or panel design, named in the singular as the last
# word (visit 1 to 4, wave, session, time point, cycle): ordered in time, whatever the
# groups' sizes; "visits" in the plural counts them.
OCCASION_WORDS = {"visit", "wave", "session", "occasion", "timepoint", "round", "cycle", "trial",
                  "period", "phase", "time"}


def _scored_counts(col: ColumnSummary, levels: list) -> bool:
    """A score that counts (a match's goals, `home_score` 0 to 9): named a score and by no
    other word of a scale, from 0, five levels or more, most rows at the first three and under
    2 % at the top, the thin tail of counts. A test's score 0 to 10 heaps in its middle or at
    its top."""
    counts = _counts_of_named_levels(col, levels, "score")
    if counts is None or len(levels) < 5:
        return False
    return int(np.argmax(counts)) <= 2 and counts[-1] < 0.02 * counts.sum()


def _ranks_that_count(col: ColumnSummary, levels: list) -> bool:
    """A rank that counts (an elliptic curve's rank, a matrix's, 0 to 3): named a rank and by
    no other word of a scale, from 0, with more rows at a higher level than at the first,
    beyond a few rows and a fifth. Places in an order never do: every group that has a
    second place has a first, and ties crowd the first place as much as any."""
    counts = _counts_of_named_levels(col, levels, "rank")
    return counts is not None and bool(counts[1:].max(initial=0) > 1.2 * counts[0] + 2)


def _counts_of_named_levels(col: ColumnSummary, levels: list, word: str) -> np.ndarray | None:
    """The rows at each level, in the levels' order, of whole numbers from 0 whose name says
    word and no other word of a scale; None for any other column."""
    said = {m.lower() for m in ORDINAL_NAME.findall(col.name)}
    if said != {word} or levels[0] != 0 or col.levels is None:
        return None
    return np.array([col.levels.get(v, 0) for v in levels], dtype=float)


def _count_name(name: str) -> bool:
    """Named as a count, also in camel case ("NbCar", "NumberOfChildren", "nAdults"), whose
    words the pattern's separators do not see, or as the size of a group."""
    words = _name_words(name)
    # the group's word may run into "size" ("hhsize", "famsize", "groupsize")
    fused = words[-1][:-len("size")] if words and words[-1].endswith("size") else ""
    return bool(COUNT_NAME.search(name) or COUNT_NAME.search("_".join(words))) \
        or (len(words) >= 2 and words[-1] == "size" and words[-2] in COLLECTIVE_WORDS) \
        or fused in COLLECTIVE_WORDS


def _transcriptions(sample: pd.Series) -> bool:
    """Phonetic transcriptions in the IPA ("hɪpəʊmiːnz", "t͡ʃʰə"): a quarter of the values
    or more hold an IPA symbol, and six distinct symbols or more are used. Orthographies
    that borrow a letter or two of the IPA (Azerbaijani's ə, the ɛ and ɔ of Twi, Hawaiian's
    ʻokina) use far fewer."""
    text = sample.astype(str)
    marked = text.str.contains(IPA_SYMBOL)
    if not len(text) or marked.mean() < 0.25:
        return False
    return len(set(IPA_SYMBOL.findall("".join(text[marked].iloc[:2000])))) >= 6


def _name_cased(sample: pd.Series) -> bool:
    """Most values (85 % or more) written as names are: more letters than digits, and two
    words in three at least hold a capital or a digit (Model S P85D, IONIQ Electric 28 kWh,
    e-Golf SE) or are the small words that join the words of a name (of, the, and, de,
    von). Prose has few such values."""
    if not len(sample):
        return False
    named = 0
    for value in sample.iloc[:2000]:
        words = str(value).split()
        letters = sum(c.isalpha() for c in str(value))
        if letters <= sum(c.isdigit() for c in str(value)):
            continue   # dates, spans and lists of numbers are no names
        marked = sum(w.lower() in NAME_JOINERS or any(c.isupper() or c.isdigit() for c in w)
                     for w in words)
        named += bool(words) and 3 * marked >= 2 * len(words)
    return named >= 0.85 * min(len(sample), 2000)


def _person_name_part(name: str) -> bool:
    """Named as a part of a person's name: "last_name", "FirstName", "surname", "Soyadı"."""
    words = _words_with_digits(name)
    return any(w in FUSED_NAME_PARTS for w in words) or any(
        a in NAME_PART_WORDS and b in ("name", "names") for a, b in itertools.pairwise(words))


# The last word of a name that says where in a book or a text a row's entry stands (a
# Monster Index's page, a scripture's verse, the line of a source file an entry was read
# from) or, as often, how long a book is ("Page" for its number of pages): whole steps
# either way.
PLACE_IN_TEXT_WORDS = {"page", "pg", "folio", "verse", "paragraph", "line"}


def _rank_name(name: str) -> bool:
    """Named as a rank ("rank", "pop_rank", "TwitterRank"): places in an order."""
    return bool({"rank", "ranking"} & set(_name_words(name)))


def _split_humps(name: str) -> str:
    """A name with "_" between its camel-case humps ("NaCl" -> "Na_Cl"), after an acronym
    of two capitals or more that runs into a capitalised word ("CPUFreq" -> "CPU_Freq",
    "GDPPerCapita"; "IDs" and "playerIDretro" stay as they are), and before a joining "of"
    run into the word before it, as exports that capitalise only the main words write names
    ("WeekofPurchase", "DayofWeek", "NumberofChildren")."""
    # lookarounds of fixed width, so a long name costs one pass
    name = re.sub(r"(?<=[A-Za-z]{3})(?=of[A-Z])", "_", name)
    name = re.sub(r"(?<=[A-Z]{2})(?=[A-Z][a-z]{2})", "_", name)
    return re.sub(r"([a-z])([A-Z])", r"\1_\2", name)


# A numeronym, a word cut to its first and last letters around the count of those between
# (l10n for localization, i18n, a11y, k8s): one word, whose letters alone say nothing
NUMERONYM = re.compile(r"[a-z]\d{1,2}[a-z]")


def _name_words(name: str) -> list[str]:
    """The words of a column's name in lower case, split at anything not a letter and
    between camel-case humps ("NaCl_percent" -> na, cl, percent); a numeronym is one word
    ("l10n_ro_siruta" -> l10n, ro, siruta: no "n" for a number of things)."""
    words = []
    for token in re.split(r"[^a-z0-9]+", _split_humps(name.strip()).lower()):
        if NUMERONYM.fullmatch(token):
            words.append(token)
        else:
            words.extend(w for w in re.split(r"[^a-z]+", token) if w)
    return words


def _words_with_digits(name: str) -> list[str]:
    """The words of a name as _name_words, accents dropped (âge, gün) and digits kept on
    their word ("day1" is not "day")."""
    plain = unicodedata.normalize("NFKD", name.strip())
    plain = "".join(c for c in plain if not unicodedata.combining(c)).replace("ı", "i")
    return [w for w in re.split(r"[^a-z0-9]+", _split_humps(plain).lower()) if w]


# Words of a name for an age (English, German Alter, Spanish edad, Portuguese idade, Turkish
# yaş, French âge, Italian età): whole numbers so named count years of life, never calendar
# years.
AGE_WORDS = {"age", "ages", "aged", "alter", "edad", "idade", "yas", "yasi", "eta"}
# "years" in the plural, and "year" in the singular, in the languages YEAR_NAME reads, as
# _words_with_digits spells them (años and anos alike)
YEARS_PLURAL = {"years", "yrs", "anos", "anios", "anni", "annees", "jahre", "jaren", "yillar"}
YEAR_SINGULAR = {"year", "yr", "ano", "anio", "anno", "annee", "jahr", "jaar", "yil", "tahun"}


def _years_as_amount(name: str) -> bool:
    """Named as an age, or with years in the plural and no year in the singular: a number
    of years rather than a year of the calendar (`idade_anos`, `tenure_years`)."""
    words = set(_words_with_digits(name))
    return bool(AGE_WORDS & words) or (bool(YEARS_PLURAL & words) and not YEAR_SINGULAR & words)


def date_part(name: str) -> str | None:
    """The part of a date a column's name says ("day", "birthMonth", "mois", "HH"), in
    English; None when it says none. The plural ("days") is a duration, not a part."""
    if name.strip() in FORMAT_TOKENS:
        return FORMAT_TOKENS[name.strip()]
    words = _words_with_digits(name)
    glued = "".join(words)
    part = next((p for compound, p in COMPOUND_DATE_PARTS.items() if compound in glued), None)
    if part:
        return part
    # "HR" in capitals is baseball's home runs or a clinical file's heart rate; bike-share and
    # log files write an hour "hr"
    hour_short = not CAPITAL_HR.search(name)
    return next((DATE_PART_ALIASES.get(w, SHORT_DATE_PARTS.get(w)) for w in words
                 if w in DATE_PART_ALIASES or w in SHORT_DATE_PARTS and (w != "hr" or hour_short)),
                None)


def _place_code_name(name: str) -> bool:
    words = _name_words(name)
    # a vocabulary's name written in camel case is one word ("RxNorm", "PubChem"); "cod"
    # before what it codes is Portuguese's and Spanish's code (cod_municipio, COD_UF), and
    # alone the fish a catch counts
    return any(w in PLACE_CODE_WORDS or (len(w) > 4 and w.endswith(PLACE_CODE_ENDINGS))
               for w in words) or (bool(words) and words[-1] in CATEGORY_HEADS) \
        or "".join(words) in PLACE_CODE_WORDS or (len(words) >= 2 and words[0] == "cod")


# A check digit computed from the others closes the numbers of many registers, as
# python-stdnum checks them: CAS registry numbers written without their dashes (50000 for
# 50-00-0), barcodes (GTIN, EAN, UPC) and the Luhn scheme's (France's SIREN and SIRET,
# payment cards, IMEI, Canada's SIN, the US NPI). Whole numbers of five digits or more (fewer
# pass by their few combinations), twenty distinct values or more and nine in ten passing one
# scheme, which one amount in ten passes by chance, are codes; looked at in up to 200
# distinct values spread over their range.
CHECK_DIGITS = ((_("CAS registry number"), casrn.is_valid), (_("GTIN barcode"), ean.is_valid),
                (_("Luhn scheme"), luhn.is_valid))
CHECKED_DIGITS = 5
CHECKED_ROWS = 20
CHECKED_SHARE = 0.9
CHECKED_LOOKED_AT = 200


def _check_digit_scheme(col: ColumnSummary) -> tuple[Message, float] | None:
    """The check-digit scheme of CHECK_DIGITS that nine in ten of the column's distinct
    values pass, and the share that do, where the column may be a register's numbers."""
    if col.distinct < CHECKED_ROWS or col.vmin is None or col.vmax is None \
            or col.vmin < 10 ** (CHECKED_DIGITS - 1) or col.vmax >= 2 ** 53 \
            or _amount_name(col.name):   # past float precision, digits are lost
        return None
    values = np.unique(col.sample.to_numpy(dtype=float))
    if len(values) < CHECKED_ROWS:
        return None
    written = [str(int(v)) for v in values[::max(1, len(values) // CHECKED_LOOKED_AT)]]
    for scheme, passes in CHECK_DIGITS:
        share = sum(map(passes, written)) / len(written)
        if share >= CHECKED_SHARE:
            return scheme, share
    return None


def _agent_name(name: str) -> bool:
    words = _name_words(name)
    # "by" alone names no one; after a verb it names who (validated_by)
    return bool(words) and words[-1] in AGENT_HEADS and (words[-1] != "by" or len(words) >= 2) \
        and not _amount_name(name)


def _measure_name(name: str) -> bool:
    return any(w in MEASURE_WORDS for w in _name_words(name)) or _unit_in_brackets(name)


# A unit in brackets at the end of a name ("Knoop hardness (HK)", "VS30(m/s)", "d [km]",
# "PGA(g)"): a quantity measured in it. Not the brackets that say which (a code, an id, a
# scale's range "(1-5)", a date's format "(yyyy.mm.dd)", a method "(dating)").
UNIT_IN_BRACKETS = re.compile(r"[(\[]\s*([^()\[\]]{1,12}?)\s*[)\]]\s*$")
NOT_UNITS = {"code", "codes", "id", "ids", "no", "nr", "num", "number", "type", "class",
             "category", "yes", "flag", "rank", "level", "grade", "score", "scale", "index",
             "dating", "name", "names", "text", "label", "group", "yy", "yyyy", "mmdd",
             "dd", "date", "optional", "old", "new", "other", "if", "any", "all", "tf", "cat",
             "key", "ref", "see"}
# the answers of a flag written in brackets, "(y/n)", "(T/F)": no units, though m or t are
FLAG_LETTERS = ({"y", "n"}, {"t", "f"})


def _unit_in_brackets(name: str) -> bool:
    found = UNIT_IN_BRACKETS.search(name.strip())
    if not found or not re.search(r"[^\W\d_]|[%°µ]", found.group(1)):
        return False
    words = set(re.split(r"[^a-z]+", found.group(1).lower())) - {""}
    return not words & NOT_UNITS and words not in FLAG_LETTERS \
        and len(found.group(1).split()) <= 2


# A name that ends in "number" or "no" numbers a thing (order_number, case_no, "Volcano
# Number"; "departement_numero", "haus_nummer" in other languages), as does a "#" after a
# word ("Part #", "volctype#"; before it, "# of kids" counts): a label.
NUMBER_OF_A_THING = re.compile(
    r"(^|[_\W])(?i:number|num|no|nr|nbr|numero|número|numéro|nummer)\.?$"
    r"|[a-z](Number|No|Nr|Nbr)$|\w\s*#$")
# Of those, the endings that only ever name a thing's number: "_no" may be an answer
# ("smoking_no") and "_num" say numeric ("education-num").
# Nordic, German and Dutch names run "nr" on to the word it numbers (postnr, husnr, Kundennr):
# no English word ends so.
FUSED_NR = re.compile(r"^([^\W\d_]{2,})nr\.?$", re.IGNORECASE)
THING_NUMBER = re.compile(r"(^|[_\W])(?i:number|nr|nbr|numero|número|numéro|nummer)\.?$"
                          r"|[a-z](Number|Nr|Nbr)$|\w\s*#$|(?i:[^\W\d_]{2}nr)\.?$")
# Of those, the endings a thing's number has where it is written "no" too ("table_no"), but
# not "num", which may say numeric ("education-num").
NUMBERED_THING = re.compile(r"(^|[_\W])(?i:number|no|nr|nbr|numero|número|numéro|nummer)\.?$"
                            r"|[a-z](Number|No|Nr|Nbr)$|\w\s*#$|(?i:[^\W\d_]{2}nr)\.?$")
# The words before "number" that name a quantity of physics or engineering counted or
# measured without a unit, not the number a thing goes by: a nuclide's mass number (its
# nucleons), a wave number, Reynolds' and Mach's numbers, an octane or cetane rating, a
# coordination or oxidation number. (An atomic number is both an element's count of protons
# and its label, and stays with the labels.)
QUANTITY_NUMBER_WORDS = {"mass", "wave", "quantum", "reynolds", "mach", "prandtl", "nusselt",
                         "froude", "weber", "peclet", "strouhal", "octane", "cetane",
                         "coordination", "oxidation", "nucleon", "neutron"}


def _code_name(name: str) -> bool:
    """Named as a code by its last word ("code", "var_code", "phecode", "ICD9Code"), and not
    as an amount."""
    words = _name_words(name)
    return bool(words) and (words[-1].endswith("code") or words[-1] == "codes") \
        and not _amount_name(name)


def _scattered_codes(col: ColumnSummary, levels: list | None) -> bool:
    """Three to six whole numbers of 20 or more (besides a 0), most of them not multiples
    of 5, on ten rows each at least (433, 442, 4141; 22, 79, 112; a laboratory's sample
    numbers 506, 561, 1993, 2234, 2713): codes. Counts over many rows take many values; the
    doses, loads or altitudes a design holds fixed are round (30, 60, 120; 30000, 35000);
    years are calendar values."""
    if levels is None or not 3 <= len(levels) <= 6 or col.n_present < 10 * len(levels) \
            or levels[0] < 0 or _amount_name(col.name):
        return False
    values = [int(v) for v in levels if v]
    if any(v < 20 for v in values) or all(1800 <= v <= 2100 for v in values):
        return False
    if len(values) > 4 and sum(b - a == 1 for a, b in itertools.pairwise(values)) > 1:
        return False   # numbers one apart run in a sequence (release versions 40, 41, 42)
    return 2 * sum(v % 5 == 0 for v in values) < len(values)


def _thing_number_name(name: str, endings: re.Pattern[str] = THING_NUMBER) -> bool:
    """A thing's number ("position_number", "seatNr"; with NUMBERED_THING, "censusNo" too): one
    word before the ending, in the singular and no count ("children_number", "visits_nr" count)."""
    words = _name_words(name)
    fused = FUSED_NR.match(words[-1]) if words else None
    if fused:   # "postnr": the post's number
        words = [*words[:-1], fused.group(1).lower(), "nr"]
    hashed = name.strip().endswith("#")   # the word before "#" is the thing ("volctype#")
    if len(words) < (1 if hashed else 2) or not endings.search(name.strip()) \
            or MONEY_NAME.search(name):
        return False
    before = words[-1] if hashed else words[-2]
    return not (PLURAL_WORD.match(before) and not NOT_PLURAL.search(before)) \
        and not COUNT_NAME.search(before) and not _quantity_number_name(name)


def _quantity_number_name(name: str) -> bool:
    """A quantity named "<word> number" that physics or engineering counts or measures
    without a unit ("mass_number", "Reynolds number"), not a thing's number."""
    words = _name_words(name)
    return len(words) >= 2 and words[-1].lower() == "number" \
        and words[-2].lower() in QUANTITY_NUMBER_WORDS


def _kind_name(name: str) -> bool:
    """A last word that says what kind or state a row is in, alone (`type`, `status`) or run
    on to the thing it sorts (`CARDTYPE`, `bodytype`, `roomStatus` split or not)."""
    last = next(reversed(_name_words(name)), "")
    return [last] in KIND_WORDS or any(
        last.endswith(word) and len(last) >= len(word) + 3 for [word] in KIND_WORDS)


def _place_figure_name(name: str) -> bool:
    """Named as a figure of an amount that a place's name beside it only says the place of:
    a statistic anywhere in the name (`earnings_threshold_state`, `median_income_county`) or
    a count as its last word (`postcodeCount`, `county_population`), or a plural of things
    other than places or codes after the place (`hospitalCases`, `hospital_beds`: how many of
    them there are, where `school_districts` and `state_codes` are codes still); never codes of
    places."""
    words = _name_words(name)
    return bool(STATISTIC_WORDS & set(words)) or (bool(words) and words[-1] in COUNT_HEADS) \
        or (len(words) >= 2 and _plural_name(name) and not _place_code_name(words[-1])
            and not _place_code_name(words[-1][:-1])
            and not words[-1].endswith(("codes", "ids", "fips", "nos", "numbers", "keys")))


def _amount_name(name: str) -> bool:
    """Named as money, a count or a measured amount: values that measure, never label."""
    if NUMBER_OF_A_THING.search(name.strip()) and not MONEY_NAME.search(name):
        return False
    return bool(MONEY_NAME.search(name) or _count_name(name)) or _measure_name(name)


def _plural_name(name: str) -> bool:
    # a qualifier in brackets after the name is not its last word ("Cores (LP-E)")
    name = re.sub(r"(?<=\w)\s*[(\[][^)\]]*[)\]]\s*$", "", name.strip()) or name
    words = re.split(r"[^A-Za-z]+", _split_humps(name.strip()))
    last = next((w for w in reversed(words) if w), "")
    return bool(PLURAL_WORD.match(last) and not NOT_PLURAL.search(last)
                and not PLURAL_SCALES.search(last))


# "geonameid", "userid", "movieid": a key's name written as one lower-case word. Not the
# English words that end in id (paid, valid, fluid, acid, hybrid, android...): those ending
# in aid, oid or uid, and the rest listed.
FUSED_ID = re.compile(r"^[a-z]{3,}(?<![aou])ids?$")
ID_ENDING_WORDS = {"valid", "invalid", "solid", "rapid", "humid", "acid", "lipid", "rigid",
                   "timid", "vivid", "hybrid", "grid", "orchid", "avid", "arid", "morbid",
                   "candid", "carotid", "pyramid", "stupid", "lucid", "placid", "splendid",
                   "torrid", "horrid", "putrid", "fetid", "forbid", "amid", "skid", "cupid",
                   "insipid", "limpid", "tepid", "turbid", "hominid", "rabid", "viscid",
                   "gelid", "pallid", "sordid", "squalid", "fervid", "florid", "livid",
                   "aphid", "hybrids", "grids", "pyramids", "lipids", "acids",
                   "solids", "orchids", "aphids", "skids", "hominids"}


# Words for a kind of thing many rows share: ids of them ("type_id", "country.id") are keys
# of a table of categories, not of the units the rows observe.
CATEGORY_WORDS = {"type", "kind", "category", "class", "status", "state", "country", "region",
                  "continent", "species", "breed", "gender", "sex", "race", "color", "colour",
                  "brand", "genre", "language", "currency", "occupation", "sector", "industry",
                  "nationality", "city", "county", "district", "province"}


# The fewest rows, and the largest gap between a quartile of the values and the quartile of
# an even spread (a share of the span), for whole numbers to be codes drawn at random
RANDOM_CODE_ROWS, RANDOM_CODE_SPREAD = 50, 0.05


def _random_codes(col: ColumnSummary) -> int | None:
    """The width of whole numbers of six digits or more, all of that one width, that cover
    most of its numbers (10017830 to 99992013), evenly, and are distinct on 99 rows in a
    hundred: codes given out at random (a register's school codes). An amount spread over a
    whole power of ten heaps at its small end; this even a spread is what random numbering
    leaves."""
    lo, hi = col.vmin, col.vmax
    if lo is None or hi is None or lo < 100_000 or col.n_present < RANDOM_CODE_ROWS \
            or col.distinct < 0.99 * col.n_present or not len(col.sample):
        return None
    width = len(str(int(lo)))
    floor, ceiling = 10 ** (width - 1), 10 ** width
    if len(str(int(hi))) != width or hi - lo < 0.8 * (ceiling - floor):
        return None
    quartiles = np.quantile(col.sample.to_numpy(dtype=float), [0.25, 0.5, 0.75])
    even = lo + np.array([0.25, 0.5, 0.75]) * (hi - lo)
    if np.abs(quartiles - even).max() > RANDOM_CODE_SPREAD * (hi - lo):
        return None
    return width


@functools.cache
def _iso_country_numbers() -> np.ndarray:
    """ISO 3166's numeric codes of countries, current and former (200 Czechoslovakia), from
    the CLDR data Babel ships: the three-digit codes it maps to two-letter ones."""
    aliases = get_global("territory_aliases")
    return np.array(sorted(int(code) for code, targets in aliases.items()
                           if code.isdigit() and int(code) < 900
                           and all(len(t) == 2 and t.isalpha() for t in targets)))


def _country_numbers(col: ColumnSummary) -> bool:
    """Twenty or more distinct whole numbers, three in four of them ISO 3166 numeric codes
    of countries (4 Afghanistan, 76 Brazil, 840 the United States), reaching past 500 and
    with no common step: a country column written as numbers, or a list of territories that
    uses them. Counts fall on these codes a third of the time at most, and numbers on a
    step of four, which most codes below 100 are, are kept out by the step."""
    if col.distinct < 20 or col.vmax is None or col.vmax < 500:
        return False   # the sample holds no more values than the column: no need to sort it
    seen = np.unique(col.sample.to_numpy()) if len(col.sample) else np.array([])
    # past 2^53 whole numbers are no longer exact as floats, nor codes of three digits
    if len(seen) < 20 or seen.min() < 0 or seen.max() < 500 or seen.max() >= 2 ** 53:
        return False
    if np.gcd.reduce(seen.astype(np.int64)) > 1:
        return False
    return float(np.isin(seen, _iso_country_numbers()).mean()) >= 0.75


def _category_key_name(name: str) -> bool:
    words = _name_words(name)
    return len(words) >= 2 and words[-1] in ("id", "ids") and words[-2] in CATEGORY_WORDS


def _id_name(name: str) -> bool:
    words = _name_words(name)
    fused = bool(words) and FUSED_ID.match(words[-1]) is not None \
        and words[-1] not in ID_ENDING_WORDS
    # "GEANT3ID", "icd10id": "id" after a number is a word of its own; and "id1", "ID#",
    # "id.1" (pandas' name for a second "id" column) are ids with a number or a mark
    after_number = len(words) >= 1 and words[-1] in ("id", "ids", "identity")  # "TableIdentity"
    if words[-2:-1] and words[-1] == "ids" and COUNT_NAME.search(words[-2]):
        return False   # "n_ids", "num_ids": how many ids, a count
    return bool(ID_NAME.search(name.strip()) or CAMEL_ID.search(name.strip()) or fused
                or after_number)


def _parent_ids(col: ColumnSummary, repeats: float) -> bool:
    """A tree kept as a table (places, taxa, threads of comments) names each row's parent by
    the parent's row id: whole numbers under that name point at rows, as ids do, many of them
    and each under a few children. A flag (is_parent) or a count (n_parents) ends in another
    word; a name with the word id in it (id_parent) is read as the code of another record
    wherever its values fall; a parent's height in whole inches takes a few values, each on
    many rows."""
    return _name_words(col.name)[-1:] == ["parent"] and not _id_word(col.name) \
        and col.distinct >= 30 and repeats <= 20


def _id_word(name: str) -> bool:
    """The word id anywhere in a name ("linked_id_noted", "id_parent", "parentIdNoted"), not only
    at its end, and no count of ids ("n_ids", "id_count")."""
    return bool({"id", "ids"} & set(_name_words(name))) and not _amount_name(name)


def _two_compact_dates(levels: list) -> bool:
    """Both whole numbers of 8 digits that read as days from 1900 to 2100 (20230517)."""
    if not all(float(v).is_integer() and 19_000_101 <= v <= 21_001_231 for v in levels):
        return False
    return bool(_compact_days(np.array(levels, dtype=float)).all())


def _compact_days(whole: np.ndarray, fmt: str = "%Y%m%d") -> np.ndarray:
    """Which of these numbers are days written YYYYMMDD (20230517), or in another format of
    digits alone; a fraction after the digits (of a second) is left out."""
    text = pd.Series(np.asarray(whole).astype(np.int64).astype(str))
    return pd.to_datetime(text, format=fmt, errors="coerce").notna().to_numpy()


def _mark_class() -> re.Pattern[str]:
    """The combining marks of the Basic Multilingual Plane (Unicode categories Mn, Mc, Me) as
    one character class, built once: a regular expression's letters leave them out."""
    ranges: list[str] = []
    start: int | None = None
    prev = 0
    for code in range(0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if start is None:
                start = code
            prev = code
        elif start is not None:
            ranges.append(f"\\u{start:04x}" + (f"-\\u{prev:04x}" if prev != start else ""))
            start = None
    return re.compile("[" + "".join(ranges) + "]")


MARKS = _mark_class()


def _without_marks(text: str) -> str:
    return MARKS.sub("", text)


def _word_token_share(sample: pd.Series) -> float:
    """The share of the space-separated parts of the values that are words of three letters
    or more, with the marks of prose around them ("(see", "again."). Prose scores near 1 and
    an amount with its words ("€3.91 billion (2021)") a third; a notation (a chess position,
    moves, a formula, a list of numbers) next to nothing."""
    # vowels written as combining marks (vocalised Arabic, pointed Hebrew) are no letters to
    # a regular expression: left out, so such words count as words
    parts = sample.iloc[:2000].astype(str).str.replace(MARKS, "", regex=True).str.split() \
        .explode().dropna()
    if not len(parts):
        return 0.0
    words = parts.str.fullmatch(r"[\"'(\[¿¡«“‘-]*(?=[^\W\d_]{3})[^\W\d_]+(?:['’-][^\W\d_]+)*"
                                r"[\"'),.;:!?\]»”’…-]*")
    # Japanese or Chinese written with spaces between phrases ("1日の 誕生花は 福寿草、"):
    # two characters of those scripts make a part a word, digits and their commas beside them
    written = parts.str.count(SPACELESS_SCRIPT.pattern) >= 2
    return float((words | written).mean())


def _mean_words(sample: pd.Series) -> float:
    head = sample.iloc[:5000].astype(str)
    return float(head.str.split().str.len().mean()) if len(head) else 0.0


def _top(col: ColumnSummary, n: int) -> list:
    if col.levels is not None:
        return [k for k, _ in sorted(col.levels.items(), key=lambda kv: -kv[1])[:n]]
    return list(col.sample.value_counts().index[:n])


def _count(col: ColumnSummary) -> int | Message:
    return col.distinct if col.distinct_exact else _("about {n}", n=col.distinct)


def _num(x: float | None) -> Any:
    return int(x) if x is not None and float(x).is_integer() else x


def _show(value: Any, limit: int = 40) -> str:
    """A value as a reason quotes it: numbers plainly, strings as they are, at most limit
    characters of either."""
    if isinstance(value, (float, np.floating)):
        text = f"{value:g}" if not float(value).is_integer() or abs(value) >= 1e15 else str(int(value))
    else:
        text = str(value) if isinstance(value, str) and value.strip() == value and value else repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"
