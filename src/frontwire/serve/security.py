"""The application's guards: the operator's token, request size, and response headers."""

from __future__ import annotations

import hmac

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 5_000_000          # a document upload; the same bound as a single ingested page

# Pages load scripts, styles and data only from this application. Plotly adds style
# elements at run time, hence 'unsafe-inline' for styles (never for scripts).
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                           "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
                           "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")


def token_matches(expected: str | None, given: str | None) -> bool:
    """Whether ``given`` is the operator's token, compared in constant time.

    No token configured means no writes at all: nothing matches.
    """
    if not expected or given is None:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8", "surrogatepass"))


def bearer_token(authorization: str | None, header_token: str | None) -> str | None:
    """The token a request carries: ``Authorization: Bearer ...`` or ``X-Frontwire-Token``."""
    if authorization:
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return value.strip()
    return header_token


class BodySizeLimit:
    """Refuses a request body over ``max_bytes`` with 413, by its declared length or as it streams."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = self.max_bytes + 1
                if declared > self.max_bytes:
                    await _too_large(send, self.max_bytes)
                    return
        received = 0
        response_started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if not response_started:
                await _too_large(send, self.max_bytes)


class SecurityHeaders:
    """Adds the content security policy and the usual hardening headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for key, value in ((b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
                                   (b"x-content-type-options", b"nosniff"),
                                   (b"referrer-policy", b"no-referrer"),
                                   (b"x-frame-options", b"DENY")):
                    if key not in present:
                        headers.append((key, value))
                message = dict(message, headers=headers)
            await send(message)

        await self.app(scope, receive, with_headers)


class _BodyTooLarge(Exception):
    pass


async def _too_large(send: Send, max_bytes: int) -> None:
    body = f'{{"detail":"request body over {max_bytes} bytes"}}'.encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
