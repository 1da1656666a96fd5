"""Display names only the employer pages use (the shared ones live in ``webapp.labels``)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

# Which sector a flagged vacancy phrase keeps the vacancy to ("any": the public sector as a whole).
LOCKS_TO = {
    "stat": _l("staten"),
    "region": _l("regionerne"),
    "kommune": _l("kommunerne"),
    "privat": _l("det private"),
    "any": _l("den offentlige sektor"),
}

# The vacancy fields the text check reads (services.vacancy_check.CHECKED_FIELDS).
CHECKED_FIELD_LABELS = {
    "title": _l("Stillingsbetegnelse"),
    "competences": _l("Krævede kompetencer"),
    "nice_to_have": _l("Ønskede kompetencer"),
    "description": _l("Stillingsopslag"),
}
