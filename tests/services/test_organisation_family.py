"""One organisation's family, read on its own, hides exactly the discreet leaders all families would hide."""

from itertools import product

from models import Visibility
from webapp.services.matcher_docs import hidden_from, organisation_families, organisation_family


def test_one_family_answers_as_all_families_for_every_pair(db, make_organisation, make_profile):
    ministry = make_organisation("Skatteministeriet", sector="stat")
    agencies = [make_organisation(name, sector="stat", parent=ministry) for name in ("Gældsstyrelsen", "Toldstyrelsen")]
    unit = make_organisation("Toldstyrelsens kontor i Padborg", sector="stat", parent=agencies[1])
    region = make_organisation("Region Syddanmark", sector="region")
    hospital = make_organisation("Odense Universitetshospital", sector="region", parent=region)
    alone = make_organisation("Vejle Kommune", sector="kommune")
    organisations = [ministry, *agencies, unit, region, hospital, alone]
    leaders = [make_profile(organisation=org, visibility=Visibility.DISCREET) for org in organisations]
    leaders.append(make_profile(organisation=ministry, visibility=Visibility.VISIBLE))
    db.flush()
    everything = organisation_families(db)
    hidden_pairs = 0
    for leader, asking in product(leaders, organisations):
        expected = asking.id in hidden_from(leader, everything)
        assert (asking.id in hidden_from(leader, organisation_family(db, asking.id))) == expected, (leader, asking)
        hidden_pairs += expected
    assert hidden_pairs > len(organisations)  # the families matter here, not only "the same organisation"
