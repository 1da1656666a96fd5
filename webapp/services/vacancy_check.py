"""The vacancy text check: phrases that keep other sectors' leaders out, with better wording. Advice only."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from matcher.textcheck import find_sector_phrases

# The vacancy's texts in the order the form shows them.
CHECKED_FIELDS = ("title", "competences", "nice_to_have", "description")


@dataclass(frozen=True)
class Advice:
    """A sector-locking phrase in one field of a vacancy and the competence-based wording to use instead."""

    field: str
    text: str
    suggestion: str
    sector: str
    phrase: str


def check_fields(fields: Mapping[str, Any]) -> list[Advice]:
    """Advice for a vacancy's texts (title, competences, nice-to-have, description), each phrase once per field.

    ``fields`` holds strings or lists of lines, as the vacancy form and the Vacancy model do.
    """
    out: list[Advice] = []
    for name in CHECKED_FIELDS:
        value = fields.get(name) or ""
        lines = value if isinstance(value, list | tuple) else [value]
        seen: set[str] = set()
        for line in lines:
            for found in find_sector_phrases(str(line)):
                key = " ".join(found.text.lower().split())
                if key not in seen:
                    seen.add(key)
                    out.append(Advice(name, " ".join(found.text.split()), found.suggestion, found.sector, found.phrase))
    return out


def check_vacancy(vacancy) -> list[Advice]:
    """Advice for a saved vacancy."""
    return check_fields({name: getattr(vacancy, name) for name in CHECKED_FIELDS})
