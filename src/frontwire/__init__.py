"""frontwire: who claims what happened, where and when, in news about the Russia-Ukraine war.

The flow (spec/design.md), one package per stage, each a pure function between the typed
records of :mod:`frontwire.records`::

    sources -> Document -> clean -> Article -> geo -> PlaceMention -> extract -> Claim -> fuse -> Event

with the store, the CLI, the HTTP API and the reports at the edges.
"""

__version__ = "0.1.0"
