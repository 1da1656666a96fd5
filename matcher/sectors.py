"""The sectors a leader or an organisation belongs to: one definition for the matcher, the models and the web.

The matcher is the lowest layer (it knows neither Flask nor SQLAlchemy), so the vocabulary lives here and
``models.enums`` re-exports it. The order is the one every table and form uses: stat, region, kommune, privat.

>>> [str(s) for s in PUBLIC_SECTORS]
['stat', 'region', 'kommune']
"""

from __future__ import annotations

from enum import StrEnum


class Sector(StrEnum):
    """Where an organisation or a leader belongs."""

    STAT = "stat"
    REGION = "region"
    KOMMUNE = "kommune"
    PRIVAT = "privat"


SECTORS: tuple[str, ...] = tuple(Sector)
PUBLIC_SECTORS: tuple[Sector, ...] = (Sector.STAT, Sector.REGION, Sector.KOMMUNE)
