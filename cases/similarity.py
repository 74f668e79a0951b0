"""Similar cases: the top-k past cases for a case, by a weighted sum of local similarities (myCBR / CBRkit style).

A case is represented by its accident type, the chemicals it INVOLVED (CAS, with their GHS hazard-class
families), the kinds of equipment it INVOLVED, its hazardous processes, its industry, the GB/T 13861 factor
classes of its causes, and its text (name + summary + cause texts). Local similarities:

- accident type: taxonomy-aware, a small table of related types (cases/similarity.yaml, with its reasoning);
- chemicals: Jaccard over CAS, plus partial credit for shared hazard-class families;
- equipment kind, process, industry: Jaccard;
- cause classes: hierarchical on the GB/T 13861 codes (shared prefix depth), averaged best matches both ways;
- text: cosine of TF-IDF vectors over character bigrams (Chinese) and words (Latin script); no model.

The global score is the weighted sum, weights renormalised over the features the query has. Representations
are read once into an in-memory `CaseBase` (a handful of queries however many cases) and scored with numpy
over all cases at once, which keeps a query over 10,000 cases well under 100 ms; `CaseBase.refresh` re-reads.
"""

from __future__ import annotations

import math
import re
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import yaml

from kb import GraphStore
from ontology import Ontology

CONFIG_FILE = Path(__file__).with_name("similarity.yaml")
FEATURES = ("accident_type", "chemicals", "causes", "text", "equipment", "process", "industry")
TOKEN = re.compile(r"[\u3400-\u9fff]+|[A-Za-z][A-Za-z0-9]+")
FloatArray = npt.NDArray[np.float64]


@lru_cache(maxsize=1)
def config() -> dict[str, Any]:
    with CONFIG_FILE.open(encoding="utf-8") as f:
        data: dict[str, Any] = yaml.safe_load(f)
    return data


def accident_type_similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    for x, y, s in config()["accident_type_pairs"]:
        if {x, y} == {a, b}:
            return float(s)
    return 0.0


def hazard_families(classes: Iterable[str]) -> frozenset[str]:
    """GHS hazard-class families of a chemical from its 危险化学品目录 hazard classes."""
    out: set[str] = set()
    for fam, prefixes in config()["hazard_families"].items():
        if any(c.startswith(p) for c in classes for p in prefixes):
            out.add(fam)
    return frozenset(out)


def tokens(text: str) -> list[str]:
    out: list[str] = []
    for m in TOKEN.finditer(text):
        w = m.group(0)
        if w[0].isascii():
            out.append(w.lower())
        else:
            out += [w[i : i + 2] for i in range(len(w) - 1)] if len(w) > 1 else [w]
    return out


@dataclass(frozen=True)
class CaseRep:
    uid: str
    name: str
    accident_type: str = ""
    chemicals: frozenset[str] = frozenset()
    families: frozenset[str] = frozenset()
    equipment: frozenset[str] = frozenset()
    process: frozenset[str] = frozenset()
    industry: frozenset[str] = frozenset()
    causes: frozenset[str] = frozenset()
    text: str = ""


def read_cases(store: GraphStore, onto: Ontology, uids: Sequence[str] | None = None) -> list[CaseRep]:
    """Case representations, with one query per feature (all cases, or only `uids`)."""
    for t in ("Case", "Chemical", "Equipment", "Process", "Industry", "Enterprise", "Cause"):
        onto.node(t)
    flt = " WHERE c.uid IN $u" if uids is not None else ""
    p = {"u": list(uids)} if uids is not None else {}
    base = {r["c"]: r for r in store.read(
        f"MATCH (c:`Case`){flt} RETURN c.uid AS c, c.name AS name, c.accident_type AS at, c.summary AS summary", p)}
    sets: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    fams: dict[str, set[str]] = defaultdict(set)
    for r in store.read(f"MATCH (c:`Case`)-[:`INVOLVED`]->(x:`Chemical`){flt} RETURN c.uid AS c, x.uid AS x, "
                        "x.hazard_classes AS h", p):
        sets["chemicals"][r["c"]].add(r["x"])
        fams[r["c"]] |= hazard_families(r["h"] or [])
    rows = store.read(
        f"MATCH (c:`Case`)-[:`INVOLVED`]->(x:`Equipment`){flt} RETURN c.uid AS c, 'equipment' AS f, x.kind AS v "
        f"UNION ALL MATCH (c:`Case`)-[:`INVOLVED`]->(x:`Process`){flt} RETURN c.uid AS c, 'process' AS f, x.uid AS v "
        f"UNION ALL MATCH (c:`Case`)-[:`IN_INDUSTRY`]->(x:`Industry`){flt} RETURN c.uid AS c, 'industry' AS f, "
        "x.uid AS v "
        f"UNION ALL MATCH (c:`Case`)-[:`OCCURRED_AT`]->(x:`Enterprise`){flt} RETURN c.uid AS c, 'ent_industry' AS f, "
        "x.industry AS v", p)
    for r in rows:
        if r["v"]:
            sets[r["f"]][r["c"]].add(r["v"])
    texts: dict[str, list[str]] = defaultdict(list)
    for r in store.read(f"MATCH (c:`Case`)-[:`CAUSED_BY`]->(x:`Cause`){flt} RETURN c.uid AS c, x.factor_class AS f, "
                        "x.text AS t, x.uid AS xu ORDER BY xu", p):
        if r["f"]:
            sets["causes"][r["c"]].add(r["f"])
        if r["t"]:
            texts[r["c"]].append(r["t"])
    out = []
    for uid in sorted(base):
        r = base[uid]
        industry = sets["industry"].get(uid) or sets["ent_industry"].get(uid) or set()
        out.append(CaseRep(
            uid=uid, name=r["name"] or "", accident_type=r["at"] or "",
            chemicals=frozenset(sets["chemicals"].get(uid, ())), families=frozenset(fams.get(uid, ())),
            equipment=frozenset(sets["equipment"].get(uid, ())), process=frozenset(sets["process"].get(uid, ())),
            industry=frozenset(industry), causes=frozenset(sets["causes"].get(uid, ())),
            text=" ".join([r["name"] or "", r["summary"] or "", *texts.get(uid, [])]),
        ))
    return out


@dataclass(frozen=True)
class FeatureScore:
    feature: str
    local: float
    weight: float
    contribution: float
    query: str
    case: str


@dataclass(frozen=True)
class SimilarCase:
    uid: str
    name: str
    accident_type: str
    score: float
    explanation: tuple[FeatureScore, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"uid": self.uid, "name": self.name, "accident_type": self.accident_type, "score": self.score,
                "explanation": [f.__dict__ for f in self.explanation]}


class _MultiHot:
    """Cases × vocabulary as a dense 0/1 matrix: cheap for the small taxonomies (≤ a few dozen codes)."""

    def __init__(self, values: Sequence[frozenset[str]]) -> None:
        self.vocab = {v: i for i, v in enumerate(sorted({x for s in values for x in s}))}
        self.m = np.zeros((len(values), max(1, len(self.vocab))), dtype=np.float64)
        for i, s in enumerate(values):
            for x in s:
                self.m[i, self.vocab[x]] = 1.0
        self.sizes = self.m.sum(axis=1)

    def vector(self, s: frozenset[str]) -> tuple[FloatArray, int]:
        v = np.zeros(self.m.shape[1])
        for x in s:
            if x in self.vocab:
                v[self.vocab[x]] = 1.0
        return v, len(s)

    def jaccard(self, s: frozenset[str]) -> FloatArray:
        v, n = self.vector(s)
        inter: FloatArray = self.m @ v
        union = self.sizes + n - inter
        out: FloatArray = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
        return out


class _Postings:
    """An inverted index term → (case indices, weights), scored with one bincount."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.idx: dict[str, npt.NDArray[np.int64]] = {}
        self.w: dict[str, FloatArray] = {}

    def build(self, docs: Sequence[dict[str, float]]) -> None:
        ii: dict[str, list[int]] = defaultdict(list)
        ww: dict[str, list[float]] = defaultdict(list)
        for i, d in enumerate(docs):
            for t, x in d.items():
                ii[t].append(i)
                ww[t].append(x)
        self.idx = {t: np.asarray(v, dtype=np.int64) for t, v in ii.items()}
        self.w = {t: np.asarray(v, dtype=np.float64) for t, v in ww.items()}

    def dot(self, q: dict[str, float]) -> FloatArray:
        terms = [t for t in q if t in self.idx]
        if not terms:
            return np.zeros(self.n)
        idx = np.concatenate([self.idx[t] for t in terms])
        w = np.concatenate([self.w[t] * q[t] for t in terms])
        return np.bincount(idx, weights=w, minlength=self.n).astype(np.float64)


@dataclass
class CaseBase:
    """All cases of a store, represented once and scored together."""

    reps: list[CaseRep] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._index()

    @classmethod
    def build(cls, store: GraphStore, onto: Ontology) -> CaseBase:
        return cls(read_cases(store, onto))

    def refresh(self, store: GraphStore, onto: Ontology) -> None:
        self.reps = read_cases(store, onto)
        self._index()

    def __len__(self) -> int:
        return len(self.reps)

    def _index(self) -> None:
        reps = self.reps
        n = len(reps)
        self.pos = {r.uid: i for i, r in enumerate(reps)}
        codes = sorted({r.accident_type for r in reps if r.accident_type})
        self.at_codes = {c: i for i, c in enumerate(codes)}
        self.at = np.array([self.at_codes.get(r.accident_type, -1) for r in reps], dtype=np.int64)
        self.equipment = _MultiHot([r.equipment for r in reps])
        self.process = _MultiHot([r.process for r in reps])
        self.industry = _MultiHot([r.industry for r in reps])
        self.families = _MultiHot([r.families for r in reps])
        self.causes = _MultiHot([r.causes for r in reps])
        cas_docs = [{c: 1.0 for c in r.chemicals} for r in reps]
        self.cas = _Postings(n)
        self.cas.build(cas_docs)
        self.cas_sizes = np.array([len(r.chemicals) for r in reps], dtype=np.float64)
        toks = [Counter(tokens(r.text)) for r in reps]
        df: Counter[str] = Counter()
        for c in toks:
            df.update(c.keys())
        self.idf = {t: math.log((n + 1) / (d + 1)) + 1.0 for t, d in df.items()}
        self.vectors = [self._tfidf(c) for c in toks]
        self.text = _Postings(n)
        self.text.build(self.vectors)

    def _tfidf(self, counts: Counter[str]) -> dict[str, float]:
        idf_new = math.log(len(self.reps) + 1) + 1.0  # a term no stored case has
        v = {t: (1.0 + math.log(c)) * self.idf.get(t, idf_new) for t, c in counts.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {t: x / norm for t, x in v.items()}

    # --- local similarities, each over all cases at once ---

    def _at_sim(self, q: str) -> FloatArray:
        if not q:
            return np.zeros(len(self.reps))
        table = np.array([accident_type_similarity(q, c) for c in self.at_codes] + [0.0])
        return table[self.at]  # index -1 (unknown) hits the trailing 0.0

    def _chem_sim(self, q: CaseRep) -> FloatArray:
        inter = self.cas.dot({c: 1.0 for c in q.chemicals})
        union = self.cas_sizes + len(q.chemicals) - inter
        jac = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
        fam = self.families.jaccard(q.families) if q.families else np.zeros(len(self.reps))
        credit = float(config()["chemical_family_credit"])
        return jac + (1.0 - jac) * credit * fam

    def _cause_sim(self, q: frozenset[str]) -> FloatArray:
        vocab = self.causes.vocab
        if not q or not vocab:
            return np.zeros(len(self.reps))
        codes = list(vocab)
        s = np.array([[_prefix_sim(a, b) for b in codes] for a in sorted(q)])  # |q| × vocab
        m = self.causes.m
        fwd = np.mean([np.max(m * row, axis=1) for row in s], axis=0)
        best = s.max(axis=0)
        bwd = np.divide(m @ best, self.causes.sizes, out=np.zeros(len(self.reps)), where=self.causes.sizes > 0)
        out: FloatArray = np.where(self.causes.sizes > 0, (fwd + bwd) / 2.0, 0.0)
        return out

    def locals(self, q: CaseRep) -> dict[str, FloatArray]:
        qv = self.vectors[self.pos[q.uid]] if q.uid in self.pos else self._tfidf(Counter(tokens(q.text)))
        return {
            "accident_type": self._at_sim(q.accident_type),
            "chemicals": self._chem_sim(q),
            "causes": self._cause_sim(q.causes),
            "text": self.text.dot(qv),
            "equipment": self.equipment.jaccard(q.equipment),
            "process": self.process.jaccard(q.process),
            "industry": self.industry.jaccard(q.industry),
        }

    def weights(self, q: CaseRep) -> dict[str, float]:
        """The configured weights over the features the query has, normalised to sum 1."""
        has = {"accident_type": bool(q.accident_type), "chemicals": bool(q.chemicals or q.families),
               "causes": bool(q.causes), "text": bool(q.text.strip()), "equipment": bool(q.equipment),
               "process": bool(q.process), "industry": bool(q.industry)}
        raw = {f: float(config()["weights"][f]) for f in FEATURES if has[f]}
        total = sum(raw.values()) or 1.0
        return {f: w / total for f, w in raw.items()}

    def query(self, q: CaseRep, k: int = 5) -> list[SimilarCase]:
        if not self.reps:
            return []
        loc = self.locals(q)
        wts = self.weights(q)
        score = np.zeros(len(self.reps))
        for f, w in wts.items():
            score += w * loc[f]
        if q.uid in self.pos:
            score[self.pos[q.uid]] = -1.0  # never the case itself
        k = max(0, min(k, len(self.reps) - (1 if q.uid in self.pos else 0)))
        if k == 0:
            return []
        top = np.argpartition(-score, k - 1)[:k]
        top = top[np.lexsort((top, -score[top]))]
        return [self._explain(q, int(i), loc, wts, float(score[i])) for i in top]

    def _explain(self, q: CaseRep, i: int, loc: dict[str, FloatArray], wts: dict[str, float],
                 score: float) -> SimilarCase:
        c = self.reps[i]
        qv = self.vectors[self.pos[q.uid]] if q.uid in self.pos else self._tfidf(Counter(tokens(q.text)))
        shared = sorted((t for t in qv if t in self.vectors[i]), key=lambda t: -qv[t] * self.vectors[i][t])[:6]
        values = {
            "accident_type": (q.accident_type, c.accident_type),
            "chemicals": (_fmt(q.chemicals, q.families), _fmt(c.chemicals, c.families)),
            "causes": (", ".join(sorted(q.causes)), ", ".join(sorted(c.causes))),
            "text": ("共有词: " + " ".join(shared), f"{len(c.text)} 字"),
            "equipment": (", ".join(sorted(q.equipment)), ", ".join(sorted(c.equipment))),
            "process": (", ".join(sorted(q.process)), ", ".join(sorted(c.process))),
            "industry": (", ".join(sorted(q.industry)), ", ".join(sorted(c.industry))),
        }
        feats = tuple(
            FeatureScore(f, round(float(loc[f][i]), 4), round(w, 4), round(float(loc[f][i]) * w, 4), *values[f])
            for f, w in wts.items()
        )
        return SimilarCase(c.uid, c.name, c.accident_type, round(score, 4), feats)


def _fmt(cas: frozenset[str], fams: frozenset[str]) -> str:
    return ", ".join(sorted(cas)) + (f" [{', '.join(sorted(fams))}]" if fams else "")


def _prefix_sim(a: str, b: str) -> float:
    """GB/T 13861 codes as paths (人的因素/行为/操作错误): shared prefix depth over the deeper code's depth."""
    pa, pb = a.split("/"), b.split("/")
    common = 0
    for x, y in zip(pa, pb, strict=False):
        if x != y:
            break
        common += 1
    return common / max(len(pa), len(pb))


_BASES: weakref.WeakKeyDictionary[Any, CaseBase] = weakref.WeakKeyDictionary()


def case_base(store: GraphStore, onto: Ontology, *, refresh: bool = False) -> CaseBase:
    """The store's CaseBase, built on first use and kept; `refresh=True` re-reads the cases."""
    base = _BASES.get(store)
    if base is None:
        base = CaseBase.build(store, onto)
        _BASES[store] = base
    elif refresh:
        base.refresh(store, onto)
    return base


def similar_cases(
    store: GraphStore, onto: Ontology, case_uid: str, k: int = 5, *, base: CaseBase | None = None
) -> list[SimilarCase]:
    """The k past cases most similar to `case_uid`, each with its score explained feature by feature."""
    cb = base if base is not None else case_base(store, onto)
    if case_uid in cb.pos:
        q = cb.reps[cb.pos[case_uid]]
    else:
        found = read_cases(store, onto, [case_uid])
        if not found:
            raise ValueError(f"no Case with uid {case_uid!r}")
        q = found[0]
    return cb.query(q, k)
