"""A leader's own profile and the vacancies recommended to them."""

from __future__ import annotations

from flask import current_app, g

from ...db import get_session
from ...services import contracts, profiles, ranking
from .. import present
from ..problems import ApiProblem
from ..registry import merge, operation
from ..schemas_matching import ProfileIn, ProfileOut, RecommendationList, RecommendationQuery

LEADER = ("leader",)
NO_PROFILE = "Du har ikke oprettet en profil endnu. Opret den med PUT /api/v1/me/profile."


def _profile():
    found = profiles.get_for_user(get_session(), g.api_user)
    if found is None:
        raise ApiProblem(404, NO_PROFILE)
    return found


def _save(body: ProfileIn):
    """Write the profile (and its visibility, when given) the way the profile form does."""
    session = get_session()
    profiles.save_for_user(session, g.api_user, body)
    return profiles.get_for_user(session, g.api_user)


@operation("GET", "/me/profile", tag="leader", roles=LEADER, response=ProfileOut, errors=(404,))
def get_profile():
    """Get the leader's own profile (404 until it is created)."""
    return present.profile(_profile())


@operation("PUT", "/me/profile", tag="leader", roles=LEADER, body=ProfileIn, response=ProfileOut)
def put_profile(body: ProfileIn):
    """Create or replace the leader's profile.

    The whole profile, with the same rules as the profile form. Leaving out `visibility` keeps the current
    setting; a new profile without it is `discreet` (hidden from your own organisation's family, found by
    every other employer), as in the profile form. The ranking uses the change at once.
    """
    return present.profile(_save(body))


@operation(
    "PATCH", "/me/profile", tag="leader", roles=LEADER, body=ProfileIn, partial=True, response=ProfileOut, errors=(404,)
)
def patch_profile(body: dict):
    """Change some fields of the leader's profile.

    Send only the fields to change; `experience`, when sent, replaces the whole list.
    """
    return present.profile(_save(merge(ProfileIn, contracts.profile_values(_profile()), body)))


@operation(
    "GET",
    "/me/recommendations",
    tag="leader",
    roles=LEADER,
    query=RecommendationQuery,
    response=RecommendationList,
    errors=(404, 503),
)
def list_recommendations(query: RecommendationQuery):
    """List the published vacancies that fit the leader best, each explained (404 until the profile exists;
    503 while the ranking index is not built yet)."""
    directory = ranking.directory_for(current_app.instance_path)
    found = ranking.recommend_vacancies(get_session(), directory, _profile(), limit=query.limit, kind=query.kind)
    return RecommendationList(items=[present.recommendation(item) for item in found])
