"""``frontwire bench clean``: documents per second and peak memory of the cleaner, against
trafilatura on the same documents in the same run.

Two paths are measured, each on its own input:

- the text path (text dumps, ``../shared/corpus/pages.jsonl``): frontwire's line
  classifier against trafilatura fed each line of the dump as a paragraph (trafilatura
  refuses plain text, so every non-blank line becomes a ``<p>``);
- the HTML path (``../shared/eval/html/items.jsonl.gz``): frontwire (trafilatura for the
  body plus frontwire's metadata) against trafilatura alone.

trafilatura runs with the settings frontwire's HTML path uses (``favor_precision``, no
comments); ``--baseline default`` runs it with its defaults instead. Each engine runs in a
fresh Python process: the documents are read and both engines warmed up on a few of them
before the clock starts; the time is the best of ``--repeat`` passes over all documents
(frontwire's caches emptied before each). Documents per second are counted in CPU time,
which a shared machine does not distort (the engines use one core each); wall-clock
figures are printed beside them. Memory is the peak resident memory of the process
during the passes (Linux: the peak is reset after reading the documents), and how far it
rose above the memory before them.

``--write DIR`` also writes each engine's output as contract JSON lines
(``DIR/<path>-frontwire.jsonl``, ``DIR/<path>-trafilatura.jsonl``), to be scored with
``../shared/eval/score.py clean`` (the F1 comparison in the same run).
"""

from __future__ import annotations

import html as html_lib
import json
import resource
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import click

TEXT_INPUT = "../shared/corpus/pages.jsonl"
HTML_INPUT = "../shared/eval/html/items.jsonl.gz"
WARM_UP_DOCS = 3
BASELINES = {"precision": {"favor_precision": True, "include_comments": False}, "default": {}}


@dataclass
class Measurement:
    path: str            # "text" or "html"
    engine: str          # "frontwire" or "trafilatura"
    docs: int
    cpu_s: float         # CPU time of the best pass
    docs_per_s: float    # documents per CPU second (the machine may be shared: CPU time is what is fair)
    wall_docs_per_s: float   # documents per wall-clock second, best pass
    peak_mb: float       # peak resident memory during the passes
    growth_mb: float     # how far that peak rose above the memory before the passes
    empty: int           # documents that came out with an empty body


def text_as_html(text: str) -> str:
    """A text dump as trafilatura can take it: each non-blank line a paragraph."""
    paragraphs = "".join(f"<p>{html_lib.escape(line.strip())}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body>{paragraphs}</body></html>"


def run_engine(path_kind: str, source: str, engine: str, baseline: str, repeat: int,
               limit: int | None, write: str | None) -> Measurement:
    """Read the documents, warm up, and time ``repeat`` passes of one engine (in this process)."""
    from frontwire.records import Document
    from frontwire.sources import read_inputs

    docs = [d for d in read_inputs([source]) if isinstance(d, Document)]
    docs = [d for d in docs if (d.text is not None) == (path_kind == "text")][:limit or None]
    if engine == "frontwire":
        from frontwire.clean import clean
        from frontwire.clean.features import intrinsic

        def reset() -> None:
            intrinsic.cache_clear()

        def one(doc: Document) -> list[str]:
            return list(clean(doc).body)
    else:
        import trafilatura

        settings = BASELINES[baseline]
        inputs = {id(d): text_as_html(d.text) if d.text is not None else (d.html or "") for d in docs}

        def reset() -> None:
            pass

        def one(doc: Document) -> list[str]:
            out = trafilatura.extract(inputs[id(doc)], **settings) or ""
            return [p.strip() for p in out.split("\n") if p.strip()]

    for doc in docs[:WARM_UP_DOCS]:
        one(doc)
    before = _reset_peak()
    best_cpu = best_wall = float("inf")
    bodies: list[list[str]] = []
    for _ in range(max(1, repeat)):
        reset()
        wall, cpu = time.perf_counter(), time.process_time()
        bodies = [one(d) for d in docs]
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    peak = _peak_kb()
    if write:
        out = Path(write) / f"{path_kind}-{engine}.jsonl"
        with out.open("w", encoding="utf-8") as f:
            for doc, body in zip(docs, bodies):
                f.write(json.dumps({"doc_id": doc.doc_id, "body": body}, ensure_ascii=False) + "\n")
    return Measurement(path=path_kind, engine=engine, docs=len(docs), cpu_s=round(best_cpu, 3),
                       docs_per_s=round(len(docs) / best_cpu, 1) if best_cpu > 0 else 0.0,
                       wall_docs_per_s=round(len(docs) / best_wall, 1) if best_wall > 0 else 0.0,
                       peak_mb=round(peak / 1024, 1), growth_mb=round(max(0, peak - before) / 1024, 1),
                       empty=sum(1 for b in bodies if not b))


def _status_kb(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def _reset_peak() -> int:
    """Start a new peak of resident memory (Linux: VmHWM); the resident memory now, in KB."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass
    now = _status_kb("VmRSS")
    return now if now is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _peak_kb() -> int:
    peak = _status_kb("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def measure(path_kind: str, source: str, engine: str, baseline: str, repeat: int, limit: int | None,
            write: str | None) -> Measurement:
    """:func:`run_engine` in a fresh Python process."""
    cmd = [sys.executable, "-m", "frontwire.bench.clean", path_kind, source, engine, baseline, str(repeat),
           str(limit or 0), write or ""]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise click.ClickException(f"the {engine} run on {source} failed:\n{out.stderr[-3000:]}")
    return Measurement(**json.loads(out.stdout.strip().splitlines()[-1]))


@click.command("clean")
@click.option("--text", "text_input", default=TEXT_INPUT, show_default=True,
              help="Text dumps (JSONL records with 'text'); '' to skip the text path.")
@click.option("--html", "html_input", default=HTML_INPUT, show_default=True,
              help="HTML pages (JSONL records with 'html'); '' to skip the HTML path.")
@click.option("--baseline", type=click.Choice(sorted(BASELINES)), default="precision", show_default=True,
              help="trafilatura's settings: those of frontwire's HTML path, or its defaults.")
@click.option("--repeat", type=int, default=3, show_default=True, help="Timed passes per engine (the best counts).")
@click.option("--limit", type=int, default=None, help="Only the first N documents of each input.")
@click.option("--write", "write_dir", type=click.Path(file_okay=False), default=None,
              help="Write each engine's bodies as JSON lines into this folder (for score.py).")
@click.option("--json", "as_json", is_flag=True, help="One JSON line per measurement instead of a table.")
def clean_bench_command(text_input: str, html_input: str, baseline: str, repeat: int, limit: int | None,
                        write_dir: str | None, as_json: bool) -> None:
    """Documents per second and peak memory of ``frontwire clean`` against trafilatura, on text
    dumps (trafilatura fed each line as a paragraph) and on HTML pages."""
    paths = [(kind, src) for kind, src in (("text", text_input), ("html", html_input)) if src]
    for kind, src in paths:
        if not Path(src).is_file():
            raise click.ClickException(f"{src} not found (run from the repository root with ../shared beside it, "
                                       f"or pass --{kind})")
    if write_dir:
        Path(write_dir).mkdir(parents=True, exist_ok=True)
    click.echo(f"each engine in a fresh process, warmed up on {WARM_UP_DOCS} documents, best of {repeat} passes; "
               f"trafilatura settings: {baseline} {BASELINES[baseline]}", err=True)
    if not as_json:
        click.echo(f"{'path':5} {'engine':12} {'docs':>5} {'CPU s':>7} {'docs/s':>8} {'wall docs/s':>11} "
                   f"{'peak MB':>8} {'growth MB':>9} {'empty':>5}")
    for kind, src in paths:
        pair = [measure(kind, src, engine, baseline, repeat, limit, write_dir)
                for engine in ("frontwire", "trafilatura")]
        for m in pair:
            if as_json:
                click.echo(json.dumps(asdict(m)))
            else:
                click.echo(f"{m.path:5} {m.engine:12} {m.docs:>5} {m.cpu_s:>7.3f} {m.docs_per_s:>8.1f} "
                           f"{m.wall_docs_per_s:>11.1f} {m.peak_mb:>8.1f} {m.growth_mb:>9.1f} {m.empty:>5}")
        if not as_json and pair[1].docs_per_s:
            click.echo(f"{kind} path: frontwire {pair[0].docs_per_s / pair[1].docs_per_s:.2f}x trafilatura's "
                       f"documents per CPU second, {pair[0].wall_docs_per_s / pair[1].wall_docs_per_s:.2f}x per "
                       f"wall-clock second ({src})")
    if write_dir and not as_json:
        click.echo(f"bodies written to {write_dir}/; score with python ../shared/eval/score.py clean "
                   f"--pred {write_dir}/<path>-<engine>.jsonl --gold <gold>", err=True)


if __name__ == "__main__":  # one engine on one input, for measure()
    kind_arg, source_arg, engine_arg, baseline_arg, repeat_arg, limit_arg, write_arg = sys.argv[1:8]
    result = run_engine(kind_arg, source_arg, engine_arg, baseline_arg, int(repeat_arg), int(limit_arg) or None,
                        write_arg or None)
    print(json.dumps(asdict(result)))
