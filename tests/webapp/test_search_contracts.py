"""A saved search and a talent search keep one input contract each (issue 13): the leader's and the employer's
forms validate a new search through ``services.contracts.SavedSearch`` / ``TalentSearch`` and hand the result to
the service, and a caller holding plain values checks them by the same contract (``contracts.checked``) before the
service saves them, so a value one door takes the other takes and a value one refuses the other refuses, each
worded in the visitor's language (Danish or English)."""

import pytest
from sqlalchemy import func, select

from models import Role, SavedSearch, TalentFrequency, TalentSearch
from tests.services.test_alerts import wanted_search
from tests.services.test_talent_searches import wanted_change, wanted_talent
from webapp.error_messages import message_for
from webapp.services import alerts, contracts, errors, talent_searches
from webapp.services.errors import ServiceError
from webapp.services.talent_searches import TalentFilters
from webapp.services.vacancies import KIND_ARGS, KindGroup, VacancyFilters

LONG = "x" * (contracts.SEARCH_NAME_MAX + 1)
AT_LIMIT = "y" * contracts.SEARCH_NAME_MAX


def _number(value: str | None):
    return int(value) if value else None


@pytest.fixture
def leader_doors(app, client, login, make_user, csrf, db):
    """``doors[form or service](posted, lang)``: (saved?, what it said) for a saved search, posted as the form or
    handed to the service as plain values checked by ``contracts.checked``."""
    leader = make_user()

    def form(posted: dict, lang: str):
        login(leader)
        before = db.scalar(select(func.count(SavedSearch.id)))
        data = {"csrf_token": csrf("/leder/soegninger"), "name": "Økonomi"} | posted
        response = client.post(f"/leder/soegninger?lang={lang}", data=data)
        return db.scalar(select(func.count(SavedSearch.id))) > before, response.get_data(as_text=True)

    def service(posted: dict, lang: str):
        filters = VacancyFilters(
            text=posted.get("q", ""),
            sector=posted.get("sektor") or None,
            region=_number(posted.get("region")),
            level=_number(posted.get("niveau")),
            kind=KIND_ARGS.get(posted.get("type", ""), posted.get("type") or None),
        )
        with app.test_request_context(f"/?lang={lang}"):
            try:
                alerts.create(db, leader, wanted_search(posted.get("name", "Økonomi"), filters))
            except ServiceError as error:
                return False, str(message_for(error))
        return True, ""

    return {"form": form, "service": service}


# (posted as the form posts it, the form's words in Danish and English, the service's), None where it is saved;
# "same": the contract's own refusal (a blank name), which both doors word alike.
LEADER_EDGES = {
    "name-at-limit": ({"name": AT_LIMIT}, None, None),
    "name-past-limit": (
        {"name": LONG},
        ("Højst 200 tegn.", "At most 200 characters."),
        ("Navnet må højst have 200 tegn.", "The name can have at most 200 characters."),
    ),
    "blank-name": ({"name": " \t "}, ("Giv søgningen et navn.", "Give the search a name."), "same"),
    "name-of-control-characters": (
        {"name": " \x00\x01 "},
        ("Giv søgningen et navn.", "Give the search a name."),
        "same",
    ),
    "control-character-in-name": ({"name": "Nul\x00tegn"}, None, None),
    "text-past-limit": (
        {"q": "z" * (contracts.SEARCH_TEXT_MAX + 1)},
        ("Højst 200 tegn.", "At most 200 characters."),
        ("Søgeteksten må højst have 200 tegn.", "The search text can have at most 200 characters."),
    ),
    "unknown-sector": (
        {"sektor": "privat"},
        ("Vælg en af mulighederne.", "Not a valid choice."),
        ("Vælg en af sektorerne.", "Choose one of the sectors."),
    ),
    "unknown-region": (
        {"region": "9999"},
        ("Vælg en af mulighederne.", "Not a valid choice."),
        ("Vælg en af regionerne.", "Choose one of the regions."),
    ),
    "unknown-level": (
        {"niveau": "7"},
        ("Vælg en af mulighederne.", "Not a valid choice."),
        ("Vælg et af ledelsesniveauerne.", "Choose one of the leadership levels."),
    ),
}


@pytest.fixture
def employer_doors(app, client, login, make_user, make_organisation, csrf, db):
    """``doors[form or service](posted, lang)``: (saved?, what it said) for a talent search, posted as the form or
    handed to the service as plain values checked by ``contracts.checked``."""
    employer = make_user(Role.EMPLOYER, email="hr@example.dk", organisation=make_organisation(sector="stat"))

    def form(posted: dict, lang: str):
        login(employer)
        before = db.scalar(select(func.count(TalentSearch.id)))
        data = {"csrf_token": csrf("/talentsoegning/"), "name": "Økonomi", "frequency": "daily"} | posted
        response = client.post(f"/talentsoegning/?lang={lang}", data=data)
        return db.scalar(select(func.count(TalentSearch.id))) > before, response.get_data(as_text=True)

    def service(posted: dict, lang: str):
        filters = TalentFilters(
            function=posted.get("function") or None,
            level=_number(posted.get("level")),
            region=_number(posted.get("region")),
        )
        with app.test_request_context(f"/?lang={lang}"):
            try:
                wanted = wanted_talent(posted.get("name", "Økonomi"), filters, posted.get("frequency", "daily"))
                talent_searches.create(db, employer, wanted)
            except ServiceError as error:
                return False, str(message_for(error))
        return True, ""

    return {"form": form, "service": service}


NOT_A_CHOICE = ("Vælg en af mulighederne.", "Not a valid choice.")
EMPLOYER_EDGES = {
    "name-at-limit": ({"name": AT_LIMIT}, None, None),
    "name-past-limit": (
        {"name": LONG},
        ("Højst 200 tegn.", "At most 200 characters."),
        ("Navnet må højst have 200 tegn.", "The name can have at most 200 characters."),
    ),
    "blank-name": ({"name": "   "}, ("Giv søgningen et navn.", "Give the search a name."), "same"),
    # The form drops control characters from what is posted, so nothing at all is left to fill the field.
    "name-of-control-characters": (
        {"name": "\x00\x07"},
        ("Feltet skal udfyldes.", "This field is required."),
        ("Giv søgningen et navn.", "Give the search a name."),
    ),
    "control-character-in-name": ({"name": "Nul\x00tegn"}, None, None),
    "unknown-function": (
        {"function": "astrology"},
        NOT_A_CHOICE,
        ("Vælg en af funktionerne.", "Choose one of the functions."),
    ),
    "unknown-level": (
        {"level": "5"},
        NOT_A_CHOICE,
        ("Vælg et af ledelsesniveauerne.", "Choose one of the leadership levels."),
    ),
    "unknown-region": ({"region": "101"}, NOT_A_CHOICE, ("Vælg en af regionerne.", "Choose one of the regions.")),
    "unknown-frequency": (
        {"frequency": "hourly"},
        NOT_A_CHOICE,
        ("Vælg, hvor ofte du vil have e-mailen.", "Choose how often you want the email."),
    ),
}


CASES = [
    pytest.param(kind, posted, form_words, service_words, id=f"{kind}-{name}")
    for kind, edges in (("leader", LEADER_EDGES), ("employer", EMPLOYER_EDGES))
    for name, (posted, form_words, service_words) in edges.items()
]


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("door", ["form", "service"])
@pytest.mark.parametrize(("kind", "posted", "form_words", "service_words"), CASES)
def test_a_search_goes_in_by_the_form_and_the_service_or_by_neither(
    request, app, kind, door, lang, posted, form_words, service_words
):
    service_words = form_words if service_words == "same" else service_words
    saved, said = request.getfixturevalue(f"{kind}_doors")[door](posted, lang)
    assert saved is (form_words is None)
    words = form_words if door == "form" else service_words
    if words is not None:
        assert words[lang == "en"] in said


def test_renaming_a_talent_search_to_a_blank_name_is_refused_by_the_form_and_by_the_contract_check(
    app, client, login, make_user, make_organisation, csrf, db
):
    employer = make_user(Role.EMPLOYER, email="hr@example.dk", organisation=make_organisation(sector="stat"))
    search = talent_searches.create(db, employer, wanted_talent("Økonomi"))
    db.commit()
    with app.test_request_context("/?lang=en"):
        with pytest.raises(ServiceError) as raised:
            talent_searches.update(db, employer, search.id, wanted_change(" \x00 ", "weekly"))
        assert str(message_for(raised.value)) == "Give the search a name."
    login(employer)
    prefix = f"s{search.id}-"
    data = {prefix + "csrf_token": csrf("/talentsoegning/"), prefix + "name": " \x00 ", prefix + "frequency": "weekly"}
    page = client.post(f"/talentsoegning/{search.id}/rediger", data=data, follow_redirects=True).get_data(as_text=True)
    assert "Giv søgningen et navn." in page
    db.expire_all()
    assert (db.get(TalentSearch, search.id).name, db.get(TalentSearch, search.id).frequency) == ("Økonomi", "daily")


@pytest.fixture
def validations(monkeypatch):
    """How often each search contract validated something during the test, by the contract's name."""
    counted: dict[str, int] = {}
    for model in (contracts.SavedSearch, contracts.TalentSearch, contracts.TalentSearchChange):
        validate = model.model_validate.__func__

        def counting(cls, *args, _validate=validate, **kwargs):
            counted[cls.__name__] = counted.get(cls.__name__, 0) + 1
            return _validate(cls, *args, **kwargs)

        monkeypatch.setattr(model, "model_validate", classmethod(counting))
    return counted


def test_a_search_saved_by_its_form_is_checked_by_its_contract_once(
    client, login, make_user, make_organisation, csrf, db, validations
):
    leader = login(make_user())
    client.post("/leder/soegninger", data={"csrf_token": csrf("/leder/soegninger"), "name": "Økonomi"})
    employer = login(make_user(Role.EMPLOYER, email="hr@example.dk", organisation=make_organisation(sector="stat")))
    data = {"csrf_token": csrf("/talentsoegning/"), "name": "Økonomi", "frequency": "daily"}
    client.post("/talentsoegning/", data=data)
    (search,) = talent_searches.for_user(db, employer)
    prefix = f"s{search.id}-"
    renamed = {prefix + "csrf_token": csrf("/talentsoegning/"), prefix + "name": "Ny", prefix + "frequency": "weekly"}
    client.post(f"/talentsoegning/{search.id}/rediger", data=renamed)
    assert validations == {"SavedSearch": 1, "TalentSearch": 1, "TalentSearchChange": 1}
    db.expire_all()
    assert [s.name for s in alerts.for_user(db, leader)] == ["Økonomi"]
    assert (db.get(TalentSearch, search.id).name, db.get(TalentSearch, search.id).frequency) == ("Ny", "weekly")


def test_each_fixed_choice_is_one_set_built_on_import_from_its_vocabulary():
    """A kind and a frequency are checked against a set built once (not rebuilt from the enum at every check), and
    the matcher's functions are read once, at the first check."""
    assert contracts.KIND_GROUPS == frozenset({"post", "offer"}) == {group.value for group in KindGroup}
    assert contracts.TALENT_FREQUENCIES == frozenset({"daily", "weekly"}) == {f.value for f in TalentFrequency}
    assert contracts.function_ids() is contracts.function_ids()


# The least each search needs besides the choice under test.
NAMED = {contracts.SavedSearch: {"name": "Økonomi"}, contracts.TalentSearch: {"name": "Økonomi", "frequency": "daily"}}


@pytest.mark.parametrize(
    ("model", "values", "refusal"),
    [
        (contracts.SavedSearch, {"kind": "rotation"}, errors.VacancyKindNotAChoice),
        (contracts.SavedSearch, {"sector": "privat"}, errors.SectorNotAChoice),
        (contracts.SavedSearch, {"region": 9999}, errors.RegionNotAChoice),
        (contracts.SavedSearch, {"level": 7}, errors.LevelNotAChoice),
        (contracts.TalentSearch, {"frequency": "hourly"}, errors.FrequencyNotAChoice),
        (contracts.TalentSearch, {"function": "astrology"}, errors.FunctionNotAChoice),
    ],
)
def test_a_value_outside_a_fixed_choice_is_refused_with_its_typed_error(model, values, refusal):
    with pytest.raises(refusal):
        contracts.checked(model, **NAMED[model] | values)


def test_a_value_in_each_fixed_choice_is_taken():
    saved = contracts.checked(contracts.SavedSearch, **NAMED[contracts.SavedSearch], kind="offer", sector="kommune")
    assert (saved.kind, saved.sector) == ("offer", "kommune")
    function = contracts.function_ids()[0]
    talent = contracts.checked(
        contracts.TalentSearch, **NAMED[contracts.TalentSearch] | {"frequency": "weekly"}, function=function
    )
    assert (talent.frequency, talent.function) == ("weekly", function)
