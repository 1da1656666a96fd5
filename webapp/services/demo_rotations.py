"""Demo rotation, secondment and job-shadowing offers, so `make run` shows the "Type" filter with something in it.

A handful of published 1–6 month offers across stat, regioner and kommuner (one at the demo employer's own
organisation), written through the import like every other demo vacancy, so they pass the same rules.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Organisation

from . import importing
from .records import VacancyRecord

# (sector, kind, months, starts in how many months (None: by agreement), home employer pays, level, title,
#  competences, description)
OFFERS = [
    (
        "stat",
        "rotation",
        3,
        2,
        False,
        2,
        "Rotationsforløb: kontorchef i økonomi og styring",
        ["budgetopfølgning", "ministerbetjening", "personaleledelse", "tværgående koordinering"],
        "Vil du prøve at lede et kontor tæt på ministeren? I tre måneder leder du vores kontor for økonomi og "
        "styring, mens kontorchefen selv er i rotation. Du får en fast sparringspartner i direktionen og vender "
        "hjem med et indblik i, hvordan staten styrer økonomien.",
    ),
    (
        "region",
        "secondment",
        6,
        3,
        True,
        3,
        "Udstationering: strategisk chef til ny hospitalsplan",
        ["strategisk planlægning", "betjening af regionsråd og udvalg", "forandringsledelse", "interessentinddragelse"],
        "Regionen skal lægge en ny plan for sine hospitaler og søger en erfaren chef, som udlånes til os i et "
        "halvt år. Du leder planarbejdet, betjener regionsrådets udvalg og samarbejder med kommunerne om det nære "
        "sundhedsvæsen. Din egen arbejdsplads betaler fortsat din løn.",
    ),
    (
        "kommune",
        "shadowing",
        1,
        1,
        True,
        3,
        "Følordning hos kommunaldirektøren",
        ["politisk ledelse", "direktionsarbejde", "økonomistyring"],
        "Følg kommunaldirektøren en måned: økonomiudvalg, byrådsmøder, direktionsmøder og samarbejdet med "
        "borgmesteren. Følordningen er for ledere fra stat og regioner, der vil forstå, hvordan en kommune ledes "
        "politisk. Din egen arbejdsplads betaler fortsat din løn.",
    ),
    (
        "kommune",
        "rotation",
        4,
        None,
        False,
        1,
        "Rotationsforløb: leder i jobcentret",
        ["beskæftigelsesindsats", "personaleledelse", "virksomhedssamarbejde"],
        "Prøv kræfter med ledelse tæt på borgerne: i fire måneder leder du et team af jobkonsulenter i jobcentret. "
        "Vi aftaler starten med dig og din arbejdsplads.",
    ),
    (
        "stat",
        "shadowing",
        2,
        3,
        True,
        3,
        "Følordning: vicedirektør i en styrelse",
        ["strategisk ledelse", "ministerbetjening", "digitalisering"],
        "To måneder ved siden af en vicedirektør i en styrelse: ledermøder, samarbejdet med departementet og "
        "styringen af store digitaliseringsprojekter. For ledere fra kommuner og regioner, der overvejer staten.",
    ),
    (
        "region",
        "rotation",
        3,
        2,
        False,
        2,
        "Rotationsforløb: afdelingschef i regional udvikling",
        ["erhvervsudvikling", "projektledelse", "personaleledelse", "samarbejde med kommuner"],
        "Tre måneder som afdelingschef i regional udvikling, hvor du leder arbejdet med uddannelse, kollektiv "
        "trafik og klimatilpasning på tværs af regionens kommuner.",
    ),
]


def _month_ahead(today: date, months: int) -> str:
    """The month ``months`` after this one, as ``2027-03``."""
    index = today.month - 1 + months
    return f"{today.year + index // 12:04d}-{index % 12 + 1:02d}"


def _organisations(session: Session, employer_organisation: str) -> dict[str, list[Organisation]]:
    """Organisations per sector, the demo employer's own first, so its account has an offer to show."""
    found: dict[str, list[Organisation]] = {}
    for organisation in session.scalars(select(Organisation).order_by(Organisation.id)):
        found.setdefault(organisation.sector, []).append(organisation)
    for group in found.values():
        group.sort(key=lambda o: o.name != employer_organisation)
    return found


def records(session: Session, employer_organisation: str, today: date) -> list[dict]:
    """The demo offers as import records, each at an organisation of its sector (a different one per offer)."""
    by_sector = _organisations(session, employer_organisation)
    used: dict[str, int] = {}
    out = []
    for number, (sector, kind, months, starts_in, home_pays, level, title, competences, text) in enumerate(
        OFFERS, start=1
    ):
        candidates = by_sector.get(sector)
        if not candidates:
            continue
        organisation = candidates[used.get(sector, 0) % len(candidates)]
        used[sector] = used.get(sector, 0) + 1
        out.append(
            {
                "external_id": f"demo-forloeb-{number}",
                "title": title,
                "sector": sector,
                "organisation": organisation.name,
                "municipality": organisation.municipality_code,
                "level": level,
                "competences": competences,
                "description": text,
                "deadline": (today + timedelta(days=14 + 5 * number)).isoformat(),
                "status": "published",
                "kind": kind,
                "duration_months": months,
                "start_month": _month_ahead(today, starts_in) if starts_in is not None else None,
                "home_employer_pays": home_pays,
            }
        )
    return out


def seed_offers(session: Session, employer_organisation: str, today: date) -> int:
    """Publish the demo offers (through the import's validation); the caller commits. Returns how many."""
    found = importing.parse_lines(
        (json.dumps(record) for record in records(session, employer_organisation, today)), VacancyRecord
    )
    importing.import_vacancies(session, found)
    return len(found)
