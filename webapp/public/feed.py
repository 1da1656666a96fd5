"""An Atom 1.0 feed of newly published vacancies, filtered with the same query arguments as /stillinger."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

from flask import Response, request
from flask_babel import force_locale

from models import Vacancy, utcnow

from ..db import get_session
from ..labels import KIND_LABELS, LEVEL_SHORT, SECTOR_LABELS, municipality_name
from ..services import pagination, vacancies
from ..urls import absolute_url
from . import bp
from .forms import VacancySearchForm
from .routes import filter_args, search_filters

ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50
# Title and subtitle by the "Type" filter (the feed is in Danish: xml:lang="da").
FEED_TITLES = {
    None: ("Sektorbro – ledige lederstillinger", "Nye lederstillinger og forløb i stat, regioner og kommuner"),
    vacancies.KindGroup.POSTS: (
        "Sektorbro – ledige lederstillinger",
        "Nye lederstillinger i stat, regioner og kommuner",
    ),
    vacancies.KindGroup.OFFERS: (
        "Sektorbro – rotationsforløb, udstationeringer og følordninger",
        "Nye forløb på 1–6 måneder for ledere i stat, regioner og kommuner",
    ),
}
# Characters XML 1.0 cannot carry at all (control characters, surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

ET.register_namespace("", ATOM)


def _text(value: str) -> str:
    return _NOT_XML.sub("", value or "")


def _utc(value: datetime) -> datetime:
    """Stored timestamps are UTC; SQLite hands them back without a zone."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _timestamp(*values: datetime | None) -> str:
    """The latest of ``values`` (now, if none) in RFC 3339, as Atom wants it."""
    latest = max((_utc(v) for v in values if v is not None), default=utcnow())
    return latest.isoformat(timespec="seconds").replace("+00:00", "Z")


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    if text is not None:
        element.text = _text(text)
    return element


def _months(count: int) -> str:
    return f"{count} måned" if count == 1 else f"{count} måneder"


def _summary(vacancy: Vacancy) -> str:
    """One line of facts in Danish (the feed's language): an offer starts with its kind, length and start."""
    offer = []
    if vacancy.is_offer:
        offer = [f"{KIND_LABELS[vacancy.kind]}, {_months(vacancy.duration_months)}"]
        if vacancy.start_month:
            offer.append(f"Start {vacancy.start_month.strftime('%Y-%m')}")
    parts = [
        *offer,
        vacancy.organisation.name,
        str(SECTOR_LABELS.get(vacancy.organisation.sector, vacancy.organisation.sector)),
        municipality_name(vacancy.municipality_code),
        str(LEVEL_SHORT.get(vacancy.level, vacancy.level)),
    ]
    if vacancy.deadline:
        parts.append(f"Ansøgningsfrist {vacancy.deadline.isoformat()}")
    return " · ".join(p for p in parts if p)


def _entry(feed: ET.Element, vacancy: Vacancy) -> None:
    link = absolute_url("public.vacancy_detail", vacancy_id=vacancy.id)
    entry = _add(feed, "entry")
    _add(entry, "id", link)
    _add(entry, "title", vacancy.title, type="text")
    _add(entry, "link", rel="alternate", type="text/html", href=link)
    _add(entry, "published", _timestamp(vacancy.published_at))
    _add(entry, "updated", _timestamp(vacancy.published_at, vacancy.updated_at))
    author = _add(entry, "author")
    _add(author, "name", vacancy.organisation.name)
    sector = vacancy.organisation.sector
    _add(entry, "category", term=sector, label=str(SECTOR_LABELS.get(sector, sector)))
    _add(entry, "category", term=vacancy.kind, label=str(KIND_LABELS.get(vacancy.kind, vacancy.kind)))
    _add(entry, "summary", _summary(vacancy), type="text")
    _add(entry, "content", vacancy.description, type="text")


@bp.get("/stillinger/feed.atom")
def vacancy_feed():
    """The newest published vacancies matching the list's filters, as Atom 1.0, in Danish whatever language the
    visitor chose (a feed reader keeps one address; the feed says xml:lang="da", so its labels are Danish too)."""
    with force_locale("da"):
        return _feed()


def _feed() -> Response:
    filters = search_filters(VacancySearchForm(request.args))
    found = pagination.paginate(get_session(), vacancies.public_search(filters), 1, FEED_SIZE).items
    args = filter_args()
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "da"})
    title, subtitle = FEED_TITLES.get(filters.kind, FEED_TITLES[None])
    _add(feed, "title", title, type="text")
    _add(feed, "subtitle", subtitle, type="text")
    _add(feed, "updated", _timestamp(*(v.published_at for v in found)))
    self_url = absolute_url("public.vacancy_feed", **args)
    _add(feed, "id", self_url)
    _add(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    _add(feed, "link", rel="alternate", type="text/html", href=absolute_url("public.vacancy_list", **args))
    _add(_add(feed, "author"), "name", "Sektorbro")
    _add(feed, "generator", "Sektorbro")
    for vacancy in found:
        _entry(feed, vacancy)
    body = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return Response(body, mimetype="application/atom+xml", headers={"Cache-Control": "public, max-age=300"})
