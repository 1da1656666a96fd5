"""The vacancy form."""

from flask_babel import lazy_gettext as _l
from wtforms import DateField, SelectField, StringField, TextAreaField, ValidationError

from ..forms import BaseForm, max_length, optional, required
from ..labels import LEVEL_LABELS, options
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
    deadline = DateField(_l("Ansøgningsfrist"), [optional()], description=_l("Format: åååå-mm-dd."))

    def validate_level(self, field) -> None:
        if field.data not in LEVEL_LABELS:
            raise ValidationError(_l("Vælg ledelsesniveau."))

    def vacancy_fields(self) -> dict:
        """The form's values in the shape the vacancies service takes."""
        return {
            name: getattr(self, name).data
            for name in (
                "title",
                "municipality_code",
                "level",
                "competences",
                "nice_to_have",
                "description",
                "deadline",
            )
        }
