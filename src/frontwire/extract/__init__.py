"""Extract: claims (who says what happened, where, when) from a cleaned article."""

from frontwire.extract.claims import extract

__all__ = ["extract"]
