"""The follow-up form: does it work (a five-point scale), what helped and what stood in the way, a comment."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import RadioField, TextAreaField

from ..forms import BaseForm, max_length, optional
from ..labels import options
from ..services.followups import MAX_COMMENT
from ..widgets import CheckboxGroupField, int_or_none
from .labels import FACTOR_LABELS, WORKS_LABELS


class FollowUpForm(BaseForm):
    """Two short questions and an optional comment."""

    works = RadioField(_l("Fungerer det?"), choices=options(WORKS_LABELS.items()), coerce=int_or_none)
    helped = CheckboxGroupField(_l("Hvad hjalp?"), choices=options(FACTOR_LABELS.items()))
    hindered = CheckboxGroupField(_l("Hvad stod i vejen?"), choices=options(FACTOR_LABELS.items()))
    comment = TextAreaField(
        _l("Vil du sige mere? (valgfrit)"),
        [optional(), max_length(MAX_COMMENT)],
        description=_l(
            "Skriv ikke navne. Kommentaren læses kun af Sektorbros administratorer og slettes efter seks måneder."
        ),
    )
