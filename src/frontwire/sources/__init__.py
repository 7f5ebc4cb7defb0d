"""Sources: turn files, folders, standard input (and later feeds and WARC archives) into
:class:`~frontwire.records.Document` records.

This is an edge of the flow: it does I/O, and it never raises for bad input. Each input
item comes out either as a ``Document`` or as a :class:`SourceError` naming the input and
what was wrong with it, so a batch goes on past a broken file::

    for item in read_inputs(["pages/", "feed.jsonl.gz"]):
        if isinstance(item, SourceError):
            print(item)          # "feed.jsonl.gz:17: malformed JSON (...)"
        else:
            handle(item)
"""

from frontwire.sources.errors import SourceError
from frontwire.sources.files import DEFAULT_MAX_BYTES, SUFFIXES, read_inputs

__all__ = ["DEFAULT_MAX_BYTES", "SUFFIXES", "SourceError", "read_inputs"]
