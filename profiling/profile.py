"""Profiling a CSV: the facts of the fact vocabulary (rules/facts.py) a dataset states by
itself, and a per-column table saying what each column is and how sure the profiler is.

The file is read once, in chunks, so memory stays bounded whatever its length: per
column the profiler keeps counts, missing values, range and moments, the order of the
values, up to LEVEL_CAP distinct values with their counts, a sketch that estimates the
number of distinct values past that, and a uniform sample of SAMPLE_ROWS rows for
quantiles and for telling dates, free text and ids apart. Files of up to SAMPLE_ROWS rows
(most real datasets) are therefore profiled exactly.

    profile = profile_csv("penguins.csv", "species")
    profile.facts      # {"n_samples": 344, "feature_types": [...], "target_type": "nominal", ...}
    profile.to_json()  # {"columns": [...], "target": {...}, "table": {...}, "facts": {...}}
"""
from __future__ import annotations

import codecs
import csv
import difflib
import functools
import io
import itertools
import math
import os
import re
import threading
import unicodedata
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd
from pandas.tseries.api import guess_datetime_format

from mlwf.ontology.errors import InvalidInput, TooLarge
from mlwf.ontology.i18n import Message, _
from mlwf.profiling import signals
from mlwf.profiling.column_types import (
    CATEGORICAL_TYPES,
    CENTURY_PIVOT,
    FIRST_YEAR,
    HIGH_CARDINALITY,
    INTEGER_DATES,
    ISO_REDUCED,
    NUMERIC_TYPES,
    RUN_STARTS_CAP,
    SMALL_LEVELS,
    TIME_FORMATS,
    ColumnSummary,
    Sentences,
    Verdict,
    _name_words,
    classify_table,
    run_starts,
)
from mlwf.profiling.numbers import (
    APPROXIMATE,
    BYTES_LITERAL,
    CURRENCY_SIGNS,
    EU_THOUSANDS,
    MAGNITUDE,
    SPACED_THOUSANDS,
    THOUSANDS,
    UNCERTAIN,
    WITH_UNIT,
    WRITTEN_MARK,
    WRITTEN_START,
    YES_NO_NUMBERS,
    _approximate_numbers,
    _duration_seconds,
    _feet_inches,
    _magnitude_numbers,
    _marked_numbers,
    _numbers_with_trail,
    _numbers_with_unit,
    _numbers_written,
    _sexagesimal,
    _trail_of,
    _true_minus,
    _uncertain_numbers,
    _unit_of,
    read_numbers,
)
from mlwf.rules.facts import SPECS, is_imbalanced, normalize_facts

CHUNK_ROWS = 200_000
SAMPLE_ROWS = 50_000
LEVEL_CAP = 200          # distinct values counted one by one per column (categories)
SKETCH_SIZE = 2_048      # hashes kept to estimate larger numbers of distinct values
ROW_HASH_CAP = 5_000_000  # rows remembered for counting duplicates (8 bytes each)
HEAD_BYTES = 64 * 1024
HEADER_BYTES = 4 * 1024 * 1024   # how far to read for the end of a long header line
# The csv module refuses a field past 128 KB, which pandas reads: a long text in the head
# must not fail the reading of the delimiter.
csv.field_size_limit(max(csv.field_size_limit(), 2 * HEADER_BYTES))
MAX_COLUMNS = 1_000      # wider files are refused before any per-column work
EXACT_DISTINCT = 1_000_000       # hashes kept per column for exact distinct counts...
DISTINCT_BUDGET = 20_000_000     # ...within this many over all columns (8 bytes each)
DELIMITERS = (",", ";", "\t", "|")
# Runs of spaces between fields, as a table printed for reading, a .dat file or R's
# write.table separate them: written as pandas' separator for them, so that every reader of
# the file (the sample for meta-features, the evaluation's pipelines, an exported script)
# splits it as the profile did.
SPACES = r"\s+"
DELIMITER_NAMES = {",": _("comma"), ";": _("semicolon"), "\t": _("tab"), "|": _("pipe"),
                   SPACES: _("spaces")}
ALLOWED = _("a UTF-8 (or Windows code page, GBK, Big5, Shift_JIS or EUC-KR) text CSV with a "
            "header row of column names, columns separated by comma, semicolon, tab, pipe or "
            "spaces, and at least one data row")
# The multi-byte encodings Chinese, Japanese and Korean files are still written in (Excel's CSV
# on such a Windows, banks', public portals'), as chardet names them: a file whose head is not
# UTF-8 is read in one of them where chardet, choosing among these and Windows-1252 by the
# head's byte sequences and their characters' frequencies, says so, and the head decodes in it.
EAST_ASIAN = ("gb18030", "big5", "cp932", "euc-jp", "cp949")
# The Windows code pages Excel writes a CSV in on a Windows set to a Central European,
# Cyrillic, Greek, Turkish, Hebrew, Arabic or Baltic language, as chardet names them. Read as
# Windows-1252 their letters turn into others (a Czech ě into ì, a Turkish ı into ý).
CODE_PAGES = ("windows-1250", "windows-1251", "windows-1253", "windows-1254", "windows-1255",
              "windows-1256", "windows-1257")
BINARY_MAGIC = {b"PK\x03\x04": _("a ZIP archive (an .xlsx workbook is one)"),
                b"\x1f\x8b": _("gzip-compressed"), b"%PDF": _("a PDF document"),
                b"\x89PNG": _("a PNG image"), b"\xff\xd8\xff": _("a JPEG image"),
                b"SQLite format": _("an SQLite database"), b"PAR1": _("a Parquet file")}
OUTLIER_SHARE = 0.01     # above the ~0.7 % the IQR rule flags in normal data
SKEW_LIMIT = 1.0         # |skewness| beyond this is commonly called highly skewed


class ProfileError(InvalidInput):
    """A CSV the profiler cannot read; says what was wrong and what is allowed."""

    def __init__(self, message: Message, allowed: Message = ALLOWED):
        super().__init__(message, allowed)


class ProfileTooLarge(ProfileError, TooLarge):
    """A file over the byte limit or with more columns than the profiler reads."""


@dataclass
class Profile:
    facts: dict[str, Any]
    columns: list[dict[str, Any]]
    target: dict[str, Any] | None
    table: dict[str, Any]
    reasons: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Strict JSON: a value that is not a finite number (an overflow past float range)
        becomes null, the column's reason says why; every reason is rendered in the current
        language (mlwf.ontology.i18n)."""
        return _strict({"columns": self.columns, "target": self.target, "table": self.table,
                        "facts": self.facts, "reasons": self.reasons})


def _strict(doc: Any) -> Any:
    if isinstance(doc, dict):
        return {k: _strict(v) for k, v in doc.items()}
    if isinstance(doc, (list, tuple)):
        return [_strict(v) for v in doc]
    if isinstance(doc, (float, np.floating)) and not np.isfinite(doc):
        return None
    if isinstance(doc, Message):   # a reason, in the language of whoever asks
        return str(doc)
    return doc


def profile_csv(source: str | os.PathLike | IO[bytes], target: str | None = None, *,
                max_bytes: int | None = None,
                progress: Callable[[int], None] | None = None) -> Profile:
    """Profile a CSV given as a path or a binary stream; ``target`` names the column to
    predict. ``progress(rows_read)`` is called after each chunk. Raises ProfileError."""
    raw = _open(source, max_bytes)
    decoder = _Decoder()
    try:
        head = raw.read_head(HEAD_BYTES, HEADER_BYTES)
        text = decoder.head(head, raw.eof)
        dialect = _dialect(text)
        scan = _Scan(dialect.delimiter)
        try:
            # Inside the try: pandas tokenises the header when the reader is made, so a
            # quote left open in the first line fails here, not in the loop.
            reader = pd.read_csv(io.BufferedReader(raw, 1 << 20), encoding=decoder.codec,
                                 encoding_errors=decoder.errors, sep=dialect.delimiter,
                                 decimal=dialect.decimal,
                                 dtype={i: str for i in dialect.text_columns} or None,
                                 chunksize=CHUNK_ROWS,
                                 na_values=missing_markers({"na_codes": dialect.na_codes,
                                                            "n_columns": dialect.width}),
                                 keep_default_na=False,
                                 skip_blank_lines=not dialect.one_column,
                                 skipinitialspace=True, low_memory=False,
                                 index_col=False if dialect.trailing_delimiter else None,
                                 skiprows=rows_to_skip({"comment_lines": dialect.comment_lines,
                                                        "units_line": dialect.units_line}))
            for chunk in reader:
                if scan.n_rows == 0 and not len(chunk.columns):
                    # One column keeps its blank lines as missing values, a blank first line
                    # too: the header is empty (an INI file, a list after a blank line).
                    raise ProfileError(_("the first line is empty: the file has no header row"),
                                       _("a header row of column names as the first line, "
                                         "then the data"))
                if scan.n_rows == 0:
                    chunk.columns = column_names(chunk.columns)
                    _check_target(target, list(chunk.columns))
                else:
                    chunk.columns = scan.names
                scan.add(chunk)
                if progress:
                    progress(scan.n_rows)
        except pd.errors.ParserError as exc:
            raise _parser_error(exc, dialect.delimiter) from None
        except pd.errors.EmptyDataError:
            raise ProfileError(_("the file has no header row")) from None
    finally:
        raw.close()
    if scan.n_rows == 0:
        raise ProfileError(_("the CSV has a header but no data rows"))
    return scan.profile(target, dialect, decoder.name())


def nones_missing(frame, none_levels=()):
    """The frame with every "None" cell missing but in the columns where the profile read
    "None" as a level (None < Mild < Severe): read with keep_default_na=False, so that
    pandas' own markers, which hold "None", do not decide it for the profile."""
    levels = set(none_levels)
    gaps = [name for name in frame.columns if name not in levels]
    frame[gaps] = frame[gaps].replace("None", float("nan"))
    return frame


def column_names(columns) -> list[str]:
    """The header's names as every reader of the file reports them: stripped of the spaces
    around them, and a name that then repeats an earlier one numbered as pandas numbers a name
    written twice ('total', 'total.1'), so that no two columns share a name (a header flattened
    from JSON can hold 'total' and 'total '). Copied into exported scripts: its annotations
    name builtins only."""
    names: list[str] = []
    taken: set[str] = set()
    for raw in columns:
        name = base = str(raw).strip()
        repeat = 0
        while name in taken:
            repeat += 1
            name = f"{base}.{repeat}"
        names.append(name)
        taken.add(name)
    return names


# -- reading ---------------------------------------------------------------------------------

class _Source(io.RawIOBase):
    """The file's bytes, counted against max_bytes, with the head read for sniffing put back
    in front so pandas reads the file from its first byte."""

    def __init__(self, stream: IO[bytes], max_bytes: int | None, owned: bool):
        self.stream, self.max_bytes, self.owned = stream, max_bytes, owned
        self.pending, self.total, self.eof = b"", 0, False

    def readable(self) -> bool:
        return True

    def _read(self, n: int) -> bytes:
        data = self.stream.read(n)
        if not data:
            self.eof = True
            return b""
        self.total += len(data)
        if self.max_bytes is not None and self.total > self.max_bytes:
            raise ProfileTooLarge(_("the file is larger than the limit of {limit} bytes",
                                    limit=self.max_bytes),
                                  _("a CSV of at most {limit} bytes", limit=self.max_bytes))
        return data

    def read_head(self, n: int, longest: int) -> bytes:
        """At least n bytes, and on (up to longest) until the head holds a whole line."""
        parts: list[bytes] = []
        size = 0
        while size < n or (b"\n" not in parts[-1] and size < longest):
            data = self._read(n)
            if not data:
                break
            parts.append(data)
            size += len(data)
        self.pending = b"".join(parts)
        return self.pending

    def readinto(self, buffer) -> int:
        data = self.pending[:len(buffer)] if self.pending else self._read(len(buffer))
        self.pending = self.pending[len(data):]
        buffer[:len(data)] = data
        return len(data)

    def close(self) -> None:
        if self.owned and not self.closed:
            self.stream.close()
        super().close()


def _open(source, max_bytes: int | None) -> _Source:
    if hasattr(source, "read"):
        return _Source(source, max_bytes, owned=False)
    path = Path(source)
    try:
        size = path.stat().st_size
        stream = open(path, "rb")  # noqa: SIM115 (handed to _Source, which closes it)
    except FileNotFoundError:
        raise ProfileError(_("no such file: {path}", path=str(path)),
                           _("the path of a CSV file")) from None
    except IsADirectoryError:
        raise ProfileError(_("{path} is a directory", path=str(path)),
                           _("the path of a CSV file")) from None
    except OSError as exc:
        raise ProfileError(_("cannot read {path}: {why}", path=str(path), why=str(exc.strerror)),
                           _("a readable CSV file")) from None
    if max_bytes is not None and size > max_bytes:
        stream.close()
        raise ProfileTooLarge(_("the file is {size} bytes, over the limit of {limit} bytes",
                                size=size, limit=max_bytes),
                              _("a CSV of at most {limit} bytes", limit=max_bytes))
    return _Source(stream, max_bytes, owned=True)


_DECODING = threading.local()


class _Decoder:
    """UTF-8, byte for byte with a fallback: a byte sequence that is not UTF-8 is read as
    Windows-1252 where it stands, so one stray byte of another encoding garbles neither the
    rest of its line nor the file, and a file wholly in Windows-1252 (or Latin-1) reads as
    such. The decision rests on every byte of the file, not on a sample. A head that is not
    UTF-8 and is, by chardet's evidence, in one of the EAST_ASIAN encodings or the other
    CODE_PAGES makes that the file's codec, with the same fallback for the bytes it does not
    read."""

    errors = "mlwf-cp1252"

    def __init__(self):
        self.fallback_bytes = 0
        self.head_fallback_only = False
        self.codec = "utf-8-sig"
        _DECODING.decoder = self   # the error handler is global; the count is this thread's

    @staticmethod
    def fallback(exc: UnicodeError) -> tuple[str, int]:
        decoder = getattr(_DECODING, "decoder", None)
        if decoder is not None and isinstance(exc, UnicodeDecodeError):
            decoder.fallback_bytes += exc.end - exc.start
        return windows_1252(exc)

    def head(self, head: bytes, at_eof: bool) -> str:
        """The complete lines of the head; refuses what is not text."""
        if not head.strip():
            raise ProfileError(_("the file is empty"))
        for magic, what in BINARY_MAGIC.items():
            if head.startswith(magic):
                raise ProfileError(_("the file is {what}, not a CSV text file", what=what))
        control = sum(head.count(bytes([b])) for b in range(32) if b not in (9, 10, 13))
        if b"\x00" in head or control > 0.01 * len(head):
            raise ProfileError(_("the file is binary, not a CSV text file (it holds control "
                                 "bytes; a UTF-16 file must be saved as UTF-8)"))
        if not at_eof:  # a multi-byte character may be cut at the end of the head
            if b"\n" not in head:  # read up to HEADER_BYTES without the first line's end
                raise ProfileError(_("the first line is longer than {size} MB: this is not a "
                                     "CSV of rows", size=HEADER_BYTES // 2 ** 20))
            head = head[:head.rfind(b"\n") + 1]
        text = head.decode("utf-8-sig", errors=self.errors)
        non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
        self.head_fallback_only = self.fallback_bytes > 0 and self.fallback_bytes >= non_ascii
        if self.fallback_bytes and (legacy := _legacy_codec(head)):
            (self.codec, text), self.head_fallback_only = legacy, False
        self.fallback_bytes = 0   # pandas reads the head again, and counts it again
        return text

    def name(self) -> str:
        _DECODING.decoder = None
        if self.codec != "utf-8-sig":
            return self.codec if not self.fallback_bytes else str(_(
                "{codec} ({n} bytes that are not {codec} read as Windows-1252)",
                codec=self.codec, n=self.fallback_bytes))
        if not self.fallback_bytes:
            return "utf-8"
        if self.head_fallback_only:
            return "cp1252"
        return str(_("utf-8 ({n} bytes that are not UTF-8 read as Windows-1252)",
                     n=self.fallback_bytes))


def _legacy_codec(head: bytes) -> tuple[str, str] | None:
    """The codec a head that is not UTF-8 is written in (Python's name for it), if not
    Windows-1252, and the head read in it; or None. chardet, choosing among the EAST_ASIAN
    encodings, the other CODE_PAGES and Windows-1252, weighs the lines that hold bytes beyond
    ASCII (the ASCII lines of a mostly English export only drown them). An East Asian verdict
    is taken where every byte of the head decodes in it (a Western file's accents followed by
    a letter can pass for a Chinese character; its dashes and quotes seldom can); a code
    page's where the bytes it reads unlike Windows-1252 are letters of the language chardet
    heard (_reads_as_letters)."""
    import chardet  # here: most files are UTF-8, and the command line starts faster without it

    evidence = b"\n".join(line for line in head.splitlines() if not line.isascii())
    ranked = chardet.detect_all(evidence, include_encodings=[*EAST_ASIAN, *CODE_PAGES,
                                                             "cp1252", "utf-8"])
    found = ranked[0] if ranked else {"encoding": None}
    if str(found["encoding"]).lower() == "windows-1252":
        # A tie chardet cannot break: a few Turkish words read as Windows-1252 are Icelandic
        # (ı, ş, ğ become ý, þ, ð). A code page tied with it whose reading is its language's
        # letters is taken; Turkish files are far more common here than Icelandic ones.
        best = found["confidence"] or 0.0
        found = next((other for other in ranked[1:]
                      if (other["confidence"] or 0.0) >= best
                      and str(other["encoding"]).lower() in CODE_PAGES
                      and _reads_as_letters(evidence, codecs.lookup(str(other["encoding"])).name,
                                            other.get("language"))), found)
    verdict = found["encoding"]
    if verdict is None or verdict.lower() not in (*EAST_ASIAN, *CODE_PAGES):
        return None
    name = codecs.lookup(verdict).name
    if verdict.lower() in CODE_PAGES:
        if not _reads_as_letters(evidence, name, found.get("language")):
            return None
        return name, head.decode(name, errors=_Decoder.errors)
    try:
        return name, head.decode(name)
    except UnicodeDecodeError:
        return None


def _reads_as_letters(evidence: bytes, codec: str, language: str | None) -> bool:
    """Whether more than half of the evidence's bytes that codec reads unlike Windows-1252
    are, read in it, letters of the language chardet heard in them, and, where that language
    is not written in Latin letters, in words of two letters or more without a Latin letter
    of ASCII. Central European and Western code pages share most accented letters, and
    chardet, hearing Hungarian in a Spanish file's á, é and ó, names Windows-1250, which
    reads its ñ as ń: no Hungarian letter. Greek's code page reads a French é as ι, a Greek
    letter, but in a Latin word (cafι). A Czech file's ě, č and ř, a Turkish file's ı, ş and
    ğ, a Greek file's words are their language's."""
    letters = _letters(language or "")
    text = evidence.decode(codec, errors="replace")
    western = evidence.decode("cp1252", errors="replace")
    differ = agree = 0
    for word in re.finditer(r"[^\W\d_]+|\S", text):
        chars = word.group()
        # a word of another script holds two letters at least and no Latin letter of ASCII
        own_script = len(chars) > 1 and not any(c.isascii() for c in chars)
        for at, c in enumerate(chars, word.start()):
            if c != western[at]:
                differ += 1
                agree += c in letters and (own_script or _latin(c))
    return 2 * agree > differ


def _latin(letter: str) -> bool:
    return unicodedata.name(letter, "").startswith("LATIN")


@functools.cache
def _letters(language: str) -> frozenset[str]:
    """The letters beyond ASCII, in both cases, of the names CLDR gives in the language
    (countries, languages, scripts, currencies, months and days, through Babel): its alphabet
    as written, without a list of our own; empty for a language Babel does not know."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError, TypeError):
        return frozenset()
    names = [*locale.territories.values(), *locale.languages.values(),
             *locale.scripts.values(), *locale.currencies.values()]
    for calendar in (locale.months, locale.days):
        names += [name for widths in calendar.values() for width in widths.values()
                  for name in width.values()]
    letters = {c for name in names for c in str(name) if ord(c) >= 0x80 and c.isalpha()}
    return frozenset(letters | {case for c in letters for case in (c.lower(), c.upper())
                                if len(case) == 1})


codecs.register_error(_Decoder.errors, _Decoder.fallback)


def windows_1252(exc: UnicodeError) -> tuple[str, int]:
    """Bytes the file's codec does not read, read as Windows-1252 where they stand (Latin-1
    for the five bytes Windows-1252 leaves undefined). Every reader of a profiled file reads
    them so, so that each reads the string the profile read: the meta-features' sample and the
    pipelines through the profile's handler (ENCODING_ERRORS), an exported script through a
    copy of this function it registers under a name of its own."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), exc.end


def codec(encoding: str) -> str:
    """The codec that table.encoding names, for a reader: its first word ('utf-8' of 'utf-8
    (3 bytes that are not UTF-8 read as Windows-1252)'); the bytes it counts are read by
    the error handler the profile registered, ENCODING_ERRORS."""
    return str(encoding).split(" ", 1)[0]


ENCODING_ERRORS = _Decoder.errors


@dataclass
class Dialect:
    delimiter: str
    decimal: str = "."
    text_columns: tuple[int, ...] = ()   # read as text: codes with leading zeros, long integers
    one_column: bool = False   # then an empty line is a missing value, as pandas writes one
    # every line holds one field more than the header: R's row names, which pandas takes as
    # the index (as read.table does), so that the columns are the ones the header names
    row_names: bool = False
    # every line holds one field more than the header, and it is its last, always empty: a
    # writer that ends each line with the delimiter, read with pandas' index_col=False
    trailing_delimiter: bool = False
    # lines of comment above the header ("# release 2022.01", a data set's provenance), as
    # many of the file's first lines as pandas' skiprows skips to reach the header
    comment_lines: int = 0
    # the line below the header that gives each column's unit or type (s, degC, kPa; String,
    # int): its number among the file's lines, counted from 0 as pandas' skiprows counts
    # them, and its cells by column
    units_line: int | None = None
    units: tuple[tuple[str, str], ...] = ()
    # the columns, by position, whose "NA" is a code (Namibia, North America) rather than a
    # missing value, and how many columns pandas reads
    na_codes: tuple[int, ...] = ()
    width: int = 0


def missing_markers(table: dict) -> list[str] | dict[int, list[str]]:
    """What pandas' na_values is given to read the file as the profile read it:
    MISSING_MARKERS in every column, but for the columns (by position) whose "NA" is a code,
    where it stays a value."""
    codes = set(table.get("na_codes", ()))
    if not codes:
        return MISSING_MARKERS
    kept = [m for m in MISSING_MARKERS if m != "NA"]
    return {i: kept if i in codes else MISSING_MARKERS for i in range(table["n_columns"])}


def rows_to_skip(table: dict) -> int | list[int] | None:
    """What pandas' skiprows is given to read the file as the profile read it: the comment
    lines above the header and the line of units below it. Copied into exported scripts: its
    annotations name builtins only."""
    comments, units = table.get("comment_lines", 0), table.get("units_line")
    if units is None:
        return comments or None
    return [*range(comments), units]


# What begins a line of comment in the traditions data files come from: "#" (shells, R,
# Python, VCF), ";" (IDL, INI files, CDS's byte-by-byte descriptions), "%" (MATLAB, LaTeX)
# and "!" (Fortran)
COMMENT_MARKS = ("#", ";", "%", "!")


def _comment_lines(text: str) -> int:
    """The file's first lines that are comments above the header: lines that begin with the
    mark the first of them begins with (one of COMMENT_MARKS; blank lines among them), up to
    the first that does not. The last of "#" lines is the header itself where, with its "#",
    it splits into as many fields as the line below it does (VCF's "#CHROM<tab>POS ..."
    above its records), and is kept; lines of another mark that end in a line of that shape
    are no comments but the header (";size;colour" above "0;3;r", a "%GC" column). Without
    such lines, a download's metadata lines above its header (_preamble)."""
    lines = text.splitlines()
    first = next((line.lstrip("\ufeff").lstrip() for line in lines if line.strip()), "")
    mark = next((m for m in COMMENT_MARKS if first.startswith(m)), None)
    n = 0
    while mark and n < len(lines) and (lines[n].lstrip("\ufeff").lstrip().startswith(mark)
                                       or not lines[n].strip()):
        n += 1
    comments = [i for i in range(n) if lines[i].strip()]
    if not comments or n >= len(lines) or not lines[n].strip():
        return _preamble(lines)
    last, below = lines[comments[-1]], lines[n]
    if mark != "#":
        return _preamble(lines) if any(last.count(d) == below.count(d) > 0
                                       for d in DELIMITERS) else n
    # A spreadsheet pads a comment to the table's width with empty fields ("# P in GPa;;;"):
    # a header names its columns, most of the fields past the first
    if any(last.count(d) == below.count(d) > 0
           and 2 * sum(bool(f.strip()) for f in last.split(d)[1:]) >= last.count(d)
           for d in DELIMITERS):
        return comments[-1]   # the last "#" line is the header
    return n


# The most lines of metadata looked for above a header, and how many times as many fields
# as the longest of them the header must split into
PREAMBLE_LINES, PREAMBLE_WIDTH = 10, 2


def _preamble(lines: list[str]) -> int:
    """The lines of metadata that a statistical office's download writes above its table (the
    World Bank's "Data Source,World Development Indicators," and "Last Updated Date,..."),
    counted as the lines to skip: up to ten lines, the last of them blank, above a header
    that splits into twice as many fields as any of them at least, and as many as the line
    below it. A first line that short would otherwise have the file refused, its lines
    disagreeing with their header."""
    for delimiter in DELIMITERS:
        fields = _widths(lines[:PREAMBLE_LINES + 2], delimiter)
        for header in range(2, min(PREAMBLE_LINES, len(fields) - 1) + 1):
            above = [f for f in fields[:header] if f]
            if lines[header - 1].strip() or not above \
                    or fields[header] < PREAMBLE_WIDTH * max(above) \
                    or fields[header + 1] != fields[header]:
                continue
            return header
    return 0


def _widths(lines: list[str], delimiter: str) -> list[int]:
    """How many fields each line splits into on its own, 0 for a blank line."""
    return [len(next(csv.reader([line], delimiter=delimiter), [])) if line.strip() else 0
            for line in lines]


def _title_lines(text: str) -> int:
    """The short lines an export writes above its header with no blank line under them (the
    European Commission's CosIng annexes: the file's creation date, the annex and its update,
    its title, a spanning group header), counted as the lines to skip: two lines or more, up
    to ten, none blank, above a line of three fields or more that splits into twice as many
    as any of them. Only a guess, tried where the first line splits into no table, and kept
    only if the lines from that header on form one; a single short line is not enough, since
    a one-column list whose first value holds fewer commas than those below looks the same."""
    lines = text.splitlines()[:PREAMBLE_LINES + 1]
    for delimiter in DELIMITERS:
        fields = _widths(lines, delimiter)
        for header in range(2, len(lines)):
            if not lines[header].strip():
                break
            if fields[header] >= 3 and fields[header] >= PREAMBLE_WIDTH * max(fields[:header]):
                return header
    return 0


YEAR_TOKEN = re.compile(r"\b[12]\d{3}\b")
# A range or a choice between numbers, with spaces around the hyphen (a date has none), or an
# en dash ("25 - 240", "75 or 145", "1,390, or 1,975", "100–280")
VARYING_AMOUNT = re.compile(r"\d,?\s+(?:-|to|or)\s+\d|\d\s*–\s*\d")
NUMBER_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?")   # one number as written, 1,390 or 2.5
LEADING_ZERO = re.compile(r"^0\d+([.,]\d+)*$")      # 01, 007, 01.1: codes, not numbers
LONG_INTEGER = re.compile(r"^[+-]?\d{16,}$")          # past float precision: ids, not amounts
DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")
DECIMAL_POINT = re.compile(r"^[+-]?\d*\.\d+$")
YEAR = re.compile(r"^\d{4}$")
NUMBER_LIST = re.compile(r"^\s*[+-]?\d+(\.\d+)?(\s*[,;|/\s]\s*[+-]?\d+(\.\d+)?)+\s*$")
SHORT_DECIMAL = re.compile(r"^[+-]?\d+(\.\d{1,2})?$")   # 0.5, 12.25: a grid's step, no measurement


def _dialect(text: str, skipped: int | None = None) -> Dialect:
    """How the file is written, from the complete lines of its head: the delimiter that
    splits the header into most columns and every sampled line into as many (or fewer, the
    trailing fields left off, on a minority of lines), or, where none splits the header, runs
    of spaces that split it and the lines into a table; whether every line holds a field more
    than the header (R's row names, or, where it is the last and always empty, a delimiter
    that ends each line); the decimal mark, and the columns whose values must stay text.
    One column, lines that disagree with the header, a first line of data and more than
    MAX_COLUMNS columns are refused. ``skipped`` lines above the header, where known."""
    if skipped is None:
        skipped = _comment_lines(text)
    lines = [line for line in text.splitlines()[skipped:] if line.strip()][:200]
    if not lines:  # a byte-order mark, or spaces that are Unicode's, alone
        raise ProfileError(_("the file is empty"))
    header = lines[0]
    widest = max(header.count(d) + 1 for d in DELIMITERS)
    if widest > MAX_COLUMNS:
        raise _too_wide(widest)
    best, best_width, split_header, row_names, trailing = None, 1, {}, False, False
    # The lines read end at a line's end, which may fall inside a quoted field that runs over
    # several lines (a long description): the record it cuts is incomplete, and left out.
    cut = "\n".join(lines).count('"') % 2 == 1
    for d in DELIMITERS:
        rows = _records(lines, d, cut)
        width = len(rows[0])
        if width < 2:
            continue
        split_header[d] = width
        # A line short of the header's fields agrees when the delimiter splits it at all: a
        # writer that leaves off trailing empty fields (a spreadsheet's export, a hand-kept
        # list whose last column is filled on some rows) is common, and pandas reads the
        # fields left off as missing. Most lines must still hold every field.
        fields = [len(r) for r in rows[1:]]
        # A header that ends in the delimiter names an empty last column, which lines that
        # stop a field sooner leave off whole (Kaggle's breast-cancer data.csv): as full.
        whole = {width, width - 1} if not rows[0][-1].strip() else {width}
        full = sum(n in whole for n in fields) / len(fields) if fields else 1.0
        agree = sum(2 <= n <= width for n in fields) / len(fields) if fields else 1.0
        # One field more on every line is a row's name, unless it is the last one and always
        # empty: then two lines are evidence enough (records of many kilobytes leave few).
        empty_last = len(fields) >= 2 and all(n == width + 1 for n in fields) \
            and all(not r[-1].strip() for r in rows[1:])
        if agree >= 0.9 and full >= 0.5 and width > best_width:
            best, best_width, row_names, trailing = d, width, False, False
        elif (empty_last or _row_named(fields, width)) and width > best_width:
            trailing = empty_last
            best, best_width, row_names = d, width, not trailing
    if best is None and not skipped and (titles := _title_lines(text)):
        try:
            below = _dialect(text, titles)
        except ProfileError:
            below = None
        if below is not None and not below.one_column and below.width >= 3:
            return below
    if best is None and split_header:
        d, width = max(split_header.items(), key=lambda kv: kv[1])
        widths = sorted({len(r) for r in _records(lines, d, cut)[1:]})
        raise ProfileError(_("the header splits on {name} ('{delimiter}') into {width} columns "
                             "but the data lines have {widths} fields: the lines do not use one "
                             "delimiter", name=DELIMITER_NAMES[d], delimiter=d, width=width,
                             widths=", ".join(map(str, widths[:5]))),
                           _("one delimiter (comma, semicolon, tab or pipe) on every line, the "
                             "same number of fields on each"))
    if best is None and _spaced_table(lines):
        best = SPACES
        width = len(_spaced_fields(header))
        if width > MAX_COLUMNS:
            raise _too_wide(width)
        row_names = _row_named([len(_spaced_fields(line)) for line in lines[1:]], width)
    if best is None:
        # one column, read with a delimiter none of its values holds (a text with commas)
        best = next((d for d in DELIMITERS
                     if all(len(r) == 1 for r in csv.reader(lines, delimiter=d))), None)
    if best is None:
        raise ProfileError(_("the header is a single column ('{header}') but lines below hold "
                             "each of comma, semicolon, tab and pipe: the lines do not use one "
                             "delimiter", header=header[:60]),
                           _("one delimiter (comma, semicolon, tab or pipe) on every line, the "
                             "same number of fields on each"))
    rows = ([_spaced_fields(line) for line in lines] if best == SPACES
            else _records(lines, best, cut))
    names = rows[0]
    data = ([r[1:] for r in rows[1:] if len(r) == len(names) + 1] if row_names
            else [r[:-1] for r in rows[1:] if len(r) == len(names) + 1] if trailing
            else [r for r in rows[1:] if len(r) == len(names)])
    units_line: int | None = None
    units: tuple[tuple[str, str], ...] = ()
    if best != SPACES and not row_names and not trailing and len(rows) > 1 \
            and data and rows[1] is data[0] and _units_line(names, data):
        units_line = _line_below_header(text, skipped)
        if units_line is not None:
            units = tuple((name.strip(), cell.strip()) for name, cell in zip(names, data[0], strict=True)
                          if cell.strip())
            data = data[1:]
    _check_header(names, data)
    cells = [c.strip() for r in data for c in r]
    commas = sum(bool(DECIMAL_COMMA.match(c)) for c in cells)
    points = sum(bool(DECIMAL_POINT.match(c)) for c in cells)
    decimal = "," if best != "," and commas > points else "."
    text_columns = tuple(i for i in range(len(names))
                         if any(LEADING_ZERO.match(r[i].strip()) or LONG_INTEGER.match(r[i].strip())
                                for r in data))
    # pandas numbers the row names' column 0 in dtype, the named columns from 1
    text_columns = tuple(i + row_names for i in text_columns)
    na_codes = () if row_names or best == SPACES else _na_codes(names, data)
    return Dialect(best, decimal, text_columns, one_column=len(names) == 1, row_names=row_names,
                   trailing_delimiter=trailing, comment_lines=skipped, units_line=units_line,
                   units=units, na_codes=na_codes, width=len(names))


# Two capital letters code countries (ISO 3166-1, where NA is Namibia), continents (NA is
# North America) and languages: in a column of such codes, on nine values in ten of the
# head, "NA" is one of the codes, where pandas would read it as missing, if five codes at
# least besides NA show the column to be codes, or its name says it codes countries,
# continents or languages (a file sorted by place can open with hundreds of NAs, North
# America's); unless the file writes its missing values "NA" elsewhere (R's write.csv writes
# every one so, and then the code column's NA is missing too).
NA_CODE = re.compile(r"^[A-Z]{2}$")
NA_CODE_LEVELS = 5
NA_CODE_NAMES = {"country", "countries", "continent", "continents", "nation", "nationality",
                 "iso", "lang", "language", "languages"}


def _na_codes(names: list[str], data: list[list[str]]) -> tuple[int, ...]:
    """The columns of two-letter codes whose "NA" is a code, by position."""
    if len(data) < NA_CODE_LEVELS:
        return ()
    columns = [[c.strip() for c in cells] for cells in zip(*data, strict=False)]
    coded = tuple(i for i, cells in enumerate(columns)
                  if (filled := [c for c in cells if c])
                  and sum(bool(NA_CODE.match(c)) for c in filled) >= 0.9 * len(filled)
                  and (len(set(filled) - {"NA"}) >= NA_CODE_LEVELS
                       or bool(NA_CODE_NAMES & set(_name_words(names[i])))))
    if not coded or any("NA" in cells for i, cells in enumerate(columns) if i not in coded):
        return ()
    return coded


# The names databases, schemas and game tables give a column's type in a line of types
# below the header ("String","int","Boolean")
TYPE_NAMES = {"string", "str", "text", "char", "varchar", "int", "integer", "int8", "int16",
              "int32", "int64", "uint8", "uint16", "uint32", "uint64", "long", "short", "byte",
              "float", "float32", "float64", "double", "real", "decimal", "number", "numeric",
              "bool", "boolean", "date", "datetime", "timestamp", "time", "object",
              "category", "categorical"}
# The most characters a unit is written in (degC, mg/kg, µmol/L, [m/s^2])
UNIT_LENGTH = 16


def _units_line(names: list[str], data: list[list[str]]) -> bool:
    """Whether the first line below the header gives each column's type (every filled cell
    the name of a type, on half the columns at least) or unit: short words, no number among
    them, above every column that holds numbers on each line below (two such columns at
    least), none of them a value the column holds below and none a mark of a missing value
    (a first row that lacks its numbers is a row)."""
    below = data[1:]
    if len(below) < 3 or len(names) < 2:
        return False
    first = [c.strip() for c in data[0]]
    filled = [c for c in first if c]
    if len(filled) < 2 or any(_is_number(c) for c in filled):
        return False
    if all(c.lower() in TYPE_NAMES for c in filled) and len(filled) >= len(names) / 2:
        return True
    numeric = _numeric_columns(below, len(names))
    if len(numeric) < 2:
        return False
    def unit(cell: str) -> bool:   # a percent or degree sign is a unit, a dash a gap
        return bool(cell) and len(cell) <= UNIT_LENGTH and len(cell.split()) <= 2 \
            and cell not in MISSING_MARKERS \
            and (not PLACEHOLDER.match(cell) or bool(re.search(r"[%°‰$€£¥]", cell)))
    return all(unit(first[i]) for i in numeric) \
        and not any(c and c in {r[i].strip() for r in below} for i, c in enumerate(first))


def _line_below_header(text: str, skipped: int) -> int | None:
    """The number, among the file's lines, of the first line below the header that is not
    blank; none where the header runs over several lines (a quoted name with a line break),
    whose lines pandas would count otherwise."""
    lines = text.splitlines()
    filled = [i for i in range(skipped, len(lines)) if lines[i].strip()]
    if len(filled) < 2 or lines[filled[0]].count('"') % 2:
        return None
    return filled[1]


def _too_wide(columns: int) -> ProfileTooLarge:
    return ProfileTooLarge(_("the file has {columns} columns, over the limit of {limit} "
                             "columns", columns=columns, limit=MAX_COLUMNS),
                           _("a CSV of at most {limit} columns; select the columns that matter "
                             "first", limit=MAX_COLUMNS))


def _spaced_table(lines: list[str]) -> bool:
    """Whether runs of spaces split the header and the lines below (nine in ten at least)
    into as many fields, or every line below into one more (R's write.table with its row
    names), one of them a number on every line: a table aligned with spaces, which read as
    one column would be one long text. A list of full names (two words on every line, no
    number) or a series under a header of two words is one column."""
    fields = [_spaced_fields(line) for line in lines]
    width = len(fields[0])
    below = [f for f in fields[1:] if len(f) == width]
    if _row_named([len(f) for f in fields[1:]], width):
        below = [f[1:] for f in fields[1:]]
    if width < 2 or not below or len(below) < 0.9 * (len(fields) - 1):
        return False
    return any(all(_is_number(f[i]) for f in below) for i in range(width))


def _records(lines: list[str], delimiter: str, cut: bool) -> list[list[str]]:
    """The lines' records split by the delimiter, the last one left out where the lines end
    inside a quoted field (cut), but for the header and a record below it."""
    rows = list(csv.reader(lines, delimiter=delimiter))
    return rows[:-1] if cut and len(rows) > 2 else rows


def _row_named(fields: list[int], width: int) -> bool:
    """Whether every line below the header (three at least) holds one field more than it:
    R's write.table with its row names, its default. One line of another width is a line
    that disagrees, refused by its number."""
    return len(fields) >= 3 and all(n == width + 1 for n in fields)


def _spaced_fields(line: str) -> list[str]:
    """A line's fields split at runs of spaces or tabs, a quoted field kept whole ("Sao
    Paulo", as R's write.table quotes its strings), as pandas splits them."""
    return next(csv.reader([line.replace("\t", " ").strip()], delimiter=" ",
                           skipinitialspace=True), [])


def _check_header(names: list[str], data: list[list[str]]) -> None:
    """A first line of numbers is data, unless its numbers are distinct whole numbers in
    ascending order and the line shows it names the columns below: a cell that is a name,
    an empty first cell above a column never empty below (pandas' to_csv writes its unnamed
    index so: ",0,1,2"; a line of data missing a value where no other line misses one is far
    rarer), or a number above a column of words (pandas' default names 0, 1, 2 above text). Years
    alone, ascending or descending, name the columns of a wide table of years
    (`country, indicator, 2000, 2001, ...`). Rising short decimals name them too, as a grid
    (`turbine_type, 0.0, 0.5, 1.0, ...`), where most lines below do not rise. A first line
    with a cell written as nearly every value below it (a code `012-002`, a date) is data
    however the rest reads, and so is a line mostly of words with a number above every
    column of numbers (two at least) that passes none of the tests above."""
    if _shaped_as_below(names, data):
        _no_header(names)
    numeric = [i for i, n in enumerate(names) if _is_number(n)]
    if not numeric:
        return
    if len(numeric) < len(names) / 2:
        # Mostly words, but a number above every column of numbers (two at least): the
        # first row of a file without a header (a state's code and name, then its
        # population and area), unless its numbers name the columns as below
        numbers_below = _numeric_columns(data, len(names))
        if len(numbers_below) < 2 or not set(numbers_below) <= set(numeric):
            return
    values = [float(names[i]) for i in numeric]
    whole = all(v.is_integer() for v in values)
    rising = all(a < b for a, b in itertools.pairwise(values))
    ascending = whole and rising
    descending = whole and all(a > b for a, b in itertools.pairwise(values))
    # A grid of short decimals (wind speeds 0.0, 0.5, 1.0 ... of a power curve, wavelengths,
    # doses) names the columns of a wide table when the line stands out from the lines
    # below: its numbers rise strictly, theirs (the curves' values, with gaps and plateaus)
    # mostly do not. A first line of data is like the lines that follow it.
    grid = rising and len(values) >= 5 and all(SHORT_DECIMAL.match(names[i].strip())
                                               for i in numeric)
    if grid and len(data) >= 3:
        def rises(row: list[str]) -> bool:
            cells = [row[i].strip() for i in numeric]
            return all(_is_number(c) for c in cells) and all(
                float(a) < float(b) for a, b in itertools.pairwise(cells))
        grid = sum(rises(r) for r in data) < len(data) / 2
    years = all(YEAR.match(names[i].strip()) for i in numeric)
    named = [i for i in range(len(names)) if i not in numeric and names[i].strip()]
    below = [[r[i].strip() for r in data] for i in range(len(names))] if len(data) >= 3 else []
    unnamed_index = [i for i, cells in enumerate(below) if not names[i].strip() and all(cells)]
    above_words = [i for i in numeric if below and all(c and not _is_number(c) for c in below[i])]
    if ((ascending or grid) and (named or unnamed_index or above_words or years)) \
            or (descending and years):
        return
    _no_header(names)


def _no_header(names: list[str]) -> None:
    raise ProfileError(_("the first line ({line}) holds data, not column names: the file has "
                         "no header row", line=", ".join(names[:6]) + (", ..." if len(names) > 6
                                                                        else "")),
                       _("a header row of column names as the first line, then the data"))


# The fewest rows below, and the share of them, that a first cell must be written as to be
# one of them, and the digits it must hold
SHAPE_ROWS, SHAPE_SHARE, SHAPE_DIGITS = 10, 0.95, 3


def _shape(text: str) -> str:
    """How a value is written: each digit a 9, each letter an a (`012-002` is `999-999`)."""
    return re.sub(r"\d", "9", re.sub(r"[^\W\d_]", "a", text))


def _shaped_as_below(names: list[str], data: list[list[str]]) -> bool:
    """Whether a cell of the first line that is no number but holds three digits or more is
    written as nearly every value below it (a BSB `012-002` above `733-152`, a date above
    dates): the first row of a file without a header. A name with digits (`PM2.5`, `Q1_2019`)
    is not written as its values, and a name its column repeats as its value (a membership
    flag `EU27_2007` under `EU27_2007`) names the column as flags are named."""
    for i, name in enumerate(names):
        cell = name.strip()
        if sum(c.isdigit() for c in cell) < SHAPE_DIGITS or _is_number(cell):
            continue
        values = [c for r in data if (c := r[i].strip())]
        if len(values) >= SHAPE_ROWS and cell not in values and sum(
                _shape(v) == _shape(cell) for v in values) >= SHAPE_SHARE * len(values):
            return True
    return False


def _numeric_columns(rows: list[list[str]], width: int) -> list[int]:
    """The columns holding a number on every row that fills them, three rows at least."""
    return [i for i in range(width) if sum(bool(r[i].strip()) for r in rows) >= 3
            and all(_is_number(c) for r in rows if (c := r[i].strip()))]


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def _check_target(target: str | None, columns: list[str]) -> None:
    if columns == [target]:
        raise ProfileError(_("the target column '{target}' is the file's only column: there "
                             "are no features to learn it from", target=target),
                           _("the features as columns beside the target, or no target to "
                             "profile the column alone"))
    if target is None or target in columns:
        return
    close = difflib.get_close_matches(target, columns, n=1, cutoff=0.6) or \
        [c for c in columns if c.lower() == target.lower()]
    names = ", ".join(columns)
    raise ProfileError(_("the target column '{target}' is not in the file", target=target),
                       _("did you mean '{close}'? columns: {columns}", close=close[0], columns=names)
                       if close else _("columns: {columns}", columns=names))


def _parser_error(exc: Exception, delimiter: str) -> ProfileError:
    found = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(exc))
    if found:
        want, line, saw = found.groups()
        return ProfileError(_("line {line} has {saw} fields where the header has {want} "
                              "({name}-separated)", line=line, saw=saw, want=want,
                              name=DELIMITER_NAMES[delimiter]),
                            _("the same number of fields on every line; quote values that contain "
                              "the delimiter"))
    return ProfileError(_("the CSV cannot be parsed: {why}", why=str(exc).strip()))


# -- accumulating statistics over chunks -------------------------------------------------------

class _Order:
    """Range and order of a column's values as they arrive, chunk after chunk."""

    def __init__(self):
        self.min = self.max = self.last = None
        self.increasing = self.decreasing = self.strict = True

    def add(self, v: np.ndarray) -> None:
        if not len(v):
            return
        step = np.diff(v)
        first = v[0] if self.last is None else self.last
        self.increasing &= bool(v[0] >= first and (step >= 0).all())
        self.decreasing &= bool(v[0] <= first and (step <= 0).all())
        self.strict &= bool((self.last is None or v[0] > self.last) and (step > 0).all())
        lo, hi = v.min(), v.max()
        self.min = lo if self.min is None else min(self.min, lo)
        self.max = hi if self.max is None else max(self.max, hi)
        self.last = v[-1]


DAY_MONTH_FIRST = re.compile(r"^%[md]([./-])%[md]\1")


class _DayMonthTwin:
    """A date format with its day and month swapped (%d/%m/%Y for %m/%d/%Y), and the order
    of the dates it reads. The format is chosen on the first rows; when every one of them
    has a day of 12 or less (a daily report sorted by day, its first thousands of rows on
    the 1st to the 9th), both read them, and only a later row tells which is meant."""

    def __init__(self, fmt: str):
        self.format = fmt
        self.dates = _Order()

    @classmethod
    def of(cls, fmt: str) -> _DayMonthTwin | None:
        """The twin of a format that begins with a day and a month as numbers (%m/%d/%y,
        %d.%m.%Y %H:%M); None for others: no one writes ISO 8601's %Y-%m-%d the other way."""
        if FORMATS_APART in fmt or not DAY_MONTH_FIRST.match(fmt):
            return None
        return cls(fmt.replace("%m", "\0").replace("%d", "%m").replace("\0", "%d"))


# Dates written as whole numbers (column_types.INTEGER_DATES): the scan cannot know yet
# whether a column holds them, so it keeps, beside the numbers' own order, the order of the
# dates each format would read, for as long as every value fits the format's range. MMDDYY
# falls at each new year (123119, then 10120) where its dates rise.
class _IntegerDates:
    def __init__(self):
        # made at the first numbers: a file of 50 000 columns would pay for them all up front
        self.orders: dict[str, _Order] | None = None

    @property
    def possible(self) -> bool:
        return self.orders is None or bool(self.orders)

    def add(self, v: np.ndarray) -> None:
        if self.orders is None:
            self.orders = {fmt: _Order() for fmt, *_ in INTEGER_DATES}
        for fmt, _width, lo, hi, _written in INTEGER_DATES:
            if fmt not in self.orders:
                continue
            if v.min() < lo or v.max() > hi:
                del self.orders[fmt]
            else:
                self.orders[fmt].add(_date_key(v.astype(np.int64), fmt))

    def order(self, fmt: str) -> _Order | None:
        found = self.orders.get(fmt) if self.orders else None
        return found if found is not None and found.min is not None else None


def _date_key(v: np.ndarray, fmt: str) -> np.ndarray:
    """Whole numbers that write dates in ``fmt``, as the number yyyymmdd of each date, which
    sorts as the dates do. Two-digit years follow strptime's pivot (69 is 1969, 68 is 2068),
    as the parse that typed the column did."""
    if fmt == "%Y%m":
        return v * 100 + 1
    if fmt == "%m%d%y":
        month, day, year = v // 10_000, v // 100 % 100, v % 100
        year = np.where(year >= 69, 1900 + year, 2000 + year)
    else:
        month, day, year = v // 1_000_000, v // 10_000 % 100, v % 10_000
    return year * 10_000 + month * 100 + day


def _shown_key(key: Any, fmt: str) -> str:
    key = int(key)
    year, month, day = key // 10_000, key // 100 % 100, key % 100
    return f"{year:04d}-{month:02d}" if fmt == "%Y%m" else f"{year:04d}-{month:02d}-{day:02d}"


# What a reader takes for a missing value: pandas' own list without "None", and the marks of
# a value not recorded ("?" in UCI files, "." in SAS and Stata exports). "None" is a level
# where R and survey codebooks write it (no improvement, no airbags, no exercise: the lowest
# step of a scale), and Python writes a missing value as an empty field; a "None" among
# numbers or dates is still read as missing, as the placeholders there are.
MISSING_MARKERS = ["", "?", ".", "NA", "N/A", "n/a", "#N/A", "#N/A N/A", "#NA", "<NA>", "NULL",
                   "null", "NaN", "-NaN", "nan", "-nan", "1.#IND", "-1.#IND", "1.#QNAN",
                   "-1.#QNAN",
                   # a spreadsheet's error values, written for the cells it could not compute
                   "#DIV/0!", "#NAME?", "#VALUE!", "#REF!", "#NUM!", "#NULL!", "#SPILL!",
                   "#CALC!", "#GETTING_DATA"]
# Also the words for a value a table does not give in the cell: the default or generic one
# applies, it varies or depends on each thing ("Unit-specific", "site specific"), or it is
# still to be set ("Generic", "default", "varies", "TBD"); "unknown" and "no data" in the
# languages files come in besides English (未知 in a Beijing file's years of construction).
# true and false too, for data exported from JSON whose field is a number or a flag for a
# special case (a move's accuracy in percent, true where it never misses).
PLACEHOLDER = re.compile(r"^(\W*|n\.?a\.?|n/a|nan|null|none|missing|unknown|not available|"
                         r"true|false|"
                         r"not applicable|empty|inf|-inf|infinity|-infinity|generic|default|"
                         r"varies( (with|by|per) [\w .-]{1,40})?|various|tbd|tba|"
                         r"[^\W\d_]{2,20}[- ]specific|"
                         r"unbekannt|keine angabe|inconnue?|non renseign[ée]e?|desconocid[oa]|"
                         r"sin datos?|desconhecid[oa]|sem informação|sconosciut[oa]|onbekend|"
                         r"bilinmiyor|bilinmeyen|неизвестно|нет данных|"
                         r"未知|不详|不詳|暂无|暫無|缺失|不明|미상|알 ?수 ?없음)$",
                         re.IGNORECASE)
# A word or two standing for a value not measured ("ND", "trace", "not detected").
SPECIAL_WORD = re.compile(r"[A-Za-z]{2,}( [A-Za-z]{2,}){0,2}")
# A number written as a bound ("<0.006", "> 100"): a measurement below or above what the
# instrument reports, censored at the limit.
BOUND = re.compile(r"^[<>]=?\s*[+-]?(\d+(?:\.\d*)?|\.\d+)$")
# A number in square brackets ("[247]"): an estimate, as tables of measured values mark one.
BRACKETED = re.compile(r"^\[\s*[+-]?(\d+(?:\.\d*)?|\.\d+)\s*\]$")
# A cell that writes an amount with a unit of a word after it ("34.46Sq. Meter",
# "4125Perch"): among plain amounts, a cell the writer gave in another unit.
AMOUNT_IN_WORDS = re.compile(r"^\s*\d+(\.\d+)?\s*[^\W\d_]{2,}")
# The share of plain numbers, at the least, and of distinct amounts among them, beside which
# such cells are a few written otherwise rather than codes that mix numbers and words.
ODD_AMOUNTS_SHARE, ODD_AMOUNTS_DISTINCT = 0.97, 50
# A measurement with a quality flag written after it ("4.023V": variable; "0.12s": suspect),
# as weather and water services mark a few of their readings.
FLAGGED_NUMBER = re.compile(r"^[+-]?(\d+(?:\.\d*)?|\.\d+)[A-Za-z]$")
FLOAT_DIGITS = 2 ** 53   # whole numbers past this lose digits as floats
FORMATS_APART = " or "   # two date formats in one column, as the reason shows them
FULL_DATE_FORMAT = re.compile(r"%[mbBdj]|ISO8601")   # a format that writes a month or a day


def _none_is_level(present: pd.Series) -> bool:
    """Whether "None" is a level of the column, as the lowest step of a scale (None < Some <
    Marked) or a category (no airbags) is, rather than a missing value written by Python:
    so when the column's other values are mostly words, and not the True and False a Python
    export writes beside None."""
    head = present.iloc[:2000].astype(str).astype(object)
    others = head[head != "None"]
    if len(others) == len(head) or not len(others):
        return False
    words = ~others.str.contains(r"\d")
    flags = others.str.strip().str.lower().isin(("true", "false"))
    return bool(words.mean() >= 0.5 and flags.mean() < 0.5)


class _Column:
    def __init__(self, name: str, exact_cap: int = EXACT_DISTINCT, delimiter: str = ","):
        self.name = name
        self.delimiter = delimiter
        self.missing = 0
        self.kind: str | None = None     # numeric / string, fixed by the first values seen
        self.why_text: str | None = None  # why numbers-looking values are kept as text
        self.bool_dtype = False
        self.decimal_comma = False
        self.dot_thousands = False   # 12.345,67: points between thousands, a decimal comma
        self.written: str | None = None  # "marks" (currency, %, thousands), "duration", "unit",
        #                                   "sexagesimal", "feet" or "trail"
        self.written_examples: list[str] = []
        self.bytes_written: bool | None = None  # cells written as Python bytes (b'23:00')
        self.none_is_level: bool | None = None  # "None" a level among words, not a gap
        self.saw_none = False                    # and met as one: the profile says so
        self.unit: str | None = None     # the unit numbers are written with ("kg")
        self.unit_shown = ""
        self.units_converted: list[str] = []  # the other units of its family, converted to it
        self.trail: str | None = None    # the mark after every number ("0.16);")
        self.bounds = False              # numbers written as bounds (<0.006) or in brackets
        self.from_text = False           # numbers read from strings: pandas read none
        self.bounded: dict[str, int] = {}  # ([247]) are read as numbers; such values, counted
        self.bracketed: dict[str, int] = {}
        self.n_marked = {"bound": 0, "bracket": 0}  # all of them, past the tokens kept
        self.order = _Order()
        self.n = 0
        self.nonfinite = 0               # inf and -inf: left out of every statistic
        # mean and sums of the 2nd and 3rd powers of deviations from it, over the n numbers
        self.mean, self.m2, self.m3 = 0.0, 0.0, 0.0
        self.integral = True
        self.stray: dict[str, int] = {}  # non-numbers in a numeric column, counted as missing
        self.levels: dict[Any, int] | None = {}
        self.hashes = np.empty(0, dtype=np.uint64)  # all distinct hashes, then the smallest
        self.exact_cap = exact_cap
        self.exact = True
        self.runs = 0                    # runs of equal consecutive values (missing skipped)
        self.last_value: Any = None
        self.steps_of_one = 0            # consecutive values rising by exactly 1
        # the values that begin a run of steps of +1, counted while they are few (None past
        # RUN_STARTS_CAP of them, column_types.run_starts): numbering within groups starts
        # its groups at a few values again and again
        self.run_starts: dict[float, int] | None = {}
        self.date_format: str | None = None
        self.second_format_sought = False
        self.dates = _Order()
        # the same dates read with day and month swapped, while both readings read them all
        self.twin: _DayMonthTwin | None = None
        self.twin_sought = False
        self.date_failures = 0
        self.integer_dates = _IntegerDates()

    def add(self, s: pd.Series) -> None:
        if self.kind == "numeric" and pd.api.types.is_numeric_dtype(s):
            # The common case, in numpy alone: pandas' per-call cost would dominate a wide file.
            # numpy's bool counts as numeric to pandas, and read_csv makes no other bool dtype.
            v = s.to_numpy(dtype=np.float64, na_value=np.nan)
            gaps = np.isnan(v)
            self.missing += int(gaps.sum())
            self._numbers(v[~gaps])
            return
        present = s.dropna()
        # object under pandas 2, str under pandas 3; of object, only the kinds that have .str
        if (present.dtype == object or isinstance(present.dtype, pd.StringDtype)) and \
                pd.api.types.infer_dtype(present, skipna=True) in ("string", "mixed", "mixed-integer"):
            # A quoted cell of blanks (a spreadsheet's emptied cell, `" "`) holds no value;
            # pandas drops blanks only when they are not quoted.
            present = present[~present.str.isspace().fillna(False).astype(bool)]
            if self.bytes_written is None:
                self.bytes_written = bool(present.iloc[:200].str.match(BYTES_LITERAL).mean() >= 0.9)
            if self.bytes_written:
                present = present.str.replace(BYTES_LITERAL, r"\2", regex=True)
                present = present[~(present.str.strip() == "")]
            if self.none_is_level is None:
                self.none_is_level = _none_is_level(present)
            if not self.none_is_level:
                present = present[present != "None"]
            elif not self.saw_none:
                self.saw_none = bool((present == "None").any())
        self.missing += len(s) - len(present)
        if not len(present):
            return
        if self.kind is None:
            self._decide_kind(present)
        if self.kind == "numeric":
            self._add_numbers(present)
        else:
            self._add_strings(present.astype(str) if present.dtype != object else
                              present.map(str) if not isinstance(present.iloc[0], str) else present)

    def _decide_kind(self, present: pd.Series) -> None:
        if pd.api.types.is_bool_dtype(present):
            self.kind, self.bool_dtype = "numeric", True
            return
        if pd.api.types.is_integer_dtype(present):
            if len(present) and max(abs(int(present.max())), abs(int(present.min()))) > FLOAT_DIGITS:
                self.kind, self.why_text = "string", "long"
            else:
                self.kind = "numeric"
            return
        if pd.api.types.is_numeric_dtype(present):
            self.kind = "numeric"
            return
        # Object dtype: pandas 3's Arrow strings parse each pattern again on every call, which
        # costs more than the match itself on the few thousand values read here.
        head = _true_minus(present.iloc[:2000].astype(str).astype(object).str.strip())
        # Words without a digit (nor "inf", which pandas reads as a number) are no number in
        # any writing: the tests below would each find none.
        if not head.str.contains(r"\d|^[+-]?inf", case=False).any():
            self.kind = "string"
            self.date_format = _date_format(head.iloc[:200])
            return
        if head.str.match(LONG_INTEGER).any():
            self.kind, self.why_text = "string", "long"
            return
        # Dates with a leading zero (07.06.2001) are dates before they are codes.
        if head.str.match(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$").mean() >= 0.9:
            self.date_format = _date_format(head.iloc[:200])
            if self.date_format:
                self.kind = "string"
                return
        if head.str.match(LEADING_ZERO).any():
            # Text either way, the zeros kept; but they are the reason only where such codes
            # and plain numbers are most of the values: a list of words with one "0002"
            # among its cells holds no codes written with zeros.
            coded = head.str.match(LEADING_ZERO) | pd.to_numeric(head, errors="coerce").notna()
            self.kind, self.why_text = "string", "zeros" if coded.mean() >= 0.5 else None
            return
        # Amounts beside a few cells that each write several of them, as a printed table
        # gives a value that varies (a range "25 - 240", choices "75 or 145", a list "555,
        # 945, 1,390"): such a cell is no code of one thing. With a tenth of the cells at
        # most so written, and nine in ten of the others plain numbers, the kind is decided on
        # the others; the cells that write several numbers are then counted as missing.
        numbers = pd.to_numeric(head, errors="coerce")
        several = (head.str.count(NUMBER_TOKEN) >= 2) & numbers.isna()
        # A range or a choice among them says the amount varies; lists alone ("2021, 2022",
        # "361401, 361402") are as often the codes of several things, years or places, and
        # years alone ("2006-2011", "2006-2011; 2017") write periods, not amounts.
        varying = head[several]
        only_years = ~varying.str.replace(YEAR_TOKEN, "", regex=True).str.contains(r"\d")
        varying = varying[varying.str.contains(VARYING_AMOUNT) & ~only_years]
        if 0 < several.mean() <= 0.1 and len(varying):
            rest = head[~several]
            if pd.to_numeric(rest.str.replace(",", "", regex=False), errors="coerce").notna().mean() >= 0.9:
                head, numbers = rest, numbers[~several]
        # Numbers all the same when nearly every value is one and the rest are placeholders
        # such as "-" or "n.a."; other words among numbers (A, B1) make the column codes.
        # In a comma-separated file, "1,234" quoted is a thousand and more, not a decimal.
        grouped = self.delimiter == "," and head[head.str.contains(",")].str.match(THOUSANDS).all()
        # Decimal commas quoted in a comma-separated file, beside whole numbers written without
        # one ("0", "81,36": a frequency per million), as a French export writes them.
        # Three such cells at least, and no decimal point anywhere: a lone "9606,10090" among
        # whole numbers lists two of them.
        commas = head.str.match(r"^[+-]?\d+,\d+$")
        # Two whole numbers of as many digits, three or more, the second not below the first
        # ("54000,54999", a city's first and last postal code): a range, not a decimal
        pairs = head[commas].str.extract(r"^(\d{3,}),(\d+)$")
        # (digits of one length compare as their numbers do, however many there are)
        if len(pairs) and pairs.notna().all(axis=None) \
                and (pairs[0].str.len() == pairs[1].str.len()).all() \
                and (pairs[1] >= pairs[0]).all():
            commas = pd.Series(False, index=head.index)
        # The same with points between thousands, as German, Turkish and Spanish exports
        # write amounts (12.345,67): every point in the column then sits between thousands.
        dotted = head.str.match(EU_THOUSANDS)
        has_point = head.str.contains(".", regex=False)
        if not grouped and (commas | dotted).sum() >= min(3, len(head)) \
                and (commas | (dotted & head.str.contains(",", regex=False))).any() \
                and (numbers.notna() | commas | dotted).mean() >= 0.9 \
                and not (has_point & ~dotted).any():
            self.decimal_comma, self.dot_thousands = True, bool(dotted.any())
            numbers = self.numbers_of(head)
        # Every cell with a space between digits a thousand so grouped, three at least:
        # numbers ("  663 106"), not lists of them ("10 250" would be two)
        spaced = head.str.match(SPACED_THOUSANDS)
        if spaced.sum() >= min(3, len(head)) \
                and not (head.str.contains(r"\d\s+\d") & ~spaced).any() \
                and (numbers.notna() | spaced | head.str.match(PLACEHOLDER)).mean() >= 0.9:
            self.kind, self.written = "numeric", "marks"
            self.written_examples = list(dict.fromkeys(head[spaced].iloc[:50]))[:3]
            return
        # Marks on a few amounts only, plain numbers on the rest: commas between thousands on
        # the rare large amounts (prices of 150 beside a 1,500), when every number of four
        # digits or more is so marked (a plain 1500 beside them says the writer marked no
        # thousands: lists); or a currency sign on every price but the zeros of the free
        # items (0 beside $4.99, two priced values at least).
        others = head[~(numbers.notna() | head.str.match(PLACEHOLDER))]
        if len(others) and (
                grouped and others.str.match(THOUSANDS).all() and not (numbers.abs() >= 1000).any()
                and _amounts_grouped(others)
                or others.nunique() >= 2 and numbers.notna().any() and numbers.dropna().eq(0).all()
                and others.str.contains(f"[{CURRENCY_SIGNS}]").all()
                and _marked_numbers(others).notna().all()):
            self.kind, self.written = "numeric", "marks"
            self.written_examples = list(dict.fromkeys(others.iloc[:50]))[:3]
            return
        # "yes" and "no" among numbers that never write 1 or 0 in digits stand for those two
        # (Kaggle's Costa Rican poverty data writes a head of household's years of education
        # and the dependency rate so): numbers, read as 1 and 0. Where 0 or 1 are written,
        # the words mean something else (a smoker's cigarettes: yes, amount not known).
        said = head.str.lower().isin(YES_NO_NUMBERS)
        if set(head[said].str.lower()) == set(YES_NO_NUMBERS) \
                and (numbers.notna() | said).mean() >= 0.99 and numbers.notna().mean() >= 0.25 \
                and numbers.nunique() >= 3 and not numbers.isin([0, 1]).any():
            self.kind, self.written = "numeric", "yesno"
            self.written_examples = list(dict.fromkeys(head[said].iloc[:50]))[:2]
            return
        if numbers.notna().mean() < 0.9 and self._written(head):
            return
        bounds = head.str.match(BOUND) | head.str.match(BRACKETED)
        words = head[numbers.isna() & ~bounds]
        if {"+", "-"} <= set(words):
            # "+" beside "-" are signs, a feature present or absent beside a code 0 (as
            # phonological feature tables write them), not two placeholders of missing values
            self.kind = "string"
            return
        if (numbers.notna() | bounds).mean() >= 0.9 and words.str.match(PLACEHOLDER).all():
            self.kind, self.bounds = "numeric", bool(bounds.any())
            return
        # Numbers with a few slips in them (27.29.5, two values run together where the list
        # was typed): no letter in any, one value in a hundred at most. Codes that mix numbers
        # with letters (A, B1) have letters; numbered sections (1.2.3) are more than a few;
        # a cell listing numbers (9606,10090: the taxa of a profile) makes the column lists.
        # A letter flag after a few measurements with decimals is such a slip too; after
        # whole numbers (12A) it numbers a sub-item, and the column is codes.
        measured = numbers.dropna()
        slips = words[~(words.str.match(FLAGGED_NUMBER) & _decimal_measures(measured))]
        if (numbers.notna() | bounds).mean() >= 0.99 and len(words) \
                and not slips.str.contains(r"[^\W\d_]").any() \
                and not words.str.match(NUMBER_LIST).any():
            self.kind, self.bounds = "numeric", bool(bounds.any())
            return
        # Measurements with decimals and, in up to a quarter of the rows, one to three words
        # or letters for what was not measured ("ND", "trace", "not detected", NOAA's "T" for
        # a trace of rain): numbers, the words counted as missing. Single letters and codes
        # (A, B1) among whole numbers stay codes.
        if (numbers.notna() | bounds).mean() >= 0.75 and _decimal_measures(measured) \
                and words.nunique() <= 3 \
                and (words.str.fullmatch(SPECIAL_WORD) | words.str.fullmatch(r"[A-Za-z]")).all():
            self.kind, self.bounds = "numeric", bool(bounds.any())
            return
        # Measurements whose cells not applicable are marked with one placeholder ("–", "n/a",
        # "--", "Unit-specific" in either case): a standard's table leaves a quarter of its
        # cells so, a lexicon translated from another leaves half of a rank column so where
        # the word has no rank, a test grid so writes the rates that depend on the unit. A
        # quarter of the values numbers at least, and three distinct numbers: signs "+" and
        # "-" beside a code 0 are no measurement. Fewer numbers do, when they are twenty
        # distinct measurements with decimals or more (a filter table that gives a central
        # wavelength only where the generic one does not apply): no code list reads so.
        if (numbers.notna().mean() >= 0.25
                or measured.nunique() >= 20 and _decimal_measures(measured)) \
                and len(words) and words.str.match(PLACEHOLDER).all() \
                and words.str.lower().nunique() == 1 and measured.nunique() >= 3:
            self.kind, self.bounds = "numeric", bool(bounds.any())
            return
        # Amounts with a few cells written in another unit ("34.46Sq. Meter", "10Acres"; a
        # range where the seller gave one was set aside above): every such cell starts with
        # a number and goes on with a word (not the single letter of a sub-item, 12A), among
        # many distinct amounts. Numbers, the few cells missing, as no conversion is known.
        if numbers.notna().mean() >= ODD_AMOUNTS_SHARE and measured.nunique() >= ODD_AMOUNTS_DISTINCT \
                and len(words) and words.str.match(AMOUNT_IN_WORDS).all():
            self.kind, self.bounds = "numeric", bool(bounds.any())
            return
        self.kind = "string"
        # Numbers beside cells that hold letters are codes that mix them; beside cells that
        # hold several numbers and no letter (a country's dialling codes "1809,1829,1849", a
        # range "0.008-0.010", an isospin "1/2"), codes some cells write several numbers in.
        if numbers.notna().mean() >= 0.5:
            others = head[numbers.isna()]
            if others.str.contains(r"[^\W\d_]").any():
                self.why_text = "letters"
            elif (others.str.count(r"\d+(?:\.\d+)?") >= 2).any():
                self.why_text = "several"
        self.date_format = _date_format(head.iloc[:200])

    def _add_numbers(self, present: pd.Series) -> None:
        if pd.api.types.is_numeric_dtype(present):
            v = present.to_numpy(dtype=np.float64)
        else:
            self.from_text = True
            text = present.astype(str).str.strip()
            if self.bounds:
                for kind, marked, counts in (("bound", BOUND, self.bounded),
                                             ("bracket", BRACKETED, self.bracketed)):
                    found = text[text.str.match(marked)]
                    self.n_marked[kind] += len(found)
                    for token, count in found.value_counts().iloc[:20].items():
                        counts[token] = counts.get(token, 0) + int(count)
            numbers = self.numbers_of(text)
            bad = present[numbers.isna()]
            self.missing += len(bad)
            for token, count in bad.astype(str).value_counts().iloc[:20].items():
                self.stray[token] = self.stray.get(token, 0) + int(count)
            v = numbers.dropna().to_numpy(dtype=np.float64)
        self._numbers(v)

    def numbers_of(self, text: pd.Series) -> pd.Series:
        """The numbers that this column's strings (stripped, no gaps) write, NaN where a
        string writes none."""
        return _numbers_written(text, self.name, **self.writing())

    def writing(self) -> dict[str, Any]:
        """How the column writes its numbers: read_numbers' settings, the defaults left out."""
        settings = {"written": self.written, "unit": self.unit, "trail": self.trail,
                    "decimal_comma": self.decimal_comma, "dot_thousands": self.dot_thousands,
                    "bounds": self.bounds}
        return {k: v for k, v in settings.items() if v}

    def _written(self, head: pd.Series) -> bool:
        """Whether the strings are numbers written with marks or durations with units; if
        so the column reads them as numbers from here on."""
        # Most text columns are ruled out on their first 50 values, so a wide file of
        # codes costs no more than 50 parses of each kind per column.
        # A few placeholders ("n/a", "Varies with device" on a row in seven) stand for no
        # value and leave the rest to decide; a column mostly of them is decided with them.
        first = head.iloc[:50].tolist()
        given = [v for v in first if not PLACEHOLDER.match(v)]
        if len(given) >= 0.75 * len(first):
            first = given
        if not first or sum(bool(WRITTEN_START.match(v)) for v in first) < 0.9 * len(first):
            return False
        words = head.str.match(PLACEHOLDER)
        present = head[~words]
        if not len(present):
            return False
        for how, convert in (("marks", _marked_numbers), ("duration", _duration_seconds),
                             ("unit", _numbers_with_unit), ("magnitude", _magnitude_numbers),
                             ("uncertainty", _uncertain_numbers),
                             ("sexagesimal", _sexagesimal), ("feet", _feet_inches),
                             ("trail", _numbers_with_trail),
                             ("approximate", _approximate_numbers)):
            def read(text: pd.Series, how=how, convert=convert) -> pd.Series:
                return convert(text) if how != "duration" else convert(text, self.name)
            if read(present.iloc[:50]).notna().mean() < 0.9:
                continue
            numbers = read(present)
            if present[numbers.isna()].nunique() > numbers.nunique():
                # a reading that leaves more kinds of cell unread than it reads ("0 days"
                # read, "1 or 2 days" and "3 to 5 days" not) is of some cells, not the column
                continue
            marked = (present.str.contains(WRITTEN_MARK) | present.str.match(THOUSANDS)
                      if how == "marks" else numbers.notna())
            # small numbers need no magnitude written after them: a quarter of them is enough
            share = 0.5
            if how == "magnitude":
                marked, share = present.str.extract(MAGNITUDE)[2].notna(), 0.25
            if how == "uncertainty":
                marked = present.str.extract(UNCERTAIN)[1].notna()
            if how == "approximate":   # a few approximations among exact numbers are enough
                marked, share = present.str.match(APPROXIMATE), 0.05
            if how == "marks" and marked.sum() >= 2 \
                    and not present.str.contains(WRITTEN_MARK).any() \
                    and _amounts_grouped(present[marked]):
                # commas between thousands alone: a number under 1,000 has none to write, so
                # the share is of the numbers of four digits and more (13,330.00 beside 123.22)
                marked = marked & (numbers.abs() >= 1000)
                share *= float((numbers.abs() >= 1000).mean())
            if numbers.notna().mean() >= 0.95 and marked.mean() >= share:
                self.kind, self.written = "numeric", how
                if how == "unit":   # matched in lower case, shown as written
                    self.unit = _unit_of(present)
                    written = present.str.extract(WITH_UNIT)[1].dropna().str.strip()
                    self.unit_shown = written[written.str.lower().str.rstrip("s")
                                              == self.unit].iloc[0]
                    # the units of its family other than its own, one spelling each: "month"
                    # beside "months" or "KG" beside "kg" is the same unit, not converted
                    others = {w.lower().rstrip("s"): w for w in written
                              if w.lower().rstrip("s") != self.unit}
                    self.units_converted = sorted(others.values())
                if how == "trail":
                    self.trail = _trail_of(present)
                self.written_examples = list(dict.fromkeys(present[marked].iloc[:50]))[:3]
                return True
        return False

    def _numbers(self, v: np.ndarray) -> None:
        finite = np.isfinite(v)
        if not finite.all():
            self.nonfinite += int((~finite).sum())
            v = v[finite]
        if not len(v):
            return
        with np.errstate(over="ignore", invalid="ignore"):  # past float range: reported, not raised
            self._moments(v)
        self.n += len(v)
        self.integral = self.integral and bool((v == np.round(v)).all())
        self.order.add(v)
        if self.integral and self.integer_dates.possible:
            self.integer_dates.add(v)
        self._sequence(v)
        self._count(v)

    def _add_strings(self, present: pd.Series) -> None:
        self.n += len(present)
        self._count(present.to_numpy())
        self._sequence(present.to_numpy())
        if self.date_format:
            parsed = _parse_dates(present, self.date_format)
            if not self.twin_sought:
                self.twin_sought = True
                self.twin = _DayMonthTwin.of(self.date_format)
            if self.twin is not None:
                parsed = self._follow_twin(present, parsed)
            if parsed.isna().mean() > 0.05 and not self.second_format_sought:
                # the second form of a spreadsheet's dates may first show past the head the
                # format was chosen on (rows sorted by where they came from); sought once
                self.second_format_sought = True
                present = present.astype(str).str.strip()
                second = _second_date_format(present, parsed.notna(), self.date_format)
                if second:
                    self.date_format = f"{self.date_format}{FORMATS_APART}{second}"
                    parsed = _parse_dates(present, self.date_format)
            self.date_failures += int(parsed.isna().sum())
            self.dates.add(parsed.dropna().to_numpy(dtype="datetime64[ns]").astype(np.int64))

    def _follow_twin(self, present: pd.Series, parsed: pd.Series) -> pd.Series:
        """The dates of a chunk, read with the format or its day-month twin: the first value
        that one reading reads and the other does not decides between them for good."""
        assert self.twin is not None and self.date_format is not None
        swapped = _parse_dates(present, self.twin.format)
        if (parsed.notna() & swapped.isna()).any():
            self.twin = None
        elif (swapped.notna() & parsed.isna()).any():
            self.date_format, self.dates = self.twin.format, self.twin.dates
            self.twin = None
            return swapped
        else:
            self.twin.dates.add(swapped.dropna().to_numpy(dtype="datetime64[ns]").astype(np.int64))
        return parsed

    def _sequence(self, v: np.ndarray) -> None:
        """How the values follow each other over the rows: runs of one value (ids of grouped
        rows come in blocks) and steps of +1 (row numbers, numbering within groups)."""
        if not len(v):
            return
        # Strings compare as their codes (hashing, in C) rather than one by one in Python.
        codes = v if v.dtype.kind == "f" else pd.factorize(v)[0]
        self.runs += int((codes[1:] != codes[:-1]).sum())
        self.runs += 1 if self.last_value is None or self.last_value != v[0] else 0
        if v.dtype.kind == "f":
            ones = np.diff(v) == 1
            self.steps_of_one += int(ones.sum())
            continued = self.last_value is not None and v[0] - self.last_value == 1
            self.steps_of_one += int(continued)
            # a chunk mostly off steps of +1 is no numbering: its starts need not be counted
            if self.run_starts is not None and len(v) >= 1000 and ones.mean() < 0.5:
                self.run_starts = None
            if self.run_starts is not None:
                found = run_starts(v, continued)
                if found is not None:
                    for start, count in found.items():
                        self.run_starts[start] = self.run_starts.get(start, 0) + count
                if found is None or len(self.run_starts) > RUN_STARTS_CAP:
                    self.run_starts = None
        self.last_value = v[-1]

    def _count(self, values: np.ndarray) -> None:
        """Exact counts while there are few distinct values; past that, the hash of every
        distinct value while there are at most exact_cap of them (exact distinct counts,
        so a unique id is known to be unique), then the smallest SKETCH_SIZE hashes, a
        k-minimum-values sketch that estimates the count."""
        if self.levels is not None:
            if values.dtype.kind == "f":
                uniques, counts = np.unique(values, return_counts=True)
            else:   # strings: hashing beats sorting them in Python
                found = pd.Series(values).value_counts(sort=False)
                uniques, counts = found.index.to_numpy(dtype=object), found.to_numpy()
            for key, c in zip(uniques.tolist(), counts.tolist(), strict=True) if len(uniques) <= LEVEL_CAP else ():
                self.levels[key] = self.levels.get(key, 0) + c
            if len(uniques) > LEVEL_CAP or len(self.levels) > LEVEL_CAP:
                self.levels = None
        else:
            uniques = values
        hashed = pd.util.hash_array(uniques.astype(np.float64 if self.kind == "numeric" else object))
        if not self.exact:
            hashed = hashed[hashed < self.hashes[-1]]
        self.hashes = _sorted_unique(np.concatenate([self.hashes, hashed]))
        if len(self.hashes) > self.exact_cap:
            self.exact = False
        if not self.exact:
            self.hashes = self.hashes[:SKETCH_SIZE]

    def distinct(self) -> tuple[int, bool]:
        if self.levels is not None:
            return len(self.levels), True
        if self.exact:
            return len(self.hashes), True
        estimate = (SKETCH_SIZE - 1) / (float(self.hashes[-1]) / 2.0 ** 64)
        # the nearest whole number: truncating an unbiased estimate counts half a value too few
        return round(min(estimate, self.n)), False

    def _moments(self, v: np.ndarray) -> None:
        """Adds a chunk's numbers to the moments: the chunk's own, about its mean, merged
        with those of the n so far by Chan's and Pebay's pairwise formulas. Sums of squares
        about a mean cannot come out below 0 as sums of powers about 0 minus the mean's can."""
        first = float(v[0])                      # the chunk's mean, taken about one of its values
        mean = first + float((v - first).mean())
        c = v - mean
        c2 = c * c
        m2, m3 = float(c2.sum()), float((c2 * c).sum())
        na, nb = self.n, len(v)
        if not na:
            self.mean, self.m2, self.m3 = mean, m2, m3
            return
        n = na + nb
        delta = mean - self.mean
        share = delta / n
        # Products, not powers: past ~1e154 a float power raises OverflowError where a
        # product becomes inf, which the profile reports as a statistic that overflowed.
        self.m3 += m3 + delta * share * share * na * nb * (na - nb) \
            + 3 * share * (na * m2 - nb * self.m2)
        self.m2 += m2 + delta * share * na * nb
        self.mean += share * nb

    def moments(self) -> tuple[float, float, float]:
        var = self.m2 / self.n
        sd = math.sqrt(var)
        # A spread under ~1e-12 of the values' size (some thousand times float precision) is
        # rounding's, not the data's: no skew. A share of the values' square, so that tiny
        # units keep their shape and 1 000 000.001 ... 1 000 000.5 keep their skew.
        skew = (self.m3 / self.n) / (var * sd) if var > 1e-24 * (self.mean * self.mean + var) else 0.0
        return self.mean, sd, skew


def _amounts_grouped(grouped: pd.Series) -> bool:
    """Whether strings with commas between groups of three digits write amounts (1,250.00,
    13,330) rather than lists of three-digit codes (201,212,332: a city's area codes): amounts
    carry decimals or lead with groups of one, two and three digits as their sizes vary, and
    stay within the digits a float keeps."""
    text = grouped.str.strip().str.lstrip("+-")
    whole = text.str.split(".").str[0]
    if (whole.str.len() > 19).any():   # past 15 digits and their commas
        return False
    return bool(text.str.contains(".", regex=False).any()
                or (whole.str.split(",").str[0].str.len() < 3).any())


def _decimal_measures(measured: pd.Series) -> bool:
    """Whether these numbers are measurements with decimals: half the values written with
    them, or, where one value fills most rows (rain is mostly 0), ten distinct values and
    more, half of them with decimals."""
    if not len(measured):
        return False
    if (measured != measured.round()).mean() >= 0.5:
        return True
    levels = measured.drop_duplicates()
    return len(levels) >= 10 and bool((levels != levels.round()).mean() >= 0.5)


def _sorted_unique(a: np.ndarray) -> np.ndarray:
    # np.unique hashes uint64 in numpy 2.x, several times slower than sorting; a stable
    # sort also merges two sorted runs (the kept hashes and a new chunk's) in linear time.
    a = np.sort(a, kind="stable")
    return a[np.concatenate([[True], a[1:] != a[:-1]])] if len(a) else a


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
ISO_YEAR_MONTH = re.compile(r"^[12]\d{3}-[01]\d$")
ISO_BASIC_DATE = re.compile(r"^[12]\d{3}[01]\d[0-3]\d$")
NAMED_MONTH_FORMATS = ["%d-%b-%y", "%d-%b-%Y", "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y",
                       # SAS's DATE9 and DATE7 (14JAN2020, 14JAN20)
                       "%d%b%Y", "%d%b%y",
                       "%b-%y", "%b %Y", "%B %Y", "%b-%Y", "%B-%Y",
                       # the year first (1977-Jan, 1977 January)
                       "%Y-%b", "%Y %b", "%Y-%B", "%Y %B"]
# Months written as numbers with their year (5/2019, 2019/05, 05-2019).
MONTH_YEAR_FORMATS = ["%m/%Y", "%Y/%m", "%m-%Y"]
# A date and a time on the twelve-hour clock (01/26/2015 03:00 PM), as US exports and
# spreadsheets write them; pandas guesses no format with AM or PM. Month first before day
# first, as above.
TWELVE_HOUR = re.compile(r"\d\s?[ap]\.?m\.?$", re.IGNORECASE)
TWELVE_HOUR_FORMATS = [f"{day} {time}" for day in ("%m/%d/%Y", "%m/%d/%y", "%d/%m/%Y", "%Y-%m-%d")
                       for time in ("%I:%M %p", "%I:%M:%S %p", "%I:%M%p", "%I:%M:%S%p")]
# Dates with the year cut to two digits (05/14/07, 14.05.07), as spreadsheets in the US and
# Europe export them, alone or with the time of day a date cell carries (2/14/22 0:00);
# pandas guesses no format for them. Month first before day first, as pandas guesses the
# four-digit forms.
SHORT_YEAR_DATE = re.compile(r"^\d{1,2}([./-])\d{1,2}\1\d{2}(\s\d{1,2}:\d{2}(:\d{2})?)?$")
SHORT_YEAR_FORMATS = [f"{day}{time}"
                      for day in ("%m/%d/%y", "%d/%m/%y", "%d.%m.%y", "%m-%d-%y", "%d-%m-%y")
                      for time in ("", " %H:%M", " %H:%M:%S")]
# A week as ISO 8601 writes it (2024-W36, 2024W36, 2024-W36-2): read as its Monday, or the
# day given.
ISO_WEEK = re.compile(r"^(\d{4})-?W(\d{2})(?:-?([1-7]))?$")
# A season or an academic term with its year (Fall 2022, Spring 2023, 2023 Summer), read
# as the month it starts in; winter as January, the term it names in a school's year.
TERM = re.compile(r"^(?:(spring|summer|fall|autumn|winter)\s+(\d{4})|(\d{4})\s+(spring|summer|fall|"
                  r"autumn|winter))$", re.IGNORECASE)
TERM_MONTHS = {"winter": 1, "spring": 3, "summer": 6, "fall": 9, "autumn": 9}
QUARTER = re.compile(r"^(?:(\d{4})[-\s]?[Qq]([1-4])|[Qq]([1-4])[-\s]?(\d{4}))$")
# A time of day without a date (13:35, 12:25:12, 1:05 PM): temporal, though pandas does not
# guess a format for it.
TIME_OF_DAY = re.compile(r"^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(\s?[AaPp]\.?[Mm]\.?)?$")


# The longest a date is written, with room to spare ("Wednesday, 21 September 2022 10:30:45
# PM +02:00" is 46 characters)
LONGEST_DATE = 80


def _date_format(values: pd.Series) -> str | None:
    """A date format that parses nearly all of these strings, or None. "quarter" stands for
    quarters written as 1974Q1, 1974-Q1 or Q1 1974, which strftime cannot express, and
    "isoweek" for ISO weeks (2024-W36), which it writes but pandas cannot read alone, and
    "term" for a season or term with its year (Fall 2022). Two
    formats joined by FORMATS_APART when no one format reads them but two do, each on values
    the other cannot read: a spreadsheet whose date cells were written out as dates beside
    cells typed as text (2024-07-01 00:00:00 beside Jul 1, 2024)."""
    single = _one_date_format(values)
    if single:
        return single
    values = values[values.str.contains(r"\d", regex=True)]
    if len(values) < 20:
        return None
    first = _one_date_format(values, share=0.3, guesses=5)
    if not first:
        return None
    second = _second_date_format(values, _parse_dates(values, first).notna(), first)
    return f"{first}{FORMATS_APART}{second}" if second else None


def _second_date_format(values: pd.Series, read: pd.Series, first: str) -> str | None:
    """The date format of the strings that the first format did not read (read False), when
    one reads them and none of the others; None otherwise."""
    # Both forms write a month at least: bare years beside a few full dates are years
    # (ISO 8601 of varying precision only with a month in a tenth of the values; README)
    if not FULL_DATE_FORMAT.search(first) or FORMATS_APART in first or read.all():
        return None
    second = _one_date_format(values[~read], guesses=5)
    if not second or not FULL_DATE_FORMAT.search(second) or second == first:
        return None
    # disjoint: %m/%d beside %d/%m would read every date up to the 12th either way, and is
    # one day-first column misread, not two forms
    if _parse_dates(values[read], second).notna().mean() > 0.01:
        return None
    return second


def _one_date_format(values: pd.Series, share: float = 0.95, guesses: int = 1) -> str | None:
    """A date format that parses at least this share of the strings, or None; pandas
    guesses formats from the first few distinct strings (guesses)."""
    values = values[values.str.contains(r"\d", regex=True)]
    if len(values) < 1:
        return None
    # No date is written in more than LONGEST_DATE characters: a column of paragraphs (an
    # almanac's entries, a description with a year in it) is no date, and trying each
    # format on its text costs more than all the rest of its profile.
    if (values.str.len() > LONGEST_DATE).mean() > 1 - share:
        return None
    if values.str.match(QUARTER).mean() >= 0.95:
        return "quarter"
    if values.str.strip().str.match(ISO_WEEK).mean() >= 0.95:
        return "isoweek"
    if values.str.strip().str.match(TERM).mean() >= 0.95:
        return "term"
    if values.str.strip().str.match(TIME_OF_DAY).mean() >= 0.95:
        for fmt in TIME_FORMATS:
            if _to_datetime(values.str.strip(), fmt).notna().mean() >= 0.95:
                return fmt
    candidates = []
    for first, dayfirst in itertools.product(values.drop_duplicates().iloc[:guesses],
                                             (False, True)):
        with warnings.catch_warnings():  # pandas warns when the guess is day-first anyway
            warnings.simplefilter("ignore", UserWarning)
            guess = guess_datetime_format(first, dayfirst=dayfirst)
        # May is written alike in full and short, so a first value in May guesses %B
        # where the Junes below need %b
        candidates += [guess, guess.replace("%B", "%b")] if guess else []
    # ISO 8601 with a precision that varies from row to row (seconds here, microseconds
    # there; or a year alone, or a year and month, where the day is not known: 1986 beside
    # 1992-06-15, 2023-04 beside 2024, with a month written in a tenth of the values at
    # least), and the formats with a month's name that pandas does not guess (19-Sep-03).
    # Also the basic form beside the extended one (20200103 and 2021-01-05 in one column),
    # which a single strftime format cannot read.
    full = values.str.match(ISO_DATE)
    monthly = full | values.str.match(ISO_YEAR_MONTH)
    if full.mean() >= 0.95 or (monthly.mean() >= 0.1
                               and (full | values.str.match(ISO_REDUCED)).mean() >= 0.95) \
            or (full.any() and (full | values.str.match(ISO_BASIC_DATE)).mean() >= 0.95):
        candidates.append("ISO8601")
    candidates += NAMED_MONTH_FORMATS + MONTH_YEAR_FORMATS
    if values.str.strip().str.contains(TWELVE_HOUR).mean() >= share:
        candidates += TWELVE_HOUR_FORMATS
    if values.str.strip().str.match(SHORT_YEAR_DATE).mean() >= share:
        candidates += SHORT_YEAR_FORMATS
    for fmt in candidates:
        if not fmt:
            continue
        parsed = _to_datetime(values, fmt)
        # a year alone (%Y) is a calendar's from 1500 to 2100, as the whole-number years
        # are: four-digit codes of a register (1024 to 9302) read so are no dates
        if parsed.notna().mean() >= share and (
                FULL_DATE_FORMAT.search(fmt) or "%Y" not in fmt
                or parsed.dropna().dt.year.between(1500, 2100).all()):
            return fmt
    return None


# The first year a fiscal year, a season or a span of years names (FY21, 2019-20, 2007-2012),
# two digits of a fiscal year on the century the rules read them in (CENTURY_PIVOT).
FIRST_YEAR_OF = re.compile(r"(?i)^\s*(?:fy\s?'?)?(\d{4}|\d{2})")


# A format of digits alone (%Y%m%d, %m%d%y, %Y%m, %Y%m%d%H%M%S): whole numbers that write a
# date digit by digit, read with the zeros a number drops in front (10398 is 01/03/98) and
# from the float a column with gaps is written as (20200103.0); a format down to the second
# takes the fraction of a second after the point (20231213193120.712).
DIGIT_DATE = re.compile(r"^(?:%[YmdyHMS])+$")


def _digit_dates(values: pd.Series, fmt: str) -> pd.Series:
    width = sum(4 if part == "Y" else 2 for part in re.findall(r"%([YmdyHMS])", fmt))
    numbers = pd.to_numeric(values, errors="coerce")
    numbers = numbers[numbers >= 0]
    whole = np.floor(numbers) if "%S" in fmt else numbers[numbers == numbers.round()]
    text = whole.astype("int64").astype(str).str.zfill(width)
    dates = pd.to_datetime(text, format=fmt, errors="coerce")
    if "%S" in fmt:
        dates = dates + pd.to_timedelta(numbers - whole, unit="s")
    return dates.reindex(values.index)


def _to_datetime(values: pd.Series, fmt: str) -> pd.Series:
    """The values read with the format, unreadable ones missing. Times at different UTC
    offsets (+01:00 in winter, +02:00 in summer) are put on UTC: pandas 3 refuses them in one
    column and pandas 2 leaves them as objects, neither of which the profile can compare."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)   # pandas 2 on mixed offsets
        try:
            parsed = pd.to_datetime(values, format=fmt, errors="coerce")
        except ValueError:
            parsed = None
    if parsed is None or parsed.dtype == object:
        parsed = pd.to_datetime(values, format=fmt, errors="coerce", utc=True)
    return parsed


def _parse_dates(values: pd.Series, fmt: str) -> pd.Series:
    if DIGIT_DATE.match(fmt):
        return _digit_dates(values, fmt)
    if fmt == FIRST_YEAR:
        found = pd.to_numeric(values.astype(str).str.extract(FIRST_YEAR_OF)[0], errors="coerce")
        year = found.where(found >= 100, found + np.where(found < CENTURY_PIVOT, 2000, 1900))
        return pd.to_datetime(pd.DataFrame({"year": year, "month": 1, "day": 1}), errors="coerce")
    if FORMATS_APART in fmt:
        parts = [_parse_dates(values, part) for part in fmt.split(FORMATS_APART)]
        # one form may carry a UTC offset and the other none: both as UTC without a zone
        parts = [p.dt.tz_convert(None) if getattr(p.dt, "tz", None) is not None else p
                 for p in parts]
        return parts[0].fillna(parts[1])
    if fmt == "isoweek":
        parts = values.str.strip().str.extract(ISO_WEEK)
        return pd.to_datetime(parts[0] + "-W" + parts[1] + "-" + parts[2].fillna("1"),
                              format="%G-W%V-%u", errors="coerce")
    if fmt == "term":
        parts = values.str.strip().str.extract(TERM)
        year = pd.to_numeric(parts[1].fillna(parts[2]), errors="coerce")
        month = parts[0].fillna(parts[3]).str.lower().map(TERM_MONTHS)
        return pd.to_datetime(pd.DataFrame({"year": year, "month": month, "day": 1}),
                              errors="coerce")
    if fmt != "quarter":
        return _to_datetime(values, fmt)
    parts = values.str.strip().str.extract(QUARTER)
    year = pd.to_numeric(parts[0].fillna(parts[3]), errors="coerce")
    quarter = pd.to_numeric(parts[1].fillna(parts[2]), errors="coerce")
    return pd.to_datetime(pd.DataFrame({"year": year, "month": 3 * quarter - 2, "day": 1}),
                          errors="coerce")


def read_dates(values: pd.Series, date_format: str) -> pd.Series:
    """The dates a column's cells write, read with the format the profile found for it
    (``table.date_formats``: a strftime format, two of them joined by " or ", or "quarter",
    "isoweek", "term" or "first year"), NaT where a cell writes none; times with a UTC
    offset on UTC, without the zone, so that they compare with the others. Cells written as
    Python bytes (b'23:00', as a frame read from SAS and written out again leaves them) are
    read as the text inside, as the profile read them."""
    present = values.dropna().astype(str).str.strip().str.replace(BYTES_LITERAL, r"\2", regex=True)
    parsed = _parse_dates(present, date_format)
    if getattr(parsed.dt, "tz", None) is not None:
        parsed = parsed.dt.tz_convert(None)
    return parsed.reindex(values.index)


class _Scan:
    """Everything kept while the chunks go by."""

    def __init__(self, delimiter: str = ","):
        self.delimiter = delimiter
        self.n_rows = 0
        self.names: list[str] = []
        self.columns: list[_Column] = []
        self.rng = np.random.default_rng(0)
        self.sample: pd.DataFrame | None = None
        self.sample_keys = np.empty(0)
        self.row_hashes = np.empty(0, dtype=np.uint64)
        # Keys of the row hash, secret and new for each file: with known keys, two different
        # rows can be made to hash alike on purpose and counted as one row twice.
        secret = np.random.default_rng(int.from_bytes(os.urandom(16), "little"))
        self.hash_key = secret.bytes(8).hex()      # pandas' SipHash key for text, 16 characters
        self.column_keys = np.empty(0, dtype=np.uint64)
        self.secret = secret
        self.duplicates = 0
        self.duplicates_exact = True

    def add(self, chunk: pd.DataFrame) -> None:
        if not self.columns:
            self.names = list(chunk.columns)
            cap = max(SKETCH_SIZE, min(EXACT_DISTINCT, DISTINCT_BUDGET // len(self.names)))
            self.columns = [_Column(n, cap, self.delimiter) for n in self.names]
        for col, (_name, series) in zip(self.columns, chunk.items(), strict=True):
            col.add(series)
        self._sample(chunk)
        self._duplicates(chunk)
        self.n_rows += len(chunk)

    def _sample(self, chunk: pd.DataFrame) -> None:
        """A uniform sample of rows: each row draws a random key, the smallest keys stay."""
        keys = self.rng.random(len(chunk))
        if self.sample is not None and len(self.sample_keys) >= SAMPLE_ROWS:
            take = keys < self.sample_keys.max()
            chunk, keys = chunk[take], keys[take]
        frames = [f for f in (self.sample, chunk) if f is not None]
        sample = pd.concat(frames, ignore_index=True) if len(frames) > 1 else chunk.reset_index(drop=True)
        keys = np.concatenate([self.sample_keys, keys])
        if len(keys) > SAMPLE_ROWS:
            keep = np.sort(np.argpartition(keys, SAMPLE_ROWS - 1)[:SAMPLE_ROWS])
            sample, keys = sample.iloc[keep].reset_index(drop=True), keys[keep]
        self.sample, self.sample_keys = sample, keys

    def _duplicates(self, chunk: pd.DataFrame) -> None:
        # Numbers hash as floats, so a row reads the same whether its chunk typed a column
        # int (no gaps) or float (gaps); all numeric columns are hashed in one numpy call.
        # pandas hashes numbers without a key, so each column's hash is mixed with a secret
        # key of its own through a bijection that spreads every bit before the sum: a sum of
        # plain hashes, however weighted, lets differences of 2**63 cancel. The bijection is
        # pandas' own hash of 64-bit words, splitmix64's finaliser.
        kinds = chunk.dtypes.map(lambda dt: getattr(dt, "kind", "O")).to_numpy()
        numeric = np.isin(kinds, list("biuf"))
        if len(self.column_keys) < chunk.shape[1]:
            more = self.secret.integers(0, 2 ** 64, chunk.shape[1] - len(self.column_keys),
                                        dtype=np.uint64, endpoint=False)
            self.column_keys = np.concatenate([self.column_keys, more])
        hashes = np.zeros(len(chunk), dtype=np.uint64)
        with np.errstate(over="ignore"):
            if numeric.any():
                at = np.flatnonzero(numeric)
                block = chunk.iloc[:, at].to_numpy(dtype=np.float64, na_value=np.nan)
                plain = pd.util.hash_array(block.ravel()).reshape(block.shape)
                keyed = pd.util.hash_array((plain ^ self.column_keys[at]).ravel())
                hashes += keyed.reshape(plain.shape).sum(axis=1, dtype=np.uint64)
            if not numeric.all():
                text = chunk.iloc[:, np.flatnonzero(~numeric)]
                try:
                    hashes += pd.util.hash_pandas_object(text, index=False,
                                                         hash_key=self.hash_key).to_numpy()
                except (TypeError, OverflowError, ValueError):  # whole numbers past 64 bits
                    hashes += pd.util.hash_pandas_object(text.astype(str), index=False,
                                                         hash_key=self.hash_key).to_numpy()
        unique = _sorted_unique(hashes)
        self.duplicates += len(hashes) - len(unique)
        if len(self.row_hashes):
            at = np.minimum(np.searchsorted(self.row_hashes, unique), len(self.row_hashes) - 1)
            seen = self.row_hashes[at] == unique
            self.duplicates += int(seen.sum())
            unique = unique[~seen]
        if len(self.row_hashes) + len(unique) <= ROW_HASH_CAP:
            self.row_hashes = _sorted_unique(np.concatenate([self.row_hashes, unique]))
        else:
            self.duplicates_exact = False  # later copies of rows not remembered go uncounted

    # -- the profile ------------------------------------------------------------------------

    def profile(self, target: str | None, dialect: Dialect, encoding: str) -> Profile:
        written = {c.name: c.writing() for c in self.columns if c.kind == "numeric" and c.from_text}
        if self.sample is not None:
            # the sample as numbers wherever the column is: what the summaries and the
            # derived facts (signals) read
            for name, settings in written.items():
                self.sample[name] = read_numbers(self.sample[name], name, **settings)
        summaries = {c.name: self._summary(c) for c in self.columns}
        verdicts = classify_table(summaries, self.sample)
        columns = [self._column_json(self.columns[i], summaries[n], verdicts[n])
                   for i, n in enumerate(self.names)]
        features = [c for c in columns if c["name"] != target]
        usable = [c for c in features if c["stat_type"] not in ("identifier", "constant")]
        missing = sum(c.missing for c in self.columns) / (self.n_rows * len(self.columns))
        time_indexed, time_ordered = signals.time_order(self.sample, columns, target, self.n_rows)
        table: dict[str, Any] = {"n_rows": self.n_rows, "n_columns": len(self.columns),
                                "duplicate_rows": self.duplicates, "duplicate_rows_exact": self.duplicates_exact,
                                "missing_ratio": round(missing, 4),
                                "time_column": time_indexed.column or time_ordered.column,
                                "delimiter": dialect.delimiter, "decimal": dialect.decimal, "encoding": encoding,
                                "ignored_columns": [c["name"] for c in features
                                                    if c["stat_type"] in ("identifier", "constant")]}
        if written:
            # how numbers pandas reads as strings are written: the runs and the exported
            # script read them so ($1,234 as 1234, 12 kg as 12, a decimal comma)
            table["written_numbers"] = written
        # a format the column's dates were typed by (at most 5 % of the values failing it),
        # or one the verdict names (whole numbers that write a date, seasons, fiscal years)
        date_formats = {c.name: c.date_format for c in self.columns
                        if c.kind == "string" and c.date_format
                        and c.date_failures <= 0.05 * c.n
                        and verdicts[c.name].stat_type == "datetime"}
        date_formats.update({name: v.date_format for name, v in verdicts.items()
                             if v.stat_type == "datetime" and v.date_format})
        if date_formats:
            # the format each column of dates was read with: the runs and the exported
            # script read them so (03/04/2020 as 3 April where the column is day first)
            table["date_formats"] = date_formats
        if dialect.trailing_delimiter:
            # every reader of the file drops the empty field that ends each line alike
            table["trailing_delimiter"] = True
        if dialect.comment_lines:
            # every reader of the file skips the comment lines above its header alike
            table["comment_lines"] = dialect.comment_lines
        if dialect.na_codes:
            # where "NA" is a code: every reader keeps it there and reads it elsewhere as missing
            table["na_codes"] = list(dialect.na_codes)
        if dialect.units_line is not None:
            # and the line of units below it, which the user is shown with its units
            table["units_line"] = dialect.units_line
            table["units"] = dict(dialect.units)
        none_levels = [c.name for c in self.columns if c.saw_none]
        if none_levels:
            # where "None" was read as a level: the runs and the exported script read it so
            table["none_levels"] = none_levels
        facts: dict[str, Any] = {"has_data": True, "data_structure": "structured",
                                 "n_samples": self.n_rows, "n_features": len(usable),
                                 "missing_ratio": round(missing, 4), "time_ordered": time_ordered.value}
        reasons = {"time_ordered": time_ordered.doc()}
        if "time_indexed" in SPECS and target is not None:   # the vocabulary's newer fact
            facts["time_indexed"] = time_indexed.value
            reasons["time_indexed"] = time_indexed.doc()
        types = {c["stat_type"] for c in usable}
        if types:
            facts["feature_types"] = sorted(types)
        numeric = [c for c in usable if c["stat_type"] in NUMERIC_TYPES]
        if numeric:
            facts["has_outliers"] = any(c["outlier_ratio"] > OUTLIER_SHARE for c in numeric)
            facts["skewed"] = any(abs(c["skew"] or 0) > SKEW_LIMIT for c in numeric)
        nominal = [c for c in usable if c["stat_type"] == "nominal"]
        if nominal:
            facts["high_cardinality"] = any(c["cardinality"] > HIGH_CARDINALITY for c in nominal)
        text = sum(c["stat_type"] == "text" for c in usable)
        facts["modality"] = "text" if usable and text > len(usable) / 2 else "tabular"
        target_doc = None
        if target is not None:
            index = self.names.index(target)
            target_doc = _target(self.columns[index], summaries[target], verdicts[target], self.n_rows)
            facts.update(target_doc.pop("facts"))
            few = signals.few_important_features(self.sample, usable, target, target_doc["target_type"])
            reasons["few_important_features"] = few.doc()
            if few.value is not None:
                facts["few_important_features"] = few.value
        return Profile(normalize_facts(facts), columns, target_doc, table, reasons)

    def _summary(self, col: _Column) -> ColumnSummary:
        raw = self.sample[col.name] if self.sample is not None else pd.Series([], dtype=object)
        if col.kind == "numeric":
            v = raw.to_numpy(dtype=np.float64, na_value=np.nan)
            sample = pd.Series(v[np.isfinite(v)])
        else:
            sample = raw.dropna().astype(str).astype(object).reset_index(drop=True)
        distinct, exact = col.distinct()
        summary = ColumnSummary(
            name=col.name, n_present=col.n, kind=col.kind or "empty", distinct=distinct,
            distinct_exact=exact, levels=col.levels, sample=sample,
            bool_dtype=col.bool_dtype, integral=col.integral, strictly_increasing=col.order.strict,
            order_increasing=col.order.increasing, order_decreasing=col.order.decreasing,
            vmin=None if col.order.min is None else float(col.order.min),
            vmax=None if col.order.max is None else float(col.order.max),
            date_format=col.date_format, date_failures=col.date_failures,
            runs=col.runs, steps_of_one=col.steps_of_one, run_starts=col.run_starts,
            why_text=col.why_text,
            n_rows=self.n_rows)
        if col.written == "unit":
            summary.extra["unit"], summary.extra["unit_shown"] = col.unit, col.unit_shown
        if col.dates.min is not None:
            show = _time_of_day if col.date_format in TIME_FORMATS else _day_or_time
            summary.extra["date_min"] = show(col.dates.min)
            summary.extra["date_max"] = show(col.dates.max)
        return summary

    def _column_json(self, col: _Column, s: ColumnSummary, v: Verdict) -> dict[str, Any]:
        doc: dict[str, Any] = {"name": col.name, "stat_type": v.stat_type, "confidence": v.confidence,
                               "missing_ratio": round(col.missing / self.n_rows, 4), "reason": v.reason}
        if col.bounded:
            tokens = ", ".join(f"'{t[:20]}'" for t in list(col.bounded)[:3])
            doc["reason"] = Sentences(doc["reason"], _(
                "{n} values written as bounds ({tokens}), beyond what the measurement reports, "
                "were read as the bound.", n=col.n_marked["bound"], tokens=tokens))
        if col.bracketed:
            tokens = ", ".join(f"'{t[:20]}'" for t in list(col.bracketed)[:3])
            doc["reason"] = Sentences(doc["reason"], _(
                "{n} values written in square brackets ({tokens}), as an estimate is marked, were "
                "read as the number.", n=col.n_marked["bracket"], tokens=tokens))
        if col.written:
            tokens = ", ".join(f"'{t[:20]}'" for t in col.written_examples)
            doc["reason"] = Sentences(doc["reason"], {
                "marks": _("Numbers written with a currency sign or code, a percent sign or "
                           "marks between thousands ({tokens}) were read as the numbers they "
                           "write.", tokens=tokens),
                "duration": _("Durations written with their units ({tokens}) were read as "
                              "seconds.", tokens=tokens),
                "unit": _("Numbers written with the unit '{unit}' ({tokens}) were read as the "
                          "numbers, in that unit.", unit=col.unit_shown, tokens=tokens),
                "uncertainty": _("Numbers written with their uncertainty ({tokens}), in "
                                 "parentheses after the last digits or after ±, were read as "
                                 "the numbers, the uncertainty left aside.", tokens=tokens),
                "magnitude": _("Numbers written with their magnitude after them ({tokens}): "
                               "thousands (K), millions (M), billions (B), were read as the "
                               "numbers they stand for.", tokens=tokens),
                "sexagesimal": _("Angles or hours written as degrees (or hours), minutes and "
                                 "seconds ({tokens}) were read as one number each, in degrees "
                                 "(or hours), south and west negative.", tokens=tokens),
                "feet": _("Lengths written in feet and inches ({tokens}), as heights are in "
                          "the US, were read as inches.", tokens=tokens),
                "approximate": _("Numbers given as approximations ({tokens}) were read as the "
                                 "numbers they give.", tokens=tokens),
                "yesno": _("'yes' and 'no' stand where the numbers 1 and 0 would, which no cell "
                           "writes in digits, and were read as 1 and 0."),
                "trail": _("Numbers each followed by '{trail}' ({tokens}), a mark left after "
                           "every value as a database dump or a program's output leaves one, "
                           "were read as the numbers.", trail=col.trail, tokens=tokens)}[col.written])
            if col.written == "unit" and col.units_converted:
                doc["reason"] = Sentences(doc["reason"], _(
                    "Those written in {others}, the same unit with another metric prefix, were "
                    "converted to '{unit}'.", others=", ".join(col.units_converted[:4]),
                    unit=col.unit_shown))
        if col.bytes_written:
            doc["reason"] = Sentences(doc["reason"], _(
                "The values are written as Python bytes (b'...'), as a file read from SAS or "
                "Stata and saved again without decoding; they were read as the text inside."))
        if col.stray:
            tokens = ", ".join(f"'{t[:20]}'" for t in list(col.stray)[:3])
            doc["reason"] = Sentences(doc["reason"], _(
                "Non-numbers ({tokens}) were counted as missing.", tokens=tokens))
        if col.nonfinite and not col.n:
            doc["infinite"] = col.nonfinite
            doc["reason"] = _("Every value that is not missing ({n}) is infinite (inf, -inf, or a "
                              "number past the range of floating point): nothing to measure.",
                              n=col.nonfinite)
        elif col.nonfinite:
            doc["infinite"] = col.nonfinite
            doc["reason"] = Sentences(doc["reason"], _(
                "{n} infinite values (inf, -inf, or numbers past the range of floating point) were "
                "left out of every statistic.", n=col.nonfinite))
        if v.stat_type in NUMERIC_TYPES and col.n:
            mean, std, skew = col.moments()
            x = s.sample.to_numpy()
            q1, q3 = np.percentile(x, [25, 75]) if len(x) else (0.0, 0.0)
            fence = 1.5 * (q3 - q1)
            outside = ((x < q1 - fence) | (x > q3 + fence)).mean() if len(x) else 0.0
            with np.errstate(all="ignore"):
                doc.update(min=_plain(s.vmin), max=_plain(s.vmax), mean=round(mean, 4),
                           std=round(std, 4), skew=round(skew, 4), outlier_ratio=round(float(outside), 4))
            overflow = [k for k in ("mean", "std", "skew") if not np.isfinite(doc[k])]
            if overflow:
                doc["reason"] = Sentences(doc["reason"], _(
                    "The {statistics} overflow floating point (values reach {top}) and are left "
                    "null.", statistics=", ".join(overflow), top=f"{_plain(s.vmax):.3g}"))
        else:
            doc["cardinality"] = s.distinct
            if not s.distinct_exact:
                doc["cardinality_estimated"] = True
        if v.order:
            doc["order"] = v.order
        if v.stat_type in CATEGORICAL_TYPES and col.levels:
            top = sorted(col.levels.items(), key=lambda kv: -kv[1])[:10]
            doc["top_values"] = {str(_plain(k)): c for k, c in top}
        elif v.stat_type in CATEGORICAL_TYPES and len(s.sample):
            # Past LEVEL_CAP categories the counts come from the sample, scaled to the file.
            # The sample keeps quoted blank cells, which the column counts as missing.
            present = s.sample[s.sample.astype(str).str.strip() != ""]
            scale = col.n / max(len(present), 1)
            doc["top_values"] = {str(_plain(k)): int(round(c * scale))
                                 for k, c in present.value_counts().iloc[:10].items()}
            doc["top_values_estimated"] = scale != 1
        if v.stat_type == "datetime":
            if col.date_format and col.date_failures <= 0.05 * col.n:
                doc.update(min=s.extra.get("date_min"), max=s.extra.get("date_max"),
                           monotonic=col.dates.increasing or col.dates.decreasing)
            elif col.kind == "string":
                # Years with a few words among them ("Ancient"): the words have no place in
                # time, so the column orders no rows.
                years = pd.to_numeric(s.sample, errors="coerce").dropna()
                doc.update(min=_plain(years.min()) if len(years) else None,
                           max=_plain(years.max()) if len(years) else None, monotonic=False,
                           years=True)
            elif v.date_format and (order := col.integer_dates.order(v.date_format)):
                doc.update(min=_shown_key(order.min, v.date_format),
                           max=_shown_key(order.max, v.date_format),
                           monotonic=order.increasing or order.decreasing)
            else:
                doc.update(min=_plain(s.vmin), max=_plain(s.vmax),
                           monotonic=col.order.increasing or col.order.decreasing)
                # years (periods counted from a start, t = 0, 1, 2..., are a time index, and
                # days counted from an epoch are days)
                if s.vmax is not None and s.vmax <= 9999 and not v.time_index and not v.days:
                    doc["years"] = True
            doc["monotonic"] = bool(doc["monotonic"] and s.distinct > 1)
        return doc


def _target(col: _Column, s: ColumnSummary, v: Verdict, n_rows: int) -> dict[str, Any]:
    """The target's type and, for classes, their counts and balance."""
    kind = v.stat_type
    if col.n == 0:
        what = (_("the target column '{name}' holds only infinite values (inf, -inf)",
                  name=col.name) if col.nonfinite else
                _("the target column '{name}' is empty: every value is missing", name=col.name))
        raise ProfileError(what, _("a target column with a finite value in at least some rows "
                                   "(rows without one are unlabelled)"))
    if kind == "identifier" and not (s.distinct_exact and s.distinct == s.n_present):
        kind = "nominal"   # the ids of grouped units, asked for as classes
    if kind in ("constant", "identifier", "datetime"):
        what = {"constant": _("the target column '{name}' has a single value: there is nothing "
                              "to learn to predict", name=col.name),
                "identifier": _("the target column '{name}' has a different value in every row, "
                                "like an identifier: there is nothing to learn to predict",
                                name=col.name),
                "datetime": _("the target column '{name}' holds dates: there is nothing to learn "
                              "to predict", name=col.name)}[kind]
        raise ProfileError(what, _("a target column of classes (two or more) or of numbers"))
    levels = col.levels
    codes = (col.kind == "numeric" and s.integral and levels is not None
             and s.vmax is not None and s.vmin is not None
             and len(levels) <= SMALL_LEVELS and s.vmax - s.vmin <= SMALL_LEVELS)
    if s.distinct == 2 and s.distinct_exact:
        target_type = "binary"
    elif kind in ("nominal", "ordinal"):
        target_type = kind
    elif codes:
        # A target of a few whole numbers is a set of class labels: 0..k-1 is how class
        # labels are encoded, other short runs (ratings 1-5, quality 3-8) are ordered.
        target_type = "nominal" if s.vmin == 0 else "ordinal"
    elif kind == "text":
        target_type = "nominal"
    else:
        target_type = kind
    missing = col.missing / n_rows
    facts: dict[str, Any] = {"labeled": True, "target_type": target_type,
                             # Mostly unlabelled rows are the setting of semi-supervised learning.
                             "learning_type": "supervised" if missing < 0.5 else "semi_supervised"}
    doc: dict[str, Any] = {"name": col.name, "target_type": target_type, "stat_type": kind,
                           "missing_ratio": round(missing, 4), "n_classes": None, "class_counts": None,
                           "class_balance": None, "minority_share": None}
    if target_type in ("binary", "nominal", "ordinal"):
        n_classes = s.distinct
        doc["n_classes"] = facts["n_classes"] = n_classes
        if levels is not None:
            order = v.order or sorted(levels, key=lambda k: (-levels[k], str(k)))
            counts = {str(_plain(k)): levels[k] for k in order}
            share = min(counts.values()) / sum(counts.values())
            balance = "imbalanced" if is_imbalanced(share, n_classes) else "balanced"
            doc.update(class_counts=counts, class_balance=balance, minority_share=round(share, 4))
            facts.update(class_balance=balance, minority_share=round(share, 4))
    doc["facts"] = facts
    return doc


def _time_of_day(ns: int) -> str:
    return pd.Timestamp(int(ns)).time().isoformat()


def _day_or_time(ns: int) -> str:
    stamp = pd.Timestamp(int(ns))
    return stamp.date().isoformat() if stamp == stamp.normalize() else stamp.isoformat()


def _plain(x: Any) -> Any:
    if isinstance(x, (float, np.floating)) and float(x).is_integer():
        return int(x)
    if isinstance(x, np.generic):
        return x.item()
    return x
