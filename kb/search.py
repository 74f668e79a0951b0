"""Full-text search over the graph: a tantivy index kept in step with the store.

Chinese is segmented with rjieba (jieba-rs: jieba's precise mode and dictionary, in native code; no HMM, so a word
is cut the same way in a document and in a query; the dictionary is extended with the ontology's taxonomy codes and
labels and with the graph's node names, kept in `words.txt` beside the index so that a later process segments
alike). The space-joined tokens go into fields with
tantivy's whitespace tokenizer; a character-bigram field gives recall where segmentation disagrees; an English
field takes name_en and the Latin words; a `keys` field holds exact identifiers (uid, code, CAS, name, synonyms).

Queries are built from terms, never by tantivy's query parser, so quotes, colons, brackets and operators in user
text are just characters. A query is matched strictly first: a document matches if it holds most of the query's
words (every character bigram of the word in its title or body, or the word in its neighbours' names; all of one
or two words, one may be missing from three), is named by one of them, or has the whole query as a key. The query
is also cut with jieba's plain dictionary (so a query that is a node's name still means its ordinary words), and
a word's synonyms from the graph (a chemical's other names) and spelling variants (贮/储) count as the word. Only
when fewer than FALLBACK_BELOW documents match strictly does the loose query (any clause, a share of the query's
bigrams) answer, and the result says so. Totals and facet counts are exact over the documents matched.

Catch-up: `watermark.json` beside the index holds the greatest `updated_at` indexed (over all types), the uids
indexed with their `updated_at` for the LOOKBACK seconds up to it (`recent`), and a generation number. A sync first
asks the store one small question (how many nodes have updated_at in that window or later, and the greatest), and
reads nodes only when that differs from what the watermark knows. The window catches a transaction that commits
after a later one although its stamps are earlier (its nodes appear below the greatest `updated_at` already
indexed); one that takes longer than LOOKBACK to commit is found only by `reindex`. The watermark is written only
after the tantivy commit, so a write that reached the graph but not the index (a crash in between) is indexed by
the next `sync`. Indexing is delete-by-id then add, so doing a node twice is harmless. Every change to the index
holds an exclusive file lock (`lock` beside it), so two server processes or a CLI reindex during serving take
turns, and each re-reads the watermark inside the lock; a process sees another's commit by the generation number
(one stat per search) and then reloads its searchers and empties its result cache.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import functools
import html
import json
import logging
import math
import os
import re
import shutil
import threading
import unicodedata
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import rjieba
import tantivy

from ontology import Ontology

from .store import GraphStore

SCHEMA_VERSION = 7
MAX_QUERY_CHARS = 200
MAX_LIMIT = 100
MAX_OFFSET = 10_000
FALLBACK_BELOW = 10  # fewer strict matches than this: the loose query answers
FACETS = ("type", "industry", "accident_type", "severity", "year", "enterprise")
_FACET_FIELDS = frozenset(FACETS[1:])
_CHUNK = 512
FACET_LABELS = {
    "type": "类型",
    "industry": "行业",
    "accident_type": "事故类型",
    "severity": "事故等级",
    "year": "年份",
    "enterprise": "企业",
}
# Properties that are not prose: identifiers, provenance, paths and hashes.
NOT_TEXT = {"uid", "name", "name_en", "src_doc", "src_loc", "created_by", "created_at", "updated_at", "path", "sha256",
            "rule_version", "merged_from", "date_precision", "naics_code", "unit", "status"}
KEY_PROPS = ("uid", "code", "cas", "number")
STOPWORDS = {
    "的", "了", "和", "与", "及", "或", "在", "是", "有", "对", "为", "等", "中", "由", "其", "之",
    "把", "被", "将", "并",
    "以", "于", "从", "到", "向", "也", "都", "就", "而", "又", "所", "这", "那", "个", "吗", "呢", "吧", "啊",
}
SYNTAX = re.compile(r"[\"“”()\[\]{}:：*\\^~!+&|?]|\b(?:AND|OR|NOT)\b")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]*[A-Za-z0-9]|[A-Za-z]")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
SPACE_RUN = re.compile(r"\s+")
# Spelling variants of one character, both ways (贮存 = 储存, 贮罐 = 储罐).
_VARIANTS = str.maketrans({"储": "贮", "贮": "储"})

log = logging.getLogger(__name__)

_JIEBA_LOCK = threading.Lock()
_JIEBA: rjieba.Jieba | None = None


def _tokenizer() -> rjieba.Jieba:
    """One segmenter per process, shared: added words only ever make it more precise.

    rjieba (jieba-rs) cuts exactly like jieba's precise mode without HMM, on the same dictionary, ~20× faster;
    it holds the GIL while cutting, so no call can overlap an `add_word` (which is done under the lock)."""
    global _JIEBA
    with _JIEBA_LOCK:
        if _JIEBA is None:
            _JIEBA = rjieba.Jieba()
        return _JIEBA


_BASE: rjieba.Jieba | None = None


def _base_tokenizer() -> rjieba.Jieba:
    """jieba's own dictionary, without the index's added words: a query that is (or holds) a node's name is also
    cut into the ordinary words of that name, so that "氯乙烯气柜泄漏" finds what holds 氯乙烯, 气柜 and 泄漏."""
    global _BASE
    with _JIEBA_LOCK:
        if _BASE is None:
            _BASE = rjieba.Jieba()
        return _BASE


def normalise(text: str) -> str:
    """NFKC (full-width letters, digits and brackets to half-width), the same for documents and queries."""
    return unicodedata.normalize("NFKC", text)


def segment(text: str, *, lower: bool = True) -> list[str]:
    """Precise-mode tokens without whitespace tokens (lower-cased for query terms): the one segmentation used
    both for documents and for queries."""
    tokens = [t for t in _tokenizer().cut(text, False) if not t.isspace()]
    return [t.lower() for t in tokens] if lower else tokens


@functools.lru_cache(maxsize=200_000)
def _subs_of(word: str) -> tuple[str, ...]:
    has = _tokenizer().has_word
    out: list[str] = []
    for n in (2, 3):
        if len(word) > n:
            out.extend(g for g in (word[i : i + n] for i in range(len(word) - n + 1)) if has(g))
    return tuple(out)


def sub_words(tokens: Iterable[str]) -> list[str]:
    """The extra tokens jieba's search mode adds: dictionary 2- and 3-grams inside longer words."""
    out: list[str] = []
    for w in tokens:
        if len(w) > 2:
            out.extend(_subs_of(w))
    return out


def _meaningful(token: str) -> bool:
    return any(c.isalnum() for c in token) and token not in STOPWORDS


def bigrams(text: str) -> list[str]:
    """Character bigrams of the letters and digits of `text` (what the ngram(2,2) field holds), lower-cased."""
    out: list[str] = []
    for run in re.findall(r"\w+", text.lower()):
        out.extend(run[i : i + 2] for i in range(len(run) - 1))
    return list(dict.fromkeys(out))


_KEEP_ONE = re.compile(r"([A-Za-z0-9]) +(?=[A-Za-z0-9])")  # the letter or digit matched, not looked behind at: faster


def despace(text: str) -> str:
    """Undo the token separators of segmented text: drop a space next to a Chinese character or punctuation,
    keep one between two Latin words or numbers."""
    if " " not in text:
        return text
    return _KEEP_ONE.sub("\\1\x00", text).replace(" ", "").replace("\x00", " ")


@dataclass
class SearchHit:
    type: str
    uid: str
    title: str
    snippet_html: str
    score: float
    facets: dict[str, str]


@dataclass
class SearchResult:
    query: str
    total: int
    hits: list[SearchHit]
    facet_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    message: str = ""

    def to_dict(self) -> dict[str, Any]:
        """What dataclasses.asdict gives, built directly (asdict deep-copies every value: slower than a search)."""
        return {
            "query": self.query,
            "total": self.total,
            "hits": [{"type": h.type, "uid": h.uid, "title": h.title, "snippet_html": h.snippet_html,
                      "score": h.score, "facets": dict(h.facets)} for h in self.hits],
            "facet_counts": {k: dict(v) for k, v in self.facet_counts.items()},
            "message": self.message,
        }


@dataclass
class QueryPlan:
    strict: tantivy.Query | None
    loose: tantivy.Query
    # The strict query's match condition alone: the same documents as `strict` (its other clauses only rank), so
    # what the facet counts and the total are taken over, without setting up the ranking clauses' scorers.
    match: tantivy.Query | None = None


@dataclass
class IndexDoc:
    """What the index holds for one node."""

    type: str
    uid: str
    title: str
    body: str
    keys: list[str]
    english: str
    facets: dict[str, list[str]]
    updated_at: str = ""
    context: str = ""


# --- facet lookups --------------------------------------------------------------------------------------
# Per node type, a few cheap batched queries: each returns rows (uid, name, industry) of the Enterprise the node
# belongs to, or (uid, ind) for IN_INDUSTRY, or the Case the node hangs off.

_SITE_ENT = "(n)-[:LOCATED_AT]->(:Site)-[:BELONGS_TO*1..4]->(e:Enterprise)"
_ENT_PATHS: dict[str, list[str]] = {
    "Case": ["(n)-[:OCCURRED_AT]->(e:Enterprise)", "(n)-[:OCCURRED_AT]->(:Site)-[:BELONGS_TO*1..4]->(e:Enterprise)"],
    "EmergencyPlan": ["(n)-[:APPLIES_TO]->(e:Enterprise)",
                      "(n)-[:APPLIES_TO]->(:Site)-[:BELONGS_TO*1..4]->(e:Enterprise)"],
    "Department": ["(n)-[:BELONGS_TO*1..4]->(e:Enterprise)"],
    "Position": ["(n)-[:BELONGS_TO*1..4]->(e:Enterprise)"],
    "Site": ["(n)-[:BELONGS_TO*1..4]->(e:Enterprise)"],
    "Person": ["(n)-[:WORKS_FOR]->(e:Enterprise)"],
    "Equipment": [_SITE_ENT],
    "Sensor": [_SITE_ENT],
    "Hazard": [_SITE_ENT],
    "MajorHazardSource": [_SITE_ENT],
    "Resource": [_SITE_ENT],
    "Finding": ["(n)-[:OBSERVED_ON]->(:Equipment)-[:LOCATED_AT]->(:Site)-[:BELONGS_TO*1..4]->(e:Enterprise)",
                "(n)-[:OBSERVED_ON]->(:Sensor)-[:LOCATED_AT]->(:Site)-[:BELONGS_TO*1..4]->(e:Enterprise)"],
}
# Children of a case (by the relationship from the Case) inherit the case's facets.
_CASE_CHILD = {"Cause": "CAUSED_BY", "Consequence": "RESULTED_IN", "Lesson": "HAS_LESSON",
               "Responsibility": "HAS_RESPONSIBILITY"}
# Neighbour names folded into a node's `ctx` field: a plan is found by the hazards and chemicals it covers.
_CTX_PATHS: dict[str, list[str]] = {
    "EmergencyPlan": ["(n)-[:COVERS]->(x)", "(n)-[:APPLIES_TO]->(x)"],
    "MajorHazardSource": ["(n)-[:INCLUDES]->(x)", "(n)-[:INCLUDES]->(:Equipment)-[:STORES]->(x:Chemical)"],
    "Case": ["(n)-[:INVOLVED]->(x)", "(n)-[:OCCURRED_AT]->(x)"],
    "Equipment": ["(n)-[:STORES]->(x:Chemical)", "(n)-[:LOCATED_AT]->(x:Site)", "(x:`Case`)-[:INVOLVED]->(n)"],
    "Chemical": ["(x:`Case`)-[:INVOLVED]->(n)"],
    "Hazard": ["(x)-[:HAS_HAZARD]->(n)"],
}
# Parts named "<parent name>·<part>" (see analyse).
PART_TYPES = frozenset({"PlanSection", *_CASE_CHILD})
# Ranking prior by type (tantivy weight_by_field): the things people look for above their parts.
# The score is multiplied by log2(2 + weight): 2.8 for the first group, 2.3 for the second, 1.6 for other
# types, 1 for parts (a plan's sections, a case's causes and lessons), which repeat their parent's story.
TYPE_WEIGHT = {
    "Case": 5.0, "EmergencyPlan": 5.0, "Hazard": 5.0, "MajorHazardSource": 5.0, "Chemical": 5.0, "Equipment": 3.0,
    "Enterprise": 3.0, "Regulator": 3.0, "Regulation": 3.0, "Clause": 3.0, "Process": 3.0, "Site": 1.0,
    "Finding": 3.0, "Recommendation": 3.0,
}
_YEAR_PROPS = ("occurred_on", "issued_on", "observed_at", "issued_at")


def _year(props: dict[str, Any]) -> str:
    for p in _YEAR_PROPS:
        v = props.get(p)
        if isinstance(v, str) and len(v) >= 4 and v[:4].isdigit():
            return v[:4]
    return ""


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [str(v) for v in value if isinstance(v, str) and v.strip()]
    return []


# Field texts of one document, in this order: name (display title), title, zh, zhs, bi, ctx.
Fields = tuple[str, str, str, str, str, str]
# The segmented ones (title, zh, zhs, ctx): what a bulk load's worker processes send back.
Segmented = tuple[str, str, str, str]
_SEP = "\x1f"  # a separator the segmenter never joins to a word: title, body and context are cut in one call


def _norm(text: str) -> str:
    text = text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)
    return text.replace(_SEP, " ") if _SEP in text else text


def analyse(d: IndexDoc) -> Fields:
    """The field texts of a document."""
    return _with_raw(d, segment_doc(d))


def _with_raw(d: IndexDoc, seg: Segmented) -> Fields:
    title = _norm(d.title)
    return (title, seg[0], seg[1], seg[2], f"{title}\n{_norm(d.body)}", seg[3])


def segment_doc(d: IndexDoc) -> Segmented:
    """The segmented field texts of a document: the segmenter's part of indexing.

    Title, body and context are cut in one call, joined by a separator the segmenter keeps as a token of its own
    (it cuts each run of word characters alone, so this is the same as cutting each text on its own, and the same
    as cutting a query). Whitespace tokens stay in the space-joined text: the whitespace tokenizer drops them."""
    title = _norm(d.title)
    body = _norm(d.body)
    ctx = _norm(d.context) if d.context else ""
    own = title
    if d.type in PART_TYPES and "·" in title:
        # "<plan or case name>·<part>": the parent's name ranks the parent; in a part it is context.
        parent, own = title.rsplit("·", 1)
        ctx = f"{parent} {ctx}"
    tokens = _tokenizer().cut(f"{own}{_SEP}{body}{_SEP}{ctx}", False)
    i = tokens.index(_SEP)
    j = tokens.index(_SEP, i + 1)
    t_tokens, b_tokens, c_tokens = tokens[:i], tokens[i + 1 : j], tokens[j + 1 :]
    subs = _subs_of
    return (
        " ".join(t_tokens),
        " ".join(b_tokens),
        " ".join([s for w in tokens[:j] if len(w) > 2 for s in subs(w)]),
        " ".join(c_tokens + [s for w in c_tokens if len(w) > 2 for s in subs(w)]) if c_tokens else "",
    )


_POOL_DOCS: Sequence[IndexDoc] = ()


# How far below the greatest `updated_at` indexed a sync still looks for nodes it has not indexed: longer than any
# write transaction of the application takes to commit (an ingest batch of 200 records takes about a second).
LOOKBACK = dt.timedelta(seconds=30)


def _empty_meta(gen: int) -> dict[str, Any]:
    """The watermark of an empty index: `ts` the greatest updated_at indexed, `recent` {uid: updated_at} of the
    nodes indexed with updated_at in the LOOKBACK before `ts`, `gen` the number of the index's last change (see
    SearchIndex._exclusive)."""
    return {"schema": SCHEMA_VERSION, "ts": "", "recent": {}, "gen": gen}


def _window_start(ts: str) -> str:
    """`ts` less LOOKBACK, in the same ISO form (updated_at values compare as strings)."""
    try:
        return (dt.datetime.fromisoformat(ts) - LOOKBACK).isoformat()
    except ValueError:
        return ts


def _recent_of(meta: Mapping[str, Any]) -> dict[str, str]:
    recent = meta.get("recent")
    if isinstance(recent, dict):
        return {str(k): str(v) for k, v in recent.items()}
    ts = str(meta.get("ts") or "")  # a watermark of the earlier layout: the uids at `ts` only
    return {str(u): ts for u in meta.get("seen", [])}


def _segment_range(bounds: tuple[int, int]) -> list[Segmented]:
    """In a forked worker: segment a slice of the documents the parent left in _POOL_DOCS (nothing pickled on
    the way in; only the segmented texts on the way back)."""
    return [segment_doc(d) for d in _POOL_DOCS[bounds[0] : bounds[1]]]


class SearchIndex:
    """The search index at `path` (a directory), for the graph described by `onto`."""

    def __init__(self, path: Path, onto: Ontology, *, cache_size: int = 512) -> None:
        self.path = Path(path)
        self.onto = onto
        self.cache_size = cache_size
        self._cache: OrderedDict[tuple[Any, ...], tuple[int, SearchResult]] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._gen = 0
        self._write_lock = threading.Lock()
        self.path.mkdir(parents=True, exist_ok=True)
        self._tantivy_dir = self.path / "tantivy"
        self._meta_file = self.path / "watermark.json"
        self._words_file = self.path / "words.txt"
        self._synonyms_file = self.path / "synonyms.txt"
        self._lock_file = self.path / "lock"
        self.schema = self._build_schema()
        with self._exclusive() as _:
            meta = self._read_meta()
            if meta.get("schema") != SCHEMA_VERSION or "ts" not in meta:
                # A new layout (or a damaged/absent meta file): start empty; the next sync indexes everything.
                shutil.rmtree(self._tantivy_dir, ignore_errors=True)
                meta = _empty_meta(int(meta.get("gen", 0) or 0) + 1)
                self._write_meta(meta)
            self._tantivy_dir.mkdir(exist_ok=True)
            self.index = tantivy.Index(self.schema, path=str(self._tantivy_dir), reuse=True)
        self._meta = meta
        self._meta_sig = self._meta_stat()
        # Searchers change only in _reloaded, together with the result cache (never behind its back).
        self.index.config_reader("Manual", 0)
        self._register_tokenizers(self.index)
        self._en = self._english_analyzer()
        self._words: set[str] = set()
        self._synonyms: dict[str, tuple[str, ...]] = {}
        self._load_words()

    # --- layout -------------------------------------------------------------------------------------

    @staticmethod
    def _build_schema() -> tantivy.Schema:
        sb = tantivy.SchemaBuilder()
        # No positions anywhere (no phrase queries): term frequencies are all the ranking uses.
        sb.add_text_field("id", stored=True, tokenizer_name="raw", index_option="basic")
        sb.add_text_field("type", stored=True, fast=True, tokenizer_name="raw", index_option="basic")
        sb.add_text_field("uid", stored=True, tokenizer_name="raw", index_option="basic")
        sb.add_text_field("name", stored=True, tokenizer_name="raw", index_option="basic")
        sb.add_text_field("title", stored=False, tokenizer_name="zh_ws", index_option="freq")  # segmented title
        sb.add_text_field("zh", stored=True, tokenizer_name="zh_ws", index_option="freq")  # segmented body, snippets
        sb.add_text_field("zhs", stored=False, tokenizer_name="zh_ws", index_option="freq")  # search-mode sub-words
        sb.add_text_field("bi", stored=False, tokenizer_name="bigram", index_option="freq")
        sb.add_text_field("en", stored=False, tokenizer_name="en_stem", index_option="freq")
        sb.add_text_field("keys", stored=False, tokenizer_name="raw_lc", index_option="basic")
        for f in FACETS[1:]:
            sb.add_text_field(f, stored=True, fast=True, tokenizer_name="raw", index_option="basic")
        sb.add_text_field("ctx", stored=False, tokenizer_name="zh_ws", index_option="freq")
        sb.add_float_field("weight", stored=False, fast=True)
        sb.add_text_field("updated_at", stored=True, tokenizer_name="raw", index_option="basic")
        return sb.build()

    @staticmethod
    def _english_analyzer() -> tantivy.TextAnalyzer:
        return (
            tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
            .filter(tantivy.Filter.remove_long(40))
            .filter(tantivy.Filter.lowercase())
            .filter(tantivy.Filter.stemmer("english"))
            .build()
        )

    @classmethod
    def _register_tokenizers(cls, index: tantivy.Index) -> None:
        lc = tantivy.Filter.lowercase
        build = tantivy.TextAnalyzerBuilder
        index.register_tokenizer("zh_ws", build(tantivy.Tokenizer.whitespace()).filter(lc()).build())
        index.register_tokenizer("bigram", build(tantivy.Tokenizer.ngram(2, 2)).filter(lc()).build())
        index.register_tokenizer("raw_lc", tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.raw()).filter(lc()).build())
        index.register_tokenizer("en_stem", cls._english_analyzer())

    def _read_meta(self) -> dict[str, Any]:
        try:
            data = json.loads(self._meta_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write_meta(self, meta: dict[str, Any]) -> None:
        tmp = self._meta_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self._meta_file)
        self._meta_sig = self._meta_stat()

    def _meta_stat(self) -> tuple[int, int, int]:
        try:
            st = os.stat(self._meta_file)
        except OSError:
            return (0, 0, 0)
        return (st.st_mtime_ns, st.st_ino, st.st_size)

    # --- processes ----------------------------------------------------------------------------------
    # Every change to the index (sync, reindex, bulk adds, a fresh layout) holds `lock` in the index directory
    # (flock, exclusive) and this object's thread lock, re-reads the watermark first (another process may have
    # moved it) and writes it after the tantivy commit with `gen` + 1. Readers in other processes see the new
    # `gen` (one stat of watermark.json per search) and reload their searchers and empty their result caches.

    @contextlib.contextmanager
    def _exclusive(self, *, wait: bool = True) -> Iterator[bool]:
        """Hold the thread lock and the index's file lock; yields False (holding nothing) if `wait` is False
        and either is busy."""
        if not self._write_lock.acquire(blocking=wait):
            yield False
            return
        try:
            fd = os.open(self._lock_file, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
                except BlockingIOError:
                    yield False
                    return
                try:
                    yield True
                finally:
                    fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)
        finally:
            self._write_lock.release()

    def _follow(self) -> None:
        """Take up another process's commit, if the watermark says there was one (cheap when there was not)."""
        sig = self._meta_stat()
        if sig == self._meta_sig:
            return
        self._meta_sig = sig
        meta = self._read_meta()
        if meta.get("schema") == SCHEMA_VERSION and "ts" in meta and meta.get("gen") != self._meta.get("gen"):
            self._meta = meta
            self._load_words()
            self._reloaded()

    # --- dictionary ---------------------------------------------------------------------------------

    def _load_words(self) -> None:
        words: set[str] = set()
        for nt in self.onto.nodes.values():
            words.add(nt.zh)
        for tax in self.onto.taxonomies.values():
            for e in tax.entries:
                words.update(w for w in (e.code, e.zh) if w)
        try:
            words.update(w for w in self._words_file.read_text(encoding="utf-8").split("\n") if w)
        except OSError:
            pass
        self._add_words(words, persist=False)
        try:
            lines = self._synonyms_file.read_text(encoding="utf-8").split("\n")
        except OSError:
            lines = []
        self._take_synonyms([line.split("\t") for line in lines if line])

    def _take_synonyms(self, groups: Iterable[Sequence[str]]) -> list[tuple[str, ...]]:
        """Remember groups of names of one thing (a node's name and its synonyms: 氨, 液氨, 氨气): a query word
        that is one of them also matches the others. Returns the groups that were new."""
        new: list[tuple[str, ...]] = []
        for group in groups:
            names = tuple(dict.fromkeys(n for n in (normalise(g).strip().lower() for g in group)
                                        if 2 <= len(n) <= 12 and CJK.search(n) and not re.search(r"\s", n)))
            if len(names) < 2 or len(names) > 12:
                continue
            for n in names:
                known = self._synonyms.get(n, ())
                merged = tuple(dict.fromkeys([*known, *(m for m in names if m != n)]))
                if merged != known:
                    self._synonyms[n] = merged[:16]
                    if names not in new:
                        new.append(names)
        return new

    def _add_synonyms(self, groups: Iterable[Sequence[str]]) -> None:
        new = self._take_synonyms(groups)
        if new:
            with self._synonyms_file.open("a", encoding="utf-8") as f:
                f.write("".join("\t".join(g) + "\n" for g in new))

    def _add_words(self, words: Iterable[str], *, persist: bool = True) -> None:
        tk = _tokenizer()
        new: list[str] = []
        for w in words:
            w = normalise(w).strip().lower()
            # Whole names up to 10 characters without spaces or separators: "液氯储罐", "江海氯碱化工有限公司".
            if 2 <= len(w) <= 10 and w not in self._words and not re.search(r"[\s/|,，、;；]", w):
                self._words.add(w)
                new.append(w)
        if not new:
            return
        with _JIEBA_LOCK:
            for w in new:
                if not tk.has_word(w):
                    tk.add_word(w, max(tk.suggest_freq(w), 10), None)
            _subs_of.cache_clear()
        if persist:
            with self._words_file.open("a", encoding="utf-8") as f:
                f.write("".join(f"{w}\n" for w in new))

    # --- building documents -----------------------------------------------------------------------

    def _text_props(self, type_name: str) -> list[str]:
        return [
            p.name
            for p in self.onto.node_properties(type_name).values()
            if p.type in ("string", "strings") and p.name not in NOT_TEXT and p.name not in KEY_PROPS
        ]

    def make_doc(self, type_name: str, props: dict[str, Any], facets: dict[str, list[str]] | None = None) -> IndexDoc:
        """The index document for one node (props as the store returns them)."""
        uid = str(props["uid"])
        title = str(props.get("name") or uid)
        parts: list[str] = []
        for p in self._text_props(type_name):
            parts.extend(_strings(props.get(p)))
        keys = [uid, title, *[str(props[k]) for k in KEY_PROPS if props.get(k)], *_strings(props.get("synonyms"))]
        english = " ".join([*_strings(props.get("name_en")), *LATIN_WORD.findall(" ".join([title, *parts]))])
        f: dict[str, list[str]] = {k: list(v) for k, v in (facets or {}).items() if v}
        pairs = (("accident_type", "accident_type"), ("accident_type", "accident_types"), ("severity", "severity"))
        for k, prop in pairs:
            f.setdefault(k, [])
            f[k] = list(dict.fromkeys([*f[k], *_strings(props.get(prop))]))
        if type_name == "Enterprise":
            f["enterprise"] = [title]
            f["industry"] = _strings(props.get("industry")) or f.get("industry", [])
        year = _year(props)
        if year:
            f["year"] = [year]
        return IndexDoc(type_name, uid, title, "\n".join(parts), keys, english,
                        {k: v for k, v in f.items() if v}, str(props.get("updated_at") or ""))

    def _tantivy_doc(self, d: IndexDoc, fields: Fields | None = None) -> tantivy.Document:
        name, title, zh, zhs, bi, ctx = fields if fields is not None else analyse(d)
        doc = tantivy.Document()
        add = doc.add_text
        add("id", f"{d.type}:{d.uid}")
        add("type", d.type)
        add("uid", d.uid)
        add("name", name)
        for field_name, text in (("title", title), ("zh", zh), ("zhs", zhs), ("bi", bi), ("ctx", ctx)):
            if text:
                add(field_name, text)
        if d.english:
            add("en", d.english)
        for k in d.keys:
            add("keys", normalise(k))
        for facet, values in d.facets.items():
            if facet in _FACET_FIELDS:
                for v in values:
                    add(facet, v)
        doc.add_float("weight", TYPE_WEIGHT.get(d.type, 0.0 if d.type in PART_TYPES else 1.0))
        add("updated_at", d.updated_at)
        return doc

    # --- reading the graph --------------------------------------------------------------------------

    def _changed(self, store: GraphStore) -> tuple[dict[str, list[dict[str, Any]]], dict[str, str]]:
        """(nodes to index by type, {uid: updated_at} of the nodes of the window already indexed as they are).

        When nothing was written, this is one small query: how many nodes have updated_at from LOOKBACK before the
        watermark on, and the greatest; it matches the watermark's `recent` and `ts`."""
        ts, recent = str(self._meta.get("ts") or ""), _recent_of(self._meta)
        if ts:
            lo = _window_start(ts)
            probe = store.read("MATCH (n) WHERE n.updated_at >= $lo RETURN count(*) AS c, max(n.updated_at) AS m",
                               {"lo": lo})
            if probe and int(probe[0]["c"] or 0) == len(recent) and probe[0]["m"] in (None, ts):
                return {}, recent
            rows = store.read("MATCH (n) WHERE n.updated_at >= $lo RETURN n", {"lo": lo})
        else:
            rows = store.read("MATCH (n) RETURN n")
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        present: dict[str, str] = {}
        for r in rows:
            node = r["n"]
            type_name = node.get("_type")
            uid, stamp = str(node.get("uid")), str(node.get("updated_at") or "")
            if ts and recent.get(uid) == stamp:
                present[uid] = stamp
                continue
            if type_name in self.onto.nodes:
                out[type_name].append({k: v for k, v in node.items() if not k.startswith("_")})
        if ts and not out and present != recent:  # some of `recent` were deleted: keep the probe exact
            self._meta = {**self._meta, "recent": present}
            self._meta.pop("seen", None)
            self._write_meta(self._meta)
        return out, present

    def context_for(self, store: GraphStore, type_name: str, uids: Sequence[str]) -> dict[str, str]:
        """Names of a node's telling neighbours (see _CTX_PATHS), as one text per uid."""
        out: dict[str, list[str]] = defaultdict(list)
        for pattern in _CTX_PATHS.get(type_name, []) if uids else []:
            # Equipment at the heart of a case is found by the case's story, not only by its own short name.
            extra = ", x.summary AS summary" if "x:`Case`" in pattern and type_name == "Equipment" else ""
            q = (f"UNWIND $uids AS u MATCH (n:`{type_name}` {{uid: u}}) MATCH {pattern} "
                 f"RETURN DISTINCT n.uid AS uid, x.name AS name{extra}")
            for r in store.read(q, {"uids": list(uids)}):
                out[r["uid"]].extend(str(r[k]) for k in ("name", "summary") if r.get(k))
        return {k: " ".join(v) for k, v in out.items()}

    def facets_for(self, store: GraphStore, type_name: str, uids: Sequence[str]) -> dict[str, dict[str, list[str]]]:
        """Facet values that come from neighbours: enterprise and industry (and a case's facets for its parts)."""
        out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        if not uids:
            return out
        p = {"uids": list(uids)}

        def add(uid: str, facet: str, value: Any) -> None:
            for v in _strings(value):
                if v not in out[uid][facet]:
                    out[uid][facet].append(v)

        if type_name in ("Case", "EmergencyPlan", "Enterprise"):
            for r in store.read(f"UNWIND $uids AS u MATCH (n:`{type_name}` {{uid: u}})-[:IN_INDUSTRY]->(i:Industry) "
                                "RETURN n.uid AS uid, i.code AS v", p):
                add(r["uid"], "industry", r["v"])
        if type_name == "PlanSection":
            for r in store.read("UNWIND $uids AS u MATCH (pl:EmergencyPlan)-[:HAS_SECTION]->(n:PlanSection {uid: u}) "
                                "RETURN n.uid AS uid, pl.uid AS plan, pl.accident_types AS at", p):
                add(r["uid"], "accident_type", r["at"])
            plans = {r["uid"]: r["plan"] for r in store.read(
                "UNWIND $uids AS u MATCH (pl:EmergencyPlan)-[:HAS_SECTION]->(n:PlanSection {uid: u}) "
                "RETURN n.uid AS uid, pl.uid AS plan", p)}
            inherited = self.facets_for(store, "EmergencyPlan", sorted(set(plans.values())))
            for uid, plan in plans.items():
                for facet, values in inherited.get(plan, {}).items():
                    add(uid, facet, values)
        elif type_name in _CASE_CHILD:
            rel = _CASE_CHILD[type_name]
            rows = store.read(f"UNWIND $uids AS u MATCH (c:`Case`)-[:`{rel}`]->(n:`{type_name}` {{uid: u}}) "
                              "RETURN n.uid AS uid, c.uid AS cuid, c.accident_type AS at, c.severity AS sev, "
                              "c.occurred_on AS occ", p)
            case_facets = self.facets_for(store, "Case", sorted({r["cuid"] for r in rows}))
            for r in rows:
                add(r["uid"], "accident_type", r["at"])
                add(r["uid"], "severity", r["sev"])
                add(r["uid"], "year", (r["occ"] or "")[:4])
                for facet, values in case_facets.get(r["cuid"], {}).items():
                    add(r["uid"], facet, values)
        for pattern in _ENT_PATHS.get(type_name, []):
            q = (f"UNWIND $uids AS u MATCH (n:`{type_name}` {{uid: u}}) MATCH {pattern} "
                 "RETURN DISTINCT n.uid AS uid, e.name AS name, e.industry AS industry")
            for r in store.read(q, p):
                add(r["uid"], "enterprise", r["name"])
                add(r["uid"], "industry", r["industry"])
        return out

    # --- writing ------------------------------------------------------------------------------------

    def _commit(self, writer: tantivy.IndexWriter) -> None:
        """Commit the tantivy writer (a seam for tests that simulate a crash here)."""
        writer.commit()

    def add_docs(self, docs: Sequence[IndexDoc], *, heap: int = 256_000_000, threads: int = 0,
                 processes: int = 1, replace: bool = True) -> int:
        """Index prepared documents directly (bulk loads, the benchmark); not recorded in the watermark.

        With `processes` > 1, segmentation runs in a pool of forked processes (rjieba holds the GIL)."""
        with self._exclusive() as _:
            self._follow()
            self._add_words(d.title for d in docs)
            writer = self.index.writer(heap, threads)
            n = 0
            if processes > 1 and len(docs) > 2 * _CHUNK:
                import multiprocessing

                global _POOL_DOCS
                _POOL_DOCS = docs
                try:
                    with multiprocessing.get_context("fork").Pool(processes) as pool:
                        ranges = [(a, min(a + _CHUNK, len(docs))) for a in range(0, len(docs), _CHUNK)]
                        for (a, _), chunk in zip(ranges, pool.imap(_segment_range, ranges), strict=True):
                            for d, seg in zip(docs[a : a + len(chunk)], chunk, strict=True):
                                if replace:
                                    writer.delete_documents_by_term("id", f"{d.type}:{d.uid}")
                                writer.add_document(self._tantivy_doc(d, _with_raw(d, seg)))
                                n += 1
                finally:
                    _POOL_DOCS = ()
            else:
                for d in docs:
                    if replace:
                        writer.delete_documents_by_term("id", f"{d.type}:{d.uid}")
                    writer.add_document(self._tantivy_doc(d))
                    n += 1
            self._commit(writer)
            writer.wait_merging_threads()
            self._meta = {**self._meta, "gen": int(self._meta.get("gen", 0)) + 1}
            self._write_meta(self._meta)
            self._reloaded()
        return n

    def sync(self, store: GraphStore, *, wait: bool = True) -> int:
        """Index every node written since the watermark; return how many documents were (re)indexed.

        With `wait` False, return 0 at once if another thread or process is changing the index (its commit is
        taken up by the next search)."""
        with self._exclusive(wait=wait) as got:
            if not got:
                return 0
            self._follow()
            return self._sync(store)

    def _sync(self, store: GraphStore) -> int:
        changed, present = self._changed(store)
        if not changed:
            return 0
        self._add_synonyms([str(r.get("name") or ""), *_strings(r.get("synonyms"))]
                           for rows in changed.values() for r in rows if r.get("synonyms"))
        self._add_words(w for rows in changed.values() for r in rows
                        for w in [str(r.get("name") or ""), *_strings(r.get("synonyms"))])
        writer = self.index.writer(128_000_000, 0)
        meta = json.loads(json.dumps(self._meta))
        n = 0
        try:
            for type_name, rows in changed.items():
                uids = [r["uid"] for r in rows]
                facets = self.facets_for(store, type_name, uids)
                context = self.context_for(store, type_name, uids)
                for r in rows:
                    d = self.make_doc(type_name, r, facets.get(r["uid"]))
                    d.context = context.get(r["uid"], "")
                    writer.delete_documents_by_term("id", f"{type_name}:{d.uid}")
                    writer.add_document(self._tantivy_doc(d))
                    n += 1
            # The new watermark: the greatest stamp indexed, and every node indexed in the window below it (the
            # rows read cover that window: it starts no earlier than the one just read).
            stamps = {**present, **{str(r["uid"]): str(r["updated_at"]) for rows in changed.values() for r in rows
                                    if r.get("updated_at")}}
            if stamps:
                ts = max(str(meta.get("ts") or ""), *stamps.values())
                lo = _window_start(ts)
                meta["ts"] = ts
                meta["recent"] = {u: v for u, v in sorted(stamps.items()) if v >= lo}
                meta.pop("seen", None)
            meta["gen"] = int(meta.get("gen", 0)) + 1
            self._commit(writer)
        except BaseException:
            writer.rollback()
            raise
        finally:
            writer.wait_merging_threads()
        # Only now, with the documents durable, does the watermark move.
        self._write_meta(meta)
        self._meta = meta
        self._reloaded()
        return n

    def reindex(self, store: GraphStore) -> int:
        """Rebuild the whole index from the graph."""
        with self._exclusive() as _:
            writer = self.index.writer(64_000_000, 1)
            writer.delete_all_documents()
            self._commit(writer)
            writer.wait_merging_threads()
            self._meta = _empty_meta(int(self._meta.get("gen", 0)) + 1)
            self._write_meta(self._meta)
            self._reloaded()
            return self._sync(store)

    # --- searching ----------------------------------------------------------------------------------

    @property
    def num_docs(self) -> int:
        return int(self.index.searcher().num_docs)

    def _term(self, field_name: str, value: str, boost: float = 1.0) -> tantivy.Query:
        q = tantivy.Query.term_query(self.schema, field_name, value, index_option="freq")
        return q if boost == 1.0 else tantivy.Query.boost_query(q, boost)

    def build_query(self, text: str) -> tantivy.Query | None:
        """The ranking query for user text (already trimmed), every clause optional: terms only, nothing parsed.
        None if nothing is searchable."""
        plan = self.query_plan(text)
        return plan.loose if plan else None

    def query_plan(self, text: str) -> QueryPlan | None:
        """The queries for user text: `strict` (documents holding every word of the query, or most of its
        character bigrams, or it as an exact key; ranked by all the clauses) and `loose` (any clause matches).
        None if nothing is searchable."""
        norm = normalise(text).lower()
        tokens = list(dict.fromkeys(t for t in segment(norm) if _meaningful(t)))
        plain = [t for t in dict.fromkeys(_base_tokenizer().cut(norm, False)) if _meaningful(t) and not t.isspace()]
        words = [t for t in plain if len(t) > 1]  # what a match must hold (most of), see below
        tokens += [t for t in plain if t not in tokens]
        # Other names of what a word names (synonyms from the graph: 氨气 → 氨, 液氨) and its spelling variants
        # (贮 for 储): they count as the word in a match and score a little less than it.
        alts = {t: self._alternatives(t) for t in tokens if len(t) > 1}
        alts = {t: a for t, a in alts.items() if a}
        subs = [s for s in dict.fromkeys(sub_words(tokens)) if s not in tokens and _meaningful(s)]
        grams = bigrams(norm)
        latin = list(dict.fromkeys(t for w in LATIN_WORD.findall(norm) for t in self._en.analyze(w) if len(t) > 1))
        if not tokens and not grams and not latin:
            return None
        should: list[tuple[tantivy.Occur, tantivy.Query]] = []
        S, M = tantivy.Occur.Should, tantivy.Occur.Must
        exact: list[tantivy.Query] = []  # what alone makes a document a match in the strict query
        for t in tokens:
            if len(t) == 1 and not CJK.match(t):  # a lone letter or digit: only as an exact key
                should.append((S, self._term("keys", t, 4.0)))
                continue
            weight = 1.0 if len(t) > 1 else 0.3
            should.append((S, tantivy.Query.boolean_query([
                (S, self._term("title", t, 3.0 * weight)),
                (S, self._term("zh", t, 1.5 * weight)),
                (S, self._term("zhs", t, 1.0 * weight)),
                (S, self._term("ctx", t, 0.6 * weight)),
                (S, self._term("keys", t, 4.0)),
            ])))
        has: list[tantivy.Query] = []
        if words:
            # Most words (all of one or two; one may be missing from three, two from six): a query that adds a
            # word the document does not use ("应急" to "氯气泄漏") still finds it. A word is in a document if all
            # its character bigrams are in the title or body (whatever the segmentation made of them) or it is
            # a word of the neighbours' names.
            has = [tantivy.Query.boolean_query([
                clause for v in (t, *alts.get(t, ())) for clause in (
                    (S, tantivy.Query.boolean_query([(M, self._term("bi", g)) for g in bigrams(v)])),
                    (S, self._term("ctx", v)))]) for t in words]
            need = len(has) - len(has) // 3
            exact.append(tantivy.Query.boolean_query([(S, q) for q in has], minimum_number_should_match=need))
            # A document named by one of the words (its name, synonym, CAS or code) is a match too.
            exact.append(tantivy.Query.boolean_query([(S, self._term("keys", t)) for t in tokens if len(t) > 1]))
        if len(has) >= 2:
            # Coordination: a document with every word of the query beats one with the rarest word many times.
            should.append((S, tantivy.Query.boost_query(tantivy.Query.boolean_query([(M, q) for q in has]), 2.0)))
        for alt in dict.fromkeys(a for a_s in alts.values() for a in a_s if a not in tokens):
            should.append((S, tantivy.Query.boolean_query([
                (S, self._term("title", alt, 2.0)), (S, self._term("zh", alt, 1.0)), (S, self._term("zhs", alt, 0.7)),
                (S, self._term("ctx", alt, 0.4)), (S, self._term("keys", alt, 2.0))])))
        for s in subs:
            should.append((S, tantivy.Query.boolean_query([
                (S, self._term("title", s, 0.8)), (S, self._term("zh", s, 0.4)), (S, self._term("zhs", s, 0.4))])))
        bigram_clause: tuple[tantivy.Occur, tantivy.Query] | None = None
        if grams:
            grams = grams[:64]
            msm = max(1, math.ceil(len(grams) * 0.6)) if len(grams) > 2 else 1
            bq = tantivy.Query.boolean_query([(S, self._term("bi", g)) for g in grams],
                                             minimum_number_should_match=min(msm, len(grams)))
            bigram_clause = (S, tantivy.Query.boost_query(bq, 0.5))
            if not words:
                exact.append(bq)
        if latin:
            en = tantivy.Query.boolean_query([(S, self._term("en", w)) for w in latin])
            should.append((S, tantivy.Query.boost_query(en, 1.5)))
            exact.append(tantivy.Query.boolean_query([(M, self._term("en", w)) for w in latin]))
        whole = normalise(text).strip().lower()
        if whole:
            should.append((S, self._term("keys", whole, 20.0)))
            exact.append(self._term("keys", whole))
        loose = tantivy.Query.boolean_query(should + ([bigram_clause] if bigram_clause else []))
        if not exact:
            return QueryPlan(None, loose)
        # The strict match set is what the counts describe; it is ranked by the word clauses (the match
        # condition itself scores nothing; the bigram clause, costly to score, ranks only the loose query).
        match = tantivy.Query.boolean_query([(S, q) for q in exact])
        cond = tantivy.Query.const_score_query(match, 0.0)
        return QueryPlan(tantivy.Query.boolean_query([(M, cond), *should]), loose, match)

    def _alternatives(self, word: str) -> tuple[str, ...]:
        out = list(self._synonyms.get(word, ()))
        variant = word.translate(_VARIANTS)
        if variant != word:
            out.append(variant)
        return tuple(dict.fromkeys(out))[:8]

    def search(self, q: str, *, facets: dict[str, str] | None = None, limit: int = 10, offset: int = 0) -> SearchResult:
        raw = q if isinstance(q, str) else ""
        limit = min(max(int(limit), 1), MAX_LIMIT)
        offset = min(max(int(offset), 0), MAX_OFFSET)
        filters = {k: v for k, v in (facets or {}).items() if k in FACETS and isinstance(v, str) and v}
        key = (raw[: MAX_QUERY_CHARS * 4], tuple(sorted(filters.items())), limit, offset)
        self._follow()
        gen = self._gen
        cached = self._cache_get(key, gen)
        if cached is None:
            cached = self._search(raw, filters, limit, offset)
            self._cache_put(key, gen, cached)
        return cached

    # Results are cached per (query, filters, page) until the index changes (`_gen` moves on every reload): the
    # facet counts and the total are what costs, and popular queries repeat. SearchResult objects are shared.

    def _cache_get(self, key: tuple[Any, ...], gen: int) -> SearchResult | None:
        if not self.cache_size:
            return None
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit is None or hit[0] != gen:
                return None
            self._cache.move_to_end(key)
            return hit[1]

    def _cache_put(self, key: tuple[Any, ...], gen: int, value: SearchResult) -> None:
        if not self.cache_size:
            return
        with self._cache_lock:
            if gen != self._gen:
                return
            self._cache[key] = (gen, value)
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)

    def _reloaded(self) -> None:
        """The index changed (a commit of ours, or another process's seen in the watermark): new searchers."""
        self.index.reload()
        with self._cache_lock:
            self._gen += 1
            self._cache.clear()

    def _search(self, raw: str, filters: dict[str, str], limit: int, offset: int) -> SearchResult:
        text = SPACE_RUN.sub(" ", raw).strip()
        messages: list[str] = []
        if len(text) > MAX_QUERY_CHARS:
            messages.append(f"检索词过长（{len(text)} 字），只按前 {MAX_QUERY_CHARS} 字检索")
            text = text[:MAX_QUERY_CHARS]
        if SYNTAX.search(text):
            messages.append("已按字面检索：引号、括号、冒号、通配符和 AND/OR/NOT 等不作为查询语法")
        searcher = self.index.searcher()
        must: list[tuple[tantivy.Occur, tantivy.Query]] = [
            (tantivy.Occur.Must, tantivy.Query.term_query(self.schema, k, v)) for k, v in filters.items()
        ]
        if not text:
            everything, _ = self._facet_counts(searcher, tantivy.Query.all_query())
            return SearchResult(raw, 0, [], everything, "请输入检索词")
        plan = self.query_plan(text)
        if plan is None:
            messages.append("检索词中没有可检索的文字或数字")
            return SearchResult(raw, 0, [], {}, "；".join(messages))
        # The facet aggregation visits every match anyway: it gives the total too (every document has one type),
        # so the top-k search need not count. The strict query first; when fewer than FALLBACK_BELOW documents
        # hold the query's words, the loose one (any word, a few bigrams), and the page says so.
        counts: dict[str, dict[str, int]] = {}
        total: int | None = None
        query = None
        if plan.strict is not None:
            query = tantivy.Query.boolean_query([(tantivy.Occur.Must, plan.strict), *must])
            # Counted over the match condition alone (the same documents, fewer scorers to set up).
            counted = tantivy.Query.boolean_query([(tantivy.Occur.Must, plan.match or plan.strict), *must])
            counts, total = self._facet_counts(searcher, counted)
        if total is None or total < FALLBACK_BELOW:
            strict_total = total
            query = tantivy.Query.boolean_query([(tantivy.Occur.Must, plan.loose), *must])
            counts, total = self._facet_counts(searcher, query)
            if strict_total is not None and total is not None and total > strict_total:
                messages.append(f"同时含有全部检索词的条目只有 {strict_total} 条，以下也列出部分匹配的条目")
        assert query is not None
        text_query = plan.loose
        res = searcher.search(query, limit=limit, offset=offset, count=total is None, weight_by_field="weight")
        if total is None:
            total = int(getattr(res, "count", 0) or 0)
        hits: list[SearchHit] = []
        if res.hits:
            snippets = tantivy.SnippetGenerator.create(searcher, text_query, self.schema, "zh")
            snippets.set_max_num_chars(160)
            hl_terms = self._highlight_terms(text)
            for score, addr in res.hits:
                hits.append(self._hit(searcher.doc(addr), float(score), snippets, hl_terms))
        if total == 0:
            messages.append("没有找到匹配的条目")
        return SearchResult(raw, total, hits, counts, "；".join(messages))

    def _facet_counts(self, searcher: tantivy.Searcher,
                      query: tantivy.Query) -> tuple[dict[str, dict[str, int]], int | None]:
        """Facet value counts of the matches (30 values a facet) and their total (None if not known)."""
        aggs = {f: {"terms": {"field": f, "size": 1000 if f == "type" else 30}} for f in FACETS}
        try:
            res = searcher.aggregate(query, aggs)
        except ValueError as e:  # pragma: no cover - an empty index has no fast-field columns yet
            log.debug("facet aggregation failed: %s", e)
            return {}, None
        out: dict[str, dict[str, int]] = {}
        for f in FACETS:
            buckets = res.get(f, {}).get("buckets", [])
            vals = {str(b["key"]): int(b["doc_count"]) for b in buckets if str(b["key"])}
            if vals:
                out[f] = vals
        types = res.get("type", {})
        total = sum(int(b["doc_count"]) for b in types.get("buckets", [])) + int(types.get("sum_other_doc_count", 0))
        if len(out.get("type", {})) > 30:
            out["type"] = dict(list(out["type"].items())[:30])
        return out, total

    @staticmethod
    def _highlight_terms(text: str) -> list[str]:
        norm = normalise(text).lower()
        terms = [t for t in segment(norm) if _meaningful(t) and len(t) > 1]
        return sorted(set(terms), key=len, reverse=True)

    def _hit(self, doc: tantivy.Document, score: float, gen: tantivy.SnippetGenerator, terms: list[str]) -> SearchHit:
        facets = {f: ", ".join(map(str, vals)) for f in FACETS[1:] if (vals := doc.get_all(f))}
        snippet = gen.snippet_from_doc(doc)
        html_snip = snippet_html(snippet.fragment(), [(r.start, r.end) for r in snippet.highlighted()])
        if "<mark>" not in html_snip:
            body = despace(str(doc.get_first("zh") or ""))
            html_snip = manual_snippet(body, terms) if body else ""
        return SearchHit(
            type=str(doc.get_first("type")),
            uid=str(doc.get_first("uid")),
            title=str(doc.get_first("name") or "") or str(doc.get_first("uid")),
            snippet_html=html_snip,
            score=score,
            facets=facets,
        )


_CTRL = {0: None, 1: None, 2: None}
_CTRL_CHAR = re.compile("[\x00-\x02]")
# (The letter or digit before the spaces is matched, not looked behind at: the regex engine then skips ahead to
# the next letter or digit instead of trying every position; `\1` puts it back.)
_KEEP_SPACE = re.compile(r"([A-Za-z0-9][\x01\x02]*) +([\x01\x02]*)(?=[A-Za-z0-9])")


def snippet_html(fragment: str, byte_ranges: Sequence[tuple[int, int]]) -> str:
    """HTML for a tantivy snippet of segmented text: escaped, hits in <mark>, token spaces removed."""
    if not byte_ranges:
        return _render_ranges(fragment, [])
    data = fragment.encode("utf-8")
    ranges: list[tuple[int, int]] = []
    for start, end in byte_ranges:
        try:
            a = len(data[:start].decode("utf-8"))
            b = a + len(data[start:end].decode("utf-8"))
        except UnicodeDecodeError:  # not on a character boundary
            continue
        ranges.append((a, b))
    return _render_ranges(fragment, ranges)


def _render(text: str, marked: list[bool]) -> str:
    """Despace `text` (keeping the marks aligned), escape it and wrap marked runs in <mark>."""
    ranges: list[tuple[int, int]] = []
    start = -1
    for i, m in enumerate(marked):
        if m and start < 0:
            start = i
        elif not m and start >= 0:
            ranges.append((start, i))
            start = -1
    if start >= 0:
        ranges.append((start, len(marked)))
    return _render_ranges(text, ranges)


def _render_ranges(text: str, ranges: Sequence[tuple[int, int]]) -> str:
    """_render with the marked character ranges: the marks become sentinels, spaces between tokens go (one is
    kept between two Latin words or numbers), then escaping, then the sentinels become <mark> tags."""
    parts: list[str] = []
    pos = 0
    for a, b in sorted(ranges):
        a = max(a, pos)
        if b <= a:
            continue
        parts += [text[pos:a], "\x01", text[a:b], "\x02"]
        pos = b
    parts.append(text[pos:])
    if _CTRL_CHAR.search(text):  # rare: the text's own sentinel characters go (the ranges index the text as is)
        parts = [p if i % 4 in (1, 3) else p.translate(_CTRL) for i, p in enumerate(parts)]
    s = _KEEP_SPACE.sub("\\1\x00\\2", "".join(parts)).replace(" ", "")
    s = html.escape(s).replace("\x00", " ").replace("\x02\x01", "").replace("\x01\x02", "")
    return s.replace("\x01", "<mark>").replace("\x02", "</mark>").strip()


def manual_snippet(body: str, terms: Sequence[str], width: int = 120) -> str:
    """A window of `body` around the first query term (or its start), terms in <mark>, escaped."""
    low = body.lower()
    first = min((p for p in (low.find(t) for t in terms) if p >= 0), default=-1)
    start = max(0, first - width // 3) if first >= 0 else 0
    window = body[start : start + width]
    wlow = window.lower()
    marked = [False] * len(window)
    for t in terms:
        p = wlow.find(t)
        while p >= 0:
            for i in range(p, p + len(t)):
                marked[i] = True
            p = wlow.find(t, p + len(t))
    out = _render(window, marked)
    return ("…" if start > 0 else "") + out + ("…" if start + width < len(body) else "")


def cmd_reindex(store: GraphStore, onto: Ontology) -> int:
    """`python run.py reindex`: rebuild the search index under ANZHI_DATA_DIR/search from the graph."""
    from .config import Settings

    index = SearchIndex(Settings.from_env().data_dir / "search", onto)
    n = index.reindex(store)
    print(f"search index rebuilt from {store.backend}: {n} documents in {index.path}")
    return 0
