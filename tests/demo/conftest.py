"""The generated demo population the demo tests read (generated once: the generator is deterministic)."""

from __future__ import annotations

import pytest

from webapp.demo import DemoData, generate


@pytest.fixture(scope="session")
def data() -> DemoData:
    """800 leaders and 120 vacancies: enough for every function, sector and level to show up."""
    return generate(seed=5, profiles=800, vacancies=120)
