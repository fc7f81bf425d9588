"""Whether the profiler reads a CSV in the code page it was written in.

Writes, for each of Faker's locales below, CSV files of names, cities and streets in the
locale's Windows code page (Excel's CSV on a Windows set to that language): the people on
every row, on one row in three, ten, thirty or a hundred (the others ASCII, as in an export
with a few accented names), two seeds each. It profiles each file and compares
table.encoding with the code page it was written in. Faker's words are not CLDR's, from
which the profiler takes a language's letters, so the check is not circular.

Printed per code page: the files; those read in their code page; those read as
Windows-1252 whose first 64 KB read the same in both (no byte in them that the two code
pages read differently, so the profile is the same); those read wrong; and, for
comparison, how often chardet alone, given the whole head and the same choices, names the
right code page, and how many files read right as Windows-1252, as every code page but the
East Asian ones was read before. The profiler gives chardet the lines with bytes beyond
ASCII, and takes a Central European or other code page only where the bytes it reads
unlike Windows-1252 are letters of the language chardet heard.
Usage: python bench/bench_encodings.py
"""
from __future__ import annotations

import codecs
import csv
import io
import sys
import time
from collections import defaultdict

import chardet
from faker import Faker

from mlwf.profiling.profile import CODE_PAGES, EAST_ASIAN, profile_csv

LOCALES = {
    "cp1252": ["fr_FR", "de_DE", "es_ES", "pt_PT", "it_IT", "nl_NL", "sv_SE", "da_DK", "fi_FI",
               "no_NO", "en_US", "de_AT", "fr_CH", "es_MX", "pt_BR"],
    "cp1250": ["cs_CZ", "pl_PL", "hu_HU", "sk_SK", "sl_SI", "hr_HR", "ro_RO"],
    "cp1251": ["ru_RU", "uk_UA", "bg_BG"],
    "cp1253": ["el_GR"],
    "cp1254": ["tr_TR", "az_AZ"],
    "cp1255": ["he_IL"],
    "cp1256": ["ar_AA", "fa_IR"],
    "cp1257": ["lt_LT", "lv_LV", "et_EE"],
}
EVERY = (1, 3, 10, 30, 100)
SEEDS = (1, 2)
HEAD = 1 << 16


def write(locale: str, codec: str, every: int, seed: int) -> bytes:
    fake = Faker(locale)
    fake.seed_instance(seed)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "name", "city", "street", "amount"])
    for i in range(1, 1200):
        if i % every == 0:
            writer.writerow([i, fake.name(), fake.city(), fake.street_name(), i * 7 % 1000])
        else:
            writer.writerow([i, f"x{i}", "y", "z", i])
    # a character the code page lacks (Azerbaijani's ə in Windows-1254) is left out, as
    # Excel replaces it
    return out.getvalue().encode(codec, errors="ignore")


def same_text(data: bytes, codec: str) -> bool:
    head = data[:HEAD]
    return head.decode(codec, errors="replace") == head.decode("cp1252", errors="replace")


def main() -> None:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    started = time.perf_counter()
    for codec, locales in LOCALES.items():
        for locale in locales:
            for every in EVERY:
                for seed in SEEDS:
                    data = write(locale, codec, every, seed)
                    if data.isascii():
                        continue
                    got = profile_csv(io.BytesIO(data)).table["encoding"].split(" ", 1)[0]
                    alone = chardet.detect(data[:HEAD], include_encodings=[
                        *EAST_ASIAN, *CODE_PAGES, "cp1252", "utf-8"])["encoding"]
                    row = counts[codec]
                    row["files"] += 1
                    if got == codec:
                        row["right"] += 1
                    elif got == "cp1252" and same_text(data, codec):
                        row["same text"] += 1
                    else:
                        row["wrong"] += 1
                    row["chardet alone"] += bool(alone) and codecs.lookup(alone).name == codec
                    row["as 1252"] += codec == "cp1252" or same_text(data, codec)
    print(f"{'code page':<10} {'files':>6} {'right':>6} {'same text':>10} {'wrong':>6} "
          f"{'chardet alone':>14} {'as 1252':>8}")
    total: dict[str, int] = defaultdict(int)
    for codec, row in counts.items():
        print(f"{codec:<10} {row['files']:>6} {row['right']:>6} {row['same text']:>10} "
              f"{row['wrong']:>6} {row['chardet alone']:>14} {row['as 1252']:>8}")
        for key, n in row.items():
            total[key] += n
    print(f"{'all':<10} {total['files']:>6} {total['right']:>6} {total['same text']:>10} "
          f"{total['wrong']:>6} {total['chardet alone']:>14} {total['as 1252']:>8}")
    print(f"{time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
