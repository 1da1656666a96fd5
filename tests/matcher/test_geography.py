"""Tests for the Danish geography reference data in matcher.geography."""

from collections import Counter

import numpy as np
import pytest

from matcher import geography as geo
from matcher.geography import (
    MUNICIPALITIES,
    REGIONS,
    REGIONS_2027,
    distance_km,
    distance_matrix_km,
    find_municipality,
    municipalities_in_region,
    municipality,
    region,
)

# Spot checks against domain.md section 5 (kommunekode -> name, 2007 region).
SPOT_CHECKS = {
    101: ("København", 1084),
    147: ("Frederiksberg", 1084),
    169: ("Høje-Taastrup", 1084),
    173: ("Lyngby-Taarbæk", 1084),
    185: ("Tårnby", 1084),
    400: ("Bornholm", 1084),
    265: ("Roskilde", 1085),
    259: ("Køge", 1085),
    376: ("Guldborgsund", 1085),
    390: ("Vordingborg", 1085),
    461: ("Odense", 1083),
    430: ("Faaborg-Midtfyn", 1083),
    480: ("Nordfyn", 1083),
    492: ("Ærø", 1083),
    563: ("Fanø", 1083),
    580: ("Aabenraa", 1083),
    751: ("Aarhus", 1082),
    756: ("Ikast-Brande", 1082),
    760: ("Ringkøbing-Skjern", 1082),
    741: ("Samsø", 1082),
    825: ("Læsø", 1081),
    820: ("Vesthimmerland", 1081),
    851: ("Aalborg", 1081),
}


def test_there_are_98_municipalities_with_unique_codes_and_names():
    assert len(MUNICIPALITIES) == 98
    assert len({m.code for m in MUNICIPALITIES}) == 98
    assert len({m.name for m in MUNICIPALITIES}) == 98
    assert all(100 <= m.code <= 999 for m in MUNICIPALITIES)


def test_region_tables_are_in_code_order():
    assert [r.code for r in REGIONS] == [1081, 1082, 1083, 1084, 1085]
    assert [r.code for r in REGIONS_2027] == [1081, 1082, 1083, 1086]
    assert region(1085).name == "Region Sjælland"
    assert region(1086).name == "Region Østdanmark"


def test_counts_per_2007_region():
    counts = Counter(m.region_code for m in MUNICIPALITIES)
    assert counts == {1081: 11, 1082: 19, 1083: 22, 1084: 29, 1085: 17}
    assert [len(municipalities_in_region(r.code)) for r in REGIONS] == [11, 19, 22, 29, 17]


@pytest.mark.parametrize(("code", "expected"), SPOT_CHECKS.items())
def test_code_maps_to_listed_name_and_region(code, expected):
    m = municipality(code)
    assert (m.name, m.region_code) == expected


def test_2027_merges_hovedstaden_and_sjaelland_into_ostdanmark():
    assert municipality(101).region_2027_code == 1086
    assert municipality(265).region_2027_code == 1086
    assert municipality(751).region_2027_code == 1082
    for m in MUNICIPALITIES:
        expected = 1086 if m.region_code in (1084, 1085) else m.region_code
        assert m.region_2027_code == expected
    assert len(municipalities_in_region(1086)) == 29 + 17


def test_unknown_codes_raise_key_error():
    with pytest.raises(KeyError, match="kommunekode"):
        municipality(999)
    with pytest.raises(KeyError, match="region"):
        region(1090)
    with pytest.raises(KeyError):
        municipalities_in_region(42)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (101, 101),
        ("101", 101),
        ("0101", 101),
        (" 751 ", 751),
        ("København", 101),
        ("  københavn ", 101),
        ("KØBENHAVN", 101),
        ("Københavns Kommune", 101),
        ("Aarhus Kommune", 751),
        ("Århus", 751),
        ("århus kommune", 751),
        ("Vesthimmerlands Kommune", 820),
        ("Nordfyns Kommune", 480),
        ("Bornholms Regionskommune", 400),
        ("Bornholm", 400),
        ("Assens Kommune", 420),
        ("Høje-Taastrup", 169),
        ("høje taastrup kommune", 169),
        ("Lyngby-Taarbæk Kommune", 173),
    ],
)
def test_find_municipality_accepts_tolerant_forms(text, code):
    found = find_municipality(text)
    assert found is not None
    assert found.code == code


@pytest.mark.parametrize("text", ["", "   ", "Atlantis", "Kommune", "999", "12345", -1, 0, "København K", True])
def test_find_municipality_returns_none_for_garbage(text):
    assert find_municipality(text) is None


def test_distances_are_plausible():
    assert 150 <= distance_km(101, 751) <= 200  # København - Aarhus
    assert 190 <= distance_km(851, 561) <= 250  # Aalborg - Esbjerg
    assert distance_km(101, 147) < 5  # København - Frederiksberg
    assert distance_km(101, 101) == 0.0
    assert distance_km(101, 751) == pytest.approx(distance_km(751, 101))


def test_distance_matrix_agrees_with_scalar_distance():
    codes_a = [101, 751, 400, 825]
    codes_b = [851, 561, 492, 101, 563]
    matrix = distance_matrix_km(codes_a, codes_b)
    assert matrix.dtype == np.float32
    assert matrix.shape == (4, 5)
    for i, a in enumerate(codes_a):
        for j, b in enumerate(codes_b):
            assert matrix[i, j] == pytest.approx(distance_km(a, b), rel=1e-5, abs=1e-3)
    assert distance_matrix_km(np.array([101]), []).shape == (1, 0)
    with pytest.raises(KeyError):
        distance_matrix_km([101, 999], [101])


def test_all_coordinates_lie_inside_denmark():
    for m in MUNICIPALITIES:
        assert 54.5 <= m.lat <= 57.8, m
        assert 8.0 <= m.lon <= 15.2, m
    bornholm = municipality(400)
    assert bornholm.lat == pytest.approx(55.1, abs=0.1)
    assert bornholm.lon == pytest.approx(14.7, abs=0.1)
    assert geo.coordinates([101]).tolist() == [[municipality(101).lat, municipality(101).lon]]


def test_sort_order_is_danish_alphabetical():
    names = [m.name for m in MUNICIPALITIES]
    assert names[0] == "Aabenraa"
    assert names[-1] == "Ærø"
    assert names.index("Aarhus") < names.index("Ærø")
    assert names.index("Hvidovre") < names.index("Høje-Taastrup") < names.index("Hørsholm")
    assert names.index("Syddjurs") < names.index("Sønderborg")
    assert names.index("Tønder") < names.index("Tårnby")  # ø before å
    assert names.index("Vordingborg") < names.index("Ærø")
    assert [r.name for r in municipalities_in_region(1083)][-1] == "Ærø"
