"""A Babel extractor for the fact vocabulary (babel.cfg maps it to this file).

Fact names and their allowed values are data in rules/facts.py (FactSpec), not calls to
``_``, so pybabel's Python extractor cannot see them. This one reads the vocabulary itself
and yields each name (context "fact") and each value (context "value"): the catalogue
then holds a label for every answer the page shows, while the stored values stay the
vocabulary's.
"""
from __future__ import annotations


def vocabulary_messages() -> list[tuple[str, str, str]]:
    """(context, msgid, comment) for every fact name and value a person may be shown."""
    from mlwf.rules.facts import OUTCOMES, SPECS
    from mlwf.rules.patterns import DERIVED_VALUES

    out: list[tuple[str, str, str]] = []
    for spec in SPECS.values():
        out.append(("fact", spec.name, f"the fact {spec.name} ({spec.kind})"))
    for name in DERIVED_VALUES:
        out.append(("fact", name, f"the derived fact {name}"))
    values: dict[str, list[str]] = {}
    for spec in SPECS.values():
        for value in spec.choices:
            values.setdefault(value, []).append(spec.name)
        if spec.kind == "bool":
            for value in ("true", "false"):
                values.setdefault(value, []).append(spec.name)
    for value in OUTCOMES:
        values.setdefault(value, []).append("tried")
    for name, choices in DERIVED_VALUES.items():
        for value in choices:
            values.setdefault(value, []).append(name)
    for value, facts in values.items():
        out.append(("value", value, "a value of " + ", ".join(sorted(set(facts)))))
    return out


def extract(fileobj, keywords, comment_tags, options):
    """Babel's extractor interface: (lineno, funcname, message, comments)."""
    for context, msgid, comment in vocabulary_messages():
        yield 1, "pgettext", (context, msgid), [comment]
