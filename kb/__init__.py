"""Graph store: one small interface, two backends (LadybugDB embedded, Neo4j 5), repository functions."""

from .config import Settings, open_store
from .repository import (
    Edge,
    Link,
    Path,
    Provenance,
    Ref,
    Subgraph,
    WriteSummary,
    count_by_type,
    count_relations,
    get_node,
    link,
    list_nodes,
    neighbourhood,
    paths,
    upsert_nodes,
)
from .store import GraphStore, Health, StoreError, StoreUnavailable

__all__ = [
    "Edge",
    "GraphStore",
    "Health",
    "Link",
    "Path",
    "Provenance",
    "Ref",
    "Settings",
    "StoreError",
    "StoreUnavailable",
    "Subgraph",
    "WriteSummary",
    "count_by_type",
    "count_relations",
    "get_node",
    "link",
    "list_nodes",
    "neighbourhood",
    "open_store",
    "paths",
    "upsert_nodes",
]
