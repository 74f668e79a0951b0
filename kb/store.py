"""The one small interface every graph backend offers.

Queries are parameterised Cypher in the dialect both Neo4j 5 and LadybugDB accept. Results come back as
lists of dicts keyed by column name; node and relationship values are normalised to plain dicts:

    node: {"_type": "Equipment", "_id": "<backend id>", "uid": ..., <properties>}
    rel:  {"_type": "STORES", "_id": ..., "_src": "<backend id>", "_dst": "<backend id>", <properties>}

`_id`, `_src` and `_dst` are opaque and valid only within one result; use `uid` to refer to nodes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from ontology import Ontology

T = TypeVar("T")
Row = dict[str, Any]


class StoreError(RuntimeError):
    """A store operation failed; the message is meant for a person."""


class StoreUnavailable(StoreError):
    """The backend cannot be reached or refuses the credentials."""


@dataclass(frozen=True)
class Health:
    ok: bool
    backend: str
    detail: str
    fix: str = ""


class Tx(Protocol):
    # Index of a list's first element in Cypher: 0 on Neo4j, 1 on LadybugDB. Passed as a parameter so that
    # queries indexing parameter lists (`$col[i]`) stay the same text on both backends.
    list_base: int

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[Row]: ...


class GraphStore(Protocol):
    backend: str

    def read(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        """Run a read-only query in its own transaction."""
        ...

    def write(self, work: Callable[[Tx], T]) -> T:
        """Run `work` in one write transaction: all of it is committed, or none of it.

        The Neo4j backend retries `work` on transient errors, so it must not have side effects
        outside the transaction.
        """
        ...

    def apply_schema(self, onto: Ontology) -> list[str]:
        """Create what the ontology needs (tables or constraints); return the statements run."""
        ...

    def health(self) -> Health: ...

    def close(self) -> None: ...
