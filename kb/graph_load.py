"""N-Triples as SPARQL Update operations any SPARQL 1.1 server accepts.

Two server limits shape this (both met on Virtuoso 7.2): its SPARQL parser runs out of
stack on a few thousand triples in one block, so the triples go in several operations of
one request (still one atomic request); and it refuses blank nodes in INSERT DATA, so
triples with blank nodes go in ``INSERT { ... } WHERE { }``, whose template makes fresh
blank nodes per operation. That is why all triples sharing a blank node (an OWL
restriction, an RDF list) must land in the same operation.
"""
from __future__ import annotations

import re

BNODE = re.compile(r"_:[A-Za-z0-9_\-.]+")


def _groups(lines: list[str]) -> list[list[str]]:
    """The triples, with every set connected through blank nodes kept together."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    plain, linked = [], []
    for line in lines:
        labels = BNODE.findall(_outside_literals(line))
        if not labels:
            plain.append([line])
            continue
        root = find(labels[0])
        for label in labels[1:]:
            parent[find(label)] = root
        linked.append((labels[0], line))
    components: dict[str, list[str]] = {}
    for label, line in linked:
        components.setdefault(find(label), []).append(line)
    return plain + list(components.values())


def _outside_literals(line: str) -> str:
    """The line without its quoted literal, so "_:x" inside a string is not a blank node."""
    return re.sub(r'"(?:[^"\\]|\\.)*"', '""', line)


def insert_operations(graph: str, ntriples: str, max_triples: int = 1000) -> list[str]:
    """INSERT operations that put ``ntriples`` into ``graph``, at most about
    ``max_triples`` per operation (a blank-node group is never split)."""
    lines = [line for line in ntriples.splitlines() if line.strip() and not line.startswith("#")]
    ops: list[str] = []
    batch: list[str] = []
    has_bnodes = False

    def flush() -> None:
        nonlocal batch, has_bnodes
        if batch:
            body = f"GRAPH <{graph}> {{\n" + "\n".join(batch) + "\n}"
            ops.append(f"INSERT {{ {body} }} WHERE {{ }}" if has_bnodes else f"INSERT DATA {{ {body} }}")
        batch, has_bnodes = [], False

    for group in sorted(_groups(lines), key=len):
        if len(batch) + len(group) > max_triples:
            flush()
        batch += group
        has_bnodes = has_bnodes or len(group) > 1 or "_:" in _outside_literals(group[0])
    flush()
    return ops
