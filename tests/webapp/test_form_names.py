"""One rule for form field names (``webapp/forms.py``): English attributes, posted under that name, and Danish
query names only on search and filter forms, whose URLs are bookmarked and kept in saved searches and feeds."""

import importlib
import pkgutil

import pytest
from wtforms import Form
from wtforms.fields.core import UnboundField

import webapp
from webapp.admin.forms import AuditFilterForm, OrganisationSearchForm
from webapp.admin.user_forms import UserFilterForm
from webapp.employer.forms import CandidateFilterForm
from webapp.leader.forms import SavedSearchForm
from webapp.mentoring.forms import FindForm
from webapp.public.forms import VacancySearchForm

# The query names users have bookmarked: these must never change.
BOOKMARKED = {
    VacancySearchForm: {"q", "sektor", "region", "niveau", "type"},
    SavedSearchForm: {"name", "q", "sektor", "region", "niveau", "type"},
    CandidateFilterForm: {"sektor", "region", "niveau", "soeger", "andre_sektorer", "kortliste", "uden_krav"},
    OrganisationSearchForm: {"q", "sektor", "placering"},
    UserFilterForm: {"q", "rolle", "status"},
    AuditFilterForm: {"handling"},
    FindForm: {"sektor", "funktion"},
}


def _fields(form_class) -> dict[str, str]:
    """Attribute → posted name of every field a form class declares (its own and inherited)."""
    out = {}
    for klass in reversed(form_class.__mro__):
        for attribute, value in vars(klass).items():
            if isinstance(value, UnboundField):
                out[attribute] = value.name or attribute
    return out


def _all_forms() -> list[type[Form]]:
    for module in pkgutil.walk_packages(webapp.__path__, "webapp."):
        if module.name.rsplit(".", 1)[-1].endswith("forms"):
            importlib.import_module(module.name)
    found, todo = [], [Form]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("webapp."):
                found.append(sub)
    return found


@pytest.mark.parametrize("form_class", list(BOOKMARKED), ids=lambda form: form.__name__)
def test_search_and_filter_forms_keep_their_bookmarked_query_names(form_class):
    assert set(_fields(form_class).values()) == BOOKMARKED[form_class]


def test_every_other_form_posts_its_english_attribute_names():
    others = [form for form in _all_forms() if form not in BOOKMARKED]
    assert len(others) > 20  # the walk found the forms
    renamed = {form.__name__: names for form in others if (names := {a: n for a, n in _fields(form).items() if a != n})}
    assert renamed == {}


def test_attributes_are_english_even_where_the_query_name_is_danish():
    assert _fields(CandidateFilterForm)["other_sectors_only"] == "andre_sektorer"
    assert _fields(VacancySearchForm)["kind"] == "type" and _fields(SavedSearchForm)["level"] == "niveau"


def test_a_bookmarked_list_url_with_the_danish_names_still_filters(client, make_vacancy, make_organisation):
    make_vacancy(title="Kontorchef i staten", organisation=make_organisation("Skattestyrelsen", sector="stat"), level=2)
    make_vacancy(
        title="Direktør i kommunen", organisation=make_organisation("Vejle Kommune", sector="kommune"), level=1
    )
    html = client.get("/stillinger?sektor=stat&niveau=2&type=stilling").get_data(as_text=True)
    assert "Kontorchef i staten" in html and "Direktør i kommunen" not in html
