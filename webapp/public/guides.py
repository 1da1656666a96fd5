"""Sector guides: how stat, regioner and kommuner are governed, and what is new when coming from privat."""

from flask import render_template, url_for
from flask_babel import get_locale

from ..services import sector_guides
from . import bp


@bp.app_template_global("in_language")
def in_language(text: sector_guides.Text) -> str:
    """A data-file text in the page's language (Danish unless English is chosen)."""
    return text.in_(str(get_locale() or "da"))


@bp.get("/sektorer")
def guide_list():
    """The four sector guides."""
    return render_template("public/sector_guides.html", guides=sector_guides.guides())


@bp.get("/sektorer/<slug>")
def sector_guide(slug: str):
    """One sector's guide: governance, what leaders are measured on, employment, careers, vocabulary, sources."""
    guide = sector_guides.guide_by_slug(slug)
    return render_template("public/sector_guide.html", guide=guide, guides=sector_guides.guides())


@bp.app_template_global("guide_url")
def guide_url(sector: str) -> str:
    """The address of a sector's guide, by sector code."""
    return url_for("public.sector_guide", slug=sector_guides.guide_for_sector(sector).slug)
