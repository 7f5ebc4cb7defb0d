"""The ``frontwire`` command: one click group, its commands in the modules beside this one."""

from __future__ import annotations

import click

from frontwire import __version__
from frontwire.cli.bench import bench_group
from frontwire.cli.demo import demo_command
from frontwire.cli.contract import clean_command, extract_command, places_command
from frontwire.cli.store import claims_command, ingest_command


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="frontwire")
def main() -> None:
    """frontwire: who claims what happened, where and when, in news about the Russia-Ukraine war.

    Raw pages in (text dumps, HTML, JSONL feed records, WARC); claims out, each with its
    claimant, figures, place, time, status and the verbatim sentence it rests on.
    """


for command in (clean_command, extract_command, places_command, ingest_command, claims_command,
                bench_group, demo_command):
    main.add_command(command)
