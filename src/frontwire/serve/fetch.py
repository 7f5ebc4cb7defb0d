"""Fetching a page for the "add a URL" endpoint, within bounds.

Only http and https, only public addresses (a token holder must not be able to make the
server read its own network: loopback, private, link-local and reserved addresses are
refused, also after a redirect), a size limit and a timeout.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urljoin, urlsplit

import httpx

MAX_REDIRECTS = 3
TIMEOUT_S = 20.0


class FetchError(Exception):
    """Why a URL was not fetched; the message is safe to show the caller."""


def check_public_url(url: str) -> None:
    """FetchError unless ``url`` is http(s) to a host that resolves only to public addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("only http and https URLs with a host can be fetched")
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                                   type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {parts.hostname}: {exc}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global or address.is_multicast:
            raise FetchError(f"{parts.hostname} resolves to a non-public address; refused")


def fetch_page(url: str, max_bytes: int) -> tuple[str, str]:
    """``(final_url, text)`` of the page at ``url``; FetchError on any refusal or failure."""
    current = url
    with httpx.Client(follow_redirects=False, timeout=TIMEOUT_S,
                      headers={"User-Agent": "frontwire (+news claims reader)"}) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_public_url(current)
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect and response.headers.get("location"):
                        current = urljoin(current, response.headers["location"])
                        continue
                    if response.status_code != 200:
                        raise FetchError(f"the server answered {response.status_code}")
                    chunks, size = [], 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise FetchError(f"the page is over {max_bytes} bytes")
                        chunks.append(chunk)
                    encoding = response.encoding or "utf-8"
                    return str(response.url), b"".join(chunks).decode(encoding, errors="replace")
            except httpx.HTTPError as exc:
                raise FetchError(f"fetch failed: {type(exc).__name__}") from None
    raise FetchError("too many redirects")
