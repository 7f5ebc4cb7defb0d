"""The ``frontwire`` command: one click group, its commands in the modules beside this one."""

from __future__ import annotations

import click

from frontwire import __version__
from frontwire.cli.bench import bench_group
from frontwire.cli.demo import demo_command
from frontwire.cli.contract import clean_command, extract_command, places_command
from frontwire.cli.fuse import (events_command, export_command, fuse_command, reference_group,
                                series_group)
from frontwire.cli.serve import brief_command, serve_command
from frontwire.cli.store import claims_command, ingest_command
from frontwire.cli.watch import fetch_command, watch_command


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="frontwire")
def main() -> None:
    """frontwire: who claims what happened, where and when, in news about the Russia-Ukraine war.

    Raw pages in (text dumps, HTML, JSONL feed records, WARC); claims out, each with its
    claimant, figures, place, time, status and the verbatim sentence it rests on.
    """


for command in (clean_command, extract_command, places_command, ingest_command, claims_command,
                bench_group, demo_command, watch_command, fetch_command, serve_command, brief_command,
                reference_group, fuse_command, events_command, series_group, export_command):
    main.add_command(command)
