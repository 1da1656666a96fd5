"""Deterministic, realistic Danish demo data for Sektorbro (standard library only, no Flask or database).

``generate(seed, profiles, vacancies)`` returns a ``DemoData`` of plain dicts in the import format; the
``seed-demo`` command loads them.
"""

from .generator import DemoData, generate

__all__ = ["DemoData", "generate"]
