"""Watch feeds unattended: poll, fetch each new article, run the flow, store the result.

:func:`run_cycle` is one cycle; ``frontwire watch`` repeats it. The state that makes a
restart safe lives in the store (:mod:`frontwire.watch.state`).
"""

from frontwire.watch.cycle import MAX_ATTEMPTS, CycleReport, fetch_urls, run_cycle
from frontwire.watch.state import WatchState

__all__ = ["MAX_ATTEMPTS", "CycleReport", "WatchState", "fetch_urls", "run_cycle"]
