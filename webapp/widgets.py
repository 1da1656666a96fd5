"""Shared form fields: lists of phrases, checkbox groups, the municipality picker and a filter's chosen value."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import SelectField, SelectMultipleField, TextAreaField, ValidationError, widgets

from matcher import geography

from .labels import options
from .services.contracts import MAX_PHRASES, SEARCH_TEXT_MAX
from .services.fields import PHRASE_MAX


def int_or_none(value):
    """Coerce a select value to int, leaving blanks (and junk) as None for the validators to catch."""
    if isinstance(value, int):
        return value
    return int(value) if value not in (None, "") and str(value).strip().isdigit() else None


def search_text(value: str | None) -> str:
    """A search box's text as the services search for it: its first ``SEARCH_TEXT_MAX`` characters, control
    characters as spaces. Search boxes come in query arguments, which no ``BaseForm`` cleans, and NUL cannot be
    stored or searched for (PostgreSQL refuses it)."""
    return "".join(ch if ch >= " " else " " for ch in (value or "")[:SEARCH_TEXT_MAX])


def chosen(field: SelectField):
    """A filter's value when it is one of the field's own choices, else None (all). A list's filters come in query
    arguments and skip WTForms' choice check, so an unknown value in an old or edited link filters nothing instead
    of failing; the choices the select offers are the values it accepts."""
    offered = {value for value, *_rest in field.iter_choices() if value != ""}
    return field.data if field.data in offered else None


class PhraseListField(TextAreaField):
    """A textarea holding one short phrase per line, exposed as a list of strings (at most the input contracts'
    number of phrases, each at most their length)."""

    def __init__(
        self, label=None, validators=None, max_items: int = MAX_PHRASES, max_length: int = PHRASE_MAX, **kwargs
    ):
        super().__init__(label, validators, **kwargs)
        self.max_items = max_items
        self.max_length = max_length

    def process_formdata(self, valuelist):
        self.data = [line.strip() for line in (valuelist[0] if valuelist else "").splitlines() if line.strip()]

    def _value(self) -> str:
        return "\n".join(self.data or [])

    def pre_validate(self, form) -> None:
        if len(self.data or []) > self.max_items:
            raise ValidationError(_l("Højst %(n)d linjer.", n=self.max_items))
        for phrase in self.data or []:
            if len(phrase) > self.max_length:
                raise ValidationError(_l("Hver linje må højst have %(n)d tegn.", n=self.max_length))


class CheckboxGroupField(SelectMultipleField):
    """Several checkboxes sharing one name."""

    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


def municipality_field(label, validators=None, **kwargs) -> SelectField:
    """A select of the 98 kommuner by name, valued by kommunekode."""
    return SelectField(
        label,
        validators,
        choices=options(((m.code, m.name) for m in geography.MUNICIPALITIES), blank=_l("Vælg kommune")),
        coerce=int_or_none,
        **kwargs,
    )


def known_municipality(form, field) -> None:
    """Validator: the chosen code is one of the 98 kommuner."""
    if field.data is None or geography.find_municipality(field.data) is None:
        raise ValidationError(_l("Vælg en kommune fra listen."))
