#!/usr/bin/env python3
"""Check the own2 evaluation set: pages, gold and airwatch files agree with each other and with the spec.

  .venv/bin/python eval/own2/check.py [--dir eval/own2] [--schema PATH] [--iso PATH]

Checks: page records and ids; every gold body paragraph is a line of its page; title and byline are
printed on the page; every claim is valid against claim.schema.json, with doc_id = its page; evidence
text is a verbatim substring of the page (and text[start:end] when offsets are given); places use
known ISO 3166-2 codes for UA and RU, with country = the code's prefix; times are well formed with
start <= end; airwatch rows name air-attack pages and each figure is carried by a Ukrainian-side strike
or interception claim of that page. Quantity values are looked for in their evidence (warnings only).
Prints each problem, then `errors=N warnings=M`; exits 1 when there are errors.
"""
import argparse, csv, json, pathlib, re, sys

import jsonschema

NUMBER_WORDS = {0: ["no", "zero"], 1: ["one", "a ", "an ", "single"], 2: ["two", "both", "pair"], 3: ["three"],
                4: ["four"], 5: ["five"], 6: ["six"], 7: ["seven"], 8: ["eight"], 9: ["nine"], 10: ["ten"],
                11: ["eleven"], 12: ["twelve", "dozen"], 13: ["thirteen"], 14: ["fourteen"], 15: ["fifteen"],
                16: ["sixteen"], 17: ["seventeen"], 18: ["eighteen"], 19: ["nineteen"], 20: ["twenty"],
                30: ["thirty"], 40: ["forty"], 50: ["fifty"], 100: ["hundred"]}
# ../shared beside the project root (eval/own2/check.py -> ../../../shared)
SHARED = pathlib.Path(__file__).resolve().parents[3] / "shared"
TIME_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$")


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def number_in(value, text):
    low = text.lower()
    forms = {str(value), f"{value:,}", f"{value:,}".replace(",", " "), f"{value:,}".replace(",", "\u202f")}
    if value >= 1000 and value % 1000 == 0:
        forms.add(f"{value // 1000} thousand")
    if value >= 1_000_000 and value % 1_000_000 == 0:
        forms.add(f"{value // 1_000_000} million")
    if any(re.search(r"(?<![\d,.])" + re.escape(f) + r"(?![\d])", text) for f in forms):
        return True
    return any(w in low for w in NUMBER_WORDS.get(value, []))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=str(pathlib.Path(__file__).resolve().parent))
    ap.add_argument("--schema", default=str(SHARED / "spec" / "claim.schema.json"))
    ap.add_argument("--iso", default=str(SHARED / "reference" / "gazetteer" / "iso3166_2_UA_RU.csv"))
    a = ap.parse_args()
    d = pathlib.Path(a.dir)
    errors, warnings = [], []
    err = errors.append
    warn = warnings.append

    pages = load(d / "pages.jsonl")
    gold = load(d / "gold.jsonl")
    air = load(d / "airwatch.jsonl")
    schema = json.load(open(a.schema, encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    iso = {r["code"] for r in csv.DictReader(open(a.iso, encoding="utf-8"))}

    # pages
    text = {}
    expected_ids = [f"own2-{i:02d}" for i in range(1, 22)]
    for p in pages:
        pid = p.get("id")
        if pid in text:
            err(f"{pid}: duplicate page id")
        if not isinstance(p.get("text"), str) or not p["text"].strip():
            err(f"{pid}: page without text")
            continue
        if not (p.get("published") or p.get("retrieved_at")):
            err(f"{pid}: page without published or retrieved_at")
        if set(p) - {"id", "url", "published", "retrieved_at", "text"}:
            err(f"{pid}: unexpected page fields {sorted(set(p) - {'id', 'url', 'published', 'retrieved_at', 'text'})}")
        text[pid] = p["text"]
        words = len(p["text"].split())
        if not 600 <= words <= 1500:
            warn(f"{pid}: page has {words} words (brief asks 600-1500)")
    if sorted(text) != expected_ids:
        err(f"page ids are {sorted(text)}, expected own2-01..own2-21")

    # gold
    seen = set()
    n_claims = 0
    for g in gold:
        doc = g.get("doc_id")
        seen.add(doc)
        if doc not in text:
            err(f"{doc}: gold record for a page that does not exist")
            continue
        page = text[doc]
        lines = set(page.split("\n"))
        art = g.get("article") or {}
        if set(art) != {"title", "published", "byline", "body"}:
            err(f"{doc}: article fields are {sorted(art)}")
        if art.get("title") and art["title"] not in page:
            err(f"{doc}: title not printed on the page: {art['title']!r}")
        if art.get("byline") and art["byline"] not in page:
            err(f"{doc}: byline not printed on the page: {art['byline']!r}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", art.get("published") or ""):
            err(f"{doc}: article.published is not a date: {art.get('published')!r}")
        body = art.get("body") or []
        if not body:
            err(f"{doc}: empty body")
        last = -1
        for para in body:
            if para not in lines:
                err(f"{doc}: body paragraph is not a line of the page: {para[:70]!r}")
            else:
                pos = page.find(para + "\n") if (para + "\n") in page else page.find(para)
                if pos < last:
                    err(f"{doc}: body paragraph out of page order: {para[:60]!r}")
                last = pos
        for i, c in enumerate(g.get("claims") or []):
            n_claims += 1
            where = f"{doc} claim {i} ({c.get('type')})"
            for e in validator.iter_errors(c):
                err(f"{where}: schema: {e.message} at {list(e.absolute_path)}")
            if c.get("doc_id") != doc:
                err(f"{where}: doc_id {c.get('doc_id')!r}")
            ev = c.get("evidence") or {}
            et = ev.get("text") or ""
            if not et or et not in page:
                err(f"{where}: evidence not verbatim: {et[:80]!r}")
            elif ev.get("start") is not None and page[ev["start"]:ev["end"]] != et:
                err(f"{where}: evidence offsets do not match its text")
            pl = c.get("place")
            if pl:
                code, country = pl.get("admin1"), pl.get("country")
                if code:
                    if code.split("-")[0] != country:
                        err(f"{where}: admin1 {code} does not match country {country}")
                    if country in ("UA", "RU") and code not in iso:
                        err(f"{where}: unknown ISO 3166-2 code {code}")
                elif pl.get("precision") in ("settlement", "point", "district") and country in ("UA", "RU"):
                    warn(f"{where}: {pl.get('precision')} place without admin1: {pl.get('name')}")
                if pl.get("text") and pl["text"] not in page:
                    err(f"{where}: place text not on the page: {pl['text']!r}")
            t = c.get("time")
            if t:
                for k in ("start", "end"):
                    if t.get(k) and not TIME_RE.match(t[k]):
                        err(f"{where}: time.{k} not ISO 8601: {t[k]!r}")
                if t.get("start") and t.get("end") and t["start"][:10] > t["end"][:10]:
                    err(f"{where}: time starts after it ends")
                if t.get("text") and t["text"] not in page:
                    err(f"{where}: time text not on the page: {t['text']!r}")
            ct = (c.get("claimant") or {}).get("text")
            if ct and ct not in page:
                err(f"{where}: claimant text not on the page: {ct!r}")
            for q in c.get("quantities") or []:
                if not number_in(q["value"], et):
                    warn(f"{where}: value {q['value']} not seen in its evidence")
    for pid in text:
        if pid not in seen:
            err(f"{pid}: page without a gold record")

    # airwatch
    if len(air) != 11:
        err(f"airwatch has {len(air)} pages, expected 11")
    by_doc = {g["doc_id"]: g for g in gold}
    for r in air:
        doc = r.get("doc_id")
        if doc not in by_doc:
            err(f"airwatch {doc}: no such page")
            continue
        carried = {(q["scope"], q["unit"], q["value"]) for c in by_doc[doc]["claims"]
                   if c["type"] in ("strike", "interception") and c["claimant"]["side"] == "UA"
                   for q in c["quantities"]}
        for q in r.get("quantities") or []:
            if q.get("scope") not in ("launched", "intercepted") or q.get("unit") not in ("drone", "missile") \
                    or not isinstance(q.get("value"), int):
                err(f"airwatch {doc}: bad quantity {q}")
            elif (q["scope"], q["unit"], q["value"]) not in carried:
                err(f"airwatch {doc}: {q} is not carried by any Ukrainian strike/interception claim")
        if not r.get("quantities"):
            err(f"airwatch {doc}: no quantities")

    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"pages={len(pages)} gold={len(gold)} claims={n_claims} airwatch={len(air)}")
    print(f"errors={len(errors)} warnings={len(warnings)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
