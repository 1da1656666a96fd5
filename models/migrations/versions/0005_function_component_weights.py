"""the function component joins the ranking weights

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 05:10:00

The ranking gained a seventh component, *function* (økonomi, HR, sundhed, …), and the cross-sector component
became a tie-breaker. A new active version is added: where the active set is still the old default, it
becomes the new default; where an admin tuned it, their weights stay and *function* is added at its default,
so what they chose keeps its proportions. Nothing is overwritten: the old version stays in the history.
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_DEFAULT = {
    "competence": 0.45,
    "text": 0.10,
    "level": 0.17,
    "geography": 0.12,
    "willingness": 0.10,
    "cross_sector": 0.06,
}
# The defaults as of this revision (matcher.weights.Weights may change later; these rows may not).
NEW_DEFAULT = {
    "competence": 0.34,
    "function": 0.22,
    "text": 0.08,
    "level": 0.16,
    "geography": 0.10,
    "willingness": 0.08,
    "cross_sector": 0.02,
}

weight_set = sa.table(
    "weight_set",
    sa.column("id", sa.Integer),
    sa.column("version", sa.Integer),
    sa.column("weights", sa.JSON),
    sa.column("active", sa.Boolean),
    sa.column("note", sa.Text),
    sa.column("created_at", sa.DateTime(timezone=True)),
)


def upgrade() -> None:
    connection = op.get_bind()
    active = connection.execute(
        sa.select(weight_set.c.id, weight_set.c.weights).where(weight_set.c.active.is_(True))
    ).first()
    if active is None or "function" in (active.weights or {}):
        return
    current = {name: float(value) for name, value in (active.weights or {}).items()}
    if current == OLD_DEFAULT:
        weights, note = NEW_DEFAULT, "Nye standardvægte: funktion tilføjet, anden sektor som tie-breaker"
    else:
        weights, note = current | {"function": NEW_DEFAULT["function"]}, "Funktion tilføjet med standardvægten"
    latest = connection.execute(sa.select(sa.func.max(weight_set.c.version))).scalar() or 0
    connection.execute(weight_set.update().where(weight_set.c.id == active.id).values(active=False))
    connection.execute(
        weight_set.insert().values(
            version=latest + 1, weights=weights, active=True, note=note, created_at=datetime.now(UTC)
        )
    )


def downgrade() -> None:
    # Versions are history: the added version stays, but the one active before it is active again.
    connection = op.get_bind()
    latest = connection.execute(
        sa.select(weight_set.c.id, weight_set.c.version).where(weight_set.c.active.is_(True))
    ).first()
    if latest is None:
        return
    previous = connection.execute(
        sa.select(weight_set.c.id).where(weight_set.c.version < latest.version).order_by(weight_set.c.version.desc())
    ).first()
    if previous is not None:
        connection.execute(weight_set.update().where(weight_set.c.id == latest.id).values(active=False))
        connection.execute(weight_set.update().where(weight_set.c.id == previous.id).values(active=True))
