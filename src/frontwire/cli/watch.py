"""``frontwire watch`` (poll feeds unattended) and ``frontwire fetch`` (single pages)."""

from __future__ import annotations

import json
import re
import signal
import time
from pathlib import Path

import click

from frontwire.cli.common import stderr
from frontwire.cli.store import db_option
from frontwire.sources import DEFAULT_MAX_BYTES
from frontwire.sources.feeds import feed_list_problems, read_feed_list
from frontwire.sources.fetch import USER_AGENT, FetchPolicy, Fetcher
from frontwire.store import Store
from frontwire.watch import CycleReport, WatchState, fetch_urls, run_cycle

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Seconds in "15m", "1h30m", "90s" or "90"."""
    text = text.strip().lower()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    parts = re.findall(r"(\d+(?:\.\d+)?)\s*([smhd])", text)
    if not parts or re.sub(r"\s", "", "".join(n + u for n, u in parts)) != re.sub(r"\s", "", text):
        raise click.BadParameter(f"{text!r} is not a duration such as 30s, 15m, 1h or 1h30m")
    return sum(float(n) * _UNITS[u] for n, u in parts)


def fetch_options(command):
    """The politeness and patience options `watch` and `fetch` share."""
    for option in reversed([
        click.option("--rate", "host_interval", default="1s", show_default=True, metavar="DURATION",
                     help="At least this long between two requests to one host (robots.txt's "
                          "Crawl-delay raises it)."),
        click.option("--timeout", default="20s", show_default=True, metavar="DURATION",
                     help="Give up on a connection, or an answer that stalls, after this long."),
        click.option("--retries", default=2, show_default=True,
                     help="Further tries after a server error or a timeout, with backoff."),
        click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
                     help="Refuse an answer larger than this many bytes."),
        click.option("--user-agent", default=USER_AGENT, show_default=False,
                     help="User-Agent header; robots.txt rules for 'frontwire' apply."),
        click.option("--json", "as_json", is_flag=True, help="Print each report as a JSON line on standard output."),
    ]):
        command = option(command)
    return command


def make_policy(host_interval: str, timeout: str, retries: int, max_bytes: int, user_agent: str) -> FetchPolicy:
    secs = parse_duration(timeout)
    return FetchPolicy(user_agent=user_agent, timeout=secs, deadline=max(3 * secs, 60.0), retries=retries,
                       max_bytes=max_bytes, host_interval=parse_duration(host_interval))


@click.command("watch")
@click.option("--feeds", "feeds_file", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Text file of RSS/Atom feed URLs, one a line ('#' starts a comment); re-read every cycle.")
@click.option("--every", default="15m", show_default=True, metavar="DURATION",
              help="Start a cycle this often (30s, 15m, 1h).")
@click.option("--once", is_flag=True, help="Run one cycle and exit (for cron); exit code 1 if anything failed.")
@click.option("--max-pages", type=int, default=None, help="Fetch at most this many pages a cycle; the rest wait.")
@click.option("--retry-failed", is_flag=True, help="Put entries that failed for good back in the queue first.")
@fetch_options
@db_option
def watch_command(feeds_file: Path, every: str, once: bool, max_pages: int | None, retry_failed: bool,
                  host_interval: str, timeout: str, retries: int, max_bytes: int, user_agent: str,
                  as_json: bool, db_url: str) -> None:
    """Poll feeds, fetch each new article, run the flow and store the result; repeat.

    Polite (robots.txt, a pause between requests to one host, conditional requests) and
    safe to stop at any moment: the next start resumes the entries left pending, and no
    article is stored twice. Each cycle prints what it did and every failure.
    """
    interval = parse_duration(every)
    store = Store(db_url)
    state = WatchState(store)
    if retry_failed:
        stderr.print(f"{state.requeue_failed()} failed entries queued again")
    _stop_on_sigterm()
    any_failed = False
    with Fetcher(make_policy(host_interval, timeout, retries, max_bytes, user_agent)) as fetcher:
        try:
            while True:
                started = time.monotonic()
                try:
                    feeds = read_feed_list(feeds_file)
                    for problem in feed_list_problems(feeds):
                        stderr.print(f"[yellow]feed list[/yellow] {problem}", markup=True, soft_wrap=True)
                    report = run_cycle(feeds, store, fetcher, max_pages=max_pages)
                except Exception as exc:  # the feed list gone, the database down: report, try next cycle
                    any_failed = True
                    stderr.print(f"[red]cycle failed[/red] {type(exc).__name__}: {exc}", markup=True, soft_wrap=True)
                    if once:
                        break
                else:
                    any_failed |= report.failed
                    print_report(report, as_json)
                    counts = state.entry_counts()
                    stderr.print("entries: " + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())), soft_wrap=True)
                if once:
                    break
                pause = max(0.0, interval - (time.monotonic() - started))
                stderr.print(f"next cycle in {pause:.0f}s (Ctrl-C stops; a restart resumes)")
                time.sleep(pause)
        except KeyboardInterrupt:
            pending = state.entry_counts().get("pending", 0)
            stderr.print(f"stopped; {pending} entries pending, taken up on the next start")
    raise SystemExit(1 if once and any_failed else 0)


@click.command("fetch")
@click.argument("urls", nargs=-1, required=True, metavar="URL...")
@fetch_options
@db_option
def fetch_command(urls: tuple[str, ...], host_interval: str, timeout: str, retries: int, max_bytes: int,
                  user_agent: str, as_json: bool, db_url: str) -> None:
    """Fetch pages over HTTP, run the flow and store them, as `watch` does for feed entries.

    A page already stored is asked for conditionally (ETag, Last-Modified) and left alone
    when unchanged. Exit code 1 when any page could not be fetched or stored.
    """
    store = Store(db_url)
    with Fetcher(make_policy(host_interval, timeout, retries, max_bytes, user_agent)) as fetcher:
        report = fetch_urls(urls, store, fetcher)
    print_report(report, as_json)
    raise SystemExit(1 if report.failed else 0)


def print_report(report: CycleReport, as_json: bool) -> None:
    for problem in report.problems:
        stderr.print(f"[red]failed[/red] {problem}", markup=True, soft_wrap=True, highlight=False)
    stderr.print(report.summary(), soft_wrap=True)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False))


def _stop_on_sigterm() -> None:
    # `systemctl stop`, `docker stop` and `kill` end the loop like Ctrl-C
    def handler(_signum, _frame):  # noqa: ANN001
        raise KeyboardInterrupt
    try:
        signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (tests)
        pass
