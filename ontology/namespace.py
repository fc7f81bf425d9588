"""The ontology's namespace and the names of its seven stages."""
from rdflib import Namespace

MLWF = Namespace("https://w3id.org/mlwf/ontology#")
ONTOLOGY_IRI = "https://w3id.org/mlwf/ontology"

# The stage classes, as named in the ontology. Their order is not repeated here: it is
# read from the followedBy restrictions (Ontology.stage_order).
STAGES = ("Goal", "Learning", "Data", "DataProcess", "FeatureEngineering", "Model", "GoalEvaluation")
