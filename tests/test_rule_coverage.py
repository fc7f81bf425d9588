"""Rules and ontology agree: every concept a rule names exists (with the right kind), and
every algorithm and scikit-learn technique is reachable by a rule or marked as not
recommended by rules."""
import ast
import pathlib

import pytest

from mlwf.ontology import load

RULES = pathlib.Path(__file__).resolve().parents[1] / "rules"
CALLS = {"recommend", "step", "return_to"}


def named_by_rules():
    """(concept, kind, file:line) for every recommend/step/return_to call in the rules."""
    out = []
    for path in sorted(RULES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in CALLS and node.args
                    and isinstance(node.args[0], ast.Constant)):
                kind = node.func.attr
                if kind == "recommend":
                    kind = node.args[1].value
                out.append((node.args[0].value, kind, f"{path.name}:{node.lineno}"))
    for path in sorted(RULES.rglob("*.py")):  # steps the workflow logic adds itself
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Record"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                out.append((node.args[0].value, "step", f"{path.name}:{node.lineno}"))
    return out


NAMED = named_by_rules()


def test_rules_name_concepts():
    assert len(NAMED) > 200


@pytest.mark.parametrize("concept, kind, where", NAMED, ids=[f"{c}@{w}" for c, _, w in NAMED])
def test_every_concept_a_rule_names_exists(concept, kind, where):
    onto = load()
    assert concept in onto.concepts, f"{where} names {concept}, which the ontology lacks"
    c = onto.concepts[concept]
    if kind == "algorithm":
        assert c.kind == "algorithm", f"{where}: {concept} is not under Algorithm"
    if kind == "metric":
        assert c.kind == "metric", f"{where}: {concept} is not under Evaluation Metric"
    if kind in ("algorithm", "metric", "technique"):
        assert not c.not_recommended, f"{where} recommends {concept}, marked not recommended"


def test_every_algorithm_and_technique_is_reachable_or_marked():
    onto = load()
    recommended = {c for c, kind, _ in NAMED}
    unreachable = sorted(
        c.name for c in onto.concepts.values()
        if (c.kind == "algorithm" or c.sklearn or c.kind == "metric")
        and c.name not in recommended and not c.not_recommended)
    assert not unreachable, ("recommend these from a rule or give them "
                             "mlwf:notRecommendedBecause: " + ", ".join(unreachable))
