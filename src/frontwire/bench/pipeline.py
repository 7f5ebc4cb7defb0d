"""``frontwire bench pipeline``: documents per second and peak memory of the whole flow.

The whole flow is what ``frontwire ingest`` does: read the records, clean, locate places,
extract claims, and save everything in a (scratch) SQLite store. It is measured on the
page corpus and on the feed corpus, in this process (1 worker) and in a pool of 2 worker
processes (``ingest --workers 2``: the workers run the flow, the parent reads and writes).

Each configuration runs in a fresh Python process, so that neither its speed nor its
memory carries anything over from another. Reported per configuration:

- ``start-up s``: until the models are loaded (in every worker);
- ``docs/s``: documents through the whole flow per second after start-up;
- ``parent MB``: peak resident memory of the process that reads and writes;
- ``worker MB``: peak resident memory of the largest worker;
- ``total MB``: the largest sum of the resident memory of the parent and its workers,
  sampled every 0.2 s;
- ``CPU s``: processor time after start-up: the parent's, all the workers' together, and
  (in brackets) the busiest worker's.

On a shared machine the wall-clock speed-up says little: Linux gives each session
(autogroup) a share of the CPUs however many processes it runs, so 2 workers get no more
processor time than 1 while others are busy. The CPU times say what the workers would do
with the cores to themselves: the flow's CPU time in one process, over the least wall
time the 2-worker run's CPU time allows (:func:`idle_wall`), is the speed-up on an idle
machine (printed as such, beside the wall-clock one).
"""

from __future__ import annotations

import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import click

CORPORA = (("pages", "../shared/corpus/pages.jsonl"), ("feeds", "../shared/corpus/rss_2022_2023.jsonl.gz"))


@dataclass
class Measurement:
    corpus: str
    workers: int
    docs: int
    errors: int               # documents the flow could not process (a bug: should be 0)
    startup_s: float
    seconds: float
    docs_per_s: float
    parent_mb: float
    worker_mb: float | None
    total_mb: float
    parent_cpu_s: float               # after start-up
    worker_cpu_s: float | None        # the busiest worker, after start-up
    workers_cpu_s: float | None       # all workers together, after start-up


def run_flow(path: str, workers: int, limit: int | None, corpus: str = "") -> Measurement:
    """Run the whole flow over ``path`` in this process (and its workers) and measure it."""
    from frontwire.records import Document
    from frontwire.runners import LocalPool, Sequential, warm_up
    from frontwire.sources import read_inputs
    from frontwire.store import Store

    sampler = _PeakSampler()
    sampler.start()
    started = time.perf_counter()
    if workers > 1:
        runner = LocalPool(workers)
        _start_workers(runner, workers)
    else:
        runner = Sequential()
        warm_up()
    warm = time.perf_counter()
    cpu_at_warm = time.process_time()
    workers_at_warm = _worker_cpu()
    docs = errors = 0
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "bench.db"))
        documents = (item for item in read_inputs([path]) if isinstance(item, Document))
        for result in runner(itertools.islice(documents, limit), "extract"):
            docs += 1
            if result.error:
                errors += 1
            else:
                store.save(result)
        done = time.perf_counter()
        parent_cpu = time.process_time() - cpu_at_warm
        workers_cpu = _worker_cpu()
        used = [cpu - workers_at_warm.get(pid, 0.0) for pid, cpu in workers_cpu.items()]
        runner.close()            # joins the workers, so their peak memory is known
        store.close()
    sampler.stop()
    seconds = done - warm
    worker_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if workers > 1 else None
    return Measurement(
        corpus=corpus or Path(path).name, workers=workers, docs=docs, errors=errors,
        startup_s=round(warm - started, 2), seconds=round(seconds, 2),
        docs_per_s=round(docs / seconds, 1) if seconds > 0 else 0.0,
        parent_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        worker_mb=round(worker_kb / 1024, 1) if worker_kb else None,
        total_mb=round(sampler.peak / 1024 / 1024, 1), parent_cpu_s=round(parent_cpu, 2),
        worker_cpu_s=round(max(used, default=0.0), 2) if workers > 1 else None,
        workers_cpu_s=round(sum(used), 2) if workers > 1 else None)


def _worker_cpu() -> dict[int, float]:
    """CPU seconds so far of each live child process (the workers)."""
    import psutil

    out = {}
    for child in psutil.Process().children():
        try:
            t = child.cpu_times()
            out[child.pid] = t.user + t.system
        except psutil.Error:
            pass
    return out


def _start_workers(pool, workers: int) -> None:
    """Start every worker and let it load the models before the clock starts."""
    futures = [pool.executor.submit(time.sleep, 0.3) for _ in range(2 * workers)]
    for f in futures:
        f.result()


class _PeakSampler:
    """The peak of the summed resident memory of this process and its children."""

    def __init__(self, every: float = 0.2) -> None:
        import psutil

        self.proc = psutil.Process()
        self.every = every
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            total = 0
            for p in [self.proc, *self.proc.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except psutil.Error:  # a worker that just exited
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(self.every)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def measure(path: str, workers: int, limit: int | None, corpus: str) -> Measurement:
    """:func:`run_flow` in a fresh Python process."""
    cmd = [sys.executable, "-m", "frontwire.bench.pipeline", path, str(workers), str(limit or 0), corpus]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise click.ClickException(f"the {corpus} run with {workers} workers failed:\n{out.stderr[-3000:]}")
    return Measurement(**json.loads(out.stdout.strip().splitlines()[-1]))


@click.command("pipeline")
@click.option("--pages", default=CORPORA[0][1], show_default=True, help="The page corpus (JSONL).")
@click.option("--feeds", default=CORPORA[1][1], show_default=True, help="The feed corpus (JSONL, gzipped).")
@click.option("--workers", "worker_counts", default="1,2", show_default=True,
              help="Worker counts to compare, comma-separated (1: the flow in the reading process).")
@click.option("--limit", type=int, default=None, help="Only the first N documents of each corpus.")
@click.option("--json", "as_json", is_flag=True, help="One JSON line per configuration instead of a table.")
def pipeline_command(pages: str, feeds: str, worker_counts: str, limit: int | None, as_json: bool) -> None:
    """Documents per second and peak memory of the whole flow (read, clean, places, extract,
    store) on the page corpus and the feed corpus, with 1 and 2 workers."""
    counts = [int(n) for n in worker_counts.split(",") if n.strip()]
    corpora = [(name, path) for name, path in (("pages", pages), ("feeds", feeds)) if path]
    for name, path in corpora:
        if not Path(path).is_file():
            raise click.ClickException(f"{path} not found (run from the repository root with ../shared beside it, "
                                       f"or pass --{name})")
    click.echo(f"whole flow (read, clean, places, extract, store to SQLite); {os.cpu_count()} CPUs; "
               f"each configuration in a fresh process", err=True)
    rows: list[Measurement] = []
    if not as_json:
        click.echo(f"{'corpus':8} {'docs':>6} {'workers':>7} {'errors':>6} {'start-up s':>10} {'seconds':>8} "
                   f"{'docs/s':>8} {'parent MB':>9} {'worker MB':>9} {'total MB':>8}  CPU s: parent + workers (busiest)")
    for name, path in corpora:
        for workers in counts:
            m = measure(path, workers, limit, name)
            rows.append(m)
            if as_json:
                click.echo(json.dumps(asdict(m)))
            else:
                click.echo(f"{m.corpus:8} {m.docs:>6} {m.workers:>7} {m.errors:>6} {m.startup_s:>10.2f} "
                           f"{m.seconds:>8.2f} {m.docs_per_s:>8.1f} {m.parent_mb:>9.0f} "
                           f"{(f'{m.worker_mb:.0f}' if m.worker_mb else '-'):>9} {m.total_mb:>8.0f}  {_cpu(m)}")
    if not as_json and 1 in counts:
        for name, _ in corpora:
            base = next(m for m in rows if m.corpus == name and m.workers == 1)
            for m in rows:
                if m.corpus == name and m.workers > 1 and base.docs_per_s:
                    idle_s = idle_wall(m)
                    idle = f"; on an idle machine (from CPU time): {base.parent_cpu_s / idle_s:.2f}x" if idle_s else ""
                    click.echo(f"speed-up {name}, {m.workers} workers over 1: {m.docs_per_s / base.docs_per_s:.2f}x "
                               f"wall-clock{idle}")


def idle_wall(m: Measurement, cpus: int | None = None) -> float:
    """The least wall-clock time the run could take with the machine's CPUs to itself: no
    less than its busiest process's CPU time, nor than all its CPU time spread over them."""
    cpus = cpus or os.cpu_count() or 1
    total = m.parent_cpu_s + (m.workers_cpu_s or 0.0)
    return max(m.parent_cpu_s, m.worker_cpu_s or 0.0, total / cpus)


def _cpu(m: Measurement) -> str:
    """Parent + all workers (the busiest worker)."""
    if m.workers_cpu_s is None:
        return f"{m.parent_cpu_s:.1f}"
    return f"{m.parent_cpu_s:.1f} + {m.workers_cpu_s:.1f} ({m.worker_cpu_s:.1f})"


if __name__ == "__main__":  # one configuration, for measure(): path workers limit corpus
    path_arg, workers_arg, limit_arg, corpus_arg = sys.argv[1:5]
    result = run_flow(path_arg, int(workers_arg), int(limit_arg) or None, corpus_arg)
    print(json.dumps(asdict(result)))
