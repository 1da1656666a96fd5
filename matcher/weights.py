"""The weights of the score components, as a value object that the database stores as versions."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

import numpy as np

COMPONENTS = ("competence", "function", "text", "level", "geography", "willingness", "cross_sector")
COMPONENT_INDEX = {name: index for index, name in enumerate(COMPONENTS)}


@dataclass(frozen=True)
class Weights:
    """Non-negative weights of the score components; the score is their weighted sum divided by their total.

    The defaults let what a leader can do lead: concept-level competence evidence and the function (økonomi,
    HR, sundhed, …) the leader works in. Raw text similarity stays small (it carries sector identity through
    many small words). The cross-sector component is a tie-breaker among equally fitting candidates, which an
    admin may raise; the representation itself is sector-neutral, so fair exposure does not depend on it.

    >>> Weights().normalised()["competence"] > Weights().normalised()["text"]
    True
    """

    competence: float = 0.34
    function: float = 0.22
    text: float = 0.08
    level: float = 0.16
    geography: float = 0.10
    willingness: float = 0.08
    cross_sector: float = 0.02

    def __post_init__(self) -> None:
        for field in fields(self):
            value = getattr(self, field.name)
            if not isinstance(value, int | float) or value != value or value < 0 or value > 100:
                raise ValueError(f"weight {field.name!r} must be a number from 0 to 100, not {value!r}")
        if sum(asdict(self).values()) <= 0:
            raise ValueError("at least one weight must be positive")

    def as_dict(self) -> dict[str, float]:
        """The raw weights by component name."""
        return {name: float(getattr(self, name)) for name in COMPONENTS}

    def normalised(self) -> dict[str, float]:
        """Weights scaled to sum to one, so every score stays in [0, 1]."""
        total = sum(self.as_dict().values())
        return {name: value / total for name, value in self.as_dict().items()}

    def vector(self) -> np.ndarray:
        """The normalised weights as a float32 array in ``COMPONENTS`` order, to multiply component matrices by."""
        return np.array([self.normalised()[name] for name in COMPONENTS], dtype=np.float32)

    @classmethod
    def from_dict(cls, data: dict) -> Weights:
        """Build from a mapping, ignoring unknown keys and defaulting missing ones."""
        return cls(**{name: float(data[name]) for name in COMPONENTS if name in data})
