"""The leader's forms: profile with experience entries, visibility, saved searches and account deletion."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    EmailField,
    FieldList,
    FormField,
    IntegerField,
    RadioField,
    SelectField,
    StringField,
    TextAreaField,
    ValidationError,
    validators,
)

from matcher import geography

from ..forms import (
    BaseForm,
    contract_email,
    contract_limit,
    contract_range,
    max_length,
    optional,
    required,
    through_contract,
)
from ..labels import (
    KIND_FILTER_LABELS,
    LEVEL_LABELS,
    PUBLIC_SECTOR_CHOICES,
    SECTOR_LABELS,
    SEEKING_LABELS,
    VISIBILITY_SHORT,
    options,
)
from ..services import contracts
from ..services.fields import EARLIEST_YEAR, LINE_MAX
from ..services.vacancies import KIND_ARGS, VacancyFilters
from ..services.visibility import DEFAULT_VISIBILITY
from ..widgets import CheckboxGroupField, PhraseListField, int_or_none, known_municipality, municipality_field

# The three visibility choices in one sentence each (shown under each radio button, at the first save and on
# "Hvem må se mig?"); what they enforce is in services/visibility.py.
VISIBILITY_HELP = {
    "visible": _l(
        "Alle arbejdsgivere kan finde dig, også din egen organisation – uden dit navn, indtil du accepterer "
        "en kontaktanmodning."
    ),
    "discreet": _l(
        "Alle arbejdsgivere kan finde dig, undtagen din egen organisation og de organisationer, den hører "
        "under eller har under sig."
    ),
    "hidden": _l(
        "Ingen arbejdsgivere kan finde dig, og du kan ikke vise interesse for stillinger, men du ser stadig "
        "stillinger, der passer til dig."
    ),
}


def _chosen(message):
    """Validator for a select that starts on "Vælg …": a real choice is required, with ``message``."""
    return validators.InputRequired(message=message)


def _visibility_field(label):
    return RadioField(label, choices=options(VISIBILITY_SHORT.items()), default=DEFAULT_VISIBILITY.value)


def _this_year() -> int:
    return date.today().year


class ExperienceForm(BaseForm):
    """One job in the leader's history (a sub-form: the outer form carries the CSRF token)."""

    class Meta:
        csrf = False

    sector = SelectField(
        _l("Sektor"),
        [_chosen(_l("Vælg sektoren for dette job."))],
        choices=options(SECTOR_LABELS.items(), blank=_l("Vælg sektor")),
    )
    organisation = StringField(_l("Organisation"), [required(), max_length(LINE_MAX)])
    title = StringField(_l("Titel"), [required(), max_length(LINE_MAX)])
    level = SelectField(
        _l("Ledelsesniveau"),
        [_chosen(_l("Vælg ledelsesniveauet for dette job."))],
        choices=options(LEVEL_LABELS.items(), blank=_l("Vælg niveau")),
        coerce=int_or_none,
    )
    start_year = IntegerField(_l("Fra år"), [required()])
    end_year = IntegerField(_l("Til år"), [optional()], description=_l("Tom, hvis det er dit nuværende job."))
    description = TextAreaField(
        _l("Beskrivelse"), [optional(), max_length(contract_limit(contracts.Experience, "description", "max_length"))]
    )
    remove = BooleanField(_l("Fjern denne erfaring"))

    def validate_start_year(self, field) -> None:
        if field.data is not None and not EARLIEST_YEAR <= field.data <= _this_year():
            raise ValidationError(_l("Skriv et år fra %(a)d til %(b)d.", a=EARLIEST_YEAR, b=_this_year()))

    def validate_end_year(self, field) -> None:
        if field.data is None:
            return
        if field.data > _this_year():
            raise ValidationError(_l("Slutåret kan ikke ligge i fremtiden."))
        if self.start_year.data is not None and field.data < self.start_year.data:
            raise ValidationError(_l("Slutåret skal være samme år som startåret eller senere."))

    def is_left_out(self) -> bool:
        """Marked for removal, or never filled in: neither validated nor saved."""
        return bool(self.remove.data) or self.is_blank()

    def is_blank(self) -> bool:
        """An entry the leader added but never filled in (nothing typed, nothing chosen)."""
        return (
            not any(
                (field.raw_data[0] if field.raw_data else field.data) not in (None, "")
                for field in (self.sector, self.organisation, self.title, self.level, self.start_year, self.end_year)
            )
            and not (self.description.data or "").strip()
        )


class ExperienceList(FieldList):
    """Experience entries; blank entries and entries marked for removal are not validated."""

    def validate(self, form, extra_validators=()) -> bool:
        for entry in self.entries:
            if not entry.form.is_left_out():
                entry.validate(form)
        return not self.errors

    @property
    def errors(self) -> list:
        """Each entry's errors (``{}`` for one left out), or ``[]`` when there are none. Read from the entries
        when asked, so an error the profile contract puts on a whole entry after validation counts too."""
        found = [{} if entry.form.is_left_out() else entry.errors for entry in self.entries]
        return found if any(found) else []


class ProfileForm(BaseForm):
    """Everything a leader shows employers."""

    name = StringField(_l("Navn"), [required(), max_length(LINE_MAX)])
    email = EmailField(
        _l("Kontakt-e-mail"),
        [required(), contract_email(), max_length(contract_limit(contracts.Profile, "email", "max_length"))],
        description=_l("Arbejdsgivere ser den først, når du har accepteret en kontaktanmodning."),
    )
    sector = SelectField(
        _l("Nuværende sektor"),
        [_chosen(_l("Vælg den sektor, du arbejder i nu."))],
        choices=options(SECTOR_LABELS.items(), blank=_l("Vælg sektor")),
    )
    organisation_name = StringField(
        _l("Nuværende organisation"),
        [optional(), max_length(LINE_MAX)],
        description=_l("Begynd at skrive, og vælg din organisation på listen."),
    )
    organisation_new = BooleanField(
        _l("Min organisation er ikke på listen"),
        description=_l(
            "Så opretter vi den, og en administrator placerer den i hierarkiet. Indtil da kan diskret kun "
            "skjule dig for netop den organisation."
        ),
    )
    title = StringField(_l("Stillingsbetegnelse"), [required(), max_length(LINE_MAX)])
    level = RadioField(
        _l("Ledelsesniveau"), choices=options(LEVEL_LABELS.items()), coerce=int_or_none, validate_choice=False
    )
    years_as_leader = IntegerField(
        _l("År som leder"),
        [required(), contract_range(contracts.Profile, "years_as_leader")],
    )
    municipality_code = municipality_field(_l("Bopælskommune"), [known_municipality])
    max_commute_km = IntegerField(
        _l("Længste transport (km)"),
        [required(), contract_range(contracts.Profile, "max_commute_km")],
        description=_l("Hvor langt du vil pendle hver vej."),
    )
    open_to_sectors = CheckboxGroupField(_l("Sektorer du er åben for"), choices=options(SECTOR_LABELS.items()))
    seeking = RadioField(_l("Jobsøgning"), choices=options(SEEKING_LABELS.items()), default="open")
    competences = PhraseListField(
        _l("Kompetencer"),
        [required()],
        description=_l("En kompetence pr. linje, fx »budgetlægning« eller »forandringsledelse«."),
    )
    summary = TextAreaField(
        _l("Kort om dig som leder"),
        [optional(), max_length(contract_limit(contracts.Profile, "summary", "max_length"))],
    )
    education = TextAreaField(
        _l("Uddannelse"), [optional(), max_length(contract_limit(contracts.Profile, "education", "max_length"))]
    )
    experiences = ExperienceList(FormField(ExperienceForm), min_entries=0, max_entries=contracts.MAX_EXPERIENCES)

    def validate_level(self, field) -> None:
        if field.data not in LEVEL_LABELS:
            raise ValidationError(_l("Vælg dit ledelsesniveau."))

    def validate_open_to_sectors(self, field) -> None:
        if not field.data:
            raise ValidationError(_l("Vælg mindst én sektor."))

    def kept_experiences(self) -> list[ExperienceForm]:
        """Entries that are neither blank nor marked for removal."""
        return [entry.form for entry in self.experiences if not entry.form.is_left_out()]

    def validate(self, extra_validators=None) -> bool:
        """The fields' own rules, then the profile contract's (``services.contracts.Profile``) as a whole, and
        an organisation the leader adds ("not on the list") by the organisation contract, as an employer's new
        organisation and an import's are (its sector and kommune are the leader's own)."""
        if not super().validate(extra_validators):
            return False
        if not through_contract(self, contracts.Profile, self._contract_data(), self._field_at):
            return False
        profile = self.contract
        if not (self.organisation_new.data and profile.organisation):
            return True
        data = {"name": profile.organisation, "sector": profile.sector, "municipality_code": profile.municipality_code}
        valid = through_contract(self, contracts.Organisation, data, lambda location: self.organisation_name)
        self.contract = profile  # the profile is what the view saves; the organisation is made from it
        return valid

    def _contract_data(self) -> dict:
        """The form's values under the contract's names."""
        kept = self.kept_experiences()
        return {name: getattr(self, name).data for name in contracts.PROFILE_COLUMNS} | {
            "organisation": self.organisation_name.data or None,
            "experience": [
                {name: entry[name].data for name in contracts.Experience.model_fields}
                | {"description": entry.description.data or ""}
                for entry in kept
            ],
            "visibility": self.visibility.data if "visibility" in self else None,
        }

    def _field_at(self, location: tuple):
        """The form field a contract error's location points at: an experience entry's field, or the entry itself
        (its own errors) for a rule across the entry; the form as a whole: its first field."""
        if location[:1] == ("experience",) and len(location) > 1:
            entry = self.kept_experiences()[location[1]]
            return entry[location[2]] if len(location) > 2 else entry
        name = {"organisation": "organisation_name"}.get(location[0], location[0]) if location else "name"
        return self[name] if name in self else self.name


class NewProfileForm(ProfileForm):
    """The first save also asks who may find the leader, so nobody is findable before they have chosen."""

    visibility = _visibility_field(_l("Hvem må finde dig?"))

    def validate_visibility(self, field) -> None:
        if field.data not in VISIBILITY_SHORT:
            raise ValidationError(_l("Vælg, hvem der må finde dig."))


class VisibilityForm(BaseForm):
    """Who may see the leader: synlig, diskret or skjult."""

    visibility = _visibility_field(_l("Hvem må finde dig?"))


# The saved search contract's names whose form field is named otherwise (the list's query name ``q``).
SEARCH_FIELDS = {"text": "q"}


class SavedSearchForm(BaseForm):
    """A name and the public list's filters (the list's query names, so ``/stillinger?…`` arguments fill it in)."""

    name = StringField(_l("Navn på søgningen"), [required(), max_length(contracts.SEARCH_NAME_MAX)])
    q = StringField(_l("Søgeord"), [optional(), max_length(contracts.SEARCH_TEXT_MAX)])
    sector = SelectField(
        _l("Sektor"),
        choices=options(PUBLIC_SECTOR_CHOICES, blank=_l("Alle sektorer")),
        name="sektor",
    )
    region = SelectField(
        _l("Region"),
        choices=options(((r.code, r.name) for r in geography.REGIONS), blank=_l("Alle regioner")),
        coerce=int_or_none,
    )
    level = SelectField(
        _l("Niveau"),
        choices=options(LEVEL_LABELS.items(), blank=_l("Alle niveauer")),
        coerce=int_or_none,
        name="niveau",
    )
    kind = SelectField(_l("Type"), choices=options(KIND_FILTER_LABELS.items(), blank=_l("Alle")), name="type")

    def filters(self) -> VacancyFilters:
        """The chosen filters in the shape the search service takes."""
        return VacancyFilters(
            text=self.q.data or "",
            sector=self.sector.data or None,
            region=self.region.data,
            level=self.level.data,
            kind=KIND_ARGS.get(self.kind.data or ""),
        )

    def validate(self, extra_validators=None) -> bool:
        """The fields' own rules, then the saved search's contract (``services.contracts.SavedSearch``): a name of
        spaces, say, is refused here, at its field, and the result, ``self.contract``, is what the view saves."""
        data = {"name": self.name.data or ""} | asdict(self.filters())
        return super().validate(extra_validators) and through_contract(
            self, contracts.SavedSearch, data, lambda location: self[SEARCH_FIELDS.get(location[0], location[0])]
        )


class DeleteAccountForm(BaseForm):
    """Deleting the account is confirmed by typing the log-in e-mail address."""

    confirm_email = EmailField(
        _l("Skriv din e-mailadresse for at bekræfte"),
        [required(), max_length(254)],
        description=_l("Den adresse, du logger ind med."),
    )
