"""The dashboard's server-drawn charts, laid out by the weights page's chart code (``admin.charts``)."""

from __future__ import annotations

from flask_babel import format_number
from flask_babel import lazy_gettext as _l

from ..admin.charts import Chart, bar_chart, nice_maximum, percent
from ..labels import SECTOR_LABELS
from ..services.mobility import STAGES, TO_SECTORS, Dashboard
from .labels import STAGE_LABELS


def count(value: float | None) -> str:
    """A number of people; "–" where it is hidden."""
    return "–" if value is None else format_number(int(value))


def share_chart(board: Dashboard) -> Chart:
    """Per receiving sector: the share of hires from another public subsector, beside VIVE's."""
    groups = [(SECTOR_LABELS[t], [board.baseline(t), board.share(t)]) for t in TO_SECTORS]
    maximum = nice_maximum(groups, 0.1, 0.3)
    return bar_chart(
        "chart-mobility-share",
        _l("Ansat fra en anden offentlig sektor"),
        _l(
            "Andel af ansættelserne i hver offentlig sektor, hvor lederen kom fra en af de to andre offentlige "
            "sektorer, ved siden af VIVE's tal fra 2022. Tallene står i tabellen ved siden af."
        ),
        [_l("VIVE 2022"), _l("Sektorbro")],
        groups,
        maximum,
        percent,
        0.1 if maximum <= 0.6 else 0.2,
    )


def funnel_chart(board: Dashboard) -> Chart:
    """The funnel over every sector pair: candidates at each stage."""
    groups = [(STAGE_LABELS[s], [board.get("stage", s)]) for s in STAGES]
    maximum = nice_maximum(groups, 10, 10)
    return bar_chart(
        "chart-mobility-funnel",
        _l("Fra top 10 til ansættelse"),
        _l("Antal kandidater, der nåede hvert trin, over alle stillinger. Tallene står i tabellen ved siden af."),
        [_l("Kandidater")],
        groups,
        maximum,
        count,
        maximum / 5,
        ("#0059b3",),
    )


def month_chart(board: Dashboard) -> Chart:
    """Hires into the public sectors by month, and how many of them came from another public subsector."""
    groups = [(month, [board.get("month_all", month), _cross(board, month)]) for month in board.months]
    maximum = nice_maximum(groups, 5, 5)
    return bar_chart(
        "chart-mobility-months",
        _l("Ansættelser pr. måned"),
        _l(
            "Ansættelser i offentlige sektorer pr. måned (første arbejdsdag), og hvor mange af dem der kom fra en "
            "anden offentlig sektor. Tallene står i tabellen ved siden af."
        ),
        [_l("Alle ansættelser"), _l("Fra en anden offentlig sektor")],
        groups,
        maximum,
        count,
        maximum / 5,
        ("#0059b3", "#358000"),
    )


def _cross(board: Dashboard, month: str) -> int | None:
    values = [board.get("month_cross", month, t) for t in TO_SECTORS]
    return None if any(v is None for v in values) else sum(values)


def charts(board: Dashboard) -> dict[str, Chart]:
    """Every chart of the dashboard by name."""
    return {"share": share_chart(board), "funnel": funnel_chart(board), "months": month_chart(board)}
