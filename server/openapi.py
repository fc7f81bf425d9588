"""GET /openapi.json: the OpenAPI 3.1 description of the JSON API.

The fact vocabulary's schema is generated from rules/facts.py, so the description can
not drift from what the server accepts; tests validate real responses against it.
"""
from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify

from mlwf.ontology import load
from mlwf.ontology.i18n import render
from mlwf.rules.base import KINDS
from mlwf.rules.facts import OUTCOMES, SPECS
from mlwf.server.api import concept_stages

bp = Blueprint("openapi", __name__)


REF = {"type": "object", "required": ["name", "concept", "label"], "properties": {
    "name": {"type": "string"}, "concept": {"type": "string", "format": "uri"},
    "label": {"type": "string"}}}
BECAUSE = {"type": "array", "items": {"type": "object", "required": ["name", "value", "source"],
           "properties": {"name": {"type": "string"}, "value": {},
                          "source": {"type": "string", "enum": ["stated", "derived", "profile"]}}}}


SPARQL_JSON = {"type": "object", "required": ["head"], "properties": {
    "head": {"type": "object", "properties": {"vars": {"type": "array", "items": {"type": "string"}}}},
    "results": {"type": "object", "required": ["bindings"], "properties": {
        "bindings": {"type": "array", "items": {"type": "object", "additionalProperties": {
            "type": "object", "required": ["type", "value"], "properties": {
                "type": {"type": "string", "enum": ["uri", "literal", "bnode", "triple"]},
                "value": {}}}}}}},
    "boolean": {"type": "boolean"}}}


def _sparql_paths(errors: dict[str, Any]) -> dict[str, Any]:
    """GET|POST /sparql: the SPARQL 1.1 Protocol (server/sparql.py)."""
    text = {"type": "string"}
    results = {"description": "SELECT/ASK results by the Accept header or 'format'; "
                              "CONSTRUCT/DESCRIBE graphs likewise", "content": {
        "application/sparql-results+json": {"schema": SPARQL_JSON},
        "application/sparql-results+xml": {"schema": text},
        "text/csv": {"schema": text}, "text/tab-separated-values": {"schema": text},
        "text/turtle": {"schema": text}, "application/n-triples": {"schema": text},
        "application/rdf+xml": {"schema": text},
        "application/ld+json": {"schema": {"type": ["array", "object"]}}}}
    graphs = {"type": "array", "items": {"type": "string"}}
    dataset = [
        {"name": "default-graph-uri", "in": "query", "schema": graphs, "explode": True,
         "description": "absolute IRIs of graphs of this store whose merge is the default "
                        "graph (a graph the store lacks is empty, never fetched)"},
        {"name": "named-graph-uri", "in": "query", "schema": graphs, "explode": True,
         "description": "absolute IRIs of the graphs to query with GRAPH (all of them)"},
        {"name": "using-graph-uri", "in": "query", "schema": graphs, "explode": True,
         "description": "an update's default graph for its WHERE (conflicts with WITH/USING)"},
        {"name": "using-named-graph-uri", "in": "query", "schema": graphs, "explode": True,
         "description": "an update's named graphs for its WHERE (conflicts with WITH/USING)"},
        {"name": "format", "in": "query", "schema": text,
         "description": "json, xml, csv, tsv; turtle, nt, rdfxml, jsonld (overrides Accept)"}]
    query_errors = {
        "400": {**errors["400"], "description": "no query, a syntax error, text that is not "
                                                "UTF-8, or a graph IRI that is not absolute"},
        "413": {**errors["413"], "description": "a query or update text over the server's "
                                                "bound (1 MB by default)"},
        "403": {**errors["403"], "description": "an update sent as a query, or SERVICE: "
                                                "the endpoint never contacts another server"},
        "422": json_response_error("the result is larger than the server's bound"),
        "503": {**errors["503"], "description": "the query ran past the time or memory "
                                                "bound, or the store is unavailable"}}
    return {
        "get": {"summary": "SPARQL 1.1 query (read-only)",
                "parameters": [{"name": "query", "in": "query", "required": True,
                                "schema": {"type": "string", "pattern": r"\S"}}, *dataset],
                "responses": {"200": results, **query_errors}},
        "post": {
            "summary": "SPARQL 1.1 query, or SPARQL Update with the admin token",
            "description": "A query as a form field or an application/sparql-query body; an "
                           "update as the form field 'update' or an application/sparql-update "
                           "body, run only with Authorization: Bearer <admin token>. LOAD and "
                           "SERVICE are refused even then.",
            "parameters": dataset,
            "security": [{}, {"adminToken": []}],
            "requestBody": {"required": True, "content": {
                "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
                    "query": text, "update": text, "default-graph-uri": graphs,
                    "named-graph-uri": graphs, "using-graph-uri": graphs,
                    "using-named-graph-uri": graphs, "format": text}}},
                "application/sparql-query": {"schema": text},
                "application/sparql-update": {"schema": text}}},
            "responses": {"200": results, "204": {"description": "the update was applied"},
                          **query_errors, "401": errors["401"],
                          "403": {**errors["403"], "description": "an update without the right "
                                  "admin token, or LOAD/SERVICE, which are always refused"},
                          "415": {**errors["415"], "description": "an unsupported content type, "
                                  "or a charset other than UTF-8"}}},
    }


def json_response_error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/Error"}}}}


def document() -> dict[str, Any]:
    facts = {"type": "object", "additionalProperties": False,
             "properties": {name: {**spec.json_schema(), "description": render(spec.help or spec.allowed_message(), "en")}
                            for name, spec in SPECS.items()}}
    advice = {"type": "object", "required": ["stage", "next_step", "return_to", "chosen", "next_question",
                                             "recommendations", "facts", "derived"],
              "properties": {
                  "stage": {"$ref": "#/components/schemas/ConceptRef"},
                  "next_step": {"allOf": [{"$ref": "#/components/schemas/ConceptRef"}, {
                      "type": "object", "required": ["explanation", "rule", "because"],
                      "properties": {"explanation": {"type": "string"}, "rule": {"type": "string"},
                                     "because": {"$ref": "#/components/schemas/Because"}}}]},
                  "return_to": {"type": "array", "items": {"allOf": [
                      {"$ref": "#/components/schemas/ConceptRef"},
                      {"type": "object", "properties": {"explanation": {"type": "string"},
                                                        "rule": {"type": "string"}}}]}},
                  "chosen": {"type": "array", "description": "the concepts the facts chose, by "
                             "the ontology's fact conditions (mlwf:factCondition) and the "
                             "concepts fact values name", "items": {"allOf": [
                                 {"$ref": "#/components/schemas/ConceptRef"},
                                 {"type": "object", "required": ["condition"], "properties": {
                                     "condition": {"type": "string"}}}]}},
                  "next_question": {"oneOf": [{"type": "null"},
                                              {"$ref": "#/components/schemas/NextQuestion"}]},
                  "recommendations": {"type": "array",
                                      "items": {"$ref": "#/components/schemas/Recommendation"}},
                  "facts": {"type": "object"},
                  "evidence": {"$ref": "#/components/schemas/Evidence"},
                  "derived": {"type": "object", "additionalProperties": {
                      "type": "object", "required": ["value", "rule", "because"],
                      "properties": {"value": {}, "rule": {"type": "string"},
                                     "because": {"$ref": "#/components/schemas/Because"},
                                     "explanation": {"type": "string"}}}},
              }}
    case = {"allOf": [{"$ref": "#/components/schemas/Advice"}, {
        "type": "object", "required": ["id", "url", "sources"],
        "properties": {"id": {"type": "string", "pattern": "^[0-9a-f]{16}$"},
                       "url": {"type": "string"}, "created": {"type": "string"},
                       "modified": {"type": "string"},
                       "sources": {"type": "object", "additionalProperties": {"type": "string"}}}}]}

    def json_response(schema_ref: str, description: str) -> dict[str, Any]:
        return {"description": description, "content": {"application/json": {
            "schema": {"$ref": f"#/components/schemas/{schema_ref}"}}}}

    errors = {str(code): json_response("Error", text) for code, text in (
        ("400", "invalid input: the error names the fact or parameter, the value and what is allowed"),
        ("401", "no admin token sent, or a malformed Authorization header"),
        ("403", "a wrong admin token, or none is configured on the server"),
        ("404", "no such case, fact or concept"), ("413", "request body too large"),
        ("415", "the body is not JSON"), ("503", "the store is unavailable"))}
    errors["401"]["headers"] = {"WWW-Authenticate": {
        "description": "Bearer", "schema": {"type": "string"}}}
    lang = {"name": "lang", "in": "query", "required": False,
            "schema": {"type": "string", "enum": ["en", "tr"], "default": "en"},
            "description": "language of labels and question texts"}
    case_id = {"name": "case_id", "in": "path", "required": True,
               "schema": {"type": "string", "pattern": "^[0-9a-f]{16}$"}}
    def facts_body(schema: str) -> dict[str, Any]:
        return {"required": True, "content": {"application/json": {
            "schema": {"$ref": f"#/components/schemas/{schema}"}}}}
    return _with_evaluations({
        "openapi": "3.1.0",
        "info": {"title": "mlwf", "version": "0.1.0",
                 "description": "What should I do next in my machine-learning project, and why."},
        "paths": {
            "/health": {"get": {"summary": "liveness and store status", "responses": {
                "200": json_response("Health", "the server and its store are up"),
                "503": errors["503"]}}},
            "/api/advise": {"post": {"summary": "advice for facts, without storing anything",
                                     "parameters": [lang], "requestBody": facts_body("AdviseRequest"),
                                     "responses": {"200": json_response("Advice", "the advice"),
                                                   **{k: errors[k] for k in ("400", "413", "415")}}}},
            "/api/cases": {"post": {
                "summary": "create a case, optionally with facts", "parameters": [lang],
                "requestBody": {"required": False, "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/FactsRequest"}}}},
                "responses": {"201": json_response("Case", "the new case with its advice"),
                              **{k: errors[k] for k in ("400", "413", "415", "503")}}}},
            "/api/cases/{case_id}": {"get": {
                "summary": "a case: facts, stage, next question, recommendations",
                "parameters": [case_id, lang],
                "responses": {"200": json_response("Case", "the case"),
                              **{k: errors[k] for k in ("400", "404", "503")}}},
                "delete": {
                "summary": "delete a case: its graph (facts, advice, history) is removed",
                "description": "Needs the admin token (Authorization: Bearer <token>). A server "
                               "without a configured token refuses with 403.",
                "parameters": [case_id], "security": [{"adminToken": []}],
                "responses": {"204": {"description": "deleted"},
                              **{k: errors[k] for k in ("401", "403", "404", "503")}}}},
            "/api/cases/{case_id}/facts": {"post": {
                "summary": "assert facts (all or none)", "parameters": [case_id, lang],
                "requestBody": facts_body("AssertRequest"),
                "responses": {"200": json_response("Case", "the case after the change"),
                              **{k: errors[k] for k in ("400", "404", "413", "415", "503")}}}},
            "/api/cases/{case_id}/facts/{name}": {"delete": {
                "summary": "withdraw a fact", "parameters": [case_id, lang, {
                    "name": "name", "in": "path", "required": True,
                    "schema": {"type": "string", "enum": list(SPECS)}}],
                "responses": {"200": json_response("Case", "the case after the change"),
                              **{k: errors[k] for k in ("400", "404", "503")}}}},
            "/api/cases/{case_id}/dataset": {"post": {
                "summary": "upload a CSV: it is profiled and its facts asserted (source: profile)",
                "parameters": [case_id, lang],
                "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
                    "type": "object", "required": ["file"], "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "target": {"type": "string", "description": "the target column"}}}}}},
                "responses": {"200": json_response("CaseWithProfile", "the case and the profile"),
                              **{k: errors[k] for k in ("400", "404", "413", "415", "503")}}}},
            "/api/workflow": {"get": {
                "summary": "the workflow from the ontology: stages, steps, order and ways back",
                "parameters": [lang], "responses": {"200": json_response("Workflow", "the workflow"),
                                                    "400": errors["400"]}}},
            "/api/facts": {"get": {
                "summary": "the fact vocabulary (kind, label, choices or bounds of each fact) "
                           "and the kinds of recommendation in the order advice lists them",
                "parameters": [lang], "responses": {"200": json_response("Vocabulary", "the vocabulary"),
                                                    "400": errors["400"]}}},
            "/api/questions": {"get": {"summary": "the guided questions in order",
                                       "parameters": [lang], "responses": {"200": {
                                           "description": "questions", "content": {"application/json": {
                                               "schema": {"type": "array", "items": {
                                                   "$ref": "#/components/schemas/Question"}}}}},
                                           "400": errors["400"]}}},
            "/api/concepts": {"get": {
                "summary": "concepts of the ontology", "parameters": [lang,
                    {"name": "kind", "in": "query", "schema": {
                        "type": "string", "enum": ["algorithm", "metric", "stage", "concept"]}},
                    {"name": "stage", "in": "query", "schema": {
                        "type": "string", "enum": concept_stages(load())}},
                    {"name": "q", "in": "query", "schema": {"type": "string"},
                     "description": "text contained in the label or name"}],
                "responses": {"200": {"description": "concepts", "content": {"application/json": {
                    "schema": {"type": "array", "items": {
                        "$ref": "#/components/schemas/ConceptSummary"}}}}},
                    "400": errors["400"]}}},
            "/api/concepts/{name}": {"get": {
                "summary": "one concept: labels, definition, parents, children, stage, relations",
                "parameters": [{"name": "name", "in": "path", "required": True,
                                "schema": {"type": "string"}}, lang],
                "responses": {"200": json_response("Concept", "the concept"),
                              **{k: errors[k] for k in ("400", "404")}}}},
            "/sparql": _sparql_paths(errors),
        },
        "components": {"securitySchemes": {"adminToken": {"type": "http", "scheme": "bearer"}},
                       "schemas": {
            "Facts": facts,
            "FactsRequest": {"type": "object", "properties": {
                "facts": {"$ref": "#/components/schemas/Facts"},
                "lang": {"type": "string", "enum": ["en", "tr"]}}},
            "AdviseRequest": {"allOf": [{"$ref": "#/components/schemas/FactsRequest"},
                                        {"type": "object", "required": ["facts"]}]},
            "AssertRequest": {"allOf": [{"$ref": "#/components/schemas/FactsRequest"}, {
                "type": "object", "required": ["facts"],
                "properties": {"facts": {"type": "object", "minProperties": 1}}}]},
            "TriedEntry": {"type": "object", "required": ["algorithm", "outcome"],
                           "additionalProperties": False, "properties": {
                               "algorithm": {"type": "string", "enum": load().algorithm_names(),
                                             "description": "the ontology name; English and "
                                             "Turkish labels and scikit-learn class names are "
                                             "accepted too, in any case"},
                               "outcome": {"type": "string", "enum": list(OUTCOMES)}}},
            "ConceptRef": REF,
            "Because": BECAUSE,
            "Recommendation": {"type": "object", "required": [
                "concept", "name", "label", "kind", "rank", "sklearn", "rule", "because",
                "explanation"], "properties": {
                "concept": {"type": "string"}, "name": {"type": "string"},
                "label": {"type": "string"},
                "kind": {"type": "string", "enum": list(KINDS)},
                "rank": {"type": "integer", "minimum": 1, "description":
                         "how strongly the rules prefer it among the advice of its kind, "
                         "from 1; advice the rules rank equal shares a rank (1, 2, 2, 4), "
                         "listed in a fixed order that means nothing; with evidence the "
                         "algorithms' ranks are strict"},
                "sklearn": {"type": ["string", "null"]}, "rule": {"type": "string"},
                "because": {"$ref": "#/components/schemas/Because"},
                "explanation": {"type": "string"},
                "tried": {"type": "string", "enum": list(OUTCOMES)},
                "chart_step": {"type": "integer", "minimum": 1, "description":
                               "algorithms: the place of this box on its branch of "
                               "scikit-learn's estimator chart (1 is tried first, 2 next "
                               "when 1 is not working, ...)"},
                "unknown": {"type": "array", "items": {"type": "string", "enum": list(SPECS)},
                            "description": "algorithms: the deciding facts that are unknown "
                            "and for which this candidate is admitted with the other "
                            "branch's"},
                "evidence": {"type": "object", "description": "how this algorithm did on the "
                             "most similar datasets of the meta-knowledge base",
                             "required": ["score", "near_best", "of", "examples", "text"],
                             "properties": {"score": {"type": "number"},
                                            "near_best": {"type": "integer"},
                                            "of": {"type": "integer"},
                                            "examples": {"type": "array", "items": {"type": "string"}},
                                            "text": {"type": "string"}}}}},
            "Evidence": {"type": "object", "description": "what orders the algorithm "
                         "candidates: the most similar datasets of the meta-knowledge base",
                         "required": ["basis", "thin", "note", "compared_by", "neighbours"],
                         "properties": {
                             "basis": {"type": "string", "enum": ["data", "facts"]},
                             "thin": {"type": "boolean"}, "note": {"type": "string"},
                             "compared_by": {"type": "array", "items": {"type": "string"}},
                             "neighbours": {"type": "array", "items": {
                                 "type": "object", "required": ["dataset", "distance", "source"],
                                 "properties": {"dataset": {"type": "string"},
                                                "distance": {"type": "number"},
                                                "source": {"type": "string",
                                                           "enum": ["metakb", "yours"]}}}}}},
            "NextQuestion": {"type": "object", "required": ["id", "fact", "text", "answers", "stage"],
                             "properties": {"id": {"type": "string"}, "fact": {"type": "string"},
                                            "text": {"type": "string"},
                                            "answers": {"type": "array", "items": {"type": "string"}},
                                            "choices": {"type": "array", "description": "the answers with their labels "
                                                        "in the language asked for; send the value", "items": {
                                                "type": "object", "required": ["value", "label"], "properties": {
                                                    "value": {"type": "string"}, "label": {"type": "string"}}}},
                                            "stage": {"$ref": "#/components/schemas/ConceptRef"},
                                            "candidates": {"type": "array", "items": {
                                                "$ref": "#/components/schemas/ConceptRef"}}}},
            "Advice": advice,
            "Case": case,
            "Question": {"type": "object", "required": ["id", "fact", "order", "text", "answers",
                                                        "stage", "stage_label"],
                         "properties": {"id": {"type": "string"}, "fact": {"type": "string"},
                                        "order": {"type": "integer"}, "text": {"type": "string"},
                                        "answers": {"type": "array", "items": {"type": "string"}},
                                        "stage": {"type": "string"},
                                        "stage_label": {"type": "string"}}},
            "ConceptSummary": {"allOf": [REF, {"type": "object", "properties": {
                "kind": {"type": "string"}, "stage": {"type": ["string", "null"]},
                "parents": {"type": "array", "items": {"type": "string"}},
                "sklearn": {"type": ["string", "null"]}}}]},
            "Concept": {"allOf": [REF, {"type": "object", "required": [
                "labels", "definition", "kind", "parents", "children", "relations"], "properties": {
                "labels": {"type": "object"}, "alt_labels": {"type": "array"},
                "definition": {"type": "string"}, "definitions": {"type": "object"},
                "kind": {"type": "string"},
                "stage": {"oneOf": [{"type": "null"}, REF]},
                "parents": {"type": "array", "items": REF, "description":
                            "where the seed's outline lists it (skos:broader)"},
                "children": {"type": "array", "items": REF},
                "superclasses": {"type": "array", "items": REF, "description":
                                 "what it is a kind of (rdfs:subClassOf)"},
                "subclasses": {"type": "array", "items": REF},
                "stages": {"type": "array", "items": REF, "description":
                           "every stage where it has a place (partOf, usedIn, consideredIn)"},
                "relations": {"type": "object", "additionalProperties": {
                    "type": "array", "items": REF}},
                "sklearn": {"type": ["string", "null"], "description":
                            "the scikit-learn path with its settings, as one writes it"},
                "sklearn_class": {"type": ["string", "null"], "description":
                                  "the importable dotted path alone"},
                "sklearn_parameters": {"type": "object", "description":
                                       "constructor settings; a dotted-name value names a function"},
                "not_recommended_because": {"type": ["string", "null"]}}}]},
            "CaseWithProfile": {"allOf": [{"$ref": "#/components/schemas/Case"}, {
                "type": "object", "required": ["profile"], "properties": {"profile": {
                    "type": "object", "required": ["columns", "facts"], "properties": {
                        "columns": {"type": "array", "items": {"type": "object", "required": [
                            "name", "stat_type", "confidence", "missing_ratio"]}},
                        "target": {"type": ["object", "null"]}, "table": {"type": "object"},
                        "facts": {"type": "object"}}}}}]},
            "Workflow": {"type": "object", "required": ["stages", "followed_by", "may_return_to"],
                         "properties": {
                             "stages": {"type": "array", "items": {"allOf": [REF, {
                                 "type": "object", "required": ["steps"], "properties": {
                                     "steps": {"type": "array", "items": REF}}}]}},
                             "followed_by": {"type": "array", "items": {"$ref": "#/components/schemas/Edge"}},
                             "may_return_to": {"type": "array", "items": {"$ref": "#/components/schemas/Edge"}}}},
            "Vocabulary": {"type": "object", "required": ["facts", "kinds"], "properties": {
                "facts": {"type": "array", "items": {
                    "type": "object", "required": ["name", "kind", "label", "many", "allowed"],
                    "properties": {
                        "name": {"type": "string", "enum": list(SPECS)},
                        "kind": {"type": "string", "enum": sorted({s.kind for s in SPECS.values()})},
                        "label": {"type": "string"}, "many": {"type": "boolean"},
                        "allowed": {"type": "string"}, "help": {"type": "string"},
                        "choices": {"type": "array", "items": {
                            "type": "object", "required": ["value", "label"], "properties": {
                                "value": {"type": "string"}, "label": {"type": "string"}}}},
                        "minimum": {"type": "number"}, "maximum": {"type": "number"},
                        "max_length": {"type": "integer"}}}},
                "kinds": {"type": "array", "description": "the order the advice lists them in",
                          "items": {"type": "object", "required": ["kind", "heading"], "properties": {
                              "kind": {"type": "string", "enum": list(KINDS)},
                              "heading": {"type": "string"}}}}}},
            "Edge": {"type": "object", "required": ["from", "to"], "properties": {
                "from": {"type": "string"}, "to": {"type": "string"}}},
            "Health": {"type": "object", "required": ["status", "store"], "properties": {
                "status": {"type": "string"}, "store": {"type": "string"},
                "ontology_concepts": {"type": "integer"}}},
            "Error": {"type": "object", "required": ["error", "detail"], "properties": {
                "error": {"type": "string"}, "detail": {"type": ["string", "null"]}}},
        }},
    })


def _with_evaluations(doc: dict[str, Any]) -> dict[str, Any]:
    """The evaluation jobs (server/evaluations.py) describe themselves."""
    from mlwf.server import evaluations
    errors = doc["paths"]["/api/cases/{case_id}/dataset"]["post"]["responses"]
    case_id = doc["paths"]["/api/cases/{case_id}/dataset"]["post"]["parameters"][0]
    doc["paths"].update(evaluations.openapi_paths(errors, case_id))
    doc["components"]["schemas"].update(evaluations.SCHEMAS)
    return doc


@bp.get("/openapi.json")
def openapi():
    return jsonify(document())
