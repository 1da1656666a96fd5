"""The settings page's forms: notifications and API tokens."""

from flask_babel import lazy_gettext as _l
from wtforms import RadioField, SelectField, StringField

from ..forms import BaseForm, max_length, required
from ..labels import DELIVERY_LABELS, NOTIFICATION_KIND_LABELS, TOKEN_SCOPE_LABELS, options
from ..services.tokens import EXPIRY_CHOICES, MAX_NAME

NEVER = "never"  # the expiry choice for a token that works until it is revoked


class TokenForm(BaseForm):
    """Name a new API token, choose when it expires and whether it may change data or only read."""

    name = StringField(
        _l("Navn på nøglen"),
        [required(), max_length(MAX_NAME)],
        description=_l("Fx det system eller script, der skal bruge nøglen."),
    )
    expires_in_days = SelectField(
        _l("Udløber"),
        choices=options(
            [(str(days), _l("Om %(n)d dage", n=days)) for days in EXPIRY_CHOICES] + [(NEVER, _l("Aldrig"))]
        ),
        default="90",
        description=_l("Derefter virker nøglen ikke længere. Vælg den korteste tid, systemet har brug for."),
    )
    scope = RadioField(_l("Adgang"), choices=options(TOKEN_SCOPE_LABELS.items()), default="full")

    def expiry_days(self) -> int | None:
        """The chosen lifetime in days, or None for a token that never expires."""
        value = self.expires_in_days.data
        return None if value == NEVER else int(value)


# Language names are written in their own language, as in the header's language switch.
LANGUAGE_NAMES = {"da": "Dansk", "en": "English"}


class NotificationSettingsForm(BaseForm):
    """Per kind of notification: mail at once, in the daily digest or never; and the language of the mails.

    ``for_kinds`` adds one radio group per kind the person's role can get.
    """

    language = RadioField(
        _l("Sprog i e-mails"),
        [required()],
        choices=options(LANGUAGE_NAMES.items()),
        description=_l("Beskederne her på siden står på det sprog, du har valgt øverst."),
    )

    @classmethod
    def for_kinds(cls, kinds):
        """A form class with a radio group for each kind (field name = the kind)."""
        fields = {
            str(kind): RadioField(
                NOTIFICATION_KIND_LABELS[kind],
                [required()],
                choices=options(DELIVERY_LABELS.items()),
            )
            for kind in kinds
        }
        return type("NotificationSettingsForm", (cls,), fields)

    def kind_fields(self, kinds):
        """The radio groups in the order of ``kinds``."""
        return [self[str(kind)] for kind in kinds]
