"""The kb: and fact: vocabularies as RDF, in English and Turkish, with domains and ranges.

kb: names the structure of the knowledge base (cases, recommendations, provenance
records, uploads, the agents that assert facts, and the relations the inferred graph
spells out); fact: names the facts of a consultation, one property per entry of the fact
vocabulary (rules/facts.py), with its datatype, its allowed values and, where a value
names an ontology concept, which. Served at /kb and /fact (server/linked_data.py).
"""
from __future__ import annotations

from functools import lru_cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from mlwf.kb.namespaces import FACT, KB, PREFIXES
from mlwf.ontology import MLWF, load
from mlwf.ontology.concepts import RELATIONS
from mlwf.ontology.i18n import LANGS, fact_label, render
from mlwf.rules.facts import OUTCOMES, SPECS, VALUE_CONCEPTS

KB_IRI = "https://w3id.org/mlwf/kb"
FACT_IRI = "https://w3id.org/mlwf/fact"

# name: (kind, domain, range, English label, Turkish label, English comment)
KB_TERMS = {
    "Case": ("class", None, None, "case", "vaka",
             "One consultation: the facts a person stated about their project and the advice for them, kept in a named graph of its own."),
    "Recommendation": ("class", None, None, "recommendation", "öneri",
                       "A step, technique, algorithm, metric or warning advised for a case, with its rank and the rule that gave it."),
    "FactAssertion": ("class", None, None, "fact assertion", "olgu bildirimi",
                      "The record of one fact asserted in a case: its value, who or what asserted it and when, and, once replaced or withdrawn, until when it held."),
    "Dataset": ("class", None, None, "uploaded data set", "yüklenen veri kümesi",
                "A CSV file uploaded to a case, from which profiled facts derive."),
    "id": ("data", "Case", XSD.string, "identifier", "kimlik", "The case's identifier, 16 hexadecimal digits."),
    "created": ("data", "Case", XSD.dateTime, "created", "oluşturulma zamanı", "When the case was created."),
    "modified": ("data", "Case", XSD.dateTime, "modified", "değiştirilme zamanı", "When the case's facts last changed."),
    "dataVersion": ("data", "Case", XSD.integer, "data version", "veri sürümü",
                    "The layout version of the case graph; 2 since facts carry provenance records."),
    "profiled": ("data", "Case", XSD.string, "profiled fact", "profillenen olgu",
                 "The name of a current fact that came from profiling an uploaded CSV."),
    "adviceFor": ("data", "Case", XSD.string, "advice for", "önerinin dayandığı",
                  "A digest of the facts the stored advice was computed from."),
    "stage": ("object", "Case", OWL.Class, "current stage", "şimdiki aşama", "The workflow stage the case is at."),
    "nextStep": ("object", "Case", OWL.Class, "next step", "sonraki adım", "The step to take next."),
    "nextQuestion": ("object", "Case", None, "next question", "sonraki soru", "The guided question to answer next."),
    "mayReturnTo": ("object", "Case", OWL.Class, "may return to", "geri dönülebilir",
                    "An earlier stage or step the case may go back to."),
    "recommendation": ("object", "Case", "Recommendation", "recommendation", "öneri", "A recommendation for the case."),
    "concept": ("object", "Recommendation", OWL.Class, "concept", "kavram", "The ontology concept recommended."),
    "kind": ("data", "Recommendation", XSD.string, "kind", "tür",
             "What is recommended: step, technique, algorithm, metric or warning."),
    "rank": ("data", "Recommendation", XSD.integer, "rank", "sıra", "Its rank among recommendations of its kind, from 1; recommendations the rules rank equal share one."),
    "rule": ("data", "Recommendation", XSD.string, "rule name", "kural adı", "The name of the rule that gave it."),
    "firedRule": ("object", "Recommendation", None, "fired rule", "tetiklenen kural",
                  "The rule that gave it, by IRI (https://w3id.org/mlwf/rule/ and its name)."),
    "explanation": ("data", "Recommendation", RDF.langString, "explanation", "açıklama", "Why, in words."),
    "sklearn": ("data", "Recommendation", XSD.string, "scikit-learn", "scikit-learn",
                "The scikit-learn class, with its settings, that implements what is recommended."),
    "because": ("object", "Recommendation", None, "because of", "gerekçe", "A fact the rule used."),
    "fact": ("object", None, None, "fact", "olgu",
             "The fact a record or a reason is about (a fact: property; a name, in reasons)."),
    "value": ("data", None, None, "value", "değer",
              "The value asserted or used, as a typed literal (a list as its JSON text)."),
    "source": ("data", None, XSD.string, "source", "kaynak", "Where a fact used by a rule came from: stated or profile."),
    "algorithm": ("object", None, OWL.Class, "algorithm", "algoritma", "The algorithm a tried entry is about."),
    "outcome": ("data", None, XSD.string, "outcome", "sonuç", "How a tried algorithm did: " + ", ".join(OUTCOMES) + "."),
    "factRecord": ("object", "Case", "FactAssertion", "fact record", "olgu kaydı",
                   "The record of a fact asserted in the case, current or past."),
    "valueConcept": ("object", "FactAssertion", OWL.Class, "value concept", "değerin kavramı",
                     "The ontology concept a fact value names (task=classification names Classification)."),
    "withdrawnBy": ("object", "FactAssertion", PROV.Agent, "withdrawn by", "geri çeken",
                    "Who or what withdrew the fact."),
    "fileName": ("data", "Dataset", XSD.string, "file name", "dosya adı", "The uploaded file's name."),
    "sha256": ("data", "Dataset", XSD.string, "SHA-256", "SHA-256", "The SHA-256 digest of the uploaded bytes, in hexadecimal."),
    "byteSize": ("data", "Dataset", XSD.integer, "size in bytes", "bayt cinsinden boyut", "The size of the upload."),
    "uploaded": ("data", "Dataset", XSD.dateTime, "uploaded", "yüklenme zamanı", "When the file was uploaded."),
    "position": ("data", None, XSD.integer, "position", "sıra numarası",
                 "A stage's position in the workflow, from 1 (in the inferred graph)."),
    "inStage": ("object", None, OWL.Class, "in stage", "bulunduğu aşama",
                "A stage in which a concept has a place, following partOf up from its steps (in the inferred graph)."),
}
AGENT_TERMS = {
    "ApiUser": (PROV.Person, "person using the HTTP API", "HTTP API'sini kullanan kişi"),
    "CommandLineUser": (PROV.Person, "person using the command line", "komut satırını kullanan kişi"),
    "CsvProfiler": (PROV.SoftwareAgent, "CSV profiler", "CSV profilleyici"),
    "Evaluator": (PROV.SoftwareAgent, "evaluation run", "değerlendirme çalıştırması"),
    "EarlierRecord": (PROV.Agent, "recorded before provenance was kept", "köken kaydı tutulmadan önce kaydedilen"),
}
def _header(g: Graph, iri: str, en: str, tr: str, description: str) -> None:
    onto = URIRef(iri)
    g.add((onto, RDF.type, OWL.Ontology))
    g.add((onto, DCTERMS.title, Literal(en, lang="en")))
    g.add((onto, DCTERMS.title, Literal(tr, lang="tr")))
    g.add((onto, DCTERMS.description, Literal(description, lang="en")))
    g.add((onto, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")))
    g.add((onto, OWL.imports, URIRef("https://w3id.org/mlwf/ontology")))


def _bind(g: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    g.bind("dcterms", str(DCTERMS))
    return g


@lru_cache(maxsize=1)
def kb_vocabulary() -> Graph:
    g = _bind(Graph())
    _header(g, KB_IRI, "mlwf knowledge base vocabulary", "mlwf bilgi tabanı sözlüğü",
            "The terms the mlwf knowledge base uses to record cases, their advice and the provenance of their facts.")
    for name, (kind, domain, rng, en, tr, comment) in KB_TERMS.items():
        term = KB[name]
        g.add((term, RDF.type, {"class": OWL.Class, "object": OWL.ObjectProperty,
                                "data": OWL.DatatypeProperty}[kind]))
        g.add((term, RDFS.label, Literal(en, lang="en")))
        g.add((term, RDFS.label, Literal(tr, lang="tr")))
        g.add((term, RDFS.comment, Literal(comment, lang="en")))
        g.add((term, RDFS.isDefinedBy, URIRef(KB_IRI)))
        if domain:
            g.add((term, RDFS.domain, KB[domain]))
        if rng is not None:
            g.add((term, RDFS.range, KB[rng] if isinstance(rng, str) else rng))
    for cls in ("Case", "FactAssertion", "Dataset"):
        g.add((KB[cls], RDFS.subClassOf, PROV.Entity))
    for name, (kind, en, tr) in AGENT_TERMS.items():
        g.add((KB[name], RDF.type, OWL.NamedIndividual))
        g.add((KB[name], RDF.type, kind))
        g.add((KB[name], RDFS.label, Literal(en, lang="en")))
        g.add((KB[name], RDFS.label, Literal(tr, lang="tr")))
        g.add((KB[name], RDFS.isDefinedBy, URIRef(KB_IRI)))
    # The relations the inferred graph spells out, one per ontology relation.
    onto = load()
    for rel in RELATIONS:
        prop = MLWF[rel]
        g.add((KB[rel], RDF.type, OWL.ObjectProperty))
        g.add((KB[rel], RDFS.seeAlso, prop))
        for label in onto.graph.objects(prop, RDFS.label):
            g.add((KB[rel], RDFS.label, label))
        g.add((KB[rel], RDFS.comment, Literal(
            f"The ontology's restriction on mlwf:{rel} as a direct triple between two concepts (in the inferred graph).", lang="en")))
        g.add((KB[rel], RDFS.isDefinedBy, URIRef(KB_IRI)))
    return g


@lru_cache(maxsize=1)
def fact_vocabulary() -> Graph:
    g = _bind(Graph())
    _header(g, FACT_IRI, "mlwf fact vocabulary", "mlwf olgu sözlüğü",
            "One property per fact a consultation accepts (the contract of the fact vocabulary), with its datatype, allowed values and bounds.")
    onto = load()
    for name, spec in SPECS.items():
        term = FACT[name]
        literal = spec.datatype is not None   # tried: a node per algorithm
        g.add((term, RDF.type, OWL.DatatypeProperty if literal else OWL.ObjectProperty))
        for lang in LANGS:
            g.add((term, RDFS.label, Literal(fact_label(name, lang), lang=lang)))
        g.add((term, RDFS.comment, Literal("Allowed: " + render(spec.allowed_message(), "en") + ".", lang="en")))
        g.add((term, RDFS.domain, KB.Case))
        g.add((term, RDFS.isDefinedBy, URIRef(FACT_IRI)))
        rng: Node | None = spec.datatype if literal else KB.TriedAlgorithm
        if literal and spec.choices:
            # The datatype restricted to the allowed values, so a reasoner knows them too.
            dt, values = BNode(), BNode()
            Collection(g, values, [spec.literal(v) for v in spec.choices])
            g.add((dt, RDF.type, RDFS.Datatype))
            g.add((dt, OWL.oneOf, values))
            rng = dt
        assert rng is not None  # a literal fact has a datatype
        g.add((term, RDFS.range, rng))
        if spec.many and literal:
            g.add((term, SKOS.note, Literal("May hold several values.", lang="en")))
        elif literal:
            g.add((term, RDF.type, OWL.FunctionalProperty))
        for concept in VALUE_CONCEPTS.get(name, {}).values():
            g.add((term, SKOS.related, MLWF[concept]))
        question = onto.question_for(name)
        if question is not None:
            g.add((term, RDFS.seeAlso, URIRef(question.iri)))
    g.add((KB.TriedAlgorithm, RDF.type, OWL.Class))
    g.add((KB.TriedAlgorithm, RDFS.label, Literal("tried algorithm", lang="en")))
    g.add((KB.TriedAlgorithm, RDFS.label, Literal("denenen algoritma", lang="tr")))
    g.add((KB.TriedAlgorithm, RDFS.comment, Literal(
        "An algorithm a person tried on a case (kb:algorithm) and how it did (kb:outcome).", lang="en")))
    return g
