"""Waves of web texts labelled twice, for measuring the extractor on texts nobody has read (issue 3).

    python -m bench.waves agree POOL FOLDER [FOLDER ...]          # annotator agreement; writes POOL/disputes.json
    python -m bench.waves build POOL WAVE FOLDER [FOLDER ...]     # final labels into POOL/WAVE (for bench.extract)
    python -m bench.waves register POOL/WAVE [...]                # record the wave in bench/webtexts/registry.jsonl
    python -m bench.waves used                                    # every source address recorded, one per line

A collector saves `POOL/FOLDER/NN.txt` (a text as published) with `POOL/FOLDER/NN.json` (its address, title and
labels); a second annotator, who never sees those labels, writes `POOL/BFOLDER/NN.json`; an adjudicator settles
each field they disagree on in `POOL/adj/FOLDER_NN.json` ({field: {"value": …, "why": …}}). Nobody who labels runs
or reads the extractor. The protocol, the labelling conventions and the briefs are in bench/webtexts/README.md.

The texts are other people's writing and stay outside the repository; the registry keeps what is ours (the labels)
and what identifies each text (address, title, sha256 of the text), so a later session knows which sources were
used and can check a text it fetches again against the labels.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

FIELDS = ("date", "deaths", "injuries", "direct_loss_cny", "accident_type", "chemicals")
REGISTRY = Path(__file__).resolve().parent / "webtexts" / "registry.jsonl"


def _read(path: Path) -> dict[str, Any]:
    rec = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(rec, dict) or not isinstance(rec.get("labels"), dict):
        raise ValueError(f"{path}: no \"labels\" object")
    missing = [f for f in FIELDS if f not in rec["labels"]]
    if missing:
        raise ValueError(f"{path}: labels lack {', '.join(missing)}")
    return rec


def _same(field: str, a: Any, b: Any) -> bool:
    if field == "chemicals":
        return sorted(a or []) == sorted(b or [])
    if field == "direct_loss_cny" and a is not None and b is not None:
        return abs(float(a) - float(b)) < 0.5
    return bool(a == b)


def texts(pool: Path, folder: str) -> list[str]:
    """The text numbers (NN) of a collector's folder."""
    return sorted(p.stem for p in (pool / folder).glob("*.txt"))


def agree(pool: Path, folders: Sequence[str]) -> tuple[dict[str, tuple[int, int]], list[dict[str, Any]]]:
    """Per field (texts where both annotators agree, texts labelled twice), and the disputes."""
    tally = {f: [0, 0] for f in FIELDS}
    disputes: list[dict[str, Any]] = []
    for folder in folders:
        for nn in texts(pool, folder):
            a = _read(pool / folder / f"{nn}.json")["labels"]
            b_path = pool / f"B{folder}" / f"{nn}.json"
            if not b_path.exists():
                raise ValueError(f"{folder}/{nn}: no second label ({b_path})")
            b = _read(b_path)["labels"]
            for f in FIELDS:
                tally[f][1] += 1
                if _same(f, a[f], b[f]):
                    tally[f][0] += 1
                else:
                    disputes.append({"file": f"{folder}/{nn}", "field": f, "a": a[f], "b": b[f]})
    return {f: (t[0], t[1]) for f, t in tally.items()}, disputes


def final_labels(pool: Path, folder: str, nn: str) -> dict[str, Any]:
    """The collector's labels, with every field the annotators disputed taken from the adjudicator."""
    a = _read(pool / folder / f"{nn}.json")
    b = _read(pool / f"B{folder}" / f"{nn}.json")["labels"]
    adj_path = pool / "adj" / f"{folder}_{nn}.json"
    adj = json.loads(adj_path.read_text(encoding="utf-8")) if adj_path.exists() else {}
    labels = {}
    for f in FIELDS:
        if _same(f, a["labels"][f], b[f]):
            labels[f] = a["labels"][f]
        elif f in adj:
            labels[f] = adj[f]["value"]
        else:
            raise ValueError(f"{folder}/{nn}: field {f} is disputed and not settled in {adj_path}")
    return {"source": a.get("source", ""), "title": a.get("title", ""), "labels": labels}


def build(pool: Path, wave: str, folders: Sequence[str]) -> Path:
    """POOL/WAVE/FOLDER_NN.json and .txt: the wave as `bench.extract --labelled` reads it."""
    out = pool / wave
    out.mkdir(exist_ok=True)
    for folder in folders:
        for nn in texts(pool, folder):
            rec = final_labels(pool, folder, nn)
            (out / f"{folder}_{nn}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=1), encoding="utf-8")
            shutil.copyfile(pool / folder / f"{nn}.txt", out / f"{folder}_{nn}.txt")
    return out


def used_sources(registry: Path = REGISTRY) -> set[str]:
    if not registry.exists():
        return set()
    return {json.loads(line)["source"] for line in registry.read_text(encoding="utf-8").splitlines() if line.strip()}


def register(waves: Iterable[Path], registry: Path = REGISTRY) -> int:
    """Append each labelled text of the waves to the registry; a source already there is not added twice."""
    seen = used_sources(registry)
    lines = []
    for wave in waves:
        for j in sorted(wave.glob("*.json")):
            rec = _read(j)
            if rec["source"] in seen:
                continue
            text = j.with_suffix(".txt").read_bytes()
            seen.add(rec["source"])
            lines.append(json.dumps({"wave": wave.name, "name": j.stem, "source": rec["source"],
                                     "title": rec.get("title", ""), "sha256": hashlib.sha256(text).hexdigest(),
                                     "chars": len(text.decode("utf-8")), "labels": rec["labels"]},
                                    ensure_ascii=False))
    registry.parent.mkdir(parents=True, exist_ok=True)
    with registry.open("a", encoding="utf-8") as fh:
        fh.writelines(line + "\n" for line in lines)
    return len(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.waves", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("agree")
    a.add_argument("pool", type=Path)
    a.add_argument("folders", nargs="+")
    b = sub.add_parser("build")
    b.add_argument("pool", type=Path)
    b.add_argument("wave")
    b.add_argument("folders", nargs="+")
    r = sub.add_parser("register")
    r.add_argument("waves", nargs="+", type=Path)
    sub.add_parser("used")
    args = ap.parse_args(argv)
    if args.cmd == "agree":
        tally, disputes = agree(args.pool, args.folders)
        for f, (same, n) in tally.items():
            print(f"{f:16} {same}/{n} = {same / n if n else 1:.3f}")
        (args.pool / "disputes.json").write_text(json.dumps(disputes, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{len(disputes)} disputes -> {args.pool / 'disputes.json'}")
    elif args.cmd == "build":
        print(build(args.pool, args.wave, args.folders))
    elif args.cmd == "register":
        print(f"{register(args.waves)} texts added to {REGISTRY}")
    else:
        print("\n".join(sorted(used_sources())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
