"""Serve: frontwire's record as a web application that works offline (issue 7).

:func:`create_app` builds the FastAPI application: the read API under ``/api`` (documents,
articles, claims, places, statistics, the daily brief) with token-guarded endpoints that add
documents, OpenAPI docs at ``/docs``, and the dashboard pages (overview, map, claims table,
documents, the brief). ``frontwire serve`` runs it.
"""

from frontwire.serve.app import create_app

__all__ = ["create_app"]
