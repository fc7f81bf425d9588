"""The SPARQL examples of the README, read from it: the tests and the benchmark run exactly
what the README shows."""
import pathlib
import re

README = pathlib.Path(__file__).resolve().parents[1] / "README.md"


def readme_queries() -> list[tuple[str, str]]:
    """(title, query) for each ```sparql block, titled by the line of text before it."""
    text = README.read_text(encoding="utf-8")
    out = []
    for m in re.finditer(r"([^\n]*)\n\n```sparql\n(.*?)```", text, re.S):
        out.append((m.group(1).strip().rstrip(":"), m.group(2)))
    return out
