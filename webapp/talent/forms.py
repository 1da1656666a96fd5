"""The talent search forms: the filters with a name and a frequency, and the rename/frequency form."""

from __future__ import annotations

from dataclasses import asdict

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, RadioField, SelectField, StringField

from matcher import geography

from ..forms import BaseForm, max_length, required, through_contract
from ..labels import FUNCTION_LABELS, LEVEL_LABELS, options
from ..services import contracts
from ..services.talent_searches import TalentFilters, function_ids
from ..widgets import int_or_none

FREQUENCY_LABELS = {"daily": _l("Hver dag, når der er nye kandidater"), "weekly": _l("Én gang om ugen")}


def _text_or_none(value):
    """A blank or missing choice is None (so a form posted without the field means "all")."""
    return value or None


def _function_choices():
    return options(((f, FUNCTION_LABELS.get(f, f)) for f in function_ids()), blank=_l("Alle funktioner"))


class TalentSearchForm(BaseForm):
    """A talent search: what to look for, what to call it and how often to hear."""

    name = StringField(_l("Navn på søgningen"), [required(), max_length(contracts.SEARCH_NAME_MAX)])
    function = SelectField(
        _l("Funktion"),
        coerce=_text_or_none,
        description=_l("Det fagområde, Sektorbro genkender i lederens titler, enheder og kompetencer."),
    )
    level = SelectField(
        _l("Ledelsesniveau"), choices=options(LEVEL_LABELS.items(), blank=_l("Alle niveauer")), coerce=int_or_none
    )
    region = SelectField(
        _l("Region"),
        description=_l("Hvor lederen bor."),
        choices=options(((r.code, r.name) for r in geography.REGIONS), blank=_l("Hele landet")),
        coerce=int_or_none,
    )
    other_sectors_only = BooleanField(_l("Kun ledere fra andre sektorer end vores"))
    frequency = RadioField(
        _l("Hvor ofte vil du have en e-mail?"), choices=options(FREQUENCY_LABELS.items()), default="weekly"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.function.choices = _function_choices()

    def filters(self) -> TalentFilters:
        """The chosen filters in the shape the service takes."""
        return TalentFilters(
            function=self.function.data or None,
            level=self.level.data,
            region=self.region.data,
            other_sectors_only=bool(self.other_sectors_only.data),
        )

    def validate(self, extra_validators=None) -> bool:
        """The fields' own rules, then the talent search's contract (``services.contracts.TalentSearch``): its
        result, ``self.contract``, is what the view hands the service, so a search is checked once."""
        data = {"name": self.name.data or "", "frequency": self.frequency.data or ""} | asdict(self.filters())
        return super().validate(extra_validators) and through_contract(self, contracts.TalentSearch, data, _at(self))


class EditTalentSearchForm(BaseForm):
    """Rename a search and choose how often it mails."""

    name = StringField(_l("Navn på søgningen"), [required(), max_length(contracts.SEARCH_NAME_MAX)])
    frequency = RadioField(_l("Hvor ofte vil du have en e-mail?"), choices=options(FREQUENCY_LABELS.items()))

    def validate(self, extra_validators=None) -> bool:
        """The fields' own rules, then the contract of what may change (``contracts.TalentSearchChange``), whose
        result, ``self.contract``, the view hands the service."""
        data = {"name": self.name.data or "", "frequency": self.frequency.data or ""}
        return super().validate(extra_validators) and through_contract(
            self, contracts.TalentSearchChange, data, _at(self)
        )


def _at(form: BaseForm):
    """The form field a contract error's location names (the contract's names are the fields')."""
    return lambda location: form[location[0]]
