"""Running the flow elsewhere: local worker processes and a Dask cluster store exactly the
rows a sequential ingest stores, results come back in input order, and a dead worker is
reported instead of stopping the batch."""

from __future__ import annotations

import json
from concurrent.futures import Future
from pathlib import Path

import pytest
import sqlalchemy as sa

from frontwire.cli.store import ingest_inputs
from frontwire.records import Document
from frontwire.runners import DaskRunner, LocalPool, Sequential, _Batched, make_runner
from frontwire.store import Store, schema

PAGES = [
    "KYIV, Ukraine (AP) - Russia launched 48 drones and two missiles at Ukraine overnight, the air force "
    "said on Sunday. Air defences shot down 40 drones over the Kyiv, Sumy and Kharkiv regions.",
    "Russian shelling killed two civilians and wounded five in Kherson on Saturday, the regional governor "
    "Oleksandr Prokudin said on Telegram.",
    "Moscow said its forces had captured the village of Novoselivka in the Donetsk region. Kyiv did not "
    "immediately comment on the claim.",
    "Ukraine and Russia exchanged 150 prisoners of war each on Friday in a swap mediated by the United "
    "Arab Emirates, officials in both countries said.",
    "A drone struck an oil depot in Russia's Bryansk region overnight, the local governor said, adding "
    "that no one was hurt.",
    "The mayor of Odesa said three port buildings were damaged in a missile strike early on Monday.",
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    with (folder / "wire.jsonl").open("w", encoding="utf-8") as f:
        for i, text in enumerate(PAGES * 3):   # 18 records: several batches
            f.write(json.dumps({"id": f"w{i:02d}", "text": text, "published": f"2026-03-{1 + i % 9:02d}"}) + "\n")
    (folder / "page.html").write_text(
        "<html><head><title>Strike on Dnipro</title></head><body><article><h1>Strike on Dnipro</h1>"
        "<p>A Russian missile hit an apartment block in Dnipro on Tuesday, killing four people, the "
        "regional military administration said.</p><p>Rescuers were still searching the rubble in the "
        "evening, officials added.</p></article></body></html>", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    return folder


def stored_rows(url: str) -> dict[str, list[tuple]]:
    """Every stored row, minus the time of ingestion, sorted: what must not depend on the runner."""
    engine = sa.create_engine(url)
    out = {}
    with engine.connect() as conn:
        for name in ("documents", "articles", "places", "claims", "quantities"):
            table = schema.metadata.tables[name]
            cols = [c for c in table.columns if c.name not in ("ingested_at", "id")]
            out[name] = sorted((tuple(json.dumps(v, sort_keys=True) for v in row)
                                for row in conn.execute(sa.select(*cols))))
    engine.dispose()
    return out


def ingest(url: str, corpus: Path, runner=None):
    store = Store(url)
    summary = ingest_inputs(store, (str(corpus),), runner=runner)
    store.close()
    return summary


def test_local_workers_and_dask_store_the_same_rows_as_sequential(tmp_path: Path, corpus: Path, cli):
    from distributed import Client, LocalCluster

    seq_url = f"sqlite:///{tmp_path / 'seq.db'}"
    summary = ingest(seq_url, corpus)
    assert summary.read == 19 and len(summary.problems) == 1 and "PNG" in summary.problems[0]
    expected = stored_rows(seq_url)
    assert len(expected["documents"]) == 19

    # `ingest --workers 2`: two local processes run the flow, this one writes
    pool_db = tmp_path / "pool.db"
    result = cli("ingest", corpus, "--db", pool_db, "--workers", "2")
    assert result.exit_code == 1                     # the PNG is reported, the rest stored
    assert "19 added" in result.output and "binary" in result.output
    assert stored_rows(f"sqlite:///{pool_db}") == expected

    dask_url = f"sqlite:///{tmp_path / 'dask.db'}"
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        with DaskRunner(client, batch_size=4) as runner:
            summary = ingest(dask_url, corpus, runner)
        assert summary.outcomes == {"added": 19}
        assert stored_rows(dask_url) == expected

        # the CLI's path: a scheduler address; a second run finds everything stored
        with make_runner(dask=cluster.scheduler_address) as runner:
            again = ingest(dask_url, corpus, runner)
        assert again.outcomes == {"unchanged (already stored)": 19}
    assert stored_rows(dask_url) == expected


class _Immediate(_Batched):
    """A runner whose batches finish at once (or fail), recording how far it has read."""

    def __init__(self, fail_batches=()):
        self.batch_size, self.window = 2, 3
        self.submitted = 0
        self.fail_batches = set(fail_batches)

    def _submit(self, batch, until):
        future: Future = Future()
        if self.submitted in self.fail_batches:
            future.set_exception(RuntimeError("worker killed"))
        else:
            future.set_result(list(Sequential()(batch, until)))
        self.submitted += 1
        return future

    def close(self):
        pass


def docs(n: int, pulled: list[int]):
    for i in range(n):
        pulled.append(i)
        yield Document(doc_id=f"d{i}", origin=f"d{i}", text=f"Item {i}: shelling was reported near Kupiansk.")


def test_results_keep_input_order_and_only_a_bounded_number_of_documents_is_read_ahead():
    pulled: list[int] = []
    results = _Immediate()(docs(40, pulled), "clean")
    first = next(results)
    assert first.document.doc_id == "d0"
    assert len(pulled) <= 3 * 2                      # window x batch size, not the whole input
    rest = [r.document.doc_id for r in results]
    assert rest == [f"d{i}" for i in range(1, 40)]


def test_a_batch_whose_worker_died_is_reported_per_document_and_the_rest_goes_on():
    out = list(_Immediate(fail_batches={1})(docs(6, []), "clean"))
    assert [r.document.doc_id for r in out] == [f"d{i}" for i in range(6)]
    assert [bool(r.error) for r in out] == [False, False, True, True, False, False]
    assert "worker failed: RuntimeError: worker killed" in out[2].error


def test_make_runner_picks_by_options():
    assert isinstance(make_runner(), Sequential)
    pool = make_runner(workers=3)
    assert isinstance(pool, LocalPool) and pool.workers == 3
    pool.close()


def test_the_pipeline_bench_measures_a_run_of_the_whole_flow(corpus: Path):
    from frontwire.bench.pipeline import run_flow

    m = run_flow(str(corpus / "wire.jsonl"), workers=1, limit=5, corpus="wire")
    assert (m.corpus, m.workers, m.docs, m.errors) == ("wire", 1, 5, 0)
    assert m.docs_per_s > 0 and m.parent_mb > 0 and m.total_mb > 0 and m.worker_mb is None


def test_the_idle_machine_estimate_never_beats_the_number_of_cpus():
    from frontwire.bench.pipeline import Measurement, idle_wall

    m = Measurement("feeds", 2, 100, 0, 1.0, 50.0, 2.0, 100, 200, 500, parent_cpu_s=25.0, worker_cpu_s=67.0,
                    workers_cpu_s=130.0)
    assert idle_wall(m, cpus=2) == 77.5          # 155 CPU seconds over 2 CPUs, more than the busiest 67
    assert idle_wall(m, cpus=16) == 67.0         # enough CPUs: the busiest worker bounds it
