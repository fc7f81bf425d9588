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


# Excel's CSV on a Windows set to another of Europe's languages, or the Middle East's, is
# written in that language's code page; each row is a place and a word of the language,
# written here by hand (not drawn from the CLDR names the profiler knows alphabets from)
CODE_PAGES = {
    "cp1250": ("obec,kraj,obyvatel", [("Plzeň", "Plzeňský"), ("České Budějovice", "Jihočeský"),
                                      ("Ústí nad Labem", "Ústecký"), ("Hradec Králové", "Královéhradecký"),
                                      ("Třebíč", "Vysočina"), ("Děčín", "Ústecký")]),
    "cp1251": ("город,область,население", [("Нижний Новгород", "Нижегородская"), ("Тверь", "Тверская"),
                                          ("Ярославль", "Ярославская"), ("Сочи", "Краснодарский край"),
                                          ("Чебоксары", "Чувашия"), ("Ижевск", "Удмуртия")]),
    "cp1253": ("πόλη,περιφέρεια,πληθυσμός", [("Θεσσαλονίκη", "Κεντρική Μακεδονία"), ("Πάτρα", "Δυτική Ελλάδα"),
                                            ("Ηράκλειο", "Κρήτη"), ("Λάρισα", "Θεσσαλία"),
                                            ("Ιωάννινα", "Ήπειρος"), ("Χανιά", "Κρήτη")]),
    "cp1254": ("şehir,bölge,nüfus", [("İstanbul", "Marmara"), ("Şanlıurfa", "Güneydoğu Anadolu"),
                                     ("Iğdır", "Doğu Anadolu"), ("Eskişehir", "İç Anadolu"),
                                     ("Muğla", "Ege"), ("Çanakkale", "Marmara")]),
    "cp1257": ("miestas,apskritis,gyventojai", [("Šiauliai", "Šiaulių"), ("Klaipėda", "Klaipėdos"),
                                               ("Panevėžys", "Panevėžio"), ("Marijampolė", "Marijampolės"),
                                               ("Utena", "Utenos"), ("Tauragė", "Tauragės")]),
}


@pytest.mark.parametrize("codec", CODE_PAGES)
def test_a_file_in_another_windows_code_page_reads_its_words(codec):
    header, places = CODE_PAGES[codec]
    text = header + "\n" + "".join(f"{a},{b},{900 + 37 * (i * 11 % 89)}\n"
                                   for i, (a, b) in enumerate(places * 120))
    p = profile_csv(io.BytesIO(text.encode(codec)))
    assert p.table["encoding"] == codec
    assert [c["name"] for c in p.columns] == header.split(",")
    assert set(col(p, header.split(",")[0])["top_values"]) == {a for a, _ in places}


def test_a_mostly_ascii_turkish_file_reads_its_dotless_i():
    # an export with a Turkish word on one row in twenty: the few bytes must still decide
    lines = ["id,musteri,il,tutar"] + [
        f"{i},{'Işıl Gündoğdu' if i % 20 == 0 else f'C{i:05d}'},"
        f"{'Kırşehir' if i % 20 == 0 else 'Ankara'},{100 + i % 50}.25" for i in range(2000)]
    p = profile_csv(io.BytesIO("\r\n".join(lines).encode("cp1254")))
    assert p.table["encoding"] == "cp1254"
    assert "Kırşehir" in col(p, "il")["top_values"]


@pytest.mark.parametrize("rows", [
    # Spanish's ñ is Polish's ń in Windows-1250, and its á é í ó are Hungarian's too
    [("Begoña Muñoz", "A Coruña"), ("Íñigo Peña", "Logroño"), ("Álvaro Núñez", "Cádiz"),
     ("María Ibáñez", "León"), ("Sebastián Ordóñez", "Jaén")],
    # Danish's ø å æ are ř ĺ ć there
    [("Søren Kjær", "Århus"), ("Bjørn Ærø", "Næstved"), ("Åse Møller", "Køge"),
     ("Mette Dræby", "Herlev"), ("Jørgen Lærke", "Søborg")],
])
def test_western_files_are_not_taken_for_a_central_european_code_page(rows):
    text = "name,city,visits\n" + "".join(f"{n},{c},{i % 9}\n" for i, (n, c) in enumerate(rows * 80))
    p = profile_csv(io.BytesIO(text.encode("cp1252")))
    assert p.table["encoding"] == "cp1252"
    assert {c for _, c in rows} <= set(col(p, "city")["top_values"])


def test_a_few_turkish_words_that_are_also_icelandic_read_as_turkish():
    # ten cities and three sales channels: read as Windows-1252 their ı, ş and ğ are
    # Icelandic ý, þ and ð, and chardet scores the two code pages the same
    cities = ["İstanbul", "Şanlıurfa", "Iğdır", "Eskişehir", "Muğla", "Çanakkale", "Kırşehir",
              "Ağrı", "Düzce", "Tekirdağ"]
    channels = ["mağaza", "çevrimiçi", "bayi"]
    lines = ["musteri,il,kanal,tutar"] + [
        f"M{i:05d},{cities[i * 7 % 10]},{channels[i % 3]},{100 + (i * 37) % 900}.5"
        for i in range(600)]
    p = profile_csv(io.BytesIO("\r\n".join(lines).encode("cp1254")))
    assert p.table["encoding"] == "cp1254"
    assert {"İstanbul", "Iğdır"} <= set(col(p, "il")["top_values"])
