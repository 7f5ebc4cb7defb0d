from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceError:
    """An input that could not be read as a document.

    ``origin`` names the input (a path, ``path:line`` for a JSONL record, a URL);
    ``reason`` says what was wrong and, where useful, what to do about it.
    """

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
