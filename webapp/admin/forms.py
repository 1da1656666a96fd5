"""Admin forms: search (GET), role change, placing an organisation, weights, adopting learned weights and the
audit-log filter."""

import math

from flask_babel import lazy_gettext as _l
from wtforms import FloatField, Form, SearchField, SelectField, SubmitField, TextAreaField, ValidationError
from wtforms.validators import StopValidation

from matcher.weights import COMPONENTS, Weights

from ..forms import BaseForm, max_length, number_between, optional, required
from ..labels import COMPONENT_HELP, COMPONENT_LABELS, ROLE_LABELS, SECTOR_LABELS, options
from ..widgets import int_or_none
from .labels import AUDIT_ACTION_LABELS

NOTE_LENGTH = 2000


class UserSearchForm(Form):
    """Filter users by e-mail and role."""

    q = SearchField(_l("Søg på e-mail"))
    rolle = SelectField(
        _l("Rolle"), choices=options(ROLE_LABELS.items(), blank=_l("Alle roller")), validate_choice=False
    )


PLACEMENT_FILTERS = {"venter": False, "placeret": True}  # ?placering=… → Organisation.placed


class OrganisationSearchForm(Form):
    """Filter organisations by name, sector and whether they wait for placement."""

    q = SearchField(_l("Søg på navn"))
    sektor = SelectField(
        _l("Sektor"), choices=options(SECTOR_LABELS.items(), blank=_l("Alle sektorer")), validate_choice=False
    )
    placering = SelectField(
        _l("Placering"),
        choices=options(
            [("venter", _l("Venter på placering")), ("placeret", _l("Placeret"))], blank=_l("Alle organisationer")
        ),
        validate_choice=False,
    )

    def placed(self) -> bool | None:
        """The chosen placement filter for the organisations service (None: all)."""
        return PLACEMENT_FILTERS.get(self.placering.data or "")


class PlaceOrganisationForm(BaseForm):
    """Place an organisation: under a parent, or at the top of the hierarchy."""

    parent_id = SelectField(
        _l("Overordnet organisation"),
        coerce=int_or_none,
        validate_choice=False,
        description=_l(
            "Fx ministeriet over en styrelse, regionen over et hospital eller kommunen over en forvaltning. "
            "Vælg »Ingen«, hvis organisationen står øverst."
        ),
    )

    def validate_parent_id(self, field) -> None:
        if field.data is None and field.raw_data and field.raw_data[0].strip():
            raise ValidationError(_l("Vælg en af mulighederne."))  # junk must not pass for "top level"


class RoleForm(BaseForm):
    """Give a user another role."""

    role = SelectField(_l("Ny rolle"), choices=options(ROLE_LABELS.items()))


class WeightField(FloatField):
    """A weight from 0 to 100 (decimals allowed, with a comma or a point); never NaN or infinite."""

    def process_formdata(self, valuelist):
        if not valuelist or not valuelist[0].strip():
            self.data = None
            return
        try:
            value = float(valuelist[0].strip().replace(" ", "").replace(",", "."))
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            self.data = None
            raise ValueError(_l("Skriv et tal, fx 0,45."))
        self.data = value

    def pre_validate(self, form) -> None:
        if self.process_errors:
            raise StopValidation()  # "Skriv et tal" says it all; skip the range check

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]
        return format(self.data, "g") if self.data is not None else ""


def _vacancy_id(value):
    """A vacancy id; blank is None, and junk becomes 0 (no such vacancy) so the validator can say so."""
    if isinstance(value, int) or value in (None, ""):
        return value or None
    return int(value) if str(value).strip().isdigit() else 0


def _weight(name: str) -> WeightField:
    return WeightField(
        COMPONENT_LABELS[name],
        [required(), number_between(0, 100)],
        description=COMPONENT_HELP[name],
        render_kw={"min": 0, "max": 100},
    )


class WeightsForm(BaseForm):
    """One weight per score component, a vacancy to preview on, and a note for saving.

    "Forhåndsvis" only needs valid weights; "Gem som ny version" needs the note as well.
    """

    competence = _weight("competence")
    function = _weight("function")
    text = _weight("text")
    level = _weight("level")
    geography = _weight("geography")
    willingness = _weight("willingness")
    cross_sector = _weight("cross_sector")
    stilling = SelectField(
        _l("Forhåndsvis på stillingen"),
        [optional()],
        coerce=_vacancy_id,
        validate_choice=False,
        description=_l("Dagens top 10 og top 10 med de nye vægte vises side om side."),
    )
    note = TextAreaField(
        _l("Note"),
        [max_length(NOTE_LENGTH)],
        description=_l("Hvorfor ændres vægtene? Kræves for at gemme."),
    )
    preview = SubmitField(_l("Forhåndsvis"))
    save = SubmitField(_l("Gem som ny version"))

    def __init__(self, *args, vacancy_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.vacancy_ids = set(vacancy_ids)

    def weight_fields(self):
        """The component fields in ``COMPONENTS`` order."""
        return [self[name] for name in COMPONENTS]

    def weights(self) -> Weights:
        """The submitted weights (call after a successful ``validate``)."""
        return Weights(**{name: self[name].data for name in COMPONENTS})

    def validate_stilling(self, field) -> None:
        if field.data is not None and field.data not in self.vacancy_ids:
            raise ValidationError(_l("Vælg en offentliggjort stilling fra listen."))

    def validate_note(self, field) -> None:
        if self.save.data and not (field.data or "").strip():
            raise ValidationError(_l("Skriv en note om, hvorfor vægtene ændres."))

    def validate(self, extra_validators=None) -> bool:
        """Field checks, then: at least one weight above zero."""
        valid = super().validate(extra_validators)
        values = [self[name].data for name in COMPONENTS]
        if valid and not any(values):
            self.form_errors.append(_l("Mindst én vægt skal være større end 0."))
            return False
        return valid


class AdoptForm(BaseForm):
    """Adopt the weights learned from feedback as a new version."""

    note = TextAreaField(
        _l("Note"), [required(), max_length(NOTE_LENGTH)], description=_l("Hvorfor anvendes de lærte vægte?")
    )


class AuditFilterForm(Form):
    """Filter the audit log by action."""

    handling = SelectField(
        _l("Handling"),
        choices=options(AUDIT_ACTION_LABELS.items(), blank=_l("Alle handlinger")),
        validate_choice=False,
    )
