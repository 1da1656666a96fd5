"""A list's filter takes a value only when its select offers it (issue 13: one helper, ``widgets.chosen``, for the
admin lists, the audit log and the public vacancy list); an unknown value in an old or edited link filters nothing."""

from werkzeug.datastructures import MultiDict

from models import Role
from webapp.admin.forms import OrganisationSearchForm
from webapp.admin.user_forms import UserFilterForm
from webapp.public.forms import VacancySearchForm
from webapp.widgets import chosen


def test_a_filter_is_its_value_when_offered_and_none_otherwise(app):
    with app.test_request_context():
        users = UserFilterForm(MultiDict({"rolle": "employer"}))
        assert chosen(users.role) == "employer"
        for junk in ("konge", "", "Employer"):
            assert chosen(UserFilterForm(MultiDict({"rolle": junk})).role) is None
        assert chosen(UserFilterForm(MultiDict()).role) is None
        assert chosen(OrganisationSearchForm(MultiDict({"sektor": "privat"})).sector) == "privat"
        assert chosen(OrganisationSearchForm(MultiDict({"sektor": "mars"})).sector) is None
        search = VacancySearchForm(MultiDict({"sektor": "privat", "region": "1084", "niveau": "9"}))
        assert (chosen(search.sector), chosen(search.region), chosen(search.level)) == (None, 1084, None)


def test_unknown_admin_filters_list_everyone(client, login, make_user, make_organisation):
    login(make_user(Role.ADMIN, email="chef@example.dk"))
    make_user(email="mette@example.dk")
    make_user(Role.EMPLOYER, email="hr@styrelse.dk", organisation=make_organisation("Styrelsen"))
    make_organisation("Region Sjælland", sector="region")
    html = client.get("/admin/brugere?rolle=konge").get_data(as_text=True)
    assert "hr@styrelse.dk" in html and "mette@example.dk" in html
    html = client.get("/admin/organisationer?sektor=mars").get_data(as_text=True)
    assert "Styrelsen" in html and "Region Sjælland" in html
