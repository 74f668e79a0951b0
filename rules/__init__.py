"""Rule packs as data: load and check packs, compile them to CLIPS, run findings through them.

Imports `ontology` (taxonomies to check packs against) and nothing else of the project's.
"""

from .engine import Engine, Fact, Firing, MatchedFact, RuleError
from .facts import KINDS, FactError
from .pack import Action, Pack, PackError, Rule, load, loads, shipped
from .testing import CaseResult, run_pack

__all__ = [
    "KINDS",
    "Action",
    "CaseResult",
    "Engine",
    "Fact",
    "FactError",
    "Firing",
    "MatchedFact",
    "Pack",
    "PackError",
    "Rule",
    "RuleError",
    "load",
    "loads",
    "run_pack",
    "shipped",
]
