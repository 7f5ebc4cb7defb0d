"""What the commands share: reading inputs through the flow, progress, the summary."""

from __future__ import annotations

import collections
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from frontwire.pipeline import Processed
from frontwire.records import Document
from frontwire.runners import Runner, Sequential
from frontwire.sources import DEFAULT_MAX_BYTES, SourceError, read_inputs

stderr = Console(stderr=True, highlight=False)

inputs_argument = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
max_bytes_option = click.option(
    "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
    help="Refuse a single document larger than this many bytes.")


@dataclass
class Summary:
    """Counts for the end-of-run report; ``failed`` decides the exit code."""

    read: int = 0
    problems: list[str] = field(default_factory=list)
    outcomes: collections.Counter = field(default_factory=collections.Counter)
    claim_types: collections.Counter = field(default_factory=collections.Counter)
    started: float = field(default_factory=time.perf_counter)

    @property
    def failed(self) -> bool:
        return bool(self.problems)

    def problem(self, message: str) -> None:
        self.problems.append(message)
        stderr.print(f"[red]error[/red] {message}", markup=True, soft_wrap=True)

    def print(self, verb: str = "read") -> None:
        secs = time.perf_counter() - self.started
        parts = [f"{self.read} documents {verb} in {secs:.1f}s"]
        parts += [f"{n} {what}" for what, n in sorted(self.outcomes.items())]
        if self.problems:
            parts.append(f"{len(self.problems)} skipped with an error (listed above)")
        stderr.print("; ".join(parts), soft_wrap=True)
        if self.claim_types:
            total = sum(self.claim_types.values())
            by_type = ", ".join(f"{t} {n}" for t, n in self.claim_types.most_common())
            stderr.print(f"{total} claims: {by_type}", soft_wrap=True)


@contextmanager
def progress_bar(label: str, total: int | None = None):
    """A progress bar on standard error when it is a terminal; silent otherwise."""
    progress = Progress(SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=stderr,
                        disable=not sys.stderr.isatty(), transient=False)
    with progress:
        task = progress.add_task(label, total=total, rate="")
        started = time.perf_counter()

        def advance(n: int = 1) -> None:
            progress.advance(task, n)
            done = progress.tasks[0].completed
            rate = done / max(time.perf_counter() - started, 1e-9)
            progress.update(task, rate=f"{rate:.1f} docs/s")

        yield advance


def processed_items(inputs: Iterable[str], until: str, summary: Summary,
                    max_bytes: int = DEFAULT_MAX_BYTES, label: str = "processing",
                    skip: Callable[[Document], str | None] | None = None,
                    runner: Runner | None = None) -> Iterator[Processed]:
    """Every readable input through the flow up to ``until``; problems go to the summary.

    ``skip`` may name a reason to leave a document out (counted in the summary's outcomes).
    ``runner`` says where the flow runs (:mod:`frontwire.runners`; default: this process).
    """
    with progress_bar(label) as advance:
        def documents() -> Iterator[Document]:
            for item in read_inputs(inputs, max_bytes=max_bytes):
                advance()
                if isinstance(item, SourceError):
                    summary.problem(str(item))
                    continue
                summary.read += 1
                reason = skip(item) if skip else None
                if reason:
                    summary.outcomes[reason] += 1
                    continue
                yield item

        for result in (runner or Sequential())(documents(), until):
            if result.error:
                doc = result.document
                summary.problem(f"{doc.origin} (id {doc.doc_id}): {result.error}")
                continue
            yield result
