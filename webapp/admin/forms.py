"""Admin forms: role change, organisation search and placement, weights, adopting learned weights and the
audit-log filter (the users page's filter and reject forms are in ``user_forms``)."""

import re

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    Field,
    Form,
    SearchField,
    SelectField,
    SubmitField,
    TextAreaField,
    ValidationError,
)
from wtforms.validators import StopValidation
from wtforms.widgets import TextInput

from matcher.weights import COMPONENTS, Weights

from ..forms import BaseForm, contract_limit, contract_range, max_length, optional, required, through_contract
from ..labels import COMPONENT_HELP, COMPONENT_LABELS, ROLE_LABELS, SECTOR_LABELS, options
from ..services import contracts
from ..services import weights as weight_sets
from ..services.weights import SHARE_TOTAL
from ..widgets import int_or_none
from .labels import AUDIT_ACTION_LABELS

NOTE_LENGTH = contract_limit(contracts.WeightChange, "note", "max_length")  # the API's and the form's limit


PLACEMENT_FILTERS = {"venter": False, "placeret": True}  # ?placering=… → Organisation.placed


class OrganisationSearchForm(Form):
    """Filter organisations by name, sector and whether they wait for placement."""

    q = SearchField(_l("Søg på navn"))
    sector = SelectField(
        _l("Sektor"),
        choices=options(SECTOR_LABELS.items(), blank=_l("Alle sektorer")),
        validate_choice=False,
        name="sektor",
    )
    placement = SelectField(
        _l("Placering"),
        name="placering",
        choices=options(
            [("venter", _l("Venter på placering")), ("placeret", _l("Placeret"))], blank=_l("Alle organisationer")
        ),
        validate_choice=False,
    )

    def placed(self) -> bool | None:
        """The chosen placement filter for the organisations service (None: all)."""
        return PLACEMENT_FILTERS.get(self.placement.data or "")


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


class ShareField(Field):
    """A component's share of the score: a whole number of percent from 0 to 100 ("35", "35 %" or " 35 ")."""

    widget = TextInput()

    def process_formdata(self, valuelist):
        if not valuelist or not valuelist[0].strip():
            self.data = None
            return
        text = valuelist[0].replace(" ", "").replace("\u00a0", "").removesuffix("%")
        if re.fullmatch(r"[+-]?\d+", text):
            self.data = int(text)
            return
        self.data = None
        if re.fullmatch(r"[+-]?\d*[.,]\d+", text):
            raise ValueError(_l("Skriv et helt tal uden decimaler, fx 35."))
        raise ValueError(_l("Skriv et helt tal fra 0 til 100, fx 35."))

    def pre_validate(self, form) -> None:
        if self.process_errors:
            raise StopValidation()  # "Skriv et helt tal" says it all; skip the range check

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]  # the admin's own input, also when it is wrong
        return str(self.data) if self.data is not None else ""


class SharesTotal(Field):
    """No input of its own: it carries the error when the shares do not add up to 100.

    The error summary lists it and links to ``id`` (the first share's input); the page shows the message at the
    fieldset of shares.
    """

    def process_formdata(self, valuelist) -> None:
        self.data = None


def _vacancy_id(value):
    """A vacancy id; blank is None, and junk becomes 0 (no such vacancy) so the validator can say so."""
    if isinstance(value, int) or value in (None, ""):
        return value or None
    return int(value) if str(value).strip().isdigit() else 0


def _share(name: str) -> ShareField:
    return ShareField(
        COMPONENT_LABELS[name],
        [required(), contract_range(contracts.WeightShares, name)],
        description=COMPONENT_HELP[name],
        render_kw={"inputmode": "numeric", "autocomplete": "off"},
    )


class WeightsForm(BaseForm):
    """Each score component's share of the score in whole percent (adding up to 100), a vacancy to preview on,
    and a note for saving.

    "Forhåndsvis" only needs valid shares; "Gem som ny version" needs the note as well, and, when one component
    would take more than half of the score, a tick that the admin means it.
    """

    competence = _share("competence")
    function = _share("function")
    text = _share("text")
    level = _share("level")
    geography = _share("geography")
    willingness = _share("willingness")
    cross_sector = _share("cross_sector")
    total = SharesTotal(_l("Summen af vægtene"), id="competence")
    vacancy_id = SelectField(
        _l("Forhåndsvis på stillingen"),
        [optional()],
        coerce=_vacancy_id,
        validate_choice=False,
        description=_l("Top 10 med de aktive vægte og top 10 med de nye vises side om side."),
    )
    note = TextAreaField(
        _l("Note"),
        [max_length(NOTE_LENGTH)],
        description=_l("Hvorfor ændres vægtene? Kræves for at gemme."),
    )
    accept_dominant = BooleanField(
        _l("Gem alligevel"), description=_l("Det er meningen, at én del udgør mere end halvdelen af scoren.")
    )
    preview = SubmitField(_l("Forhåndsvis"))
    save = SubmitField(_l("Gem som ny version"))

    def __init__(self, *args, vacancy_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.vacancy_ids = set(vacancy_ids)

    def share_fields(self):
        """The share fields in ``COMPONENTS`` order."""
        return [self[name] for name in COMPONENTS]

    def validate(self, extra_validators=None) -> bool:
        """The fields' own rules (shares adding up to 100), then the weights contract the API validates by as
        well (``services.contracts``): the shares for a preview, the shares and the note for saving."""
        if not super().validate(extra_validators):
            return False
        shares = {f.name: f.data for f in self.share_fields()}
        if self.save.data:
            data = {"weights": shares, "note": self.note.data or ""}
            return through_contract(self, contracts.WeightChange, data, self._field_at)
        return through_contract(
            self, contracts.WeightShares, shares, lambda location: self._field_at(("weights", *location))
        )

    def _field_at(self, location: tuple):
        """The form field a contract error's location points at: a share, the note, or the shares' total."""
        if location[:1] == ("weights",) and len(location) > 1:
            return self[location[1]]
        return self.note if location[:1] == ("note",) else self.total

    def proposed(self) -> Weights | None:
        """The weights the shares stand for, once validated; None while a share is wrong or the sum is not 100."""
        if self.total.errors or any(f.errors or f.data is None for f in self.share_fields()):
            return None
        return weight_sets.from_shares({f.name: f.data for f in self.share_fields()})

    def validate_total(self, field) -> None:
        if any(f.errors or f.data is None for f in self.share_fields()):
            return  # each wrong share has its own message
        total = sum(f.data for f in self.share_fields())
        if total == 0:
            raise ValidationError(_l("Alle vægtene er 0. Fordel de 100 procent mellem delene af scoren."))
        if total > SHARE_TOTAL:
            raise ValidationError(
                _l(
                    "Vægtene giver %(total)d tilsammen, %(over)d for meget. De skal give 100.",
                    total=total,
                    over=total - SHARE_TOTAL,
                )
            )
        if total < SHARE_TOTAL:
            raise ValidationError(
                _l(
                    "Vægtene giver %(total)d tilsammen, der mangler %(under)d. De skal give 100.",
                    total=total,
                    under=SHARE_TOTAL - total,
                )
            )

    def validate_vacancy_id(self, field) -> None:
        if field.data is not None and field.data not in self.vacancy_ids:
            raise ValidationError(_l("Vælg en offentliggjort stilling fra listen."))

    def validate_note(self, field) -> None:
        if self.save.data and not (field.data or "").strip():
            raise ValidationError(_l("Skriv en note om, hvorfor vægtene ændres."))

    def validate_accept_dominant(self, field) -> None:
        proposed = self.proposed()
        if self.save.data and proposed is not None and weight_sets.dominance(proposed) and not field.data:
            raise ValidationError(
                _l("Sæt kryds, hvis én del skal udgøre mere end halvdelen af scoren. Ellers ret vægtene.")
            )


class AdoptForm(BaseForm):
    """Adopt the weights learned from feedback as a new version."""

    note = TextAreaField(
        _l("Note"), [required(), max_length(NOTE_LENGTH)], description=_l("Hvorfor anvendes de lærte vægte?")
    )


class AuditFilterForm(Form):
    """Filter the audit log by action."""

    action = SelectField(
        _l("Handling"),
        name="handling",
        choices=options(AUDIT_ACTION_LABELS.items(), blank=_l("Alle handlinger")),
        validate_choice=False,
    )
