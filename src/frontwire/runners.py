"""Where the flow runs: in this process, in local worker processes, or on a Dask cluster.

A runner maps :func:`frontwire.pipeline.process` over documents and yields the
:class:`~frontwire.pipeline.Processed` results **in input order**, so whoever consumes them
(the store, the contract commands) sees the same sequence however the work was spread::

    with make_runner(workers=2) as run:            # or make_runner(dask="tcp://sched:8786")
        for result in run(documents, "extract"):
            store.save(result)                     # writing stays in this one process

Documents travel to the workers in small batches, and only a bounded number of batches is
in flight, so an input of millions of pages never sits in memory at once. A worker loads
the models once (on its first batch, or at start for a local pool) and keeps them.
"""

from __future__ import annotations

import collections
import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

from frontwire.pipeline import Processed, process
from frontwire.records import Document


class Runner(Protocol):
    def __call__(self, docs: Iterable[Document], until: str = "extract") -> Iterator[Processed]: ...

    def close(self) -> None: ...


def process_batch(docs: list[Document], until: str = "extract") -> list[Processed]:
    """What a worker runs: the flow over a batch (module-level, so it pickles by name)."""
    return [process(doc, until=until) for doc in docs]


def warm_up() -> None:
    """Load the stages' models now, so the first real batch does not wait for them."""
    process(Document(doc_id="warm-up", origin="warm-up",
                     text="Russia launched 12 drones at Kyiv overnight, the air force said."))


class Sequential:
    """The flow in this process, one document after another."""

    def __call__(self, docs: Iterable[Document], until: str = "extract") -> Iterator[Processed]:
        for doc in docs:
            yield process(doc, until=until)

    def close(self) -> None:
        pass

    def __enter__(self) -> Sequential:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Batched:
    """Shared by the pool and Dask: batches out, a bounded window in flight, order kept."""

    batch_size = 8
    window = 4

    def _submit(self, batch: list[Document], until: str) -> Future | Any:
        raise NotImplementedError

    def _failed(self, exc: BaseException) -> None:
        """Hook: a batch raised instead of returning (a worker died)."""

    def __call__(self, docs: Iterable[Document], until: str = "extract") -> Iterator[Processed]:
        in_flight: collections.deque = collections.deque()
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                in_flight.append((batch, self._submit(batch, until)))
                batch = []
                if len(in_flight) >= self.window:
                    yield from self._collect(*in_flight.popleft())
        if batch:
            in_flight.append((batch, self._submit(batch, until)))
        while in_flight:
            yield from self._collect(*in_flight.popleft())

    def _collect(self, batch: list[Document], future: Any) -> Iterator[Processed]:
        try:
            results = future.result()
        except Exception as exc:  # the worker died (killed, out of memory); process() itself never raises
            self._failed(exc)
            for doc in batch:
                yield Processed(doc, error=f"worker failed: {type(exc).__name__}: {exc}".rstrip(": "))
            return
        yield from results

    def __enter__(self):  # noqa: ANN204
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LocalPool(_Batched):
    """``workers`` local processes (spawned: each imports frontwire and loads the models once)."""

    def __init__(self, workers: int, batch_size: int = 8) -> None:
        self.workers = workers
        self.batch_size = batch_size
        self.window = 3 * workers
        self._executor: ProcessPoolExecutor | None = None

    @property
    def executor(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=warm_up)
        return self._executor

    def _submit(self, batch: list[Document], until: str) -> Future:
        return self.executor.submit(process_batch, batch, until)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, BrokenProcessPool) and self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None  # the next batch starts a fresh pool

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None


class DaskRunner(_Batched):
    """The flow on a Dask cluster: a scheduler address, or a ``distributed.Client`` (tests
    pass one on a LocalCluster). The workers need frontwire installed, at this version."""

    def __init__(self, address_or_client: Any, batch_size: int = 16) -> None:
        from distributed import Client  # Dask loads only when asked for

        self._own = not isinstance(address_or_client, Client)
        self.client = Client(address_or_client) if self._own else address_or_client
        self.batch_size = batch_size
        self.window = max(2, 2 * sum(self.client.nthreads().values()))

    def _submit(self, batch: list[Document], until: str) -> Any:
        return self.client.submit(process_batch, batch, until, pure=False)

    def close(self) -> None:
        if self._own:
            self.client.close()


def make_runner(workers: int = 1, dask: str | None = None) -> Runner:
    """The runner the options ask for: Dask when given an address, else a local pool of
    ``workers`` processes, else (``workers`` 1) this process."""
    if dask:
        return DaskRunner(dask)
    if workers > 1:
        return LocalPool(workers)
    return Sequential()

