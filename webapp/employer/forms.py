"""The vacancy form, the candidate filters and the forms on a candidate card."""

from datetime import date

from flask_babel import format_date, ngettext
from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    DateField,
    Form,
    RadioField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
    ValidationError,
)

from matcher import geography
from models import OFFER_KINDS, OFFER_MONTHS, VacancyKind

from ..error_messages import message_for
from ..forms import BaseForm, contract_limit, max_length, optional, required, through_contract
from ..labels import (
    KIND_LABELS,
    LEVEL_LABELS,
    LEVEL_SHORT,
    REJECT_REASON_LABELS,
    SECTOR_LABELS,
    SEEKING_LABELS,
    options,
)
from ..services import contacts, contracts, vacancies
from ..services.candidates import MAX_NOTE, ReviewFilters
from ..services.fields import LINE_MAX
from ..widgets import PhraseListField, int_or_none, known_municipality, municipality_field


def month_or_none(value):
    """A start month from the form (``2027-03``) as the first day of that month; blanks and junk are None."""
    if isinstance(value, date) or value is None:
        return value
    try:
        year, month = (int(part) for part in str(value).split("-"))
        return date(year, month, 1)
    except ValueError:
        return None


class VacancyForm(BaseForm):
    """What an employer writes about a leadership post or a short offer (rotation, secondment, job shadowing)."""

    kind = RadioField(
        _l("Hvad slår I op?"),
        choices=options(KIND_LABELS.items()),
        default=VacancyKind.POST.value,
        validate_choice=False,
    )
    duration_months = SelectField(
        _l("Forløbets varighed"),
        description=_l("Kun for rotationsforløb, udstationering og følordning: 1–6 hele måneder."),
        coerce=int_or_none,
        validate_choice=False,
    )
    start_month = SelectField(
        _l("Startmåned"),
        description=_l("Kun for forløb. Lad feltet stå tomt, hvis starten aftales med lederen."),
        coerce=month_or_none,
        validate_choice=False,
    )
    home_employer_pays = BooleanField(
        _l("Lederens hjemmearbejdsplads betaler fortsat lønnen under forløbet"),
        description=_l("Almindeligt ved udstationering. Sæt ikke kryds, hvis I selv betaler lønnen."),
    )
    title = StringField(_l("Stillingsbetegnelse"), [required(), max_length(LINE_MAX)])
    municipality_code = municipality_field(_l("Arbejdssted (kommune)"), [known_municipality])
    level = SelectField(
        _l("Ledelsesniveau"),
        choices=options(LEVEL_LABELS.items(), blank=_l("Vælg niveau")),
        coerce=int_or_none,
        validate_choice=False,
    )
    competences = PhraseListField(
        _l("Krævede kompetencer"),
        [required()],
        description=_l("En pr. linje. Beskriv hvad personen skal kunne, ikke hvilken sektor de kommer fra."),
    )
    nice_to_have = PhraseListField(_l("Ønskede kompetencer"), [optional()], description=_l("En pr. linje."))
    description = TextAreaField(
        _l("Stillingsopslag"),
        [required(), max_length(contract_limit(contracts.VacancyFields, "description", "max_length"))],
    )
    deadline = DateField(
        _l("Ansøgningsfrist"), [optional()], description=_l("I dag eller en senere dato (åååå-mm-dd).")
    )

    def __init__(self, *args, vacancy=None, **kwargs):
        super().__init__(*args, obj=vacancy, **kwargs)
        self.vacancy = vacancy  # the vacancy being edited (None: a new one); its status decides the deadline rule
        self.duration_months.choices = options(
            ((n, ngettext("%(num)d måned", "%(num)d måneder", n)) for n in OFFER_MONTHS), blank=_l("Vælg varighed")
        )
        months = vacancies.start_months()
        if vacancy is not None and vacancy.start_month is not None and vacancy.start_month not in months:
            months.insert(0, vacancy.start_month)  # a month gone by stays choosable on the vacancy that has it
        self.start_month.choices = [SelectChoice("", _l("Efter aftale"))] + [
            SelectChoice(month.strftime("%Y-%m"), format_date(month, "MMMM y")) for month in months
        ]

    @property
    def is_offer(self) -> bool:
        """The form describes a rotation, secondment or job-shadowing offer."""
        return self.kind.data in OFFER_KINDS

    def validate_kind(self, field) -> None:
        if field.data not in KIND_LABELS:
            raise ValidationError(_l("Vælg, hvad I slår op."))

    def validate_duration_months(self, field) -> None:
        if self.is_offer and field.data not in OFFER_MONTHS:
            raise ValidationError(_l("Vælg, hvor mange måneder forløbet varer (1–6)."))

    def validate_start_month(self, field) -> None:
        if not self.is_offer:
            return
        if field.data is None and field.raw_data and field.raw_data[0]:
            raise ValidationError(_l("Vælg en måned fra listen."))
        problem = vacancies.start_month_problem(field.data, self.vacancy)
        if problem:
            raise ValidationError(message_for(problem))

    def validate_level(self, field) -> None:
        if field.data not in LEVEL_LABELS:
            raise ValidationError(_l("Vælg ledelsesniveau."))

    def validate_deadline(self, field) -> None:
        problem = vacancies.deadline_problem(field.data, self.vacancy)
        if problem:
            raise ValidationError(message_for(problem))

    def validate(self, extra_validators=None) -> bool:
        """The fields' own rules, then the vacancy contract's (``services.contracts.Vacancy``) as a whole."""
        return super().validate(extra_validators) and through_contract(
            self,
            contracts.Vacancy,
            self.vacancy_fields(),
            lambda location: self[location[0]] if location else self.title,
        )

    def vacancy_fields(self) -> dict:
        """The form's values under the contract's names, valid or not (the advice on the text reads them too).
        A post carries no offer terms, even when some were
        chosen before the kind was switched back to a post (the fields stay on the page)."""
        data = {name: self[name].data for name in contracts.VacancyFields.model_fields}
        if not self.is_offer:
            data |= {"duration_months": None, "start_month": None, "home_employer_pays": False}
        data["home_employer_pays"] = bool(data["home_employer_pays"])
        data["start_month"] = data["start_month"].strftime("%Y-%m") if data["start_month"] else None
        return data


class CandidateFilterForm(Form):
    """Narrow the candidate review (GET, so no CSRF: it changes nothing)."""

    sector = SelectField(
        _l("Kandidatens sektor"),
        name="sektor",
        choices=options(SECTOR_LABELS.items(), blank=_l("Alle sektorer")),
        validate_choice=False,
    )
    region = SelectField(
        _l("Bopæl"),
        choices=options(((r.code, r.name) for r in geography.REGIONS), blank=_l("Alle regioner")),
        coerce=int_or_none,
        validate_choice=False,
    )
    level = SelectField(
        _l("Ledelsesniveau"),
        name="niveau",
        choices=options(LEVEL_SHORT.items(), blank=_l("Alle niveauer")),
        coerce=int_or_none,
        validate_choice=False,
    )
    seeking = SelectField(
        _l("Jobsøgning"),
        choices=options(SEEKING_LABELS.items(), blank=_l("Alle")),
        validate_choice=False,
        name="soeger",
    )
    other_sectors_only = BooleanField(_l("Kun kandidater fra andre sektorer end stillingens"), name="andre_sektorer")
    shortlisted_only = BooleanField(_l("Kun kandidater på kortlisten"), name="kortliste")
    include_unqualified = BooleanField(
        _l("Vis også kandidater uden den uddannelse, stillingen kræver"),
        description=_l("De står med en markering af, hvad de mangler."),
        name="uden_krav",
    )

    def filters(self) -> ReviewFilters:
        """The chosen filters; values not on the lists are ignored."""
        return ReviewFilters.clean(
            sector=self.sector.data,
            region=self.region.data,
            level=self.level.data,
            seeking=self.seeking.data,
            other_sectors_only=self.other_sectors_only.data,
            shortlisted_only=self.shortlisted_only.data,
            include_unqualified=self.include_unqualified.data,
        )


def card_prefix(profile_id: int) -> str:
    """Field-name prefix of a candidate card's forms, so many cards' fields can share one page."""
    return f"k{profile_id}"


class RejectForm(BaseForm):
    """Reject a candidate, optionally saying why (a fixed list)."""

    reason = SelectField(
        _l("Grund"),
        [optional()],
        choices=options(REJECT_REASON_LABELS.items(), blank=_l("Ingen grund angivet")),
        validate_choice=False,
    )

    def validate_reason(self, field) -> None:
        if field.data and field.data not in REJECT_REASON_LABELS:
            raise ValidationError(_l("Vælg en grund fra listen."))


class NoteForm(BaseForm):
    """A private note on a candidate."""

    note = TextAreaField(
        _l("Private noter"),
        [optional(), max_length(MAX_NOTE)],
        description=_l(
            "Andre arbejdsgivere ser aldrig noterne. Kandidaten kan få dem udleveret sammen med jeres beslutninger, "
            "når de beder om deres data (databeskyttelsesforordningens artikel 15)."
        ),
    )


class ContactForm(BaseForm):
    """A contact request: the message the leader reads before deciding whether to reveal who they are."""

    message = TextAreaField(
        _l("Besked til kandidaten"),
        [required(), max_length(contacts.MAX_MESSAGE)],
        description=_l("Fortæl kort om stillingen, og hvorfor I gerne vil tale med kandidaten."),
    )
