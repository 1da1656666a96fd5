"""Score components: level, geography, sector mask, willingness and crossing sectors, each in [0, 1]."""

import numpy as np
import pytest

from matcher import components as C


def levels(*values):
    return np.array(values, dtype=np.int8)


def test_same_level_fits_best():
    fits = C.level_fit(levels(1, 2, 3, 4), vacancy_level=2)
    assert fits[1] == 1.0
    assert fits.argmax() == 1


def test_a_step_up_fits_better_than_a_step_down_which_fits_better_than_two_apart():
    step_up, step_down = C.level_fit(levels(1, 3), vacancy_level=2)
    two_up, two_down = C.level_fit(levels(1, 4), vacancy_level=3)[0], C.level_fit(levels(4), vacancy_level=2)[0]
    assert step_up > step_down > max(two_up, two_down)


def test_a_step_up_fits_better_than_two_steps_up():
    one, two, three = C.level_fit(levels(3, 2, 1), vacancy_level=4)
    assert one > two > three


def test_level_fit_matches_documented_values():
    assert [round(float(x), 2) for x in C.level_fit(levels(2, 1, 3, 4), vacancy_level=2)] == [1.0, 0.8, 0.55, 0.15]


@pytest.mark.parametrize("vacancy_level", [1, 2, 3, 4])
def test_level_fit_stays_in_unit_interval_and_is_float32(vacancy_level):
    fits = C.level_fit(levels(1, 2, 3, 4), vacancy_level)
    assert fits.dtype == np.float32
    assert ((fits >= 0) & (fits <= 1)).all()


def test_geography_is_one_at_home_and_point_eight_at_the_commute_limit():
    fits = C.geography_fit(np.array([0.0, 25.0, 50.0]), np.array([50, 50, 50]))
    assert fits[0] == pytest.approx(1.0)
    assert fits[1] == pytest.approx(0.9)
    assert fits[2] == pytest.approx(0.8)


def test_geography_decays_by_one_over_e_per_25_km_beyond_the_limit():
    inside, beyond = C.geography_fit(np.array([50.0, 75.0]), np.array([50, 50]))
    assert beyond == pytest.approx(inside / np.e, rel=1e-5)


def test_geography_never_rises_with_distance():
    distances = np.linspace(0, 400, 801)
    fits = C.geography_fit(distances, np.full(distances.shape, 60))
    assert (np.diff(fits) <= 1e-7).all()
    assert ((fits > 0) & (fits <= 1)).all()


def test_geography_is_continuous_at_the_commute_limit():
    below, above = C.geography_fit(np.array([59.999, 60.001]), np.array([60, 60]))
    assert below == pytest.approx(above, abs=1e-4)


def test_a_longer_commute_limit_never_lowers_the_geography_score():
    distances = np.array([10.0, 40.0, 80.0, 150.0])
    short = C.geography_fit(distances, np.full(4, 30))
    long = C.geography_fit(distances, np.full(4, 90))
    assert (long >= short).all()


def test_geography_with_no_commute_still_scores_home_as_one():
    assert C.geography_fit(np.array([0.0]), np.array([0]))[0] == pytest.approx(1.0)


def test_open_bits_pack_sectors_and_ignore_unknown_names():
    assert C.open_bits([]) == 0
    assert C.open_bits(["stat", "kommune", "kommune", "udland"]) == C.open_bits(["kommune", "stat"]) == 0b101


@pytest.mark.parametrize("sector", C.SECTORS)
def test_sector_mask_admits_only_candidates_open_to_the_sector(sector):
    open_to = [[], ["stat"], ["region"], ["kommune"], ["privat"], list(C.SECTORS)]
    bits = np.array([C.open_bits(s) for s in open_to], dtype=np.uint8)
    mask = C.sector_mask(bits, sector)
    assert mask.tolist() == [sector in s for s in open_to]


def test_willingness_orders_active_over_open_over_not_looking():
    codes = np.array([C.SEEKING_INDEX[s] for s in ("active", "open", "not_looking")])
    active, open_, not_looking = C.willingness(codes)
    assert 1.0 == active > open_ > not_looking > 0.0


@pytest.mark.parametrize("sector", C.SECTORS)
def test_cross_sector_is_one_exactly_when_sectors_differ(sector):
    candidates = np.array([C.SECTOR_INDEX[s] for s in C.SECTORS], dtype=np.int8)
    crossing = C.cross_sector(candidates, sector)
    assert crossing.dtype == np.float32
    assert crossing.tolist() == [float(s != sector) for s in C.SECTORS]
