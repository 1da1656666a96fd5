"""The one pagination helper: a page of a ``select()`` with its total."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Page:
    """One page of results and what the pager needs to draw links."""

    items: list[Any]
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        """Number of pages (at least one, so an empty result still renders page 1)."""
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    def window(self, size: int = 2) -> list[int | None]:
        """Page numbers to show around the current one; ``None`` marks a gap."""
        shown = {1, self.pages, *range(self.page - size, self.page + size + 1)}
        numbers = sorted(n for n in shown if 1 <= n <= self.pages)
        out: list[int | None] = []
        for number in numbers:
            if out and number - (out[-1] or 0) > 1:
                out.append(None)
            out.append(number)
        return out


def paginate(session: Session, stmt: Select, page: int, per_page: int, scalars: bool = True) -> Page:
    """Run ``stmt`` for one page; out-of-range page numbers are clamped."""
    total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    pages = max(1, math.ceil(total / per_page))
    page = min(max(1, page), pages)
    query = stmt.limit(per_page).offset((page - 1) * per_page)
    result = session.scalars(query) if scalars else session.execute(query)
    return Page(items=list(result.unique() if scalars else result), page=page, per_page=per_page, total=total)
