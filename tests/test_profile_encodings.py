"""The encodings a CSV comes in besides UTF-8: Windows-1252 (Excel's CSV on a Western
Windows), and the multi-byte encodings of Chinese, Japanese and Korean that Excel, banks and
public data portals in those countries still write (GBK, Big5, Shift_JIS, EUC-KR). Each is
read from the evidence of the file's first 64 KB, its strings as written, and named in
table.encoding for every later reader of the file."""
from __future__ import annotations

import io

import pytest

from mlwf.profiling.profile import profile_csv


def col(profile, name):
    return next(c for c in profile.columns if c["name"] == name)


CITIES = {
    # (header, rows of words) in the language a file of that encoding holds
    "gb18030": ("省份,城市,人口,备注", [("北京市", "朝阳区", "首都"), ("广东省", "广州市", "省会城市"),
                                    ("上海市", "浦东新区", "直辖市"), ("四川省", "成都市", "西部")]),
    "big5": ("縣市,鄉鎮,人口,備註", [("臺北市", "大安區", "直轄市"), ("高雄市", "前鎮區", "港口城市"),
                                 ("臺中市", "西屯區", "直轄市"), ("新竹縣", "竹北市", "科學園區")]),
    "cp932": ("都道府県,市区町村,人口,備考", [("東京都", "新宿区", "特別区"), ("大阪府", "大阪市", "政令指定都市"),
                                        ("北海道", "札幌市", "さっぽろ"), ("愛知県", "名古屋市", "なごや")]),
    "cp949": ("시도,시군구,인구,비고", [("서울특별시", "종로구", "특별시"), ("부산광역시", "해운대구", "광역시"),
                                  ("경기도", "수원시", "도청 소재지"), ("대구광역시", "중구", "광역시")]),
}


@pytest.mark.parametrize("codec", CITIES)
def test_a_file_in_an_east_asian_encoding_reads_its_words(codec):
    header, words = CITIES[codec]
    text = header + "\n" + "".join(f"{a},{b},{500 + 13 * (i * 7 % 97)},{c}\n"
                                   for i, (a, b, c) in enumerate(words * 150))
    p = profile_csv(io.BytesIO(text.encode(codec)))
    assert p.table["encoding"] == codec
    names = [c["name"] for c in p.columns]
    assert names == header.split(",")
    first = col(p, names[0])
    assert first["stat_type"] == "nominal" and set(first["top_values"]) == {w[0] for w in words}
    assert col(p, names[2])["stat_type"] in ("discrete", "continuous")


def test_a_few_chinese_characters_in_a_mostly_ascii_file_are_read_as_chinese():
    # Lianjia's Beijing sales: one character of height before the building's floors (高 26)
    # in an otherwise ASCII line, Excel's CSV on a Chinese Windows (GBK, CRLF)
    heights = ["高", "中", "低", "底", "顶", "未知"]
    lines = ["id,floor,price,square"] + [
        f"{101084782030 + i},{heights[i % 6]} {5 + i % 25},{30000 + 17 * i},{60 + i % 90}.5"
        for i in range(1500)]
    p = profile_csv(io.BytesIO("\r\n".join(lines).encode("gbk") + b"\r\n"))
    assert p.table["encoding"] == "gb18030"
    assert any(v.startswith("高 ") for v in col(p, "floor")["top_values"])


def test_western_files_stay_windows_1252():
    rows = [("Hélène", "Besançon"), ("François", "Orléans"), ("Zoë", "Montréal"), ("Jürgen", "Köln"),
            ("José", "Málaga"), ("Begoña", "A Coruña"), ("Ångström", "Malmö")]
    text = "name,city,visits\n" + "".join(f"{n},{c},{i % 9}\n" for i, (n, c) in enumerate(rows * 60))
    p = profile_csv(io.BytesIO(text.encode("cp1252")))
    assert p.table["encoding"] == "cp1252"
    assert {"Besançon", "Köln", "Malmö"} <= set(col(p, "city")["top_values"])


def test_a_utf8_file_with_a_few_windows_1252_lines_stays_utf8():
    rows = "".join(f"Jos\u00e9 {i},M\u00e1laga,{i % 7}\n" for i in range(2000))
    data = b"name,city,visits\n" + "Zo\xeb,Z\xfcrich,2\n".encode("cp1252") + rows.encode()
    p = profile_csv(io.BytesIO(data))
    assert p.table["encoding"].startswith("utf-8 (")


def test_a_stray_byte_later_in_a_chinese_file_is_counted_not_fatal():
    header, words = CITIES["gb18030"]
    body = "".join(f"{a},{b},{1000 + i},{c}\n" for i, (a, b, c) in enumerate(words * 1500))
    # a Windows-1252 accent before a comma is no GBK character (before a letter it could be)
    data = (header + "\n" + body).encode("gbk") + "Café,Café,1,x\n".encode("cp1252")
    p = profile_csv(io.BytesIO(data))
    assert p.table["encoding"].startswith("gb18030 (") and "Windows-1252" in p.table["encoding"]
    assert col(p, header.split(",")[0])["stat_type"] == "nominal"
