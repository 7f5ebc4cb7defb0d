"""Clean: a raw page (text dump or HTML) in, an :class:`~frontwire.records.Article` out."""

from frontwire.clean.article import clean

__all__ = ["clean"]
