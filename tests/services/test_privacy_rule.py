"""Who may see whom: the rule (``matcher.privacy.may_see``) tested once on a table of cases, then every place
that applies it checked against it on random organisation trees and leaders.

The consumers: ``visibility.can_see`` (contact, interest, talent digest; with all families or with the one
viewer's family), ``matcher_docs.visible_to`` (the candidate list's and the demo funnel's check after ranking),
the SQL form in ``vacancy_counts.seen_by`` (the counts on "Vores stillinger"), the ranking index's hidden pairs
(candidate lists, API, exports of rankings), ``ProfileDoc.seen_by`` (where-else and counterfactuals),
``talent_searches.may_see`` (the anonymous card behind a digest) and ``mentoring.shown_to`` (mentor cards).
"""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from matcher import privacy
from matcher.documents import VacancyDoc
from matcher.index import CandidateIndex
from matcher.privacy import Visibility, family_map
from matcher.segment import RankFilters
from models import MentorOffer, Profile, Role
from webapp.services import mentoring, talent_searches, vacancy_counts, visibility
from webapp.services.matcher_docs import organisation_families, organisation_family, profile_doc, rankable, visible_to

# A ministry (1) with two agencies (2, 3), one agency with an office (4); a region (5) with a hospital (6);
# a kommune on its own (7); an organisation nobody has placed in a tree yet (8, missing from the families).
PARENTS = {1: None, 2: 1, 3: 1, 4: 3, 5: None, 6: 5, 7: None}
FAMILIES = family_map(PARENTS)

V, D, H = Visibility.VISIBLE, Visibility.DISCREET, Visibility.HIDDEN
CASES = [
    # (visibility, the leader's organisation, the viewer's organisation, may see)
    (V, 2, 2, True),  # synlig: everyone, their own organisation too
    (V, None, 2, True),
    (V, 2, None, True),
    (H, 2, 5, False),  # skjult: no one
    (H, None, 5, False),
    (H, None, None, False),
    (D, 2, 2, False),  # diskret: not their own organisation,
    (D, 2, 1, False),  # nor its parent,
    (D, 2, 3, False),  # nor a sister under the same parent,
    (D, 3, 4, False),  # nor a child,
    (D, 4, 3, False),  # nor (from the child) its parent,
    (D, 4, 2, True),  # but an aunt is outside the family,
    (D, 4, 1, True),  # and so is a grandparent,
    (D, 2, 5, True),  # and every other tree;
    (D, 6, 5, False),
    (D, 7, 7, False),  # an organisation alone is its own family,
    (D, 8, 8, False),  # and so is one not placed yet,
    (D, 8, 1, True),
    (D, None, 2, True),  # a discreet leader without an organisation hides from no one,
    (D, 2, None, True),  # and a viewer without one is in no family.
]


@pytest.mark.parametrize(("shown", "organisation", "viewer", "expected"), CASES)
def test_the_rule_who_may_see_whom(shown, organisation, viewer, expected):
    assert privacy.may_see(shown, organisation, viewer, FAMILIES) is expected


def test_a_family_is_symmetric_so_one_viewers_family_answers_for_every_leader():
    for org, family in FAMILIES.items():
        for member in family:
            assert org in FAMILIES[member]


# ---- every consumer against the rule ------------------------------------------------------------------------


def _random_world(rng: random.Random, make_organisation, make_profile, make_user):
    """Organisations in random trees (up to three levels) and leaders with random visibility and organisation."""
    organisations = []
    for _ in range(rng.randint(6, 10)):
        parent = rng.choice([None, None, *organisations])
        if parent is not None and parent.parent is not None and parent.parent.parent is not None:
            parent = None
        organisations.append(make_organisation(sector=rng.choice(["stat", "region", "kommune"]), parent=parent))
    leaders = []
    for _ in range(rng.randint(12, 20)):
        leaders.append(
            make_profile(
                user=make_user(Role.LEADER) if rng.random() < 0.5 else None,
                organisation=rng.choice([None, *organisations]),
                visibility=rng.choice(list(Visibility)),
                max_commute_km=500,
            )
        )
    return organisations, leaders


def _expected(session, leaders, organisations):
    families = organisation_families(session)
    return {
        (leader.id, org.id): privacy.may_see(leader.visibility, leader.organisation_id, org.id, families)
        for leader in leaders
        for org in organisations
    }


@pytest.mark.parametrize("seed", range(4))
def test_every_service_check_agrees_with_the_rule(db, make_organisation, make_profile, make_user, seed):
    organisations, leaders = _random_world(random.Random(seed), make_organisation, make_profile, make_user)
    expected = _expected(db, leaders, organisations)
    assert set(expected.values()) == {True, False}  # the world has both answers, so agreeing means something
    families = organisation_families(db)
    for org in organisations:
        employer = make_user(Role.EMPLOYER, organisation=org)
        one_family = organisation_family(db, org.id)
        counted = set(db.scalars(select(Profile.id).where(vacancy_counts.seen_by(db, org))))
        for leader in leaders:
            want = expected[leader.id, org.id]
            assert visibility.can_see(db, leader, org.id) is want, (leader.id, org.id)
            assert visibility.can_see(db, leader, org.id, families) is want
            assert visible_to(leader, org.id, one_family) is want
            assert visible_to(leader, org.id, families) is want
            assert talent_searches.may_see(db, employer, leader, families) is want
            assert (leader.id in counted) is want
            if privacy.seen_at_all(leader.visibility):
                assert profile_doc(leader, families).seen_by(org.id) is want


@pytest.mark.parametrize("seed", range(2))
def test_the_ranking_index_shows_exactly_whom_the_rule_allows(db, make_organisation, make_profile, make_user, seed):
    organisations, leaders = _random_world(random.Random(seed), make_organisation, make_profile, make_user)
    expected = _expected(db, leaders, organisations)
    families = organisation_families(db)
    index = CandidateIndex.build([profile_doc(p, families) for p in rankable(db)], version="test")
    everyone = RankFilters(include_unqualified=True)

    def ranked(organisation_id):
        vacancy = VacancyDoc(
            key=1,
            sector="kommune",
            level=2,
            municipality_code=751,
            title="Kontorchef",
            competences=("budgetlægning",),
            organisation_id=organisation_id,
        )
        return {item.key for item in index.rank(vacancy, limit=len(leaders), filters=everyone)}

    assert ranked(None) == {p.id for p in leaders if privacy.seen_at_all(p.visibility)}
    for org in organisations:
        assert ranked(org.id) == {p.id for p in leaders if expected[p.id, org.id]}, org.id


@pytest.mark.parametrize("seed", range(2))
def test_mentor_cards_agree_with_the_rule(db, make_organisation, make_profile, make_user, seed):
    organisations, leaders = _random_world(random.Random(seed), make_organisation, make_profile, make_user)
    offers = [
        MentorOffer(profile=p, text="Spørg mig.", max_mentees=2, paused=False, show_title=False)
        for p in leaders
        if p.user is not None
    ]
    db.add_all(offers)
    db.flush()
    expected = _expected(db, leaders, organisations)
    for org in organisations:
        mentee = make_profile(user=make_user(Role.LEADER), organisation=org)
        for offer in offers:
            assert mentoring.shown_to(db, offer, mentee) is expected[offer.profile_id, org.id], (offer.id, org.id)


def test_a_hidden_mentor_who_allows_it_is_shown_as_a_discreet_one(db, make_organisation, make_profile, make_user):
    ministry = make_organisation()
    agency, other = make_organisation(parent=ministry), make_organisation()
    mentor = make_profile(user=make_user(Role.LEADER), organisation=agency, visibility=Visibility.HIDDEN)
    offer = MentorOffer(profile=mentor, text="Spørg mig.", max_mentees=2, paused=False, shown_while_hidden=True)
    db.add(offer)
    db.flush()
    colleague = make_profile(user=make_user(Role.LEADER), organisation=ministry)
    stranger = make_profile(user=make_user(Role.LEADER), organisation=other)
    assert not mentoring.shown_to(db, offer, colleague)
    assert mentoring.shown_to(db, offer, stranger)
    offer.shown_while_hidden = False
    assert not mentoring.shown_to(db, offer, stranger)
