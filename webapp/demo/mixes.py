"""The mixes the demo generator draws from (domain.md §7), and the weighted table it draws them with."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

# Draw weights per function on top of the posts' own weights. Left alone, schools, eldercare and hospitals
# would hold half the leaders (as they do in reality); flattened like this, every function has some 15 of
# 300 demo leaders (the big three about 27), enough for a vacancy in any function to meet a handful of
# fitting candidates. Sector and level mixes are untouched (the function is drawn within them).
FUNCTION_WEIGHT = {
    "children_schools": 0.23, "elderly_social": 0.28, "health": 0.51, "finance": 1.1, "secretariat": 2.23,
    "legal": 2.13, "hr": 2.08, "communication": 2.94, "digital": 1.34, "employment": 0.92, "security": 2.22,
    "education_research": 5.64, "facilities": 1.51, "technical": 1.0, "business": 3.18, "culture_leisure": 1.95,
    "executive": 1.47,
}  # fmt: skip


class Table:
    """Items with cumulative weights, for fast weighted draws with ``pick``."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs):
        pairs = [(item, weight) for item, weight in pairs if weight > 0]
        self.items = [item for item, _ in pairs]
        self.cum = list(accumulate(weight for _, weight in pairs))
        self.total = self.cum[-1] if self.cum else 0.0

    def pick(self, rng):
        """Draw one item, proportionally to its weight."""
        return self.items[bisect_right(self.cum, rng.random() * self.total)]


# The mixes the generator draws (domain.md §7).
# Public share split by FTE (kommune 57 %, stat 26 %, region 17 %); 15 % private.
PROFILE_SECTORS = Table([("stat", 0.221), ("region", 0.1445), ("kommune", 0.4845), ("privat", 0.15)])
PROFILE_LEVELS = Table([(1, 55), (2, 28), (3, 13), (4, 4)])
VACANCY_SECTORS = Table([("stat", 30), ("region", 25), ("kommune", 45)])
VACANCY_LEVELS = Table([(1, 40), (2, 35), (3, 18), (4, 7)])
# Sector of the previous job given the next one's. Targets (VIVE 2022): of leaders hired into stat 7 % came
# from kommune/region, into kommune 5 %, into region 21 %; more than half of all sector-switchers are private.
# The raw odds are higher than the targets because many careers cannot cross (no schools in a region, no
# hospitals in a kommune); tests/demo checks the realised rates.
PREVIOUS_SECTOR = {
    "stat": Table([("stat", 0.76), ("kommune", 0.06), ("region", 0.05), ("privat", 0.13)]),
    "kommune": Table([("kommune", 0.80), ("stat", 0.04), ("region", 0.05), ("privat", 0.11)]),
    "region": Table([("region", 0.55), ("kommune", 0.24), ("stat", 0.10), ("privat", 0.11)]),
    "privat": Table([("privat", 0.88), ("stat", 0.05), ("kommune", 0.04), ("region", 0.03)]),
}
SEEKING = Table([("active", 25), ("open", 50), ("not_looking", 25)])
YEARS = ((1, 20, 4), (3, 26, 9), (6, 32, 14), (10, 35, 18))  # years as leader per level: (low, high, mode)
ENTRY_COUNTS = ((2,), (2, 2, 3), (2, 3, 3), (2, 3, 3, 4), (2, 3, 4, 4))  # by years // 3
COMPETENCE_COUNTS = (5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 9)
COMMUTES = (15, 20, 25, 30, 30, 40, 40, 50, 50, 60, 75, 100, 150)
