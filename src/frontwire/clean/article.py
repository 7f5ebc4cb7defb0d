"""Baseline cleaner (to be replaced by the line classifier of issue 3)."""

from __future__ import annotations

from frontwire.records import Article, Document


def clean(doc: Document) -> Article:
    if doc.html is not None:
        import trafilatura

        text = trafilatura.extract(doc.html, favor_precision=True) or ""
        body = [line for line in text.split("\n") if line.strip()]
        source = "\n".join(body)
        spans, pos = [], 0
        for line in body:
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        return Article(doc_id=doc.doc_id, body=tuple(body), spans=tuple(spans), source_text=source,
                       url=doc.url, title=doc.title, published=doc.published or doc.retrieved_at,
                       empty_reason=None if body else "no article text found in the markup")
    text = doc.text or ""
    body, spans, pos = [], [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped)
            body.append(stripped)
            spans.append((start, start + len(stripped)))
        pos += len(line) + 1
    return Article(doc_id=doc.doc_id, body=tuple(body), spans=tuple(spans), source_text=text,
                   url=doc.url, title=doc.title, published=doc.published or doc.retrieved_at,
                   empty_reason=None if body else "no text")
