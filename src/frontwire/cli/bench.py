"""``frontwire bench``: speed and memory of the stages, measured on real input.

Each stage's benchmark lives in :mod:`frontwire.bench` and is registered here.
"""

from __future__ import annotations

import click


@click.group("bench")
def bench_group() -> None:
    """Measure documents per second and peak memory (against a baseline in the same run)."""
