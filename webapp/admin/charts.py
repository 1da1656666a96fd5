"""Server-drawn horizontal bar charts: the geometry is computed here, ``admin/_chart.html`` writes the SVG.

No script and no CSS: SVG presentation attributes only, so the Content-Security-Policy stays strict. The chart
is one image for screen readers (role="img" with <title> and <desc>); the page puts the same numbers in a
visible table beside it as the text alternative.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from flask_babel import format_decimal
from flask_babel import lazy_gettext as _l

from ..labels import SECTOR_LABELS

WIDTH = 640
LABEL_WIDTH = 130  # group labels, right-aligned left of the bars
VALUE_ROOM = 70  # room right of the longest bar for its value
BAR = 18
BAR_GAP = 4
GROUP_GAP = 18
LEGEND_LINE = 22
AXIS_ROOM = 28

# DKFDS colours: grey for the measured baseline, primary blue for today, green for the proposal.
FILLS = ("#747474", "#0059b3", "#358000")
# Up, down, new in the top 10: green, red, blue (each value is also written beside its bar and in the table).
MOVE_FILLS = ("#358000", "#b51d09", "#0059b3")


@dataclass(frozen=True)
class Bar:
    """One bar with its value written after it."""

    fill: str
    x: float
    y: float
    width: float
    text: str
    text_x: float
    text_y: float


@dataclass(frozen=True)
class Group:
    """A labelled group of bars, one per series."""

    label: str
    label_y: float
    bars: list[Bar]


@dataclass(frozen=True)
class LegendItem:
    """A series' colour and name."""

    label: str
    fill: str
    y: float


@dataclass(frozen=True)
class Chart:
    """Everything the SVG macro draws."""

    id: str
    title: str
    description: str
    width: int
    height: float
    plot_left: float
    plot_top: float
    plot_bottom: float
    legend: list[LegendItem]
    groups: list[Group]
    ticks: list[tuple[float, str]]


def percent(value: float | None) -> str:
    """A share as "7,1 %" in the visitor's language; "–" for none."""
    return "–" if value is None else f"{format_decimal(round(value * 100, 1))} %"


def nice_maximum(groups: Sequence[tuple[str, Sequence[float | None]]], step: float, floor: float) -> float:
    """The axis end for ``bar_chart``'s ``groups``: their largest value, at least ``floor``, rounded up to a
    multiple of ``step`` (every chart asks this of its groups, so the flattening lives here)."""
    top = max([v for _label, values in groups for v in values if v is not None] + [floor])
    return math.ceil(round(top / step, 9)) * step


def bar_chart(
    chart_id: str,
    title: str,
    description: str,
    series: Sequence[str],
    groups: Sequence[tuple[str, Sequence[float | None]]],
    maximum: float,
    fmt: Callable[[float | None], str],
    tick_step: float,
    fills: Sequence[str] = FILLS,
) -> Chart:
    """Lay out grouped horizontal bars: ``groups`` are (label, one value per series); None draws no bar.

    The axis runs from 0 to ``maximum`` with a grid line every ``tick_step``.
    """
    plot_left = LABEL_WIDTH
    plot_width = WIDTH - LABEL_WIDTH - VALUE_ROOM
    legend = [LegendItem(str(label), fills[i % len(fills)], 8 + i * LEGEND_LINE) for i, label in enumerate(series)]
    y = 8 + len(series) * LEGEND_LINE + 10
    plot_top = y - 6
    laid_out = []
    for label, values in groups:
        top = y
        bars = []
        for i, value in enumerate(values):
            width = 0.0 if value is None else plot_width * min(max(value, 0.0), maximum) / maximum
            bars.append(
                Bar(fills[i % len(fills)], plot_left, y, round(width, 1), fmt(value), plot_left + width + 6, y + 14)
            )
            y += BAR + BAR_GAP
        laid_out.append(Group(str(label), (top + y - BAR_GAP) / 2 + 5, bars))
        y += GROUP_GAP - BAR_GAP
    plot_bottom = y - GROUP_GAP + 6
    steps = round(maximum / tick_step)
    ticks = [(round(plot_left + plot_width * k / steps, 1), fmt(tick_step * k)) for k in range(steps + 1)]
    return Chart(
        id=chart_id,
        title=str(title),
        description=str(description),
        width=WIDTH,
        height=plot_bottom + AXIS_ROOM,
        plot_left=plot_left,
        plot_top=plot_top,
        plot_bottom=plot_bottom,
        legend=legend,
        groups=laid_out,
        ticks=ticks,
    )


def effect_charts(effects, series: Sequence[str]) -> list[Chart]:
    """Per vacancy sector: the share of top-10 places held by another public sector (beside VIVE); and, when new
    weights are compared with the active ones, the share of places whose candidate moved up, down or in."""
    public = [i for i, s in enumerate(effects[0].sectors) if s.baseline is not None]
    share_groups = [
        (
            SECTOR_LABELS[effects[0].sectors[i].sector],
            [effects[0].sectors[i].baseline] + [e.sectors[i].share for e in effects],
        )
        for i in public
    ]
    share_groups.append((_l("Alle offentlige"), [None] + [e.total.share for e in effects]))
    share_maximum = nice_maximum(share_groups, 0.1, 0.3)
    charts = [
        bar_chart(
            "chart-share",
            _l("Kandidater fra en anden offentlig sektor i top 10"),
            _l(
                "Andel af pladserne i top 10 over alle offentliggjorte stillinger, der går til kandidater fra en "
                "anden offentlig sektor end stillingens, pr. sektor, ved siden af VIVE's tal for faktiske "
                "ansættelser. Tallene står i tabellen under diagrammet."
            ),
            [_l("VIVE 2022: ansat fra anden offentlig sektor"), *series],
            share_groups,
            share_maximum,
            percent,
            0.1 if share_maximum <= 0.6 else 0.2,
        )
    ]
    moves = effects[-1].moves
    if moves is not None:
        rows = [(SECTOR_LABELS[m.sector], m) for m in moves.sectors] + [(_l("Alle stillinger"), moves.total)]
        groups = [(label, [m.share(m.up), m.share(m.down), m.share(m.new)]) for label, m in rows]
        maximum = nice_maximum(groups, 0.1, 0.3)
        charts.append(
            bar_chart(
                "chart-moves",
                _l("Hvem flytter sig i top 10 med de nye vægte?"),
                _l(
                    "Andel af pladserne i top 10 med de nye vægte, pr. stillingens sektor: kandidater, der rykker "
                    "op, rykker ned eller er nye i top 10 (lige så mange falder ud). Resten står på samme plads. "
                    "Tallene står i tabellen under diagrammet."
                ),
                [_l("Rykker op"), _l("Rykker ned"), _l("Nye i top 10")],
                groups,
                maximum,
                percent,
                0.1 if maximum <= 0.6 else 0.2,
                MOVE_FILLS,
            )
        )
    return charts
