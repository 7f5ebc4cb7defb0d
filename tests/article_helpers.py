"""Invented articles for the tests: an article from paragraphs, and its claims with the geo
stage's places, as the pipeline reads them."""
from frontwire.extract import extract
from frontwire.geo import locate
from frontwire.records import Article, Place, PlaceMention

PUB = "2026-03-14"


def article_of(*paragraphs: str, published: str | None = None, doc_id: str = "t",
               url: str | None = None) -> Article:
    """An article whose body is ``paragraphs``, one per line of its source text."""
    source = "\n".join(paragraphs)
    spans, pos = [], 0
    for p in paragraphs:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 1
    return Article(doc_id=doc_id, body=tuple(paragraphs), spans=tuple(spans), source_text=source,
                   published=published, url=url)


def mention(article: Article, text: str, place: Place, nth: int = 0) -> PlaceMention:
    """The geo stage's mention of ``place`` at the ``nth`` place ``text`` is written."""
    start = -1
    for _ in range(nth + 1):
        start = article.source_text.index(text, start + 1)
    return PlaceMention(text, start, start + len(text), place)


def only(claims, type_):
    """The claims of one type; there must be one at least."""
    found = [c for c in claims if c.type == type_]
    assert found, f"no {type_} claim in {claims}"
    return found


def claims_of(*paragraphs: str, published: str = PUB):
    """The claims of an article of ``paragraphs``, its places resolved by the geo stage."""
    article = article_of(*paragraphs, published=published)
    return extract(article, locate(article))


def figures(claims, type_=None):
    """``(value, unit, scope)`` of the claims' quantities, of one type or all."""
    return {(q.value, q.unit, q.scope) for c in claims if type_ in (None, c.type) for q in c.quantities}
