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
    from mlwf.rules.facts import SPECS
    from mlwf.rules.patterns import shown_names, shown_values

    out = [("fact", name, f"the fact {name}" + (f" ({SPECS[name].kind})" if name in SPECS
                                                 else ", derived"))
           for name in shown_names()]
    out += [("value", value, "a value of " + ", ".join(sorted(set(facts))))
            for value, facts in shown_values().items()]
    return out


def extract(fileobj, keywords, comment_tags, options):
    """Babel's extractor interface: (lineno, funcname, message, comments)."""
    for context, msgid, comment in vocabulary_messages():
        yield 1, "pgettext", (context, msgid), [comment]
