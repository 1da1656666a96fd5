"""The outcome form on an accepted candidate's card, the leader's "I have a new job" form and the fairness page's
choice of weight version."""

from flask_babel import lazy_gettext as _l
from wtforms import DateField, Form, SelectField, StringField

from ..forms import BaseForm, max_length, optional, required
from ..labels import LEVEL_LABELS, SECTOR_LABELS, options
from ..widgets import int_or_none
from .labels import OUTCOME_LABELS


class OutcomeForm(BaseForm):
    """What came of an accepted contact; a later outcome replaces the earlier one."""

    kind = SelectField(
        _l("Udfald"),
        [required()],
        choices=options(OUTCOME_LABELS.items(), blank=_l("Vælg udfald")),
        validate_choice=False,
    )
    occurred_on = DateField(
        _l("Dato"),
        [required()],
        description=_l("Samtalens dato, afgørelsens dato eller første arbejdsdag (åååå-mm-dd)."),
    )


class NewJobForm(BaseForm):
    """A leader reports a new job: through an accepted contact on Sektorbro, or found elsewhere."""

    contact_request_id = SelectField(
        _l("Fik du jobbet gennem Sektorbro?"),
        coerce=int_or_none,
        validate_choice=False,
        description=_l("Vælg stillingen, hvis jobbet kom gennem en kontaktanmodning, du sagde ja til."),
    )
    to_sector = SelectField(
        _l("Det nye jobs sektor"),
        choices=options(SECTOR_LABELS.items(), blank=_l("Vælg sektor")),
        validate_choice=False,
    )
    level_after = SelectField(
        _l("Det nye jobs ledelsesniveau"),
        choices=options(LEVEL_LABELS.items(), blank=_l("Vælg niveau")),
        coerce=int_or_none,
        validate_choice=False,
    )
    title = StringField(_l("Stillingsbetegnelse"), [optional(), max_length(200)])
    organisation_name = StringField(_l("Arbejdsgiver"), [optional(), max_length(200)])
    started_on = DateField(_l("Første arbejdsdag"), [required()], description=_l("åååå-mm-dd"))


class FairnessForm(Form):
    """Choose the weight version whose live top 10s and shortlist rates the fairness page shows (GET: no CSRF)."""

    version = SelectField(
        _l("Vægtversion"),
        coerce=int_or_none,
        validate_choice=False,
        description=_l("Dagens top 10 rangeres med versionens vægte; kortlisterne er dem fra dens periode."),
    )
