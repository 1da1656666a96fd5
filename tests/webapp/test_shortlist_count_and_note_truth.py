"""Findings 8 and 10: the note form tells employers the truth about who may read notes, and the shortlist
count does not reveal that a shortlisted candidate turned hidden or discreet."""

import pytest

from models import Role, Visibility
from webapp.services import candidates, ranking
from webapp.services.visibility import set_visibility

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py


@pytest.fixture
def setting(app, db, make_user, make_organisation, make_profile, make_vacancy):
    organisation = make_organisation("Finansstyrelsen", sector="stat")
    employer = make_user(Role.EMPLOYER, organisation=organisation)
    vacancy = make_vacancy(organisation=organisation, title="Kontorchef til økonomi")
    leaders = [make_profile(competences=["budgetlægning", "personaleledelse"]) for _ in range(3)]
    directory = ranking.directory_for(app.instance_path)
    for leader in leaders[:2]:
        candidates.shortlist(db, directory, employer, vacancy, leader.id)
    db.commit()
    yield employer, vacancy, leaders, directory
    ranking.forget(directory)


def shortlisted_count(db, directory, vacancy) -> int:
    return candidates.review(db, directory, vacancy, candidates.ReviewFilters(), 1).shortlisted


@pytest.mark.parametrize("visibility", [Visibility.HIDDEN, Visibility.DISCREET])
def test_the_shortlist_count_leaves_out_candidates_no_longer_visible(db, setting, visibility, make_organisation):
    employer, vacancy, leaders, directory = setting
    assert shortlisted_count(db, directory, vacancy) == 2
    leaver = leaders[1]
    if visibility == Visibility.DISCREET:
        leaver.organisation = employer.organisation  # discreet towards their own organisation: this employer
    set_visibility(db, leaver, visibility)
    db.commit()
    assert shortlisted_count(db, directory, vacancy) == 1


def test_the_note_form_says_the_candidate_can_receive_notes_with_their_data(client, login, setting):
    employer, vacancy, _leaders, _directory = setting
    login(employer)
    html = client.get(f"/arbejdsgiver/stillinger/{vacancy.id}/kandidater").get_data(as_text=True)
    assert "Kandidaten ser dem aldrig" not in html
    assert "artikel 15" in html
