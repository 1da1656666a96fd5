"""Deterministic, realistic Danish demo data for Sektorbro (standard library only, no Flask or database).

``generate(seed, profiles, vacancies)`` returns a ``DemoData`` of plain dicts in the import format; the
``seed-demo`` command loads them.
"""

from .generator import DemoData, generate

# Leaders ``seed-demo`` creates by default. With 17 functions over four levels and four sectors, 300 left some
# functions with fewer eligible leaders than a top 10 has places (a sixth of all places could not go to the
# vacancy's own function whatever the ranking); 600 leave almost none (`make evaluate`, demo table).
DEMO_LEADERS = 600

__all__ = ["DEMO_LEADERS", "DemoData", "generate"]
