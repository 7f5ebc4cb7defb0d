#!/usr/bin/env python3
"""Mechanical checks of the eval/own gold set (standard library + jsonschema).

  python eval/own/check.py            (from the project root; use .venv/bin/python for jsonschema)

Checks: every page record is well formed; every gold record matches a page; the title and every
body paragraph are lines of the page text, body in page order; every claim validates against
../shared/spec/claim.schema.json (plus doc_id) when that file is there; every evidence text is a
verbatim substring of its page (and its offsets point at it); admin1 codes exist in the ISO 3166-2
list of ../shared/reference/gazetteer when it is there and agree with the country; time windows
run forwards; airwatch figures are figures of the page's Ukrainian strike/interception claims.
Exits 1 on any error.
"""
import csv
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared"
SCHEMA = SHARED / "spec" / "claim.schema.json"
ISO = SHARED / "reference" / "gazetteer" / "iso3166_2_UA_RU.csv"
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def load(name):
    with open(HERE / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def check_pages(pages, errors):
    ids = set()
    for p in pages:
        pid = p.get("id")
        if not pid or pid in ids:
            errors.append(f"page id missing or repeated: {pid!r}")
        ids.add(pid)
        if not isinstance(p.get("text"), str) or not p["text"].strip():
            errors.append(f"{pid}: no text")
        if not (p.get("published") or p.get("retrieved_at")):
            errors.append(f"{pid}: neither published nor retrieved_at")
        if "url" not in p:
            errors.append(f"{pid}: no url field")
    return {p["id"]: p for p in pages}


def check_article(doc_id, article, text, errors):
    lines = text.split("\n")
    if article.get("title") is not None and article["title"] not in lines:
        errors.append(f"{doc_id}: title is not a line of the page")
    if not DATE.match(article.get("published") or ""):
        errors.append(f"{doc_id}: published is not YYYY-MM-DD: {article.get('published')!r}")
    pos = 0
    for para in article.get("body") or []:
        try:
            pos = lines.index(para, pos) + 1
        except ValueError:
            errors.append(f"{doc_id}: body paragraph not a line of the page (or out of order): {para[:70]!r}")


def admin1_codes():
    if not ISO.exists():
        return None
    with open(ISO, encoding="utf-8") as f:
        return {row["code"] for row in csv.DictReader(f)}


def check_claim(doc_id, i, claim, text, validator, codes, errors):
    where = f"{doc_id} claim {i} ({claim.get('type')})"
    if claim.get("doc_id") != doc_id:
        errors.append(f"{where}: doc_id {claim.get('doc_id')!r}")
    if validator is not None:
        for err in validator.iter_errors(claim):
            errors.append(f"{where}: schema: {err.message} at {list(err.absolute_path)}")
    ev = (claim.get("evidence") or {})
    ev_text = ev.get("text") or ""
    if not ev_text or ev_text not in text:
        errors.append(f"{where}: evidence not verbatim: {ev_text[:70]!r}")
    elif ev.get("start") is not None and text[ev["start"]:ev.get("end")] != ev_text:
        errors.append(f"{where}: evidence offsets do not point at the evidence text")
    place = claim.get("place") or {}
    a1, country = place.get("admin1"), place.get("country")
    if a1:
        if country and not a1.startswith(country + "-"):
            errors.append(f"{where}: admin1 {a1} does not belong to country {country}")
        if codes is not None and a1[:2] in ("UA", "RU") and a1 not in codes:
            errors.append(f"{where}: admin1 {a1} is not an ISO 3166-2 code")
    if a1 and a1.startswith("RU-") and place.get("name", "").lower().startswith(("crimea", "sevastopol")):
        errors.append(f"{where}: occupied territory must be coded in Ukraine")
    t = claim.get("time") or {}
    if t.get("start") and t.get("end") and t["start"][:10] > t["end"][:10]:
        errors.append(f"{where}: time runs backwards {t['start']} > {t['end']}")
    for q in claim.get("quantities") or []:
        if not isinstance(q.get("value"), int):
            errors.append(f"{where}: quantity value not an integer: {q!r}")


def check_airwatch(air, golds, errors):
    for a in air:
        g = golds.get(a["doc_id"])
        if g is None:
            errors.append(f"airwatch {a['doc_id']}: no such page")
            continue
        stated = {(q["scope"], q["unit"], q["value"]) for c in g["claims"]
                  if c["type"] in ("strike", "interception") and c["claimant"]["side"] == "UA"
                  for q in c["quantities"]}
        for q in a["quantities"]:
            if q["scope"] not in ("launched", "intercepted") or q["unit"] not in ("drone", "missile"):
                errors.append(f"airwatch {a['doc_id']}: scope/unit out of range: {q}")
            if (q["scope"], q["unit"], q["value"]) not in stated:
                errors.append(f"airwatch {a['doc_id']}: {q} is not a figure of a UA strike/interception claim")


def main():
    errors = []
    pages = check_pages(load("pages.jsonl"), errors)
    gold = load("gold.jsonl")
    air = load("airwatch.jsonl")
    validator = None
    try:
        import jsonschema
    except ImportError:
        jsonschema = None
        print("note: jsonschema not installed (use .venv/bin/python), schema validation skipped")
    if jsonschema is not None and SCHEMA.exists():
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        validator = jsonschema.Draft202012Validator(schema)
    elif jsonschema is not None:
        print(f"note: {SCHEMA} not found, schema validation skipped")
    codes = admin1_codes()
    golds = {}
    n_claims = 0
    for g in gold:
        doc_id = g["doc_id"]
        golds[doc_id] = g
        page = pages.get(doc_id)
        if page is None:
            errors.append(f"{doc_id}: gold record without a page")
            continue
        check_article(doc_id, g["article"], page["text"], errors)
        for i, claim in enumerate(g["claims"]):
            check_claim(doc_id, i, claim, page["text"], validator, codes, errors)
        n_claims += len(g["claims"])
    for pid in pages:
        if pid not in golds:
            errors.append(f"{pid}: page without a gold record")
    check_airwatch(air, golds, errors)
    for e in errors:
        print("ERROR", e)
    print(f"pages={len(pages)} gold={len(gold)} claims={n_claims} airwatch={len(air)} errors={len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
