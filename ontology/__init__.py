"""The Anzhi ontology: node and relationship types, taxonomies and computed classifications, as data.

This package imports nothing else of the project's.
"""

from .grading import MajorHazardAssessment, StoredSubstance, assess_major_hazard, lec_band, severity_grade
from .schema import NodeType, Ontology, OntologyError, Property, RelType, Taxonomy, TaxonomyEntry, load
from .validate import KEY_SEPARATOR, RecordError, natural_key, validate_node, validate_relation

__all__ = [
    "KEY_SEPARATOR",
    "MajorHazardAssessment",
    "NodeType",
    "Ontology",
    "OntologyError",
    "Property",
    "RecordError",
    "RelType",
    "StoredSubstance",
    "Taxonomy",
    "TaxonomyEntry",
    "assess_major_hazard",
    "lec_band",
    "load",
    "natural_key",
    "severity_grade",
    "validate_node",
    "validate_relation",
]
