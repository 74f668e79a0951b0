"""Batched one-hop expansion over the graph, shared by responsibility tracing, plan matching and coverage.

The walk itself lives in `kb.walk` (so that `kb.accountability` walks the accountability chain with it too); this
module keeps the names `cases` has always imported.
"""

from __future__ import annotations

from kb.walk import (
    DIRECT_MAX,
    PROVENANCE_KEYS,
    Hop,
    Reached,
    Step,
    ancestry,
    anchored,
    expand,
    fold_hops,
    node_props,
)

__all__ = ["DIRECT_MAX", "PROVENANCE_KEYS", "Hop", "Reached", "Step", "ancestry", "anchored", "expand", "fold_hops",
           "node_props"]
