"""The daily brief: choosing the day's claims, grouping them into lines, rendering."""

from __future__ import annotations

from click.testing import CliRunner

from frontwire.cli import main
from frontwire.report import brief as briefs

from test_serve_data import SCRIPT, build_store


def claim(doc_id: str, type_: str, who: str, side: str, quantities=(), place=None, time=None,
          status="asserted", modality="actual", evidence="A sentence.", day="2026-02-05", **extra) -> dict:
    return {"claim_id": f"{doc_id}-{type_}-{who}-{len(quantities)}", "doc_id": doc_id, "type": type_,
            "claimant": {"text": who, "name": who, "side": side},
            "quantities": [dict(zip(("scope", "unit", "value"), q), approx="exact", category=None) for q in quantities],
            "place": place, "time": time, "status": status, "modality": modality,
            "evidence": {"text": evidence, "start": 0, "end": len(evidence)}, "day": day,
            "actor_side": extra.get("actor_side"), "target_side": extra.get("target_side"), "weapon": None}


NIGHT = {"text": "overnight", "start": "2026-02-04T18:00", "end": "2026-02-05T09:00", "precision": "part_of_day"}
ROSTOV = {"text": "Rostov region", "name": "Rostov Oblast", "country": "RU", "admin1": "RU-ROS",
          "geonameid": None, "lat": None, "lon": None, "precision": "region"}


def test_a_night_belongs_to_the_morning_it_ends() -> None:
    overnight = claim("a", "strike", "Ukrainian Air Force", "UA", time=NIGHT, day="2026-02-04")
    same_day = claim("b", "casualties", "Governor", "UA", day="2026-02-04")
    assert briefs.claims_of_day([overnight, same_day], "2026-02-05") == [overnight]
    assert briefs.claims_of_day([overnight, same_day], "2026-02-04") == [same_day]


def test_a_time_that_ends_at_midnight_belongs_to_the_day_before() -> None:
    whole_day = claim("r", "strike", "Ukrainian Air Force", "UA", day="2023-12-30",
                      time={"text": "", "start": "2023-12-30T00:00", "end": "2023-12-31T00:00", "precision": "day"})
    night = claim("n", "strike", "Ukrainian Air Force", "UA", day="2023-12-31",
                  time={"text": "", "start": "2023-12-31T00:00", "end": "2023-12-31T08:00", "precision": "hour"})
    assert briefs.event_day(whole_day) == "2023-12-30" and briefs.event_day(night) == "2023-12-31"
    instant = dict(whole_day, time={"text": "", "start": "2024-01-01T00:00", "end": "2024-01-01T00:00"})
    assert briefs.event_day(instant) == "2024-01-01"


def test_repeated_air_force_figures_are_one_line_with_the_largest_counts() -> None:
    claims = [
        claim("wire-1", "strike", "Ukrainian Air Force", "UA", [("launched", "drone", 150), ("launched", "missile", 4)], time=NIGHT),
        claim("wire-1", "interception", "Ukrainian Air Force", "UA", [("intercepted", "drone", 121)], time=NIGHT),
        claim("wire-2", "interception", "Ukrainian Air Force", "UA", [("intercepted", "drone", 121), ("launched", "drone", 150)], time=NIGHT),
    ]
    brief = briefs.build_brief("2026-02-05", claims)
    (air,) = brief.sections
    assert air.key == "air_attacks"
    (line,) = air.lines
    assert line.text == "Ukrainian Air Force (UA): launched 150 drones, 4 missiles; intercepted 121 drones"
    assert line.sources == (1, 2)
    assert [s.doc_id for s in brief.sources] == ["wire-1", "wire-2"]


def test_sections_sort_claims_by_what_happened_and_where() -> None:
    claims = [
        claim("d1", "strike", "General Staff", "UA", place=ROSTOV, status="unconfirmed"),
        claim("d1", "interception", "Russian Ministry of Defence", "RU", [("intercepted", "drone", 37)]),
        claim("d2", "territorial_change", "Russian Ministry of Defence", "RU", [("captured", "settlement", 1)]),
        claim("d2", "casualties", "Governor", "UA", [("killed", "person", 2)]),
        claim("d3", "prisoner_exchange", "Volodymyr Zelenskyy", "UA", [("released", "person", 157)]),
        claim("d3", "negotiation", "Rustem Umerov", "UA", modality="planned"),
        claim("d3", "mobilization", "Kyrylo Budanov", "UA"),
    ]
    brief = briefs.build_brief("2026-02-05", claims)
    by_key = {s.key: [l.text for l in s.lines] for s in brief.sections}
    assert by_key["strikes_on_russia"] == ["General Staff (UA): strike, in Rostov Oblast (RU-ROS) (unconfirmed)",
                                           "Russian Ministry of Defence (RU): interception, intercepted 37 drones"]
    assert by_key["territory"] == ["Russian Ministry of Defence (RU): territorial change, captured 1 settlement"]
    assert by_key["casualties"] == ["Governor (UA): casualties, killed 2 people"]
    assert by_key["exchanges_talks"] == ["Volodymyr Zelenskyy (UA): prisoner exchange, released 157 people",
                                         "Rustem Umerov (UA): planned talks"]
    assert by_key["other"] == ["Kyrylo Budanov (UA): mobilisation"]
    assert "air_attacks" not in by_key


def test_the_official_record_stands_beside_the_news() -> None:
    claims = [claim("w", "strike", "Ukrainian Air Force", "UA", [("launched", "drone", 150)], time=NIGHT),
              claim("w", "interception", "Ukrainian Air Force", "UA", [("intercepted", "drone", 121)], time=NIGHT),
              claim("uaf", "strike", "Ukrainian Air Force", "UA", [("launched", "drone", 150)], time=NIGHT),
              claim("uaf", "interception", "Ukrainian Air Force", "UA", [("intercepted", "drone", 117)], time=NIGHT)]
    documents = {"uaf": {"title": "Air Force report", "official": True}, "w": {"title": "Wire story"}}
    air = briefs.build_brief("2026-02-05", claims, documents, official_loaded=True).sections[0]
    assert air.lines[0].official
    assert air.lines[0].text == "Official record (Ukrainian Air Force report): launched 150 drones; intercepted 117 drones"
    assert air.lines[1].text.endswith("intercepted 121 drones (the official record: intercepted 117 drones)")
    agreeing = briefs.build_brief("2026-02-05", claims[:1] + claims[2:3], documents, True).sections[0]
    assert agreeing.lines[1].text.endswith("launched 150 drones (agrees with the official record)")
    news_only = briefs.build_brief("2026-02-05", claims[:2], documents, official_loaded=True).sections[0]
    assert news_only.note == "No official report for this night in the record."
    assert briefs.build_brief("2026-02-05", claims[:2], documents, False).sections[0].note == "Official record not loaded."


def test_markdown_and_html_keep_page_markup_as_text() -> None:
    claims = [claim("s", "cyber", "Ministry", "UA", evidence=f"Hackers posted {SCRIPT} on the site.")]
    brief = briefs.build_brief("2026-02-04", claims, {"s": {"title": f"Defaced {SCRIPT}", "url": "https://example.org/s"}})
    markdown = briefs.to_markdown(brief)
    assert SCRIPT not in markdown and r"\<script\>alert(1)\</script\>" in markdown
    html = briefs.to_html(brief)
    assert SCRIPT not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "http" not in html.replace('href="https://example.org/s"', "").replace(">https://example.org/s<", "")


def test_pdf_is_a_pdf_even_for_text_outside_latin1() -> None:
    claims = [claim("k", "casualties", "Олег Синєгубов", "UA", [("killed", "person", 2)],
                    evidence="Two people were killed — the governor said “at least”.")]
    data = briefs.to_pdf(briefs.build_brief("2026-02-05", claims))
    assert data.startswith(b"%PDF") and len(data) > 1000
    empty = briefs.to_pdf(briefs.build_brief("2026-02-05", []))
    assert empty.startswith(b"%PDF")


def test_load_brief_from_the_store(tmp_path) -> None:
    store = build_store(f"sqlite:///{tmp_path / 'b.db'}")
    brief = briefs.load_brief(store, "2026-02-05")
    assert [s.key for s in brief.sections] == ["air_attacks", "territory", "strikes_on_russia", "casualties",
                                               "exchanges_talks"]
    assert brief.claims == 12
    assert [s.doc_id for s in brief.sources] == ["wire-kharkiv", "wire-odesa", "wire-refinery"]
    assert brief.sources[0].title.startswith("Russia launches 150 drones")
    assert briefs.load_brief(store, "2026-01-01").empty


def test_the_brief_command(tmp_path) -> None:
    db = tmp_path / "c.db"
    build_store(f"sqlite:///{db}").close()
    runner = CliRunner()
    md = runner.invoke(main, ["brief", "--date", "2026-02-05", "--db", str(db)])
    assert md.exit_code == 0, md.output
    assert md.output.startswith("# Daily brief, 2026-02-05")
    assert "## Strikes on Russia" in md.output and "[1]" in md.output
    pdf = tmp_path / "brief.pdf"
    out = runner.invoke(main, ["brief", "--date", "2026-02-05", "--format", "pdf", "-o", str(pdf), "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert pdf.read_bytes().startswith(b"%PDF")
    bad = runner.invoke(main, ["brief", "--date", "5 Feb", "--db", str(db)])
    assert bad.exit_code == 2 and "not a date" in bad.output


def test_lines_that_many_documents_carry_come_first_and_the_official_record_is_source_1() -> None:
    claims = [claim("a", "casualties", "Governor", "UA", [("killed", "person", 1)]),
              claim("b", "casualties", "Mayor", "UA", [("killed", "person", 3)]),
              claim("c", "casualties", "Mayor", "UA", [("killed", "person", 3)]),
              claim("w", "strike", "Ukrainian Air Force", "UA", [("launched", "drone", 150)], time=NIGHT),
              claim("uaf", "strike", "Ukrainian Air Force", "UA", [("launched", "drone", 150)], time=NIGHT)]
    documents = {"uaf": {"title": "Air Force report", "official": True}}
    brief = briefs.build_brief("2026-02-05", claims, documents, official_loaded=True)
    air, casualties = brief.sections
    assert air.lines[0].official and air.lines[0].sources == (1,) and brief.sources[0].doc_id == "uaf"
    assert [l.text for l in casualties.lines] == ["Mayor (UA): casualties, killed 3 people",
                                                  "Governor (UA): casualties, killed 1 person"]


def test_a_source_without_a_headline_is_named_by_its_address() -> None:
    source = briefs.Source(1, "8479c57e", None, "https://www.example.org/analysis/russian-offensive-feb-2-2026")
    assert briefs.source_label(source) == "example.org: russian offensive feb 2 2026"
    assert briefs.document_label(None, None, "8479c57e") == "8479c57e"
    assert briefs.document_label("  A headline ", "https://x.org/y", "d") == "A headline"
