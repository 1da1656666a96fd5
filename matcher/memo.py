"""A bounded memo for per-word and per-title results: one kind of cache for the whole matcher.

Analysis repeats on the same words and titles across a population ("Afdelingsleder", "budgetopfølgning"), so
the analyser, the stemmer and the function recogniser remember what they computed. A memo is not fitted
state: it never outgrows its limit (emptied when full, which costs one recomputation per word) and is never
pickled into a saved index, where it would keep the words of a leader who has since been deleted.

>>> memo = Memo(limit=2)
>>> memo.get_or_compute("a", str.upper), memo.get_or_compute("b", str.upper), len(memo)
('A', 'B', 2)
>>> memo.get_or_compute("c", str.upper), len(memo)
('C', 1)
>>> import pickle; len(pickle.loads(pickle.dumps(memo))), pickle.loads(pickle.dumps(memo)).limit
(0, 2)
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any


class Memo(dict):
    """A dict of computed results that empties itself when it reaches ``limit`` entries; pickles empty."""

    __slots__ = ("limit",)

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def get_or_compute(self, key: Hashable, compute: Callable[[Any], Any]) -> Any:
        """The remembered result for ``key``, or ``compute(key)`` remembered."""
        found = self.get(key)
        if found is None:
            if len(self) >= self.limit:
                self.clear()
            found = self[key] = compute(key)
        return found

    def __reduce__(self):
        return (Memo, (self.limit,))
