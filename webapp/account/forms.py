"""The settings page's forms."""

from flask_babel import lazy_gettext as _l
from wtforms import StringField

from ..forms import BaseForm, max_length, required
from ..services.tokens import MAX_NAME


class TokenForm(BaseForm):
    """Name a new API token (the name only helps the user tell tokens apart)."""

    name = StringField(
        _l("Navn på nøglen"),
        [required(), max_length(MAX_NAME)],
        description=_l("Fx det system eller script, der skal bruge nøglen."),
    )
