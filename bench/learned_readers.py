"""Would a learned reader beat the rules? An experiment on labelled texts; nothing here is used by the extractor.

    python -m bench.learned_readers --train DIR [DIR ...] [--test DIR [DIR ...]]  # as bench.extract --labelled

Linear models are trained on the `--train` folders (plus the gold set's dev split unless `--no-gold-dev`), on top
of the rule-based extractor's own reading, and scored on the `--test` folders (by default the gold set's held-out
split) beside the rules:

- **injuries**: a ranker over a text's candidate counts (every count written before 人/名/位, a victim word, a harm
  word, or after 伤…/人数; the rules' value; 0; "not stated"). Softmax over the candidates; features: character
  uni- and bigrams either side of each mention, harm or death words in its clause, its place in the text, whether the
  rules chose the value, whether it equals the rules' deaths.
- **chemicals**: keep or drop each substance the gazetteer finds in a text (and each the rules report), with the
  mentions' context bigrams, how often and where it is named, and whether the rules kept it.

- **type** (the GB 6441 class): a choice among the classes and "none", with the rules' choice and mechanism and, per
  place (title, first line, lead, the sentences of the casualties, the whole text), how often each class's mechanism
  words occur; **type-words** is the same without the rules' features (the words alone).

Each is trained twice: from zero ("cold") and from weights that reproduce the rules ("warm", so training can only
learn corrections to them). Printed: F1 on the test texts for the rules, cold and warm, and the training-set F1 that
shows how much of the fit is memorised. The texts need not be in the repository (see bench.extract).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bench.extract import Counts, Gold, load_gold, load_labelled
from ingest.extract.extract import Extractor, default_extractor
from ingest.extract.numerals import NUM, cn_to_int, normalise_digits
from ingest.extract.patterns import ACCIDENT_KEYWORDS, ACCIDENT_PRIORITY
from ingest.extract.report import ExtractedReport
from ingest.extract.text import _lead_end, _sentence_at

COUNT_AT = re.compile(r"(?<![\d.])(" + NUM + r")(?![\d.])")
# what follows a count of people: a unit, a harm word, or who they were
PEOPLE_AFTER = re.compile(
    r"\s*(?:余|多)?\s*(?:个)?(?:人|名|位|死|伤|重|轻|工人|男子|女子|村民|学生|员工|司机|乘客|消防|群众|居民|路人|行人"
    r"|儿童|孩子|小孩|老人|妇女|民工|职工|作业|施工|工作人员|人员)"
)
PEOPLE_BEFORE = re.compile(r"(?:伤|人数|伤者|伤员)[^，。；]{0,6}$")
CLAUSE_END = "，。；,;\n"
HARM = re.compile(r"伤|送医|救治|住院|医院|抢救")
DEATH = re.compile(r"死|遇难|身亡|罹难")


@dataclass
class Read:
    """One labelled text as the rules read it."""

    gold: Gold
    norm: str
    rep: ExtractedReport
    chemicals: dict[str, list[tuple[int, int]]]  # gazetteer substance -> its mentions
    gold_chemicals: set[str]  # the labels under the gazetteer's canonical names, as the scorer maps them


def read_all(golds: Sequence[Gold], ex: Extractor) -> list[Read]:
    out = []
    for g in golds:
        norm = normalise_digits(g.text)
        doc = ex.nlp(norm)
        rep = ex.extract_doc(g.text, doc, g.title)
        chems: dict[str, list[tuple[int, int]]] = {}
        for e in doc.ents:
            if e.label_ == "CHEM":
                chems.setdefault(ex.g.canonical_chemical(e.text)[0], []).append((e.start_char, e.end_char))
        gold = {ex.g.canonical_chemical(n)[0] for n in g.labels.get("chemicals") or []}
        out.append(Read(g, norm, rep, chems, gold))
    return out


def count_mentions(norm: str) -> dict[int, list[tuple[int, int]]]:
    """Every count of people in the text, by value: {3: [(start, end), …]}."""
    out: dict[int, list[tuple[int, int]]] = {}
    for m in COUNT_AT.finditer(norm):
        if not PEOPLE_AFTER.match(norm, m.end()) and not PEOPLE_BEFORE.search(norm[max(0, m.start() - 8) : m.start()]):
            continue
        try:
            v = cn_to_int(m.group(1))
        except ValueError:
            continue
        if 0 < v <= 2000:
            out.setdefault(v, []).append((m.start(), m.end()))
    return out


def _clause(norm: str, a: int, b: int) -> str:
    start = max(norm.rfind(c, 0, a) for c in CLAUSE_END) + 1
    ends = [x for x in (norm.find(c, b) for c in CLAUSE_END) if x >= 0]
    return norm[start : min(ends) if ends else len(norm)]


def _context(norm: str, a: int, b: int, width: int) -> list[str]:
    left, right = norm[max(0, a - width) : a], norm[b : b + width]
    f = [f"L{min(i, 3)}:{ch}" for i, ch in enumerate(reversed(left))]
    f += [f"R{min(i, 3)}:{ch}" for i, ch in enumerate(right)]
    f += ["Lb:" + left[i : i + 2] for i in range(len(left) - 1)]
    f += ["Rb:" + right[i : i + 2] for i in range(len(right) - 1)]
    return f


# --- the learner: a linear scorer over sparse binary features, softmax across a group of options ------------------


@dataclass
class Option:
    label: object  # what choosing this option predicts
    features: list[str]  # always on
    mentions: list[list[str]] = field(default_factory=list)  # the best-scoring mention's features are added


@dataclass
class Linear:
    index: dict[str, int] = field(default_factory=dict)
    w: np.ndarray = field(default_factory=lambda: np.zeros(0))

    def ids(self, feats: list[str], grow: bool = False) -> list[int]:
        if grow:
            for f in feats:
                self.index.setdefault(f, len(self.index))
        return [self.index[f] for f in feats if f in self.index]

    def score(self, opt: Option) -> tuple[float, list[int]]:
        base = float(self.w[self.ids(opt.features)].sum())
        best: tuple[float, list[int]] = (0.0, [])
        for m in opt.mentions:
            ids = self.ids(m)
            s = float(self.w[ids].sum())
            if not best[1] or s > best[0]:
                best = (s, ids)
        return base + best[0], self.ids(opt.features) + best[1]

    def choose(self, options: list[Option]) -> object:
        return options[int(np.argmax([self.score(o)[0] for o in options]))].label


def train(
    groups: list[tuple[list[Option], int]],
    start: dict[str, float],
    epochs: int = 15,
    lr: float = 0.01,
    l2: float = 1e-4,
    seed: int = 0,
) -> Linear:
    """Softmax regression over each group's options (the index is the right one), by SGD from the `start` weights,
    regularised towards them."""
    model = Linear()
    for opts, _ in groups:
        for o in opts:
            model.ids(o.features, grow=True)
            for m in o.mentions:
                model.ids(m, grow=True)
    for f in start:
        model.ids([f], grow=True)
    w0 = np.zeros(len(model.index))
    for f, v in start.items():
        w0[model.index[f]] = v
    model.w = w0.copy()
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        for k in rng.permutation(len(groups)):
            opts, right = groups[k]
            scored = [model.score(o) for o in opts]
            s = np.array([x[0] for x in scored])
            p = np.exp(s - s.max())
            p /= p.sum()
            for i, (_, ids) in enumerate(scored):
                np.add.at(model.w, ids, -lr * (p[i] - (i == right)))
            model.w -= lr * l2 * (model.w - w0)
    return model


# --- injuries ---------------------------------------------------------------------------------------------------


def injury_options(r: Read) -> list[Option]:
    rule = r.rep.injuries
    by_value = count_mentions(r.norm)
    by_value.setdefault(0, [])
    if rule is not None:
        by_value.setdefault(rule, [])
    opts = [
        Option(
            None,
            ["bias:none", "rules:none" if rule is None else "rules:some", f"harm_words:{min(r.norm.count('伤'), 4)}"],
        )
    ]
    for v, ms in sorted(by_value.items()):
        feats = [
            "bias:value",
            "rules:same" if v == rule else "rules:other",
            f"mentions:{min(len(ms), 3)}",
            f"magnitude:{min(int(math.log2(v + 1)), 6)}",
        ]
        if v == r.rep.deaths:
            feats.append("equals_deaths")
        mentions = []
        for a, b in ms:
            clause = _clause(r.norm, a, b)
            mentions.append(
                [
                    *_context(r.norm, a, b, 10),
                    "clause:harm" if HARM.search(clause) else "clause:no_harm",
                    "clause:death" if DEATH.search(clause) else "clause:no_death",
                    "place:" + ("lead" if a < 150 else "body" if a < 800 else "late"),
                ]
            )
        opts.append(Option(v, feats, mentions))
    return opts


INJURY_RULES = {"rules:same": 3.0, "rules:none": 3.0}  # start weights under which the ranker chooses as the rules do


def injury_groups(reads: list[Read]) -> list[tuple[list[Option], int]]:
    out = []
    for r in reads:
        opts = injury_options(r)
        right = [i for i, o in enumerate(opts) if o.label == r.gold.labels.get("injuries")]
        if right:  # a count no candidate gives (a sum, victims named one by one) cannot be learned here
            out.append((opts, right[0]))
    return out


def scalar_f1(reads: list[Read], label: str, predict: Callable[[Read], object]) -> float:
    """F1 of one value a text has (or has not), as bench.extract scores it."""
    c = Counts()
    for r in reads:
        g, p = r.gold.labels.get(label), predict(r)
        if p is not None and p == g:
            c.tp += 1
            continue
        c.fp += p is not None
        c.fn += g is not None
    return c.f1


def injuries_f1(reads: list[Read], predict: Callable[[Read], object]) -> float:
    return scalar_f1(reads, "injuries", predict)


# --- chemicals --------------------------------------------------------------------------------------------------


def chemical_options(r: Read) -> list[tuple[str, list[Option]]]:
    """Per substance a keep/drop pair of options (the drop option has no features: its score is 0)."""
    kept = {c.name for c in r.rep.chemicals}
    out = []
    for name in sorted(set(r.chemicals) | kept):
        ms = r.chemicals.get(name, [])
        feats = [
            "bias",
            "rules:kept" if name in kept else "rules:dropped",
            f"mentions:{min(len(ms), 4)}",
            f"length:{min(len(name), 5)}",
        ]
        if ms:
            feats.append("first:" + ("lead" if ms[0][0] < 200 else "body"))
        if r.gold.title and name in r.gold.title:
            feats.append("in_title")
        for a, b in ms[:6]:
            feats += [f for f in _context(r.norm, a, b, 6) if f[1] == "b" or f[1] in "01"]
        out.append((name, [Option(False, []), Option(True, sorted(set(feats)))]))
    return out


CHEMICAL_RULES = {"rules:kept": 3.0, "rules:dropped": -3.0}


def chemical_groups(reads: list[Read]) -> list[tuple[list[Option], int]]:
    out = []
    for r in reads:
        for name, opts in chemical_options(r):
            out.append((opts, int(name in r.gold_chemicals)))
    return out


def chemicals_f1(reads: list[Read], keep: Callable[[Read, list[Option], str], bool]) -> float:
    c = Counts()
    for r in reads:
        pred = {name for name, opts in chemical_options(r) if keep(r, opts, name)}
        c.tp += len(r.gold_chemicals & pred)
        c.fp += len(pred - r.gold_chemicals)
        c.fn += len(r.gold_chemicals - pred)
    return c.f1


# --- accident type ----------------------------------------------------------------------------------------------

TYPE_CODES: list[str | None] = [*ACCIDENT_PRIORITY, None]
TYPE_RULES = {"rules:same": 3.0}  # start weights under which the classifier chooses as the rules do
CASUALTY_FIELDS = ("deaths", "injuries", "poisoned")


def type_options(r: Read, rules: bool = True) -> list[Option]:
    """One option per GB 6441 class and one for "no class": the rules' choice and mechanism (unless `rules` is
    False: the words alone), and per place (title, first line, lead, the sentences of the casualties, the whole text)
    how often the class's mechanism words occur there."""
    n, rep = r.norm, r.rep
    first = n.find("\n", 10)
    casualties = [_sentence_at(n, rep.spans[k].start) for k in CASUALTY_FIELDS if k in rep.spans]
    places = {
        "title": r.gold.title,
        "first": n[: first if first > 0 else len(n)],
        "lead": n[: _lead_end(n)],
        "casualties": "".join(n[a:b] for a, b in casualties),
        "all": n,
    }
    told = any((rep.deaths, rep.injuries, rep.poisoned, rep.serious_injuries, rep.missing))
    opts = []
    for code in TYPE_CODES:
        feats = [f"bias:{code}"]
        if rules and code == rep.accident_type:
            feats.append("rules:same")
        if rules and code == rep.mechanism:
            feats.append("mechanism:same")
        if code is None:
            feats.append(f"none:casualties_told={told}")
        else:
            for place, text in places.items():
                k = sum(text.count(w) for w in ACCIDENT_KEYWORDS[code])
                if k:
                    feats += [f"words:{place}:{min(k, 3)}", f"words:{code}:{place}"]
        opts.append(Option(code, feats))
    return opts


def type_groups(reads: list[Read], rules: bool = True) -> list[tuple[list[Option], int]]:
    labelled = [r for r in reads if r.gold.labels.get("accident_type") in TYPE_CODES]
    return [(type_options(r, rules), TYPE_CODES.index(r.gold.labels.get("accident_type"))) for r in labelled]


def type_f1(reads: list[Read], predict: Callable[[Read], object]) -> float:
    return scalar_f1(reads, "accident_type", predict)


# --- the experiment ---------------------------------------------------------------------------------------------


def run(train_reads: list[Read], test_reads: list[Read]) -> list[tuple[str, str, float, float, float]]:
    """Rows (reader, which texts, F1 of the rules, of the cold model, of the warm model)."""
    groups = injury_groups(train_reads)
    rule_inj: Callable[[Read], object] = lambda r: r.rep.injuries  # noqa: E731
    inj = (rule_inj, _injuries_by(train(groups, {})), _injuries_by(train(groups, INJURY_RULES)))
    groups = chemical_groups(train_reads)
    kept: Callable[[Read, list[Option], str], bool] = lambda r, o, n: n in {c.name for c in r.rep.chemicals}  # noqa: E731
    cold, warm = train(groups, {}, epochs=10), train(groups, CHEMICAL_RULES, epochs=10)
    chem = (kept, _chemicals_by(cold), _chemicals_by(warm))
    rule_type: Callable[[Read], object] = lambda r: r.rep.accident_type  # noqa: E731
    cold_t, warm_t = train(type_groups(train_reads), {}), train(type_groups(train_reads), TYPE_RULES)
    words_t = train(type_groups(train_reads, rules=False), {})
    typ = (rule_type, _type_by(cold_t), _type_by(warm_t))
    words = (rule_type, _type_by(words_t, rules=False), _type_by(words_t, rules=False))
    sets = (("train", train_reads), ("test", test_reads))
    rows = []
    for name, reads in sets:
        rule, c, w = (injuries_f1(reads, p) for p in inj)
        rows.append(("injuries", name, rule, c, w))
    for name, reads in sets:
        rule, c, w = (chemicals_f1(reads, p) for p in chem)
        rows.append(("chemicals", name, rule, c, w))
    for reader, models in (("type", typ), ("type-words", words)):
        for name, reads in sets:
            rule, c, w = (type_f1(reads, p) for p in models)
            rows.append((reader, name, rule, c, w))
    return rows


def _type_by(model: Linear, rules: bool = True) -> Callable[[Read], object]:
    return lambda r: model.choose(type_options(r, rules))


def _injuries_by(model: Linear) -> Callable[[Read], object]:
    return lambda r: model.choose(injury_options(r))


def _chemicals_by(model: Linear) -> Callable[[Read, list[Option], str], bool]:
    return lambda r, o, n: bool(model.choose(o))


def curve(
    train_reads: list[Read], test_reads: list[Read], draws: int = 3
) -> list[tuple[int, list[float], list[float]]]:
    """Test F1 of the cold models trained on random quarters, halves and all of the training texts."""
    rng = np.random.default_rng(1)
    out = []
    for frac in (0.25, 0.5, 1.0):
        inj, chem = [], []
        for _ in range(draws if frac < 1 else 1):
            sub = [train_reads[i] for i in rng.permutation(len(train_reads))[: int(frac * len(train_reads))]]
            inj.append(injuries_f1(test_reads, _injuries_by(train(injury_groups(sub), {}))))
            chem.append(chemicals_f1(test_reads, _chemicals_by(train(chemical_groups(sub), {}, epochs=10))))
        out.append((len(sub), inj, chem))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", nargs="+", type=Path, required=True, metavar="DIR")
    ap.add_argument("--test", nargs="+", type=Path, metavar="DIR", help="default: the gold set's held-out split")
    ap.add_argument(
        "--no-gold-dev", action="store_true", help="do not add the gold set's dev split to the training texts"
    )
    ap.add_argument("--curve", action="store_true", help="also train on quarters and halves (a learning curve)")
    args = ap.parse_args(argv)
    ex = default_extractor()
    train_golds = [g for d in args.train for g in load_labelled(d)]
    if not args.no_gold_dev:
        train_golds += [g for g in load_gold() if g.split == "dev"]
    test_golds = (
        [g for d in args.test for g in load_labelled(d)] if args.test else [g for g in load_gold() if g.split == "test"]
    )
    print(f"reading {len(train_golds)} training and {len(test_golds)} test texts …", file=sys.stderr)
    train_reads, test_reads = read_all(train_golds, ex), read_all(test_golds, ex)
    rows = run(train_reads, test_reads)
    print(f"{'reader':<10}{'texts':>12}{'rules':>8}{'cold':>8}{'warm':>8}   (F1)")
    for reader, which, rule, c, w in rows:
        n = len(train_golds) if which == "train" else len(test_golds)
        print(f"{reader:<10}{which + ' ' + str(n):>12}{rule:8.3f}{c:8.3f}{w:8.3f}")
    if args.curve:
        print("learning curve (cold models, test F1 of each draw):")
        for n, inj, chem in curve(train_reads, test_reads):
            print(
                f"  {n:>5} training texts   injuries {' '.join(f'{x:.3f}' for x in inj):<20}"
                f" chemicals {' '.join(f'{x:.3f}' for x in chem)}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
