"""The mlwf ontology: the Turtle source, its generated RDF/XML, and a Python index over it.

``load()`` parses the packaged Turtle once per process and returns the shared
:class:`~mlwf.ontology.concepts.Ontology`; every layer asks it vocabulary questions.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import Graph

from .concepts import Concept, Ontology, Question, local_name
from .namespace import MLWF, ONTOLOGY_IRI, STAGES

__all__ = ["Concept", "MLWF", "ONTOLOGY_IRI", "Ontology", "Question", "STAGES",
           "graph", "load", "local_name", "source_path", "owl_path"]


def source_path() -> Path:
    """The Turtle source of truth."""
    return Path(str(resources.files(__package__) / "mlwf.ttl"))


def owl_path() -> Path:
    """The RDF/XML file generated for Protégé."""
    return Path(str(resources.files(__package__) / "mlwf.owl"))


@lru_cache(maxsize=1)
def graph() -> Graph:
    g = Graph()
    g.parse(source_path(), format="turtle")
    return g


@lru_cache(maxsize=1)
def load() -> Ontology:
    return Ontology(graph())
