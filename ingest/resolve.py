"""Entity resolution and merging across sources.

The same chemical from two sources is one node: its natural key is the CAS number. The same enterprise
named twice (with or without 有限公司, full-width brackets, Co., Ltd …) is one node: an incoming
Enterprise whose code is new but whose normalised name matches an existing one is written onto that one.
When a node another source created is updated, the update is a merge: the node keeps its first
provenance, and `merged_from` (Document codes) and `merge_reason` record who merged what and why.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ontology import Ontology

# Types whose nodes different sources share, and how a match is recognised.
MERGE_REASON = {"Chemical": "same CAS number {key}", "Enterprise": "same enterprise code {key}"}
NAME_MATCH_TYPES = {"Enterprise"}
MERGE_RECORD = ("merged_from", "merge_reason")  # only `merge` writes them, and only when a document joins
PROVENANCE = ("src_doc", "src_loc", "created_by", "created_at", "updated_at")
TIMES = ("created_at", "updated_at")
LEGAL_FORMS = re.compile(
    r"(股份有限公司|有限责任公司|有限公司|集团公司|总公司|分公司|公司|"
    r"\b(co|corp|corporation|inc|incorporated|ltd|limited|llc|plc|company|group)\b)"
)


def normalise_name(name: str) -> str:
    """A name reduced to what identifies it: NFKC (full-width to half-width), lower case, no legal form,
    no punctuation or spaces."""
    t = unicodedata.normalize("NFKC", name).lower()
    t = LEGAL_FORMS.sub("", t)
    return "".join(ch for ch in t if ch.isalnum())


def _cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def name_rank(name: str, key: str) -> int:
    """A Chinese name beats any other name, which beats a placeholder (the key itself)."""
    if not name or name.strip() == key:
        return 0
    return 2 if _cjk(name) else 1


def merge(
    onto: Ontology,
    type_name: str,
    existing: dict[str, Any],
    row: dict[str, Any],
    reason: str | None = None,
    *,
    by_document: bool = False,
) -> tuple[dict[str, Any], bool]:
    """The node after writing `row` onto `existing`, and whether that is a merge of another source's node.

    Same source (created_by): the row's values replace the node's. Another source: the node keeps its
    provenance and its values, the row fills the properties it lacks, and the row's document joins
    `merged_from` (counted as a merge only the first time). Either way a name is only ever replaced by a
    better one (`name_rank`): the first source's facts win, so re-running any source in any order
    changes nothing. With `by_document` (one kind whose documents are independent, such as reports), a node
    written from another document of the same kind is a merge too.

    `merged_from` only grows: the documents a row was already merged from (several reports in one batch)
    join those stored, whichever batch or source writes it, so that a re-import in batches of any size finds
    every document already there and changes nothing. `merge_reason` is set when a document joins.
    """
    props = onto.node_properties(type_name)
    out = dict(existing)
    same_source = existing.get("created_by") == row.get("created_by")
    if by_document and same_source and row.get("src_doc") != existing.get("src_doc"):
        same_source = False
    for k, v in row.items():
        if k == "uid" or k in TIMES or k in MERGE_RECORD:
            continue
        if k == "name":  # never replaced by a worse name, whoever writes
            new_rank = name_rank(str(v), existing["uid"])
            old_rank = name_rank(str(existing.get("name", "")), existing["uid"])
            if new_rank > old_rank or (same_source and new_rank == old_rank):
                out[k] = v
            continue
        if same_source:
            out[k] = v
            continue
        if k in PROVENANCE:
            continue
        if existing.get(k) in (None, "", []):  # another source's node: fill gaps, keep its values
            out[k] = v
    if "merged_from" not in props:
        return out, False
    docs = list(existing.get("merged_from") or [])
    incoming = list(row.get("merged_from") or [])
    if not same_source:
        incoming.append(row.get("src_doc"))
    added = [d for d in dict.fromkeys(incoming) if d and d not in docs and d != existing.get("src_doc")]
    if not added:
        return out, False
    out["merged_from"] = [*docs, *added]
    uid = str(existing["uid"])
    if uid.startswith("name:"):  # a key made of the normalised name (reports)
        default = f"same normalised name {uid[5:]!r}"
    else:
        default = MERGE_REASON.get(type_name, "same natural key {key}").format(key=uid)
    out["merge_reason"] = reason or row.get("merge_reason") or default
    return out, True


def changed(existing: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether writing `new` would change the stored node or relationship (creation time aside)."""
    for k, v in new.items():
        if k in TIMES or k in ("s", "d"):
            continue
        old = existing.get(k)
        if isinstance(v, float) and isinstance(old, (int, float)):
            if abs(v - float(old)) > 1e-9 * max(1.0, abs(v)):
                return True
        elif old != v:
            return True
    return False
