"""The vacancy form, the candidate filters and the forms on a candidate card."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, DateField, Form, SelectField, StringField, TextAreaField, ValidationError

from matcher import geography

from ..forms import BaseForm, max_length, optional, required
from ..labels import LEVEL_LABELS, LEVEL_SHORT, REJECT_REASON_LABELS, SECTOR_LABELS, SEEKING_LABELS, options
from ..services import contacts, vacancies
from ..services.candidates import MAX_NOTE, ReviewFilters
from ..widgets import PhraseListField, int_or_none, known_municipality, municipality_field


class VacancyForm(BaseForm):
    """What an employer writes about a leadership post."""

    title = StringField(_l("Stillingsbetegnelse"), [required(), max_length(200)])
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
    description = TextAreaField(_l("Stillingsopslag"), [required(), max_length(20000)])
    deadline = DateField(
        _l("Ansøgningsfrist"), [optional()], description=_l("I dag eller en senere dato (åååå-mm-dd).")
    )

    def __init__(self, *args, vacancy=None, **kwargs):
        super().__init__(*args, obj=vacancy, **kwargs)
        self.vacancy = vacancy  # the vacancy being edited (None: a new one); its status decides the deadline rule

    def validate_level(self, field) -> None:
        if field.data not in LEVEL_LABELS:
            raise ValidationError(_l("Vælg ledelsesniveau."))

    def validate_deadline(self, field) -> None:
        problem = vacancies.deadline_problem(field.data, self.vacancy)
        if problem:
            raise ValidationError(problem)

    def vacancy_fields(self) -> dict:
        """The form's values in the shape the vacancies service takes."""
        return {name: getattr(self, name).data for name in vacancies.VACANCY_FIELDS}


class CandidateFilterForm(Form):
    """Narrow the candidate review (GET, so no CSRF: it changes nothing)."""

    sektor = SelectField(
        _l("Kandidatens sektor"),
        choices=options(SECTOR_LABELS.items(), blank=_l("Alle sektorer")),
        validate_choice=False,
    )
    region = SelectField(
        _l("Bopæl"),
        choices=options(((r.code, r.name) for r in geography.REGIONS), blank=_l("Alle regioner")),
        coerce=int_or_none,
        validate_choice=False,
    )
    niveau = SelectField(
        _l("Ledelsesniveau"),
        choices=options(LEVEL_SHORT.items(), blank=_l("Alle niveauer")),
        coerce=int_or_none,
        validate_choice=False,
    )
    soeger = SelectField(
        _l("Jobsøgning"), choices=options(SEEKING_LABELS.items(), blank=_l("Alle")), validate_choice=False
    )
    andre_sektorer = BooleanField(_l("Kun kandidater fra andre sektorer end stillingens"))
    kortliste = BooleanField(_l("Kun kandidater på kortlisten"))
    uden_krav = BooleanField(
        _l("Vis også kandidater uden den uddannelse, stillingen kræver"),
        description=_l("De står med en markering af, hvad de mangler."),
    )

    def filters(self) -> ReviewFilters:
        """The chosen filters; values not on the lists are ignored."""
        return ReviewFilters.clean(
            sector=self.sektor.data,
            region=self.region.data,
            level=self.niveau.data,
            seeking=self.soeger.data,
            other_sectors_only=self.andre_sektorer.data,
            shortlisted_only=self.kortliste.data,
            include_unqualified=self.uden_krav.data,
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
