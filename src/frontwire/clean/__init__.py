"""Clean: a raw page (text dump or HTML) in, an :class:`~frontwire.records.Article` out.

``clean(doc)`` is the stage function; ``SiteMemory.build(docs)`` gives it the per-site
memory of lines seen on many pages of the same site (optional).
"""

from frontwire.clean.article import clean
from frontwire.clean.memory import SiteMemory

__all__ = ["clean", "SiteMemory"]
