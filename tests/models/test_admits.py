"""``models.enums.admits``: the one membership test for a closed vocabulary, for members and plain strings."""

import pytest

from models import Delivery, Sector
from models.enums import RejectReason, admits


@pytest.mark.parametrize(
    ("vocabulary", "value", "expected"),
    [
        (Sector, "stat", True),
        (Sector, Sector.PRIVAT, True),
        (Sector, "Stat", False),  # values are compared exactly, as the CHECK constraints compare them
        (Sector, "", False),
        (Sector, None, False),
        (Sector, 1, False),
        (Delivery, "never", True),
        (RejectReason, "sector", False),
    ],
)
def test_admits_members_and_their_values_and_nothing_else(vocabulary, value, expected):
    assert admits(vocabulary, value) is expected
