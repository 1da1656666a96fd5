"""One mapping from a saved profile or vacancy to its contract's values (issue 13): the API shows them and merges a
PATCH into them, the export writes them; so they hold exactly the contract's fields and read back as it."""

import json
from datetime import date

from models import Role
from webapp.services import contracts


def test_a_saved_profile_gives_exactly_its_contracts_fields_and_reads_back(db, make_user, make_profile):
    profile = make_profile(user=make_user(Role.LEADER), experiences=2, visibility="discreet")
    values = contracts.profile_values(profile)
    assert set(values) == set(contracts.Profile.model_fields)
    assert all(set(entry) == set(contracts.Experience.model_fields) for entry in values["experience"])
    assert contracts.Profile.model_validate_json(json.dumps(values)).model_dump() == values


def test_a_saved_vacancy_gives_exactly_its_contracts_fields_in_json_form(db, make_vacancy):
    offer = make_vacancy(kind="secondment", duration_months=6, start_month=date(2027, 4, 1), deadline=date(2027, 3, 1))
    values = contracts.vacancy_values(offer)
    assert set(values) == set(contracts.VacancyFields.model_fields)
    assert (values["deadline"], values["start_month"]) == ("2027-03-01", "2027-04")
    assert json.loads(json.dumps(values)) == values  # plain JSON values, as the export writes them
    read = contracts.VacancyFields.model_validate_json(json.dumps(values))
    assert (read.deadline, read.start_month, read.duration_months) == (date(2027, 3, 1), date(2027, 4, 1), 6)
