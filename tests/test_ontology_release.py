"""The release files: byte-identical RDF/XML, the header first, a local import through
the OWL API, and the ML Schema bridge checked together with ML Schema."""
import os
import pathlib
import re
import subprocess
import sys

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDFS

from mlwf.ontology import graph
from mlwf.ontology.bridge import bridge_graph, bridge_path, merged_graph, mlschema_graph
from mlwf.ontology.export import generated_files, serialize
from mlwf.ontology.reasoner import REASONERS, check_bridge, java_available, run_reasoner

from optional import missing

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _need_java():
    if not java_available():
        missing("Java", ".ci/run installs default-jre-headless")


def test_generated_files_are_up_to_date_byte_for_byte():
    stale = [str(p) for p, data in generated_files().items() if p.read_bytes() != data]
    assert not stale, f"out of date: {stale}; run `mlwf ontology export --format owl --write`"


@pytest.mark.slow
def test_generated_owl_holds_the_triples_of_the_turtle_source():
    owl = Graph().parse(data=serialize("owl"), format="xml")
    assert isomorphic(owl, graph())
    assert isomorphic(Graph().parse(data=serialize("owl", mlschema_graph()), format="xml"),
                      mlschema_graph())


def test_rdfxml_export_is_the_same_bytes_in_every_process():
    """Hash seeds change set and dict order between processes; the bytes must not."""
    outs = []
    for seed in ("1", "2", "12345"):
        out = subprocess.run([sys.executable, "-m", "mlwf.cli", "ontology", "export", "--format", "owl"],
                             capture_output=True, timeout=120, env={**os.environ, "PYTHONHASHSEED": seed})
        assert out.returncode == 0, out.stderr
        outs.append(out.stdout)
    assert outs[0] == outs[1] == outs[2]


def test_header_comes_first_as_an_owl_ontology_element():
    text = serialize("owl").decode("utf-8")
    first = re.search(r"<rdf:RDF[^>]*>\s*<([\w:]+) rdf:about=\"([^\"]+)\"", text)
    assert first.groups() == ("owl:Ontology", "https://w3id.org/mlwf/ontology")


@pytest.mark.slow
def test_owl_api_finds_the_generated_files_for_a_local_import():
    """Protégé's way offline: the OWL API maps each imported IRI to the file in the folder
    that declares it (AutoIRIMapper). The bridge imports mlwf and ML Schema."""
    _need_java()
    import owlready2
    jars = sorted((pathlib.Path(owlready2.__file__).parent / "pellet").glob("*.jar"))
    out = subprocess.run(["java", "-cp", ":".join(map(str, jars)), str(ROOT / "tests/java/LocalImport.java"),
                          str(ROOT / "ontology"), str(bridge_path())],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    loaded = {line.split("\t")[0]: line.split("\t")[2] for line in out.stdout.splitlines()}
    assert loaded["https://w3id.org/mlwf/ontology"].endswith("ontology/mlwf.owl")
    assert loaded["http://www.w3.org/ns/mls#"].endswith("mlschema/MLSchema.owl")


def test_the_bridge_relates_by_subclass_and_skos_never_by_equivalence():
    g = bridge_graph()
    for prop in (OWL.equivalentClass, OWL.sameAs, OWL.equivalentProperty):
        assert not list(g.triples((None, prop, None)))
    mls = "http://www.w3.org/ns/mls#"
    subs = {(str(s).split("#")[1], str(o)[len(mls):]) for s, o in g.subject_objects(RDFS.subClassOf)
            if str(o).startswith(mls)}
    assert {("Algorithm", "Algorithm"), ("LearningTask", "Task"),
            ("EvaluationMetric", "EvaluationMeasure"), ("ValidationTechnique", "EvaluationProcedure"),
            ("DataCharacteristic", "DataCharacteristic")} <= subs
    implementations = list(g.subjects(None, None))
    assert any("sklearn.ensemble.RandomForestClassifier" in str(s) for s in implementations)


@pytest.mark.slow
@pytest.mark.parametrize("reasoner", REASONERS)
def test_bridge_is_consistent_with_ml_schema(reasoner):
    _need_java()
    verdict = check_bridge(reasoner)
    assert verdict.consistent, verdict.message
    assert verdict.unsatisfiable == []


@pytest.mark.slow
def test_equating_by_name_would_be_caught(tmp_path):
    """mlwf's Model is a stage (a process); ML Schema's Model is an information entity,
    disjoint from processes. Saying one is the other by name makes the stage empty, and
    since the implementations below imply some algorithm used in a step of that stage,
    the whole is inconsistent."""
    _need_java()
    g = merged_graph()
    from rdflib import URIRef

    from mlwf.ontology import MLWF
    g.add((MLWF.Model, RDFS.subClassOf, URIRef("http://www.w3.org/ns/mls#Model")))
    (tmp_path / "bad.owl").write_bytes(serialize("owl", g))
    verdict = run_reasoner("hermit", [str(tmp_path / "bad.owl")])
    assert verdict.ran and (verdict.consistent is False or "Model" in verdict.unsatisfiable)


def test_quality_report_has_no_errors_and_no_warnings():
    from mlwf.ontology.report import counts, report
    rows = report(graph())
    assert counts(rows)["ERROR"] == 0 and counts(rows)["WARN"] == 0, \
        [r for r in rows if r.level != "INFO"][:20]


def test_quality_report_is_language_aware_and_reads_skos_definition():
    from rdflib import Literal
    from rdflib.namespace import SKOS

    from mlwf.ontology import MLWF
    from mlwf.ontology.report import report
    g = Graph()
    for t in graph():
        g.add(t)
    g.add((MLWF.Accuracy, RDFS.label, Literal("Correctness", lang="en")))     # two @en labels
    g.remove((MLWF.Recall, RDFS.label, Literal("Duyarlılık", lang="tr")))      # no @tr label
    g.add((MLWF.Recall, RDFS.label, Literal("Doğruluk", lang="tr")))           # Accuracy's @tr label
    g.remove((MLWF.Precision, SKOS.definition, None))                         # no definition
    g.add((MLWF.KMeans, OWL.deprecated, Literal(True)))                       # label not "obsolete"
    found = {(r.level, r.check, r.entity.split("#")[-1]) for r in report(g)}
    assert ("ERROR", "multiple_labels", "Accuracy") in found
    assert ("ERROR", "duplicate_label", "Recall") in found
    assert ("WARN", "missing_definition", "Precision") in found
    assert ("WARN", "missing_obsolete_label", "KMeans") in found
    assert ("ERROR", "deprecated_class_reference", "KMeans") not in found  # nothing points at it
    # One label per language is no "multiple labels".
    assert not any(c == "multiple_labels" and e == "Recall" for _, c, e in found)


def test_header_carries_what_a_release_needs():
    from rdflib import URIRef
    from rdflib.namespace import DCTERMS
    g = graph()
    onto = URIRef("https://w3id.org/mlwf/ontology")
    vann = "http://purl.org/vocab/vann/"
    for prop in (DCTERMS.created, DCTERMS.modified, DCTERMS.publisher, DCTERMS.contributor,
                 DCTERMS.bibliographicCitation, DCTERMS.license, OWL.priorVersion, OWL.versionIRI,
                 URIRef(vann + "preferredNamespacePrefix"), URIRef(vann + "preferredNamespaceUri")):
        assert g.value(onto, prop) is not None, prop
    assert str(g.value(onto, URIRef(vann + "preferredNamespacePrefix"))) == "mlwf"
    assert g.value(onto, DCTERMS.modified) >= g.value(onto, DCTERMS.created)


def test_no_released_iri_is_ever_deleted():
    from mlwf.ontology import MLWF
    from mlwf.ontology.quality import released_iris_missing
    g = Graph()
    for t in graph():
        g.add(t)
    assert released_iris_missing(g) == []
    g.remove((MLWF.stage, None, None))     # deleting the deprecated property is caught
    assert released_iris_missing(g) == ["mlwf:stage (released in 0.1.0)"]
