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


def record_penguins_evaluation(app) -> str:
    """A case of its own with the penguins evaluated (top 3 candidates) and recorded, so
    that the README's queries over runs have rows; returns its id."""
    import tempfile

    from palmerpenguins import load_penguins

    from mlwf.evaluation import evaluate
    from mlwf.kb.runs import record_evaluation

    cases = app.extensions["mlwf"].cases
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "penguins.csv"
        load_penguins().to_csv(path, index=False)
        case_id = cases.create({"goal": "tell penguin species apart"})
        result = evaluate(str(path), "species", top=3)
    record_evaluation(cases, case_id, result, profile_facts=result.profile_facts)
    return case_id
