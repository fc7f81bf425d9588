"""The SPARQL examples of the README, read from it: the tests and the benchmark run exactly
what the README shows."""
import pathlib
import re

README = pathlib.Path(__file__).resolve().parents[1] / "README.md"


def readme_queries() -> list[tuple[str, str]]:
    """(title, query) for each ```sparql block, titled by the start of the paragraph
    before it (up to its first parenthesis or colon)."""
    text = README.read_text(encoding="utf-8")
    out = []
    for m in re.finditer(r"\n\n((?:[^\n]+\n)+)\n```sparql\n(.*?)```", text, re.S):
        title = re.split(r"[(:]", " ".join(m.group(1).split()), maxsplit=1)[0].strip()
        out.append((title, m.group(2)))
    return out
