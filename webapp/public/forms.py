"""The vacancy search form (GET, so no CSRF: it changes nothing)."""

from flask_babel import lazy_gettext as _l
from wtforms import Form, SearchField, SelectField

from matcher import geography

from ..labels import LEVEL_LABELS, SECTOR_LABELS


def _int_or_none(value):
    return int(value) if value not in (None, "") and str(value).isdigit() else None


class VacancySearchForm(Form):
    """Free text plus sector, region and level filters."""

    q = SearchField(_l("Søg i stillinger"))
    sektor = SelectField(
        _l("Sektor"),
        choices=[("", _l("Alle sektorer"))] + [(k, v) for k, v in SECTOR_LABELS.items() if k != "privat"],
        validate_choice=False,
    )
    region = SelectField(
        _l("Region"),
        choices=[("", _l("Alle regioner"))] + [(r.code, r.name) for r in geography.REGIONS],
        coerce=_int_or_none,
        validate_choice=False,
    )
    niveau = SelectField(
        _l("Niveau"),
        choices=[("", _l("Alle niveauer"))] + list(LEVEL_LABELS.items()),
        coerce=_int_or_none,
        validate_choice=False,
    )
