"""Gold-set scores and throughput of the Chinese report extractor.

    python -m bench.extract            # per-field P/R/F1 on the dev and held-out test splits (pooled and by
                                       # corpus), then throughput
    python -m bench.extract --no-speed # scores only
    python -m bench.extract --split dev --errors dev --no-speed  # tune on the dev split only
    python -m bench.extract --split dev --only hazmat-00,mohurd-50 --no-speed  # just these gold files
    python -m bench.extract --labelled DIR [DIR ...] --no-speed  # your own labelled texts instead (see below)

The gold labels are tests/fixtures/gold/*.json (hand-labelled; see its README.md); the texts are read from
../shared/data by source and locator and checked against the stored sha256.

`--labelled` scores folders of texts labelled elsewhere, in the same format: `NAME.json` (an object whose "labels"
are as in the gold files) beside `NAME.txt` (the text, UTF-8). Texts that are not ours to publish (news pages,
a plant's own reports) can be labelled and scored this way without entering the repository.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "fixtures" / "gold"
SHARED = ROOT.parent / "shared" / "data"
HAZMAT = SHARED / "cn-hazmat-cases" / "cases.json"

SCALAR_FIELDS = ("date", "deaths", "injuries", "direct_loss_cny", "accident_type", "province")
SET_FIELDS = ("chemicals", "parties", "causes")
FIELDS = SCALAR_FIELDS + SET_FIELDS
TARGETS = {
    "deaths": 0.95,
    "injuries": 0.95,
    "date": 0.95,
    "direct_loss_cny": 0.95,
    "accident_type": 0.9,
    "chemicals": 0.9,
    "parties": 0.8,
    "causes": 0.8,
}
CAUSE_IOU = 0.5


@dataclass
class Gold:
    file: str
    source: str
    locator: str
    split: str
    labels: dict[str, Any]
    text: str
    title: str = ""


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def _hazmat_cases() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(HAZMAT.read_text(encoding="utf-8"))
    return data


def load_gold(gold_dir: Path = GOLD_DIR) -> list[Gold]:
    """All gold records with their texts; raises FileNotFoundError when ../shared/data is missing."""
    import hashlib

    cases = _hazmat_cases()
    out = []
    for f in sorted(gold_dir.glob("*.json")):
        rec = json.loads(f.read_text(encoding="utf-8"))
        title = ""
        if rec["source"].endswith("cases.json"):
            case = cases[int(rec["locator"])]
            text, title = case.get("正文") or "", case.get("标题") or ""
        else:
            text = (SHARED / rec["source"] / rec["locator"]).read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != rec["sha256"]:
            raise ValueError(f"{f.name}: the text in ../shared/data changed (sha256 differs)")
        out.append(Gold(f.name, rec["source"], rec["locator"], rec["split"], rec["labels"], text, title))
    return out


def load_labelled(folder: Path) -> list[Gold]:
    """The labelled texts of a folder (`--labelled`): every NAME.json with its NAME.txt."""
    out = []
    for f in sorted(folder.glob("*.json")):
        rec = json.loads(f.read_text(encoding="utf-8"))
        txt = f.with_suffix(".txt")
        if not isinstance(rec, dict) or not isinstance(rec.get("labels"), dict):
            raise ValueError(f"{f}: no \"labels\" object")
        if not txt.exists():
            raise ValueError(f"{f}: its text {txt.name} is missing")
        out.append(Gold(f"{folder.name}/{f.name}", str(rec.get("source", folder.name)), txt.name, "labelled",
                        rec["labels"], txt.read_text(encoding="utf-8"), str(rec.get("title", ""))))
    return out


def _gold_span(text: str, c: dict[str, Any]) -> tuple[int, int]:
    a = text.index(c["start"])
    b = text.index(c["end"], a) + len(c["end"])
    return a, b


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def score(golds: Iterable[Gold], extractor: Any = None) -> dict[str, Counts]:
    from ingest.extract.extract import default_extractor
    from ingest.extract.script import simplified_name

    ex = extractor or default_extractor()
    counts = {f: Counts() for f in FIELDS}
    for g in golds:
        rep = ex.extract(g.text, g.title)
        lab = g.labels
        for f in SCALAR_FIELDS:
            gv, pv = lab.get(f), getattr(rep, f)
            c = counts[f]
            same = (
                gv is not None
                and pv is not None
                and (abs(float(gv) - float(pv)) < 0.5 if isinstance(gv, float) else gv == pv)
            )
            if same:
                c.tp += 1
                continue
            if pv is not None:
                c.fp += 1
            if gv is not None:
                c.fn += 1
            if gv is not None or pv is not None:
                c.errors.append(f"{g.file}: {f} gold={gv!r} pred={pv!r}")
        gaz = ex.g
        # (a label copied from a text in traditional characters, 煤氣, names the substance the extractor reads as 煤气)
        gold_chem = {gaz.canonical_chemical(simplified_name(n))[0] for n in lab.get("chemicals", [])}
        pred_chem = {c.name for c in rep.chemicals}
        _set_score(counts["chemicals"], gold_chem, pred_chem, g.file)
        gold_par = {(p["name"], p["role"]) for p in lab.get("parties", [])}
        pred_par = {(p.name, p.role) for p in rep.parties if p.role}
        _set_score(counts["parties"], gold_par, pred_par, g.file)
        gold_c = [(c["level"], _gold_span(g.text, c)) for c in lab.get("causes", [])]
        pred_c = [(c.level, (c.span.start, c.span.end)) for c in rep.causes]
        used: set[int] = set()
        cc = counts["causes"]
        for lvl, span in gold_c:
            hit = next(
                (i for i, (pl, ps) in enumerate(pred_c) if i not in used and pl == lvl and _iou(span, ps) >= CAUSE_IOU),
                None,
            )
            if hit is None:
                cc.fn += 1
                cc.errors.append(f"{g.file}: missed cause {lvl} {g.text[span[0] : span[0] + 20]!r}…")
            else:
                used.add(hit)
                cc.tp += 1
        for i, (pl, ps) in enumerate(pred_c):
            if i not in used:
                cc.fp += 1
                cc.errors.append(f"{g.file}: extra cause {pl} {g.text[ps[0] : ps[0] + 20]!r}…")
    return counts


def _set_score(c: Counts, gold: set[Any], pred: set[Any], name: str) -> None:
    c.tp += len(gold & pred)
    c.fp += len(pred - gold)
    c.fn += len(gold - pred)
    if gold != pred:
        c.errors.append(f"{name}: missed {sorted(gold - pred)} extra {sorted(pred - gold)}")


def table(by_split: dict[str, dict[str, Counts]]) -> str:
    splits = list(by_split)
    head = f"{'field':<16}" + "".join(f"{s:>27}" for s in splits) + f"{'target':>8}"
    sub = f"{'':<16}" + "".join(f"{'P':>9}{'R':>9}{'F1':>9}" for _ in splits)
    lines = [head, sub, "-" * len(head)]
    for f in FIELDS:
        row = f"{f:<16}"
        for s in splits:
            c = by_split[s][f]
            row += f"{c.p:9.3f}{c.r:9.3f}{c.f1:9.3f}"
        row += f"{TARGETS[f]:8.2f}" if f in TARGETS else f"{'-':>8}"
        lines.append(row)
    return "\n".join(lines)


def throughput(repeat: int = 3) -> tuple[float, float, int, int, int]:
    """(full reports/s, spaCy-only reports/s, number of texts, median length, total chars) over all hazmat texts."""
    from ingest.extract.extract import default_extractor

    ex = default_extractor()
    texts = [c.get("正文") or "" for c in _hazmat_cases()]
    titles = [c.get("标题") or "" for c in _hazmat_cases()]
    ex.extract(texts[0], titles[0])  # warm up (lexemes, caches)
    full, nlp_only = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t, ti in zip(texts, titles, strict=True):
            ex.extract(t, ti)
        full.append(len(texts) / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        for _doc in ex.nlp.pipe(texts):
            pass
        nlp_only.append(len(texts) / (time.perf_counter() - t0))
    return max(full), max(nlp_only), len(texts), int(statistics.median(len(t) for t in texts)), sum(map(len, texts))


def _score_labelled(folders: list[Path], show_errors: bool) -> int:
    """Per folder and pooled scores of `--labelled` folders; with `--errors`, every mismatch."""
    try:
        sets = {f: load_labelled(f) for f in folders}
    except (OSError, ValueError) as e:
        print(f"--labelled: {e}", file=sys.stderr)
        return 2
    pooled = [g for gs in sets.values() for g in gs]
    if not pooled:
        print("--labelled: no NAME.json files in " + ", ".join(map(str, folders)), file=sys.stderr)
        return 2
    cols = {f"{f.name}({len(gs)})": score(gs) for f, gs in sets.items()}
    if len(sets) > 1:
        cols[f"all({len(pooled)})"] = score(pooled)
    print(table(cols))
    if show_errors:
        for fld, c in score(pooled).items():
            for line in c.errors:
                print(f"[{fld}] {line}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-speed", action="store_true", help="skip the throughput measurement")
    ap.add_argument("--split", choices=["dev", "test", "all"], default="all", help="splits to score (default all)")
    ap.add_argument("--errors", choices=["dev", "test", "all"], help="print every mismatch of that split")
    ap.add_argument("--labelled", nargs="+", type=Path, metavar="DIR",
                    help="score these folders of labelled texts (NAME.json + NAME.txt) instead of the gold set")
    ap.add_argument(
        "--only", help="comma-separated gold files to score (names without .json, e.g. hazmat-00,mohurd-50)"
    )
    args = ap.parse_args(argv)
    if args.labelled:
        return _score_labelled(args.labelled, show_errors=bool(args.errors))
    try:
        golds = load_gold()
    except FileNotFoundError as e:
        print(f"gold texts not found ({e}); ../shared/data is needed for the gold-set scores", file=sys.stderr)
        return 2
    if args.only:
        wanted_files = {n.strip().removesuffix(".json") + ".json" for n in args.only.split(",") if n.strip()}
        unknown = wanted_files - {g.file for g in golds}
        if unknown:
            print(f"--only: no gold file {sorted(unknown)}", file=sys.stderr)
            return 2
        golds = [g for g in golds if g.file in wanted_files]
    by_split = {}
    for split in ("dev", "test") if args.split == "all" else (args.split,):
        sub = [g for g in golds if g.split == split]
        by_split[f"{split}({len(sub)})"] = score(sub)
    print(table(by_split))
    # The two corpora differ in kind (long transport narratives, short formulaic notices): a pooled figure alone
    # would let the easy notices hide the narratives, so each is scored on its own too.
    for split in ("dev", "test") if args.split == "all" else (args.split,):
        corpora = sorted({g.source.split("/")[0] for g in golds if g.split == split})
        if len(corpora) > 1:
            print(f"\n{split} split by corpus:")
            print(table({f"{c.removeprefix('cn-').split('-')[0]}({n})": score(sub) for c in corpora
                         if (n := len(sub := [g for g in golds if g.split == split and g.source.startswith(c)]))}))
    if args.errors:
        if args.split != "all" and args.errors != args.split:
            print(f"--errors {args.errors} is outside --split {args.split}", file=sys.stderr)
            return 2
        wanted = [g for g in golds if args.errors == "all" or g.split == args.errors]
        for f, c in score(wanted).items():
            for line in c.errors:
                print(f"[{f}] {line}")
    if not args.no_speed:
        full, nlp_only, n, med, chars = throughput()
        mean = chars / n
        print(f"\nthroughput over {n} hazmat texts (median {med}, mean {mean:.0f} chars), one process:")
        for label, rate in (("full extraction", full), ("spaCy only     ", nlp_only)):
            print(
                f"  {label}: {rate:7.1f} reports/s  {rate * mean / 1000:7.1f} k chars/s"
                f"  = {rate * mean / 1600:6.1f} reports/s of 1,600 chars"
            )
        print("  (spaCy only = nlp.pipe: rjieba tokenizer + EntityRuler)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
