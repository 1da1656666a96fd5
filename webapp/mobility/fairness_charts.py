"""The fairness page's server-drawn charts (laid out by ``admin.charts``, as on the weights page)."""

from __future__ import annotations

from collections.abc import Sequence

from flask_babel import format_decimal
from flask_babel import lazy_gettext as _l

from ..admin.charts import Chart, bar_chart, nice_maximum, percent
from ..labels import LEVEL_SHORT, SECTOR_LABELS
from ..services.composition import REGION_CODES, SECTORS, Composition
from ..services.fairness import SectorRate, VersionNumbers

SHOWN_VERSIONS = 8  # the chart shows the newest few; the table beside it has them all


def decimal(value: float | None) -> str:
    """A ratio such as nDCG or exposure to two decimals; "–" for none."""
    return "–" if value is None else format_decimal(round(value, 2))


def evaluation_chart(numbers: Sequence[VersionNumbers]) -> Chart:
    """nDCG@10 and exposure@10 per weight version (the newest first) on the evaluation set."""
    groups = [
        (
            str(_l("Version %(n)d", n=n.weight_set.version)),
            [n.result.ndcg, n.result.exposure] if n.result and not n.outdated else [None, None],
        )
        for n in numbers[:SHOWN_VERSIONS]
    ]
    maximum = nice_maximum(groups, 0.25, 1.0)
    return bar_chart(
        "chart-fairness-evaluation",
        _l("Kvalitet og eksponering på evalueringssættet"),
        _l(
            "nDCG@10 (1 er den bedst mulige rækkefølge) og eksponering@10 (1 er kandidater fra andre sektorer i "
            "forhold til, hvor mange af dem der faktisk passer) for hver vægtversion. Tallene står i tabellen."
        ),
        [_l("nDCG@10"), _l("Eksponering@10")],
        groups,
        maximum,
        decimal,
        0.25,
        ("#0059b3", "#358000"),
    )


def _share_chart(chart_id: str, title, description, groups) -> Chart:
    maximum = nice_maximum(groups, 0.1, 0.3)
    return bar_chart(
        chart_id,
        title,
        description,
        [_l("Andel af top 10-pladserne"), _l("Andel af alle kandidater")],
        groups,
        maximum,
        percent,
        0.1 if maximum <= 0.6 else 0.2,
        ("#0059b3", "#7f7f7f"),
    )


def sector_chart(found: Composition) -> Chart:
    """Each candidate sector's share of the top-10 places beside its share of the candidates."""
    groups = [
        (
            SECTOR_LABELS[s],
            [found.share(found.by_sector(s), found.total), found.share(found.pool_sectors[s], found.pool)],
        )
        for s in SECTORS
    ]
    return _share_chart(
        "chart-fairness-sectors",
        _l("Top 10 efter kandidatens sektor"),
        _l(
            "Hver sektors andel af pladserne i de offentliggjorte stillingers top 10, ved siden af dens andel af alle "
            "kandidater, rangeringen kan vise. Tallene står i tabellen."
        ),
        groups,
    )


def region_chart(found: Composition, names: dict[int | None, str]) -> Chart:
    """Each home region's share of the top-10 places beside its share of the candidates."""
    groups = [
        (
            names[code],
            [found.share(found.regions[code], found.total), found.share(found.pool_regions[code], found.pool)],
        )
        for code in REGION_CODES
    ]
    return _share_chart(
        "chart-fairness-regions",
        _l("Top 10 efter kandidatens bopæl"),
        _l("Hver regions andel af top 10-pladserne ved siden af dens andel af kandidaterne. Tallene står i tabellen."),
        groups,
    )


def level_chart(found: Composition) -> Chart:
    """Each leadership level's share of the top-10 places beside its share of the candidates."""
    groups = [
        (
            LEVEL_SHORT[level],
            [found.share(found.levels[level], found.total), found.share(found.pool_levels[level], found.pool)],
        )
        for level in sorted(LEVEL_SHORT)
    ]
    return _share_chart(
        "chart-fairness-levels",
        _l("Top 10 efter kandidatens ledelsesniveau"),
        _l("Hvert niveaus andel af top 10-pladserne ved siden af dets andel af kandidaterne. Tallene står i tabellen."),
        groups,
    )


def rate_chart(rates: Sequence[SectorRate]) -> Chart:
    """Shortlisted among the decided candidates, per candidate sector."""
    groups = [(SECTOR_LABELS[r.sector], [r.rate]) for r in rates]
    maximum = nice_maximum(groups, 0.1, 0.3)
    return bar_chart(
        "chart-fairness-rates",
        _l("Sat på kortlisten efter kandidatens sektor"),
        _l(
            "Andelen af de kandidater, arbejdsgivere har taget stilling til, som kom på kortlisten. Tallene, "
            "forholdet til den højeste andel og markeringen under fire femtedele står i tabellen."
        ),
        [_l("Andel på kortlisten")],
        groups,
        maximum,
        percent,
        0.1 if maximum <= 0.6 else 0.2,
        ("#0059b3",),
    )
