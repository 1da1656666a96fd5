"""The vacancy search form (GET, so no CSRF: it changes nothing); its Danish query names are bookmarked."""

from flask_babel import lazy_gettext as _l
from wtforms import Form, SearchField, SelectField

from matcher import geography

from ..labels import KIND_FILTER_LABELS, LEVEL_LABELS, PUBLIC_SECTOR_CHOICES, options
from ..widgets import int_or_none


class VacancySearchForm(Form):
    """Free text plus sector, region, level and kind (posts, or rotation, secondment and job-shadowing offers)."""

    q = SearchField(_l("Søg i stillinger"))
    sector = SelectField(
        _l("Sektor"),
        name="sektor",
        choices=options(PUBLIC_SECTOR_CHOICES, blank=_l("Alle sektorer")),
        validate_choice=False,
    )
    region = SelectField(
        _l("Region"),
        choices=options(((r.code, r.name) for r in geography.REGIONS), blank=_l("Alle regioner")),
        coerce=int_or_none,
        validate_choice=False,
    )
    level = SelectField(
        _l("Niveau"),
        name="niveau",
        choices=options(LEVEL_LABELS.items(), blank=_l("Alle niveauer")),
        coerce=int_or_none,
        validate_choice=False,
    )
    kind = SelectField(
        _l("Type"),
        name="type",
        choices=options(KIND_FILTER_LABELS.items(), blank=_l("Alle")),
        validate_choice=False,
    )
