"""A small web site on 127.0.0.1 for the watcher's tests: routes the test writes and
changes, served by a real HTTP server in a thread, with a log of every request."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0                 # seconds before answering (a stalled server)
    stream_bytes: int = 0              # send this many bytes of filler, without a Content-Length
    etag: str | None = None            # answer 304 to a matching If-None-Match


Route = Answer | Callable[["Request"], Answer]


@dataclass
class Request:
    path: str
    headers: dict[str, str]


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                req = Request(self.path, {k.lower(): v for k, v in self.headers.items()})
                with site._lock:
                    site.requests.append(req)
                route = site.routes.get(self.path)
                if route is None:
                    answer = Answer(404, b"not here", {"Content-Type": "text/plain"})
                else:
                    answer = route(req) if callable(route) else route
                try:
                    self._answer(req, answer)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up: expected
                    pass

            def _answer(self, req: Request, answer: Answer) -> None:
                if answer.delay:
                    time.sleep(answer.delay)
                if answer.etag and req.headers.get("if-none-match") == answer.etag:
                    self.send_response(304)
                    self.send_header("ETag", answer.etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(answer.status)
                for k, v in answer.headers.items():
                    self.send_header(k, v)
                if answer.etag:
                    self.send_header("ETag", answer.etag)
                if answer.stream_bytes:
                    self.send_header("Connection", "close")
                    self.end_headers()
                    chunk = b"<p>" + b"filler " * 9000 + b"</p>\n"
                    sent = 0
                    while sent < answer.stream_bytes:
                        self.wfile.write(chunk)
                        sent += len(chunk)
                    self.close_connection = True
                    return
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

            def log_message(self, *args) -> None:  # quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        with self._lock:
            return sum(1 for r in self.requests if r.path == path)

    def start(self) -> Site:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def html_page(title: str, *paragraphs: str) -> Answer:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>Copyright Example News</footer></body></html>")
    return Answer(200, page.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"})


def rss(items: list[tuple[str | None, str | None, str]], title: str = "Example News: Ukraine") -> bytes:
    """An RSS 2.0 feed of (guid, link, title) items."""
    parts = []
    for guid, link, headline in items:
        parts.append("<item>" + (f"<guid isPermaLink='false'>{guid}</guid>" if guid else "")
                     + (f"<link>{link}</link>" if link else "") + f"<title>{headline}</title>"
                     + "<pubDate>Sun, 08 Mar 2026 07:30:00 +0200</pubDate>"
                     + "<description>A short lead.</description></item>")
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{title}</title>"
            f"<link>https://news.example/</link><description>Wire</description>{''.join(parts)}</channel></rss>"
            ).encode("utf-8")


def feed_answer(body: bytes, etag: str) -> Answer:
    return Answer(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"}, etag=etag)
