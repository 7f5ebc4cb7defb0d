"""``frontwire bench``: speed and memory of the stages, measured on real input.

Each stage's benchmark lives in :mod:`frontwire.bench` and is registered here, in the
order of the flow.
"""

from __future__ import annotations

import click

from frontwire.bench.clean import clean_bench_command
from frontwire.bench.extract import extract_command
from frontwire.bench.fuse import fuse_command
from frontwire.bench.pipeline import pipeline_command
from frontwire.bench.places import places_bench_command
from frontwire.bench.serve import serve_bench_command


@click.group("bench")
def bench_group() -> None:
    """Measure documents per second and peak memory (against a baseline in the same run)."""


for _command in (clean_bench_command, places_bench_command, extract_command, fuse_command,
                 pipeline_command, serve_bench_command):
    bench_group.add_command(_command)
