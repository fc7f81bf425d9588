"""The knowledge base: an RDF store holding the ontology and one named graph per case,
cases with their facts and advice, and SPARQL with limits."""
