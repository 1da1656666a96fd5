"""The mentoring forms: the search (GET, no CSRF), the offer, and a request to one mentor."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, Form, SelectField, TextAreaField, validators

from matcher.taxonomy_data import load_functions

from ..forms import BaseForm, required
from ..labels import FUNCTION_LABELS, SECTOR_LABELS, options
from ..services.mentoring import MAX_MENTEES, MAX_MESSAGE, MAX_TEXT


def other_sectors(own_sector: str) -> list:
    """Every sector but the leader's own, as select choices."""
    return options((k, v) for k, v in SECTOR_LABELS.items() if k != own_sector)


class FindForm(Form):
    """Which move the leader considers: the sector, and perhaps the function."""

    sector = SelectField(_l("Hvilken sektor overvejer du?"), validate_choice=False, name="sektor")
    function = SelectField(
        _l("Inden for hvilken funktion?"),
        name="funktion",
        choices=options(
            ((f.id, FUNCTION_LABELS.get(f.id, f.name_da)) for f in load_functions()),
            blank=_l("Som i dag (ud fra din profil)"),
        ),
        validate_choice=False,
    )

    def limit_sectors(self, own_sector: str) -> None:
        """Offer every sector but the leader's own."""
        self.sector.choices = other_sectors(own_sector)


class OfferForm(BaseForm):
    """Offer to be a mentor, or change the offer."""

    text = TextAreaField(
        _l("Hvad kan du hjælpe med?"),
        [required(), validators.Length(max=MAX_TEXT, message=_l("Højst %(max)d tegn."))],
        description=_l(
            "Fx hvordan styringen er anderledes, hvad der overraskede dig, eller hvordan du fik din erfaring "
            "oversat i ansøgningen. Andre ledere ser teksten, men ikke dit navn."
        ),
    )
    max_mentees = SelectField(
        _l("Hvor mange ledere vil du højst tale med ad gangen?"),
        choices=options((n, str(n)) for n in range(1, MAX_MENTEES + 1)),
        coerce=int,
        default=2,
        description=_l(
            "Vi tæller ubesvarede anmodninger og samtaler, du har sagt ja til inden for det seneste halve år. "
            "Når tallet er nået, bliver du ikke vist, før der er plads igen."
        ),
    )
    show_title = BooleanField(
        _l("Vis min stillingsbetegnelse"),
        default=False,
        description=_l(
            "En titel kan sammen med dit sektorskift gøre dig genkendelig, før du har sagt ja. Uden den ser andre "
            "kun dit ledelsesniveau og din sektor."
        ),
    )
    paused = BooleanField(
        _l("Sæt på pause"), description=_l("Du bliver ikke vist som mentor, før du fjerner krydset igen.")
    )
    shown_while_hidden = BooleanField(
        _l("Vis mig som mentor for andre ledere, selv om min profil er skjult"),
        description=_l("Arbejdsgivere kan stadig ikke finde dig. Andre ledere ser kun det, der står på denne side."),
    )


class RequestForm(BaseForm):
    """Ask one mentor for a conversation."""

    target_sector = SelectField(_l("Hvilken sektor overvejer du?"), validate_choice=False)
    message = TextAreaField(
        _l("Din besked til mentoren"),
        [required(), validators.Length(max=MAX_MESSAGE, message=_l("Højst %(max)d tegn."))],
        description=_l(
            "Skriv kort, hvilket skifte du overvejer, og hvad du gerne vil tale om. Mentoren ser dit niveau og din "
            "sektor, men først dit navn og din e-mail, hvis mentoren siger ja."
        ),
    )

    def limit_sectors(self, own_sector: str) -> None:
        """Offer every sector but the leader's own."""
        self.target_sector.choices = other_sectors(own_sector)
