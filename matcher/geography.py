"""Danish geography reference data: the 98 kommuner, their regions and representative points.

Used to validate municipality fields, to build region/municipality filters and to feed the ranker's
geography component (distances between municipalities). Codes are the official kommunekoder; region
codes follow DAGI/DAWA (1081 Nordjylland .. 1085 Sjælland). Coordinates (WGS84) are the town hall or
main town of each kommune and are good to a few kilometres, which is all a commuting score needs.

Regions are versioned: ``region_code`` is the 2007 structure (5 regions), ``region_2027_code`` the one
from the 2024 sundhedsreform (4 regions), where Hovedstaden and Sjælland merge into Region Østdanmark.
1086 is our own code for Region Østdanmark, pending an official one; change it here and in the CSV.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
from sklearn.metrics.pairwise import haversine_distances

EARTH_RADIUS_KM = 6371.0
REGION_OSTDANMARK = 1086  # our code, not (yet) an official DAGI code


@dataclass(frozen=True, slots=True)
class Region:
    """A Danish region (regionskode and official name)."""

    code: int
    name: str


@dataclass(frozen=True, slots=True)
class Municipality:
    """A Danish kommune with its 2007 and 2027 regions and a representative point."""

    code: int
    name: str
    region_code: int
    region_2027_code: int
    lat: float
    lon: float


REGIONS: tuple[Region, ...] = (
    Region(1081, "Region Nordjylland"),
    Region(1082, "Region Midtjylland"),
    Region(1083, "Region Syddanmark"),
    Region(1084, "Region Hovedstaden"),
    Region(1085, "Region Sjælland"),
)
REGION_CODES: frozenset[int] = frozenset(r.code for r in REGIONS)  # what a region filter or field may hold
REGIONS_2027: tuple[Region, ...] = (*REGIONS[:3], Region(REGION_OSTDANMARK, "Region Østdanmark"))
_REGIONS_BY_CODE = {r.code: r for r in REGIONS + REGIONS_2027}

# Danish alphabet ends ... z æ ø å; "{", "|", "}" are the three code points right after "z".
_DANISH_ORDER = str.maketrans({"æ": "{", "ø": "|", "å": "}"})
_KOMMUNE_SUFFIX = re.compile(r"\s+(?:regions)?kommune$")


def _sort_key(name: str) -> str:
    return name.casefold().translate(_DANISH_ORDER)


def _name_key(name: str) -> str:
    # "aa" is the pre-1948 spelling of "å" ("Århus" -> "Aarhus"); folding both sides makes them equal.
    return " ".join(name.replace("-", " ").split()).casefold().replace("aa", "å")


def _load() -> tuple[Municipality, ...]:
    text = resources.files("matcher.data").joinpath("municipalities.csv").read_text(encoding="utf-8")
    rows = [
        Municipality(
            int(r["code"]),
            r["name"],
            int(r["region_code"]),
            int(r["region_2027_code"]),
            float(r["lat"]),
            float(r["lon"]),
        )
        for r in csv.DictReader(text.splitlines())
    ]
    return tuple(sorted(rows, key=lambda m: _sort_key(m.name)))


MUNICIPALITIES: tuple[Municipality, ...] = _load()
_BY_CODE = {m.code: m for m in MUNICIPALITIES}
_BY_NAME = {_name_key(m.name): m for m in MUNICIPALITIES}
_CODES = np.array(sorted(_BY_CODE), dtype=np.int64)
_LATLON = np.full((int(_CODES.max()) + 1, 2), np.nan)  # indexed by kommunekode
_LATLON[[m.code for m in MUNICIPALITIES]] = [(m.lat, m.lon) for m in MUNICIPALITIES]
_LATLON.setflags(write=False)


def municipality(code: int) -> Municipality:
    """Return the kommune with this kommunekode; raise KeyError if there is none."""
    try:
        return _BY_CODE[code]
    except KeyError:
        raise KeyError(f"unknown kommunekode: {code!r}") from None


def region(code: int) -> Region:
    """Return the region with this code (2007 codes or 1086 Region Østdanmark); raise KeyError if none."""
    try:
        return _REGIONS_BY_CODE[code]
    except KeyError:
        raise KeyError(f"unknown region code: {code!r}") from None


def municipality_name(code: int) -> str:
    """A kommune's name by its code; the code itself for a code no kommune has (an old import, say), so that
    nothing written is lost.

    >>> municipality_name(101), municipality_name(9999)
    ('København', '9999')
    """
    found = _BY_CODE.get(code)
    return found.name if found else str(code)


def find_municipality(text: str | int) -> Municipality | None:
    """Find a kommune by code ("101", "0101", 101) or name ("Københavns Kommune", "Århus"); else None."""
    if isinstance(text, bool):
        return None
    if isinstance(text, int):
        return _BY_CODE.get(text)
    if not isinstance(text, str):
        return None
    s = text.strip()
    if s.isascii() and s.isdigit():
        return _BY_CODE.get(int(s))
    key = _name_key(s)
    stem = _KOMMUNE_SUFFIX.sub("", key)
    found = _BY_NAME.get(stem)
    if found is None and stem != key and stem.endswith("s"):  # genitive: "Nordfyns Kommune"
        found = _BY_NAME.get(stem[:-1])
    return found


def municipalities_in_region(region_code: int) -> tuple[Municipality, ...]:
    """Return the kommuner of a region, by name; 1081-1085 are 2007 regions, 1086 the 2027 merger."""
    region(region_code)
    if region_code in REGION_CODES:
        return tuple(m for m in MUNICIPALITIES if m.region_code == region_code)
    return tuple(m for m in MUNICIPALITIES if m.region_2027_code == region_code)


def coordinates(codes: Iterable[int]) -> np.ndarray:
    """Return an (n, 2) float64 array of (lat, lon) degrees for kommunekoder; KeyError on unknown codes."""
    idx = np.asarray(codes if isinstance(codes, np.ndarray) else list(codes), dtype=np.int64).ravel()
    unknown = idx[~np.isin(idx, _CODES)]
    if unknown.size:
        raise KeyError(f"unknown kommunekode(s): {sorted(set(unknown.tolist()))}")
    return _LATLON[idx]


def _haversine_km(points_a: np.ndarray, points_b: np.ndarray) -> np.ndarray:
    """Great-circle distances in km between rows of (lat, lon) degrees (scikit-learn's haversine)."""
    return EARTH_RADIUS_KM * haversine_distances(np.radians(points_a), np.radians(points_b))


@cache
def _every_distance() -> tuple[dict[int, int], np.ndarray]:
    """Every kommune's row in a table of all their distances (98 × 98), computed once."""
    codes = [m.code for m in MUNICIPALITIES]
    return {code: row for row, code in enumerate(codes)}, _haversine_km(coordinates(codes), coordinates(codes))


def distance_km(code_a: int, code_b: int) -> float:
    """Return the great-circle distance in km between two kommuner's representative points (a table lookup:
    explanations ask once per candidate)."""
    rows, table = _every_distance()
    if code_a not in rows or code_b not in rows:
        raise KeyError(f"unknown kommunekode(s): {sorted({code_a, code_b} - set(rows))}")
    return float(table[rows[code_a], rows[code_b]])


def distance_matrix_km(codes_a: Iterable[int], codes_b: Iterable[int]) -> np.ndarray:
    """Return a float32 (len(a), len(b)) matrix of great-circle distances in km between kommuner."""
    pa, pb = coordinates(codes_a), coordinates(codes_b)
    if not len(pa) or not len(pb):
        return np.zeros((len(pa), len(pb)), dtype=np.float32)
    return _haversine_km(pa, pb).astype(np.float32)
