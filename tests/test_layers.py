"""The layers can be seen in the tree, and imports point one way only:
cli → server → kb → evaluation → profiling → rules → ontology (shared/DESIGN.md).
An upward import, or two modules importing each other, fails here."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ["ontology", "rules", "profiling", "evaluation", "kb", "server", "cli"]
RANK = {layer: i for i, layer in enumerate(LAYERS)}


def modules():
    for layer in LAYERS:
        for path in sorted((ROOT / layer).rglob("*.py")):
            yield layer, path


def imported(path: Path) -> set[str]:
    """Every mlwf module ``path`` imports, at the top or inside a function."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {n for n in names if n.startswith("mlwf.")}


def module_name(path: Path) -> str:
    return "mlwf." + ".".join(path.relative_to(ROOT).with_suffix("").parts)


@pytest.mark.parametrize("layer", [layer for layer in LAYERS if (ROOT / layer).is_dir()])
def test_each_layer_says_its_rule(layer):
    readme = (ROOT / layer / "README.md").read_text(encoding="utf-8")
    assert "May import" in readme and "Must not" in readme


def test_no_import_points_up():
    upward = [f"{path.relative_to(ROOT)} imports {name}"
              for layer, path in modules() for name in imported(path)
              if RANK.get(name.split(".")[1], -1) > RANK[layer]]
    assert upward == []


def test_no_two_modules_import_each_other():
    graph = {module_name(path): imported(path) for _, path in modules()}
    cycles = sorted({tuple(sorted((a, b))) for a, targets in graph.items() for b in targets
                     if a in graph.get(b, ())})
    assert cycles == []


def test_the_check_sees_an_upward_import(tmp_path):
    """The checker itself: an upward import in a lower layer is found."""
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from mlwf.server.app import create_app\n")
    assert imported(bad) == {"mlwf.server.app", "mlwf.server.app.create_app"}
