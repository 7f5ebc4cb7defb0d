#!/usr/bin/env python3
"""Build pages.jsonl, gold.jsonl and airwatch.jsonl of eval/own from the page modules in src/.

Each src/ownNN.py holds one invented page and its hand labels:
  META      the record's id, url and "published" or "retrieved_at"
  TEXT      the page text; a line that starts with ¶ is a body paragraph (the mark is removed)
  TITLE, PUBLISHED, BYLINE   the article fields (claims.md, section 6)
  CLAIMS    the claims, written with the helpers of src/_lab.py
  AIRWATCH  the Ukrainian Air Force's national totals as (scope, unit, value), or None

Run from the project root:  python eval/own/build.py   (then python eval/own/check.py)
"""
import importlib.util
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
SRC = HERE / "src"
sys.path.insert(0, str(SRC))
from _lab import BODY_MARK  # noqa: E402


def load_module(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def split_body(marked):
    """Remove the body marks; return the page text and the body paragraphs in order."""
    lines, body = [], []
    for line in marked.split("\n"):
        if line.startswith(BODY_MARK):
            line = line[len(BODY_MARK):]
            body.append(line)
        lines.append(line)
    return "\n".join(lines), body


def build_page(mod):
    text, body = split_body(mod.TEXT.strip("\n") + "\n")
    record = dict(mod.META)
    record["text"] = text
    doc_id = record["id"]
    claims = []
    for claim in mod.CLAIMS:
        claim = json.loads(json.dumps(claim))
        ev = claim["evidence"]["text"]
        start = text.find(ev)
        if start < 0:
            raise SystemExit(f"{doc_id}: evidence not in the page text: {ev[:80]!r}")
        claim["evidence"]["start"], claim["evidence"]["end"] = start, start + len(ev)
        claim["doc_id"] = doc_id
        claims.append(claim)
    gold = {"doc_id": doc_id,
            "article": {"title": mod.TITLE, "published": mod.PUBLISHED, "byline": mod.BYLINE, "body": body},
            "claims": claims}
    air = None
    if getattr(mod, "AIRWATCH", None):
        air = {"doc_id": doc_id,
               "quantities": [{"scope": s, "unit": u, "value": v} for s, u, v in mod.AIRWATCH]}
    return record, gold, air


def main():
    pages, golds, airs = [], [], []
    for path in sorted(SRC.glob("own[0-9][0-9].py")):
        record, gold, air = build_page(load_module(path))
        pages.append(record)
        golds.append(gold)
        if air:
            airs.append(air)
    for name, rows in (("pages.jsonl", pages), ("gold.jsonl", golds), ("airwatch.jsonl", airs)):
        with open(HERE / name, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_claims = sum(len(g["claims"]) for g in golds)
    print(f"pages={len(pages)} claims={n_claims} airwatch_pages={len(airs)}")


if __name__ == "__main__":
    main()
