"""The flow for one document: clean, locate places, extract claims.

:func:`process` is pure (no I/O) and never raises for a bad page: a stage that fails is
reported in ``Processed.error``. The CLI, the worker pool and Dask all map this one
function over documents, so there is a single code path however the work is run.
"""

from __future__ import annotations

import hashlib
import traceback
from dataclasses import dataclass

from frontwire.clean import clean
from frontwire.extract import extract
from frontwire.geo import locate
from frontwire.records import Article, Claim, Document, PlaceMention

STAGES = ("clean", "places", "extract")


@dataclass(frozen=True)
class Processed:
    document: Document
    article: Article | None = None
    places: tuple[PlaceMention, ...] = ()
    claims: tuple[Claim, ...] = ()
    error: str | None = None


def process(doc: Document, until: str = "extract") -> Processed:
    """Run the stages up to and including ``until`` ("clean", "places" or "extract")."""
    stage = "clean"
    try:
        article = clean(doc)
        if until == "clean":
            return Processed(doc, article)
        stage = "places"
        places = tuple(locate(article))
        if until == "places":
            return Processed(doc, article, places)
        stage = "extract"
        claims = tuple(extract(article, places))
        return Processed(doc, article, places, claims)
    except Exception as exc:  # one broken page must not stop a batch
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return Processed(doc, error=f"{stage} failed: {type(exc).__name__}: {exc} "
                                    f"(at {where.filename.rsplit('/', 1)[-1]}:{where.lineno}; "
                                    "this is a frontwire bug, please report it with the input)")


def content_hash(doc: Document) -> str:
    """Identifies a document's content, so an unchanged re-ingest is recognised and skipped."""
    h = hashlib.sha256()
    for part in (doc.raw, doc.url or "", doc.published or "", doc.retrieved_at or "", doc.title or ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()
