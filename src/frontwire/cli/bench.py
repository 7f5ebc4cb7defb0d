"""``frontwire bench``: speed and memory of the stages, measured on real input.

Each stage's benchmark lives in :mod:`frontwire.bench` and is registered here.
"""

from __future__ import annotations

import click


@click.group("bench")
def bench_group() -> None:
    """Measure documents per second and peak memory (against a baseline in the same run)."""


from frontwire.bench.pipeline import pipeline_command  # noqa: E402

bench_group.add_command(pipeline_command)
from frontwire.bench.fuse import fuse_command  # noqa: E402

bench_group.add_command(fuse_command)
from frontwire.bench.clean import clean_bench_command  # noqa: E402

bench_group.add_command(clean_bench_command)
from frontwire.bench.extract import extract_command  # noqa: E402

bench_group.add_command(extract_command)
