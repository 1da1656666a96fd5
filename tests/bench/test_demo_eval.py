"""The demo measurement: a top-management post counts candidates from the functions it is filled from."""

from bench.demo_eval import evaluate_demo


def test_feeder_functions_count_for_executive_posts_and_nothing_else():
    result = evaluate_demo(seed=1, profiles=300, vacancies=30)
    assert 0 < result.places <= 10 * result.vacancies
    # Accepting an executive post's feeders can only lower the share, and the strict share counts them.
    assert result.mismatched <= result.strict
    assert 0 <= result.floor <= result.mismatch <= 1
