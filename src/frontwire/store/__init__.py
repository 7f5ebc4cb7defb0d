"""Store: documents, articles, places and claims in SQLite (default) or PostgreSQL."""

from frontwire.store.store import DEFAULT_URL, ClaimFilter, Store, normalise_url

__all__ = ["DEFAULT_URL", "ClaimFilter", "Store", "normalise_url"]
