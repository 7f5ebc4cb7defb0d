#!/usr/bin/env python3
"""Assemble pages.jsonl, gold.jsonl and airwatch.jsonl in eval/own2 from the page modules src/pNN.py."""
import importlib, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from lib import BODY_MARK  # noqa: E402


def build_one(mod):
    raw = mod.TEXT.strip("\n")
    lines, body = [], []
    for line in raw.split("\n"):
        if line.startswith(BODY_MARK):
            line = line[len(BODY_MARK):]
            body.append(line)
        lines.append(line)
    text = "\n".join(lines) + "\n"
    page = {"id": mod.ID, "url": mod.URL}
    if getattr(mod, "PUBLISHED", None):
        page["published"] = mod.PUBLISHED
    else:
        page["retrieved_at"] = mod.RETRIEVED
    page["text"] = text
    claims = []
    for c in mod.CLAIMS:
        c = json.loads(json.dumps(c))
        ev = c["evidence"]["text"]
        start = text.find(ev)
        if start < 0:
            raise SystemExit(f"{mod.ID}: evidence not in page: {ev[:80]!r}")
        c["evidence"].update(start=start, end=start + len(ev))
        c["doc_id"] = mod.ID
        claims.append(c)
    gold = {"doc_id": mod.ID,
            "article": {"title": mod.TITLE, "published": mod.DATE, "byline": mod.BYLINE, "body": body},
            "claims": claims}
    air = None
    if getattr(mod, "AIRWATCH", None) is not None:
        air = {"doc_id": mod.ID, "quantities": [
            {"scope": s, "unit": u, "value": v} for s, u, v in mod.AIRWATCH]}
    return page, gold, air


def main():
    mods = sorted(p.stem for p in HERE.glob("p[0-9][0-9].py"))
    pages, golds, airs = [], [], []
    for name in mods:
        mod = importlib.import_module(name)
        page, gold, air = build_one(mod)
        pages.append(page)
        golds.append(gold)
        if air:
            airs.append(air)
    for fname, rows in (("pages.jsonl", pages), ("gold.jsonl", golds), ("airwatch.jsonl", airs)):
        with open(OUT / fname, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"pages={len(pages)} claims={sum(len(g['claims']) for g in golds)} airwatch={len(airs)}")


if __name__ == "__main__":
    main()
