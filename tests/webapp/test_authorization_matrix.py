"""Authorization matrix: what every role may do with every route, on the web and in the API.

How to read it:

* ``WEB`` and ``API`` have one row per (method, URL rule) the app serves, and one column per role:
  anonymous, leader, employer (approved), unapproved employer, admin. A cell says what that role gets:

  - ``Y``  allowed: the request passes authorization (2xx, or a redirect that is not to the log-in page);
  - ``N``  refused: 403 for a signed-in role; for anonymous a redirect to ``/konto/log-ind`` on the web and
    401 ``application/problem+json`` in the API;
  - ``F``  passes the role gate, but the view refuses with a message and a redirect back; nothing changes;
  - ``R``  a readiness probe: 200, or 503 ``application/problem+json`` when not ready (the module's instance
    has no saved index), the same for everyone and never a redirect to log in.

  Path parameters are filled with the caller's own objects (see ``OWN``): the vacancy of the employers'
  organisation (written by the unapproved employer, published), the leader's profile, contact request and
  saved search, the caller's own API token.
* ``OTHERS`` puts someone else's object where the caller's own was (another organisation's vacancy, a
  colleague's vacancy for the not yet approved employer, another leader's hidden profile, contact request or
  saved search, another user's token, a draft) for each role that may use the route with its own object.
* Every refused request must leave the database exactly as it was (every POST carries a valid CSRF token and
  a body that would have changed something); no request may answer 5xx; no allowed answer may show another
  leader's or organisation's private data (``FOREIGN``).
* The route lists are read from ``app.url_map`` and from the API's route registry and OpenAPI document, so a
  new route fails ``test_every_*_is_in_the_matrix`` until it gets a row here.

The world (users, organisations, vacancies, ...) is built once and shared by the tests of this module; it is
rebuilt only after a request changed it. The module empties the tables when it is done, as every test must.
"""

from __future__ import annotations

import json
import re
import secrets
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlalchemy import event, select

from matcher.weights import Weights
from models import (
    Base,
    ContactRequest,
    Experience,
    FollowUp,
    Interest,
    MentorOffer,
    MentorRequest,
    Notification,
    NotificationKind,
    NotificationSetting,
    Organisation,
    Outcome,
    Profile,
    Role,
    SavedSearch,
    TalentDelivery,
    TalentSearch,
    User,
    Vacancy,
    VacancyStatus,
    Visibility,
    WeightSet,
    utcnow,
)
from tests.conftest import _empty as empty_tables
from webapp import create_app
from webapp.api import bp as api_bp
from webapp.api.registry import OPERATIONS
from webapp.services import passwords, tokens

pytestmark = pytest.mark.usefixtures("build_index_on_first_use")  # see tests/conftest.py

ANON, LEADER, EMPLOYER, UNAPPROVED, ADMIN = "anonymous", "leader", "employer", "unapproved_employer", "admin"
ROLES = (ANON, LEADER, EMPLOYER, UNAPPROVED, ADMIN)
Y, N, F, R = "Y", "N", "F", "R"

# fmt: off
WEB = {
    # method  rule                                                                    anon leader empl unappr admin
    # -- public pages
    ("GET",  "/"):                                                                    (Y,  Y,     Y,   Y,     Y),
    ("GET",  "/stillinger"):                                                          (Y,  Y,     Y,   Y,     Y),
    ("GET",  "/stillinger/<int:vacancy_id>"):                                         (Y,  Y,     Y,   Y,     Y),
    ("GET",  "/stillinger/feed.atom"):                                                (Y,  Y,     Y,   Y,     Y),
    ("GET",  "/sektorer"):                                                            (Y,  Y,     Y,   Y,     Y),
    ("GET",  "/sektorer/<slug>"):                                                     (Y,  Y,     Y,   Y,     Y),
    ("GET",  "/mobilitet/"):                                                          (Y,  Y,     Y,   Y,     Y),
    ("GET",  "/mobilitet/data.csv"):                                                  (Y,  Y,     Y,   Y,     Y),
    ("GET",  "/static/<path:filename>"):                                              (Y,  Y,     Y,   Y,     Y),
    ("GET",  "/afmeld/<token>"):                                                      (Y,  Y,     Y,   Y,     Y),
    ("POST", "/afmeld/<token>"):                                                      (Y,  Y,     Y,   Y,     Y),
    ("GET",  "/afmeld/beskeder/<kind>/<token>"):                                      (Y,  Y,     Y,   Y,     Y),
    ("POST", "/afmeld/beskeder/<kind>/<token>"):                                      (Y,  Y,     Y,   Y,     Y),
    ("GET",  "/afmeld/talent/<token>"):                                               (Y,  Y,     Y,   Y,     Y),
    ("POST", "/afmeld/talent/<token>"):                                               (Y,  Y,     Y,   Y,     Y),
    # -- follow-ups of hires (/opfoelgning): the leader and the employers asked, each only their own questions
    ("GET",  "/opfoelgning/"):                                                        (N,  Y,     Y,   Y,     N),
    ("GET",  "/opfoelgning/<int:follow_up_id>"):                                      (N,  Y,     Y,   Y,     N),
    ("POST", "/opfoelgning/<int:follow_up_id>"):                                      (N,  Y,     Y,   Y,     N),
    # -- talent searches (/talentsoegning): approved employers only, like every view of candidates
    ("GET",  "/talentsoegning/"):                                                     (N,  N,     Y,   N,     N),
    ("POST", "/talentsoegning/"):                                                     (N,  N,     Y,   N,     N),
    ("GET",  "/talentsoegning/<int:talent_search_id>"):                               (N,  N,     Y,   N,     N),
    ("POST", "/talentsoegning/<int:talent_search_id>/rediger"):                       (N,  N,     Y,   N,     N),
    ("POST", "/talentsoegning/<int:talent_search_id>/pause"):                         (N,  N,     Y,   N,     N),
    ("POST", "/talentsoegning/<int:talent_search_id>/slet"):                          (N,  N,     Y,   N,     N),
    ("GET",  "/talentsoegning/kandidat/<int:delivery_id>"):                           (N,  N,     Y,   N,     N),
    # -- health probes for load balancers
    ("GET",  "/healthz"):                                                             (Y,  Y,     Y,   Y,     Y),
    ("GET",  "/readyz"):                                                              (R,  R,     R,   R,     R),
    # -- accounts (/konto)
    ("GET",  "/konto/opret"):                                                         (Y,  Y,     Y,   Y,     Y),
    ("GET",  "/konto/opret/leder"):                                                   (Y,  Y,     Y,   Y,     Y),
    ("POST", "/konto/opret/leder"):                                                   (Y,  Y,     Y,   Y,     Y),
    ("GET",  "/konto/opret/arbejdsgiver"):                                            (Y,  Y,     Y,   Y,     Y),
    ("POST", "/konto/opret/arbejdsgiver"):                                            (Y,  Y,     Y,   Y,     Y),
    ("GET",  "/konto/log-ind"):                                                       (Y,  Y,     Y,   Y,     Y),
    ("POST", "/konto/log-ind"):                                                       (Y,  Y,     Y,   Y,     Y),
    ("POST", "/konto/log-ud"):                                                        (N,  Y,     Y,   Y,     Y),
    ("GET",  "/konto/glemt-adgangskode"):                                             (Y,  Y,     Y,   Y,     Y),
    ("POST", "/konto/glemt-adgangskode"):                                             (Y,  Y,     Y,   Y,     Y),
    ("GET",  "/konto/nulstil/<token>"):                                               (Y,  Y,     Y,   Y,     Y),
    ("GET",  "/konto/bekraeft/<token>"):                                              (F,  F,     F,   F,     F),
    ("POST", "/konto/nulstil/<token>"):                                               (Y,  Y,     Y,   Y,     Y),
    # -- settings: personal API tokens (/indstillinger)
    ("GET",  "/indstillinger/"):                                                      (N,  Y,     Y,   Y,     Y),
    ("POST", "/indstillinger/api-noegler"):                                           (N,  Y,     Y,   Y,     Y),
    ("POST", "/indstillinger/api-noegler/<int:token_id>/tilbagekald"):                (N,  Y,     Y,   Y,     Y),
    ("POST", "/indstillinger/beskeder"):                                              (N,  Y,     Y,   Y,     Y),
    # -- notifications (/beskeder): every signed-in role has an inbox of its own
    ("GET",  "/beskeder/"):                                                           (N,  Y,     Y,   Y,     Y),
    ("GET",  "/beskeder/<int:notification_id>"):                                      (N,  Y,     Y,   Y,     Y),
    ("POST", "/beskeder/laest"):                                                      (N,  Y,     Y,   Y,     Y),
    # -- leader (/leder)
    ("GET",  "/leder/"):                                                              (N,  Y,     N,   N,     N),
    ("GET",  "/leder/anbefalinger"):                                                  (N,  Y,     N,   N,     N),
    ("GET",  "/leder/kontakt"):                                                       (N,  Y,     N,   N,     N),
    ("POST", "/leder/kontakt/<int:request_id>"):                                      (N,  Y,     N,   N,     N),
    ("GET",  "/leder/mine-data"):                                                     (N,  Y,     N,   N,     N),
    ("GET",  "/leder/mine-data/hent"):                                                (N,  Y,     N,   N,     N),
    ("GET",  "/leder/mine-data/slet"):                                                (N,  Y,     N,   N,     N),
    ("POST", "/leder/mine-data/slet"):                                                (N,  Y,     N,   N,     N),
    ("GET",  "/leder/profil"):                                                        (N,  Y,     N,   N,     N),
    ("GET",  "/leder/profil/nyt-job"):                                                (N,  Y,     N,   N,     N),
    ("POST", "/leder/profil/nyt-job"):                                                (N,  Y,     N,   N,     N),
    ("GET",  "/leder/profil/rediger"):                                                (N,  Y,     N,   N,     N),
    ("POST", "/leder/profil/rediger"):                                                (N,  Y,     N,   N,     N),
    ("GET",  "/leder/profil/saadan-ser-arbejdsgivere-dig"):                           (N,  Y,     N,   N,     N),
    ("GET",  "/leder/profil/synlighed"):                                              (N,  Y,     N,   N,     N),
    ("POST", "/leder/profil/synlighed"):                                              (N,  Y,     N,   N,     N),
    ("GET",  "/leder/soegninger"):                                                    (N,  Y,     N,   N,     N),
    ("POST", "/leder/soegninger"):                                                    (N,  Y,     N,   N,     N),
    ("POST", "/leder/soegninger/<int:search_id>/advarsler"):                          (N,  Y,     N,   N,     N),
    ("POST", "/leder/soegninger/<int:search_id>/slet"):                               (N,  Y,     N,   N,     N),
    ("POST", "/leder/stillinger/<int:vacancy_id>/interesse"):                         (N,  Y,     N,   N,     N),
    ("POST", "/leder/stillinger/<int:vacancy_id>/interesse/fjern"):                   (N,  Y,     N,   N,     N),
    # -- mentoring (/mentorer): leaders only; employers, admins and anonymous visitors never see a mentor
    ("GET",  "/mentorer/"):                                                           (N,  Y,     N,   N,     N),
    ("GET",  "/mentorer/<int:offer_id>"):                                             (N,  Y,     N,   N,     N),
    ("POST", "/mentorer/<int:offer_id>"):                                             (N,  Y,     N,   N,     N),
    ("GET",  "/mentorer/tilbyd"):                                                     (N,  Y,     N,   N,     N),
    ("POST", "/mentorer/tilbyd"):                                                     (N,  Y,     N,   N,     N),
    ("POST", "/mentorer/tilbyd/traek-tilbage"):                                       (N,  Y,     N,   N,     N),
    ("GET",  "/mentorer/anmodninger"):                                                (N,  Y,     N,   N,     N),
    ("POST", "/mentorer/anmodninger/<int:mentor_request_id>/svar"):                   (N,  Y,     N,   N,     N),
    ("POST", "/mentorer/anmodninger/<int:mentor_request_id>/traek-tilbage"):          (N,  Y,     N,   N,     N),
    # -- employer (/arbejdsgiver): an unapproved employer reaches only the vacancies it wrote, never candidates
    ("GET",  "/arbejdsgiver/stillinger"):                                             (N,  N,     Y,   Y,     N),
    ("GET",  "/arbejdsgiver/stillinger/ny"):                                          (N,  N,     Y,   Y,     N),
    ("POST", "/arbejdsgiver/stillinger/ny"):                                          (N,  N,     Y,   Y,     N),
    ("GET",  "/arbejdsgiver/stillinger/<int:vacancy_id>"):                            (N,  N,     Y,   Y,     N),
    ("GET",  "/arbejdsgiver/stillinger/<int:vacancy_id>/rediger"):                    (N,  N,     Y,   Y,     N),
    ("POST", "/arbejdsgiver/stillinger/<int:vacancy_id>/rediger"):                    (N,  N,     Y,   Y,     N),
    ("POST", "/arbejdsgiver/stillinger/<int:vacancy_id>/offentliggoer"):              (N,  N,     Y,   F,     N),
    ("POST", "/arbejdsgiver/stillinger/<int:vacancy_id>/luk"):                        (N,  N,     Y,   Y,     N),
    ("GET",  "/arbejdsgiver/stillinger/<int:vacancy_id>/kandidater"):                 (N,  N,     Y,   N,     N),
    ("POST", "/arbejdsgiver/stillinger/<int:vacancy_id>/kandidater/<int:profile_id>/kortliste"): (N, N, Y, N, N),
    ("POST", "/arbejdsgiver/stillinger/<int:vacancy_id>/kandidater/<int:profile_id>/fravaelg"):  (N, N, Y, N, N),
    ("POST", "/arbejdsgiver/stillinger/<int:vacancy_id>/kandidater/<int:profile_id>/fortryd"):   (N, N, Y, N, N),
    ("POST", "/arbejdsgiver/stillinger/<int:vacancy_id>/kandidater/<int:profile_id>/note"):      (N, N, Y, N, N),
    ("POST", "/arbejdsgiver/stillinger/<int:vacancy_id>/kandidater/<int:profile_id>/kontakt"):   (N, N, Y, N, N),
    ("POST", "/arbejdsgiver/stillinger/<int:vacancy_id>/kandidater/<int:profile_id>/udfald"):    (N, N, Y, N, N),
    # -- HR admin (/admin)
    ("GET",  "/admin/brugere"):                                                       (N,  N,     N,   N,     Y),
    ("POST", "/admin/brugere/<int:user_id>/afvis"):                                   (N,  N,     N,   N,     Y),
    ("POST", "/admin/brugere/<int:user_id>/aktiver"):                                 (N,  N,     N,   N,     Y),
    ("POST", "/admin/brugere/<int:user_id>/deaktiver"):                               (N,  N,     N,   N,     Y),
    ("POST", "/admin/brugere/<int:user_id>/godkend"):                                 (N,  N,     N,   N,     Y),
    ("POST", "/admin/brugere/<int:user_id>/rolle"):                                   (N,  N,     N,   N,     Y),
    ("GET",  "/admin/organisationer"):                                                (N,  N,     N,   N,     Y),
    ("GET",  "/admin/organisationer/<int:organisation_id>/placering"):                (N,  N,     N,   N,     Y),
    ("POST", "/admin/organisationer/<int:organisation_id>/placering"):                (N,  N,     N,   N,     Y),
    ("GET",  "/admin/mobilitet/"):                                                    (N,  N,     N,   N,     Y),
    ("GET",  "/admin/mobilitet/data.csv"):                                            (N,  N,     N,   N,     Y),
    ("GET",  "/admin/mobilitet/retfaerdighed"):                                       (N,  N,     N,   N,     Y),
    ("GET",  "/admin/revisionslog"):                                                  (N,  N,     N,   N,     Y),
    ("GET",  "/admin/vaegte"):                                                        (N,  N,     N,   N,     Y),
    ("POST", "/admin/vaegte"):                                                        (N,  N,     N,   N,     Y),
    ("POST", "/admin/vaegte/<int:weight_set_id>/rul-tilbage"):                        (N,  N,     N,   N,     Y),
    ("GET",  "/admin/vaegte/historik"):                                               (N,  N,     N,   N,     Y),
    ("GET",  "/admin/vaegte/laering"):                                                (N,  N,     N,   N,     Y),
    ("POST", "/admin/vaegte/laering"):                                                (N,  N,     N,   N,     Y),
}

API = {
    # method   rule                                                                   anon leader empl unappr admin
    ("GET",   "/api/v1/openapi.json"):                                                (Y,  Y,     Y,   Y,     Y),
    ("GET",   "/api/v1/docs"):                                                        (Y,  Y,     Y,   Y,     Y),
    ("GET",   "/api/v1/vacancies"):                                                   (Y,  Y,     Y,   Y,     Y),
    ("GET",   "/api/v1/vacancies/<int:vacancy_id>"):                                  (Y,  Y,     Y,   Y,     Y),
    ("GET",   "/api/v1/me"):                                                          (N,  Y,     Y,   Y,     Y),
    ("GET",   "/api/v1/me/profile"):                                                  (N,  Y,     N,   N,     N),
    ("PUT",   "/api/v1/me/profile"):                                                  (N,  Y,     N,   N,     N),
    ("PATCH", "/api/v1/me/profile"):                                                  (N,  Y,     N,   N,     N),
    ("GET",   "/api/v1/me/recommendations"):                                          (N,  Y,     N,   N,     N),
    ("GET",   "/api/v1/employer/vacancies"):                                          (N,  N,     Y,   Y,     N),
    ("POST",  "/api/v1/employer/vacancies"):                                          (N,  N,     Y,   Y,     N),
    ("GET",   "/api/v1/employer/vacancies/<int:vacancy_id>"):                         (N,  N,     Y,   Y,     N),
    ("PATCH", "/api/v1/employer/vacancies/<int:vacancy_id>"):                         (N,  N,     Y,   Y,     N),
    ("POST",  "/api/v1/employer/vacancies/<int:vacancy_id>/publish"):                 (N,  N,     Y,   N,     N),
    ("POST",  "/api/v1/employer/vacancies/<int:vacancy_id>/close"):                   (N,  N,     Y,   Y,     N),
    ("GET",   "/api/v1/employer/vacancies/<int:vacancy_id>/candidates"):              (N,  N,     Y,   N,     N),
    ("GET",   "/api/v1/admin/weight-sets"):                                           (N,  N,     N,   N,     Y),
    ("POST",  "/api/v1/admin/weight-sets"):                                           (N,  N,     N,   N,     Y),
    ("GET",   "/api/v1/admin/weight-sets/<int:weight_set_id>"):                       (N,  N,     N,   N,     Y),
    ("POST",  "/api/v1/admin/weight-sets/<int:weight_set_id>/activate"):              (N,  N,     N,   N,     Y),
}

# The caller's own object for each path parameter (the same for every role: refused roles are refused anyway).
OWN = {
    "vacancy_id": "own_vacancy",      # the employers' organisation's, written by the unapproved employer, published
    "profile_id": "leader_profile",   # the leader's profile, a candidate for own_vacancy
    "request_id": "own_request",      # a pending contact request to the leader (about colleague_vacancy)
    "search_id": "own_search",        # the leader's saved search
    "token_id": "own_token",          # the caller's own API token (anonymous: the leader's); see World.own_tokens
    "user_id": "target_user",         # an employer waiting for approval, at another organisation
    "organisation_id": "other_org",   # the organisation of other_org_vacancy and target_user
    "weight_set_id": "old_weights",   # an old, inactive weight-set version
    "filename": "static_file",
    "token": "unsubscribe_token",     # the leader's saved search's unsubscribe link
    "kind": "notification_kind",      # a kind of notification the leader gets
    "slug": "sector_slug",            # a sector guide
    "notification_id": "own_notification",  # the caller's own notification; see World.own_notifications
    "talent_search_id": "own_talent_search",  # the employer's talent search
    "delivery_id": "own_talent_delivery",  # the leader, sent to the employer by that search
    "follow_up_id": "own_follow_ups",  # the caller's own follow-up question (one per role; see _fill)
    "offer_id": "mentor_offer",       # another leader's mentor offer, open to requests
    "mentor_request_id": "own_mentor_request",  # a pending request to the leader as a mentor
}
# Where a route needs another object of the caller's own to have an effect.
OWN_BY_RULE = {
    "/konto/nulstil/<token>": {"token": "reset_token"},  # a live reset link for the leader
    "/leder/stillinger/<int:vacancy_id>/interesse/fjern": {"vacancy_id": "interesting_vacancy"},  # interest shown
    "/arbejdsgiver/stillinger/<int:vacancy_id>/offentliggoer": {"vacancy_id": "own_draft"},  # by the unapproved
    "/afmeld/beskeder/<kind>/<token>": {"token": "notification_token"},  # the leader's notification mails' link
    "/afmeld/talent/<token>": {"token": "talent_token"},  # the employer's talent search's link
    "/api/v1/employer/vacancies/<int:vacancy_id>/publish": {"vacancy_id": "own_draft"},
    # an outcome needs a contact the candidate accepted
    "/arbejdsgiver/stillinger/<int:vacancy_id>/kandidater/<int:profile_id>/udfald": {"profile_id": "accepted_profile"},
    # the leader takes back a request of their own to a mentor
    "/mentorer/anmodninger/<int:mentor_request_id>/traek-tilbage": {"mentor_request_id": "sent_mentor_request"},
}

EVERYONE_404 = dict.fromkeys(ROLES, 404)
_V = "/arbejdsgiver/stillinger/<int:vacancy_id>"
_C = _V + "/kandidater/<int:profile_id>"
_AV = "/api/v1/employer/vacancies/<int:vacancy_id>"
OTHERS = [
    # method  rule                              parameter=someone else's object      expected per role
    # -- another organisation's vacancy; for the unapproved employer also a colleague's
    ("GET",   _V,                               "vacancy_id=other_org_vacancy",     {EMPLOYER: 403, UNAPPROVED: 403}),
    ("GET",   _V,                               "vacancy_id=colleague_vacancy",     {EMPLOYER: Y, UNAPPROVED: 403}),
    ("GET",   _V + "/rediger",                  "vacancy_id=other_org_vacancy",     {EMPLOYER: 403, UNAPPROVED: 403}),
    ("POST",  _V + "/rediger",                  "vacancy_id=other_org_vacancy",     {EMPLOYER: 403, UNAPPROVED: 403}),
    ("POST",  _V + "/rediger",                  "vacancy_id=colleague_vacancy",     {UNAPPROVED: 403}),
    ("POST",  _V + "/offentliggoer",            "vacancy_id=other_org_draft",       {EMPLOYER: 403, UNAPPROVED: 403}),
    ("POST",  _V + "/luk",                      "vacancy_id=other_org_vacancy",     {EMPLOYER: 403, UNAPPROVED: 403}),
    ("POST",  _V + "/luk",                      "vacancy_id=colleague_vacancy",     {UNAPPROVED: 403}),
    ("GET",   _V + "/kandidater",               "vacancy_id=other_org_vacancy",     {EMPLOYER: 403}),
    ("POST",  _C + "/kortliste",                "vacancy_id=other_org_vacancy",     {EMPLOYER: 403}),
    ("POST",  _C + "/fravaelg",                 "vacancy_id=other_org_vacancy",     {EMPLOYER: 403}),
    ("POST",  _C + "/fortryd",                  "vacancy_id=other_org_vacancy",     {EMPLOYER: 403}),
    ("POST",  _C + "/note",                     "vacancy_id=other_org_vacancy",     {EMPLOYER: 403}),
    ("POST",  _C + "/kontakt",                  "vacancy_id=other_org_vacancy",     {EMPLOYER: 403}),
    ("POST",  _C + "/udfald",                   "vacancy_id=other_org_vacancy",     {EMPLOYER: 403}),
    ("GET",   _AV,                              "vacancy_id=other_org_vacancy",     {EMPLOYER: 403, UNAPPROVED: 403}),
    ("GET",   _AV,                              "vacancy_id=colleague_vacancy",     {EMPLOYER: Y, UNAPPROVED: 403}),
    ("PATCH", _AV,                              "vacancy_id=other_org_vacancy",     {EMPLOYER: 403, UNAPPROVED: 403}),
    ("PATCH", _AV,                              "vacancy_id=colleague_vacancy",     {UNAPPROVED: 403}),
    ("POST",  _AV + "/publish",                 "vacancy_id=other_org_draft",       {EMPLOYER: 403}),
    ("POST",  _AV + "/close",                   "vacancy_id=other_org_vacancy",     {EMPLOYER: 403, UNAPPROVED: 403}),
    ("POST",  _AV + "/close",                   "vacancy_id=colleague_vacancy",     {UNAPPROVED: 403}),
    ("GET",   _AV + "/candidates",              "vacancy_id=other_org_vacancy",     {EMPLOYER: 403}),
    # -- another leader's profile (hidden): never a candidate, so nothing can be done to it
    ("POST",  _C + "/kortliste",                "profile_id=hidden_profile",        {EMPLOYER: 404}),
    ("POST",  _C + "/fravaelg",                 "profile_id=hidden_profile",        {EMPLOYER: 404}),
    ("POST",  _C + "/note",                     "profile_id=hidden_profile",        {EMPLOYER: 404}),
    ("POST",  _C + "/kontakt",                  "profile_id=hidden_profile",        {EMPLOYER: 404}),
    ("POST",  _C + "/udfald",                   "profile_id=hidden_profile",        {EMPLOYER: 404}),
    # -- another leader's contact request and saved search
    ("POST",  "/leder/kontakt/<int:request_id>", "request_id=other_request",        {LEADER: 404}),
    ("POST",  "/leder/soegninger/<int:search_id>/advarsler", "search_id=other_search", {LEADER: 404}),
    ("POST",  "/leder/soegninger/<int:search_id>/slet", "search_id=other_search",   {LEADER: 404}),
    # -- another user's API token: the settings page says »Nøglen findes ikke« (as for an unknown id)
    ("POST",  "/indstillinger/api-noegler/<int:token_id>/tilbagekald", "token_id=other_token",
                                                                    {LEADER: F, EMPLOYER: F, UNAPPROVED: F, ADMIN: F}),
    # -- another organisation's draft is nobody's business but its own employers'
    ("GET",   "/stillinger/<int:vacancy_id>",   "vacancy_id=other_org_draft",       EVERYONE_404),
    ("GET",   "/api/v1/vacancies/<int:vacancy_id>", "vacancy_id=other_org_draft",   EVERYONE_404),
    ("POST",  "/leder/stillinger/<int:vacancy_id>/interesse", "vacancy_id=other_org_draft", {LEADER: 404}),
    # -- an unsubscribe link is its own proof: a made-up one reaches nothing
    ("GET",   "/afmeld/<token>",                "token=bogus_token",                EVERYONE_404),
    ("POST",  "/afmeld/<token>",                "token=bogus_token",                EVERYONE_404),
    ("GET",   "/afmeld/beskeder/<kind>/<token>", "token=bogus_token",               EVERYONE_404),
    ("POST",  "/afmeld/beskeder/<kind>/<token>", "token=bogus_token",               EVERYONE_404),
    ("GET",   "/afmeld/beskeder/<kind>/<token>", "kind=employer_kind",              EVERYONE_404),
    # -- a hidden leader's mentor offer (not shown while hidden) and another leader's mentor request
    ("GET",   "/mentorer/<int:offer_id>",       "offer_id=hidden_offer",            {LEADER: 404}),
    ("POST",  "/mentorer/<int:offer_id>",       "offer_id=hidden_offer",            {LEADER: 404}),
    ("POST",  "/mentorer/anmodninger/<int:mentor_request_id>/svar", "mentor_request_id=other_mentor_request",
                                                                                    {LEADER: 404}),
    ("POST",  "/mentorer/anmodninger/<int:mentor_request_id>/traek-tilbage", "mentor_request_id=other_mentor_request",
                                                                                    {LEADER: 404}),
    # -- another employer's talent search, candidate sent, and unsubscribe link; another person's follow-up
    ("GET",   "/talentsoegning/<int:talent_search_id>", "talent_search_id=other_talent_search", {EMPLOYER: 404}),
    ("POST",  "/talentsoegning/<int:talent_search_id>/rediger", "talent_search_id=other_talent_search",
                                                                                    {EMPLOYER: 404}),
    ("POST",  "/talentsoegning/<int:talent_search_id>/pause", "talent_search_id=other_talent_search",
                                                                                    {EMPLOYER: 404}),
    ("POST",  "/talentsoegning/<int:talent_search_id>/slet", "talent_search_id=other_talent_search",
                                                                                    {EMPLOYER: 404}),
    ("GET",   "/talentsoegning/kandidat/<int:delivery_id>", "delivery_id=other_talent_delivery", {EMPLOYER: 404}),
    ("GET",   "/talentsoegning/kandidat/<int:delivery_id>", "delivery_id=hidden_talent_delivery", {EMPLOYER: 404}),
    ("GET",   "/afmeld/talent/<token>",         "token=bogus_token",                EVERYONE_404),
    ("POST",  "/afmeld/talent/<token>",         "token=bogus_token",                EVERYONE_404),
    ("GET",   "/opfoelgning/<int:follow_up_id>", "follow_up_id=other_follow_up",    {LEADER: 404, EMPLOYER: 404}),
    ("POST",  "/opfoelgning/<int:follow_up_id>", "follow_up_id=other_follow_up",    {LEADER: 404, EMPLOYER: 404}),
    # -- another leader's notification
    ("GET",   "/beskeder/<int:notification_id>", "notification_id=other_notification",
                                                      {LEADER: 404, EMPLOYER: 404, UNAPPROVED: 404, ADMIN: 404}),
]
# fmt: on

# Known authorization bugs: (method, rule, role) -> reason. Each is an xfail(strict=True) cell.
BUGS: dict[tuple[str, str, str], str] = {}

# Private text of objects no role in the matrix owns; no allowed answer may contain any of it.
FOREIGN = ("FREMMED-PROFIL", "FREMMED-RESUME", "FREMMED-SOEGNING", "FREMMED-BESKED", "FREMMED-NOEGLE", "FREMMED-KLADDE")
FOREIGN += ("FREMMED-MENTOR",)  # a hidden leader's mentor text, never shown while they have not allowed it

# Form fields sent with web POSTs (besides the CSRF token), so that an allowed request would change something.
# "{name}" is filled from the world; "{csrf}" is the token (candidate cards' forms are prefixed "k<profile id>").
DEADLINE = (date.today() + timedelta(days=30)).isoformat()
VACANCY_FORM = {
    "title": "Overtaget stilling",
    "municipality_code": "101",
    "level": "2",
    "competences": "budgetlægning\npersonaleledelse",
    "nice_to_have": "",
    "description": "Skrevet af matrixtesten.",
    "deadline": DEADLINE,
}
FORMS = {
    "/afmeld/<token>": {},
    "/indstillinger/api-noegler": {"name": "Ny nøgle", "expires_in_days": "30", "scope": "read"},
    "/indstillinger/beskeder": {
        "contact_request": "never",
        "contact_answer": "never",
        "interest": "never",
        "approval": "never",
        "approval_request": "never",
        "follow_up": "never",
        "mentor_request": "never",
        "mentor_answer": "never",
        "language": "en",
    },
    "/leder/kontakt/<int:request_id>": {"answer": "accept"},
    "/mentorer/<int:offer_id>": {"target_sector": "stat", "message": "Må jeg høre om staten?"},
    "/mentorer/tilbyd": {"text": "Overtaget mentortekst", "max_mentees": "3"},
    "/mentorer/anmodninger/<int:mentor_request_id>/svar": {"answer": "accept"},
    "/leder/mine-data/slet": {"confirm_email": "{leader_email}"},
    "/leder/profil/rediger": {
        "name": "Lone Leder",
        "email": "lone@example.dk",
        "sector": "kommune",
        "organisation_name": "",
        "title": "Overtaget titel",
        "level": "2",
        "years_as_leader": "8",
        "municipality_code": "751",
        "max_commute_km": "60",
        "open_to_sectors": ["kommune", "stat"],
        "seeking": "open",
        "competences": "budgetlægning",
    },
    "/leder/profil/synlighed": {"visibility": "hidden"},
    "/leder/soegninger": {"name": "Ny søgning", "q": "økonomi"},
    "/talentsoegning/": {"name": "Matrixsøgning", "function": "finance", "frequency": "daily"},
    "/talentsoegning/<int:talent_search_id>/rediger": {
        "s{own_talent_search}-csrf_token": "{csrf}",
        "s{own_talent_search}-name": "Omdøbt",
        "s{own_talent_search}-frequency": "weekly",
    },
    "/talentsoegning/<int:talent_search_id>/pause": {"active": "off"},
    "/opfoelgning/<int:follow_up_id>": {"works": "4", "helped": ["mentor"]},
    "/leder/soegninger/<int:search_id>/advarsler": {"alerts": "off"},
    "/arbejdsgiver/stillinger/ny": VACANCY_FORM,
    _V + "/rediger": VACANCY_FORM,
    _C + "/fravaelg": {"k{profile_id}-csrf_token": "{csrf}", "k{profile_id}-reason": ""},
    _C + "/note": {"k{profile_id}-csrf_token": "{csrf}", "k{profile_id}-note": "Overtaget note"},
    _C + "/kontakt": {"k{profile_id}-csrf_token": "{csrf}", "k{profile_id}-message": "Må vi ringe?"},
    _C + "/udfald": {
        "k{profile_id}-csrf_token": "{csrf}",
        "k{profile_id}-kind": "hired",
        "k{profile_id}-occurred_on": "{today}",
    },
    "/leder/profil/nyt-job": {
        "contact_request_id": "",
        "to_sector": "stat",
        "level_after": "2",
        "started_on": "{today}",
    },
    "/admin/brugere/<int:user_id>/rolle": {"role": "admin"},
    "/admin/brugere/<int:user_id>/afvis": {"reason": "Matrixtesten afviser"},
    "/admin/vaegte/laering": {"note": "Matrixtesten"},
    "/admin/organisationer/<int:organisation_id>/placering": {"parent_id": ""},
}
PROFILE_BODY = {
    "name": "Lone Leder",
    "email": "lone@example.dk",
    "sector": "kommune",
    "title": "Overtaget titel",
    "level": 2,
    "years_as_leader": 8,
    "municipality_code": 751,
    "max_commute_km": 60,
    "open_to_sectors": ["stat", "region", "kommune"],
    "competences": ["budgetlægning"],
}
VACANCY_BODY = {
    "title": "Overtaget stilling",
    "municipality_code": 101,
    "level": 2,
    "competences": ["budgetlægning"],
    "description": "Skrevet af matrixtesten.",
    "deadline": DEADLINE,
}
WEIGHTS_BODY = {
    "weights": {"competence": 50, "text": 8, "level": 16, "geography": 10, "willingness": 8, "cross_sector": 2},
    "note": "Matrixtesten",
}
BODIES = {
    ("PUT", "/api/v1/me/profile"): PROFILE_BODY,
    ("PATCH", "/api/v1/me/profile"): {"title": "Overtaget titel"},
    ("POST", "/api/v1/employer/vacancies"): VACANCY_BODY,
    ("PATCH", _AV): {"title": "Overtaget stilling"},
    ("POST", "/api/v1/admin/weight-sets"): WEIGHTS_BODY,
}

_PARAMETER = re.compile(r"<(?:[^:<>]+:)?(\w+)>")
_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')
READS = frozenset({"GET", "HEAD"})


# ---- the world --------------------------------------------------------------------------------------------


@dataclass
class World:
    """Ids and secrets of one arranged world; ``objects`` names every object a path parameter can take."""

    logins: dict[str, str]  # role -> User.get_id()
    secrets: dict[str, str]  # role -> API token secret
    objects: dict[str, object]
    own_tokens: dict[str, int]  # role -> id of the role's own API token
    own_notifications: dict[str, int]  # role -> id of an unread notification of the role's own


def _empty(engine) -> None:
    """Delete every row, as the conftest's per-test emptying does (identities restart on PostgreSQL)."""
    empty_tables(engine, dispose=False)


def _profile(user, name: str, **fields) -> Profile:
    values = {
        "name": name,
        "email": f"{secrets.token_hex(4)}@example.dk",
        "sector": "kommune",
        "title": "Centerchef for Sundhed og Omsorg",
        "level": 2,
        "years_as_leader": 8,
        "municipality_code": 751,
        "max_commute_km": 60,
        "open_to_sectors": ["stat", "region", "kommune"],
        "seeking": "open",
        "competences": ["budgetlægning", "personaleledelse", "forandringsledelse"],
        "summary": "Erfaren chef med ansvar for økonomi.",
        "education": "Master of Public Governance",
    } | fields
    return Profile(user=user, **values)


def _vacancy(organisation, author, title: str, status=VacancyStatus.PUBLISHED) -> Vacancy:
    return Vacancy(
        organisation=organisation,
        created_by_id=author.id,
        title=title,
        municipality_code=101,
        level=2,
        competences=["budgetlægning", "personaleledelse"],
        nice_to_have=["digitalisering"],
        description="Vi søger en kontorchef, der kan lede økonomiarbejdet.",
        deadline=date.today() + timedelta(days=30),
        status=status,
        published_at=utcnow() if status == VacancyStatus.PUBLISHED else None,
    )


def build_world(session, password_hash: str, secret_key: str) -> World:
    """Two organisations, a user per role and someone else's object of every kind."""
    own_org = Organisation(name="Skattestyrelsen", sector="stat", municipality_code=101)
    other_org = Organisation(name="Region Nordjylland", sector="region", municipality_code=851)
    session.add_all([own_org, other_org])

    def user(email, role, organisation=None, approved=False):
        found = User(
            email=email,
            password_hash=password_hash,
            role=role,
            organisation=organisation,
            approved_at=utcnow() if approved else None,
        )
        session.add(found)
        return found

    users = {
        LEADER: user("lone@example.dk", Role.LEADER),
        EMPLOYER: user("hr@skat.example.dk", Role.EMPLOYER, own_org, approved=True),
        UNAPPROVED: user("ny@skat.example.dk", Role.EMPLOYER, own_org),
        ADMIN: user("admin@example.dk", Role.ADMIN),
    }
    other_leader = user("ole@example.dk", Role.LEADER)
    other_employer = user("hr@rn.example.dk", Role.EMPLOYER, other_org, approved=True)
    target = user("ansoeger@rn.example.dk", Role.EMPLOYER, other_org)
    session.flush()

    leader_profile = _profile(users[LEADER], "Lone Leder")
    hidden_profile = _profile(
        other_leader, "Ole FREMMED-PROFIL", summary="FREMMED-RESUME", visibility=Visibility.HIDDEN
    )
    own_vacancy = _vacancy(own_org, users[UNAPPROVED], "Kontorchef til økonomi")
    own_draft = _vacancy(own_org, users[UNAPPROVED], "Kontorchef til løn", status=VacancyStatus.DRAFT)
    colleague_vacancy = _vacancy(own_org, users[EMPLOYER], "Kontorchef til HR")
    other_org_vacancy = _vacancy(other_org, other_employer, "Økonomichef i regionen")
    other_org_draft = _vacancy(other_org, other_employer, "FREMMED-KLADDE", status=VacancyStatus.DRAFT)
    session.add_all(
        [leader_profile, hidden_profile, own_vacancy, own_draft, colleague_vacancy, other_org_vacancy, other_org_draft]
    )
    session.flush()

    # A candidate (an imported profile) who accepted contact about own_vacancy: what an outcome needs.
    accepted_profile = _profile(None, "Anne Accepteret")
    session.add(accepted_profile)
    session.flush()
    accepted_request = ContactRequest(
        vacancy=own_vacancy,
        profile=accepted_profile,
        sender=users[EMPLOYER],
        message="Må vi ringe?",
        status="accepted",
        answered_at=utcnow(),
    )
    session.add(accepted_request)
    own_request = ContactRequest(
        vacancy=colleague_vacancy, profile=leader_profile, sender=users[EMPLOYER], message="Vil du tale med os?"
    )
    other_request = ContactRequest(
        vacancy=other_org_vacancy, profile=hidden_profile, sender=other_employer, message="FREMMED-BESKED"
    )
    own_search = SavedSearch(
        user_id=users[LEADER].id, name="Økonomi", filters={"text": "økonomi"}, unsubscribe_token=secrets.token_hex(16)
    )
    other_search = SavedSearch(
        user_id=other_leader.id, name="FREMMED-SOEGNING", filters={}, unsubscribe_token=secrets.token_hex(16)
    )
    active = Weights()
    old = Weights(**(active.as_dict() | {"cross_sector": 0.2}))
    old_weights = WeightSet(version=1, weights=old.as_dict(), active=False, note="Version 1")
    session.add_all(
        [
            own_request,
            other_request,
            Interest(vacancy=colleague_vacancy, profile=leader_profile),
            own_search,
            other_search,
            old_weights,
            WeightSet(version=2, weights=active.as_dict(), active=True, note="Version 2"),
        ]
    )
    session.flush()

    api_secrets, own_tokens = {}, {}
    for role, found in users.items():
        token, secret = tokens.create(session, found, f"Matrixnøgle ({role})")
        api_secrets[role], own_tokens[role] = secret, token.id
    own_tokens[ANON] = own_tokens[LEADER]
    other_token, _secret = tokens.create(session, other_leader, "FREMMED-NOEGLE")
    told = {
        LEADER: Notification(
            user=users[LEADER],
            kind=NotificationKind.CONTACT_REQUEST,
            contact_request=own_request,
            vacancy=colleague_vacancy,
        ),
        EMPLOYER: Notification(
            user=users[EMPLOYER],
            kind=NotificationKind.CONTACT_ANSWER,
            contact_request=own_request,
            vacancy=colleague_vacancy,
            details={"accepted": False},
        ),
        UNAPPROVED: Notification(user=users[UNAPPROVED], kind=NotificationKind.APPROVAL, details={"approved": True}),
        ADMIN: Notification(user=users[ADMIN], kind=NotificationKind.APPROVAL_REQUEST, subject_user=target),
    }
    other_notification = Notification(
        user=other_leader,
        kind=NotificationKind.CONTACT_REQUEST,
        contact_request=other_request,
        vacancy=other_org_vacancy,
    )
    notification_setting = NotificationSetting(
        user_id=users[LEADER].id, choices={}, language="da", unsubscribe_token=secrets.token_hex(16)
    )
    session.add_all([*told.values(), other_notification, notification_setting])
    # Talent searches: the employer's (with the leader sent by it, and the hidden leader sent before hiding)
    # and the other organisation's employer's.
    own_talent_search = TalentSearch(
        user_id=users[EMPLOYER].id, name="Økonomi", unsubscribe_token=secrets.token_hex(16), frequency="daily"
    )
    other_talent_search = TalentSearch(
        user_id=other_employer.id, name="FREMMED-SOEGNING", unsubscribe_token=secrets.token_hex(16), frequency="daily"
    )
    session.add_all([own_talent_search, other_talent_search])
    session.flush()
    own_talent_delivery = TalentDelivery(
        user_id=users[EMPLOYER].id, profile_id=leader_profile.id, talent_search_id=own_talent_search.id
    )
    hidden_talent_delivery = TalentDelivery(
        user_id=users[EMPLOYER].id, profile_id=hidden_profile.id, talent_search_id=own_talent_search.id
    )
    other_talent_delivery = TalentDelivery(
        user_id=other_employer.id, profile_id=leader_profile.id, talent_search_id=other_talent_search.id
    )
    # A hire of the leader into the employers' organisation: one follow-up question per role that answers.
    hired = Outcome(
        profile_id=leader_profile.id,
        source="employer",
        kind="hired",
        occurred_on=date.today() - timedelta(days=100),
        from_sector="kommune",
        to_sector="stat",
        history=[],
    )
    session.add_all([own_talent_delivery, hidden_talent_delivery, other_talent_delivery, hired])
    session.flush()
    follow_ups = {
        role: FollowUp(outcome_id=hired.id, user_id=users[role].id, side=side, months=3)
        for role, side in ((LEADER, "leader"), (EMPLOYER, "employer"), (UNAPPROVED, "employer"))
    }
    other_follow_up = FollowUp(outcome_id=hired.id, user_id=other_leader.id, side="leader", months=3)
    session.add_all([*follow_ups.values(), other_follow_up])
    session.flush()
    # Mentoring: the leader crossed from the state and is a mentor; another leader (Mads) is one too; the hidden
    # leader offered without allowing it to be shown. Mads asked the leader; the leader asked Mads; Ole asked Mads.
    leader_profile.experiences = [
        Experience(
            sector="stat", organisation="En styrelse", title="Kontorchef", level=2, start_year=2010, end_year=2018
        )
    ]
    hidden_profile.experiences = [
        Experience(sector="stat", organisation="X", title="Chef", level=2, start_year=2010, end_year=2018)
    ]
    mentor_user = user("mads@example.dk", Role.LEADER)
    session.flush()
    mentor_profile = _profile(mentor_user, "Mads Mentor", sector="stat")
    mentor_profile.experiences = [
        Experience(sector="kommune", organisation="Y", title="Chef", level=2, start_year=2008, end_year=2019)
    ]
    own_offer = MentorOffer(profile=leader_profile, text="Min mentortekst", max_mentees=3)
    mentor_offer = MentorOffer(profile=mentor_profile, text="Mads hjælper gerne", max_mentees=5)
    hidden_offer = MentorOffer(profile=hidden_profile, text="FREMMED-MENTOR", max_mentees=3)
    own_mentor_request = MentorRequest(
        offer=own_offer, mentee=mentor_profile, target_sector="kommune", message="Må jeg høre om kommunerne?"
    )
    sent_mentor_request = MentorRequest(
        offer=mentor_offer, mentee=leader_profile, target_sector="stat", message="Må jeg høre om staten?"
    )
    other_mentor_request = MentorRequest(
        offer=mentor_offer, mentee=hidden_profile, target_sector="stat", message="FREMMED-BESKED"
    )
    session.add_all(
        [
            mentor_profile,
            own_offer,
            mentor_offer,
            hidden_offer,
            own_mentor_request,
            sent_mentor_request,
            other_mentor_request,
        ]
    )
    session.commit()

    objects = {
        "own_vacancy": own_vacancy.id,
        "own_draft": own_draft.id,
        "colleague_vacancy": colleague_vacancy.id,
        "interesting_vacancy": colleague_vacancy.id,
        "other_org_vacancy": other_org_vacancy.id,
        "other_org_draft": other_org_draft.id,
        "leader_profile": leader_profile.id,
        "accepted_profile": accepted_profile.id,
        "sector_slug": "stat",
        "today": date.today().isoformat(),
        "hidden_profile": hidden_profile.id,
        "own_request": own_request.id,
        "other_request": other_request.id,
        "own_search": own_search.id,
        "other_search": other_search.id,
        "other_token": other_token.id,
        "target_user": target.id,
        "other_org": other_org.id,
        "old_weights": old_weights.id,
        "static_file": "css/sektorbro.css",
        "unsubscribe_token": own_search.unsubscribe_token,
        "bogus_token": secrets.token_hex(16),
        "other_notification": other_notification.id,
        "notification_kind": "contact_request",
        "employer_kind": "interest",  # the leader gets no such mails, so their link cannot stop them
        "notification_token": notification_setting.unsubscribe_token,
        "reset_token": passwords.make_reset_token(secret_key, users[LEADER].id, users[LEADER].password_hash),
        "leader_email": users[LEADER].email,
        "own_talent_search": own_talent_search.id,
        "other_talent_search": other_talent_search.id,
        "own_talent_delivery": own_talent_delivery.id,
        "hidden_talent_delivery": hidden_talent_delivery.id,
        "other_talent_delivery": other_talent_delivery.id,
        "talent_token": own_talent_search.unsubscribe_token,
        "own_follow_ups": {role: found.id for role, found in follow_ups.items()}
        | {ANON: follow_ups[LEADER].id, ADMIN: follow_ups[LEADER].id},
        "other_follow_up": other_follow_up.id,
        "mentor_offer": mentor_offer.id,
        "hidden_offer": hidden_offer.id,
        "own_mentor_request": own_mentor_request.id,
        "sent_mentor_request": sent_mentor_request.id,
        "other_mentor_request": other_mentor_request.id,
    }
    return World(
        logins={role: found.get_id() for role, found in users.items()},
        secrets=api_secrets,
        objects=objects,
        own_tokens=own_tokens,
        own_notifications={ANON: told[LEADER].id} | {role: found.id for role, found in told.items()},
    )


class Harness:
    """One app for the module and one world, rebuilt (in a fresh instance folder) only after it changed."""

    def __init__(self, database_url: str, password_hash: str, tmp_path_factory):
        self.app = create_app(
            {
                "TESTING": True,
                "DATABASE_URL": database_url,
                "SECRET_KEY": "test-secret",
                "SERVER_NAME": "localhost",
                "PUBLIC_URL": "http://localhost",
                "RATELIMIT_ENABLED": False,  # hundreds of requests from one address; limits have their own tests
            }
        )
        self.engine = self.app.extensions["sqlalchemy_engine"]
        self.password_hash = password_hash
        self.tmp_path_factory = tmp_path_factory
        self._world: World | None = None

    def world(self) -> World:
        if self._world is None:
            _empty(self.engine)
            self.app.instance_path = str(self.tmp_path_factory.mktemp("instance"))  # a fresh ranking index
            session = self.app.extensions["sqlalchemy_sessionmaker"]()
            try:
                self._world = build_world(session, self.password_hash, self.app.secret_key)
            finally:
                session.close()
        return self._world

    def spoil(self) -> None:
        self._world = None

    def snapshot(self) -> dict[str, list]:
        """Every row of every table (but when a token was last used), to compare before and after a request."""
        rows = {}
        with self.engine.connect() as connection:
            for table in Base.metadata.sorted_tables:
                columns = [c for c in table.columns if c.name != "last_used_at"]
                found = connection.execute(select(*columns).order_by(*table.primary_key.columns)).all()
                rows[table.name] = [tuple(row) for row in found]
        return rows

    def close(self) -> None:
        _empty(self.engine)
        self.engine.dispose()


@pytest.fixture(scope="module")
def harness(database_url, password_hash, tmp_path_factory):
    """The module's app and world. The tests do not use ``app`` or ``engine``, so the conftest does not empty
    the tables after each of them; the world is emptied here when rebuilt and when the module is done."""
    found = Harness(database_url, password_hash, tmp_path_factory)
    yield found
    found.close()


# ---- making requests --------------------------------------------------------------------------------------


def _fill(rule: str, world: World, role: str, swap: dict[str, str], by_rule: str | None = None) -> str:
    """``rule`` with its parameters filled; ``by_rule`` names the route whose OWN_BY_RULE applies (default: rule)."""
    own_by_rule = OWN_BY_RULE.get(by_rule or rule, {})

    def value(match: re.Match) -> str:
        name = match.group(1)
        if name in swap:
            return str(world.objects[swap[name]])
        if name == "token_id":
            return str(world.own_tokens[role])
        if name == "notification_id":
            return str(world.own_notifications[role])
        if name == "follow_up_id" and name not in swap:
            return str(world.objects["own_follow_ups"][role])
        if name in own_by_rule:
            return str(world.objects[own_by_rule[name]])
        return str(world.objects[OWN[name]])

    return _PARAMETER.sub(value, rule)


def _fill_value(value, values: dict[str, str]):
    return [item.format(**values) for item in value] if isinstance(value, list) else value.format(**values)


def _csrf(client) -> str:
    page = client.get("/konto/glemt-adgangskode").get_data(as_text=True)
    match = _CSRF.search(page)
    assert match, "no CSRF token on /konto/glemt-adgangskode"
    return match.group(1) or match.group(2)


LIVE = "live"  # request(token=...): send the page's own CSRF token


def request(
    harness: Harness,
    api: bool,
    method: str,
    rule: str,
    role: str,
    swap: dict[str, str] | None = None,
    token: str | None = LIVE,
    client=None,
):
    """Make the request as ``role`` with the world's ids; returns (response, url).

    ``token`` replaces the CSRF token of a web form (None: the form carries none); the session has a live one
    of its own either way, as it would after opening any page."""
    world = harness.world()
    swap = swap or {}
    url = _fill(rule, world, role, swap)
    client = client or harness.app.test_client()
    if api:
        headers = {"Authorization": f"Bearer {world.secrets[role]}"} if role != ANON else {}
        body = BODIES.get((method, rule))
        if body is not None:
            return client.open(url, method=method, json=body, headers=headers), url
        return client.open(url, method=method, headers=headers), url
    if role != ANON:
        with client.session_transaction() as session:
            session["_user_id"] = world.logins[role]
            session["_fresh"] = True
            session["login_at"] = session["seen_at"] = int(time.time())
    if method in READS:
        return client.open(url, method=method), url
    live = _csrf(client)
    token = live if token == LIVE else token
    values = {"csrf": token or "", "profile_id": _fill("<profile_id>", world, role, swap, by_rule=rule)} | {
        name: str(value) for name, value in world.objects.items()
    }
    form = {"csrf_token": token} | {
        key.format(**values): _fill_value(value, values) for key, value in FORMS.get(rule, {}).items()
    }
    if token is None:
        form = {key: value for key, value in form.items() if not key.endswith("csrf_token")}
    return client.open(url, method=method, data=form), url


def _to_login(response) -> bool:
    return response.status_code in (301, 302, 303, 307, 308) and urlsplit(response.location).path == "/konto/log-ind"


def check(harness: Harness, api: bool, method: str, rule: str, role: str, expected, swap=None) -> None:
    """Make one request and assert the cell: allowed, refused (with no effect), or an exact status."""
    harness.world()
    before = harness.snapshot()
    response, url = request(harness, api, method, rule, role, swap)
    body = response.get_data(as_text=True)
    response.close()  # a static file's response holds the file open until closed
    after = harness.snapshot()
    if after != before:
        harness.spoil()  # the next test gets a fresh world
    where = f"{method} {url} as {role}"
    status = response.status_code
    if expected == R:
        ready = status == 200 or (status == 503 and response.mimetype == "application/problem+json")
        assert ready and after == before, f"{where}: expected 200 or a 503 problem, got {status}"
        return
    assert status < 500, f"{where}: {status}"
    if expected == Y:
        assert 200 <= status < 400 and not _to_login(response), f"{where}: expected allowed, got {status}"
        leaked = [marker for marker in FOREIGN if marker in body]
        assert not leaked, f"{where}: shows someone else's {leaked}"
        return
    if expected == N:
        if role == ANON and api:
            assert status == 401, f"{where}: expected 401, got {status}"
            assert response.mimetype == "application/problem+json"
        elif role == ANON:
            assert _to_login(response), f"{where}: expected a redirect to log in, got {status} {response.location}"
        else:
            assert status == 403, f"{where}: expected 403, got {status}"
            if api:
                assert response.mimetype == "application/problem+json"
    elif expected == F:
        assert status in (302, 303) and not _to_login(response), f"{where}: expected a redirect back, got {status}"
    else:
        assert status == expected, f"{where}: expected {expected}, got {status}"
    changed = sorted(name for name in before if before[name] != after[name])
    assert not changed, f"{where}: refused, yet changed {changed}"


# ---- the cells ----------------------------------------------------------------------------------------------


def _param(cell_id: str, key: tuple, *values):
    reason = BUGS.get(key)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(*values, id=cell_id, marks=marks)


def _cells():
    cells = []
    for api, table in ((False, WEB), (True, API)):
        for (method, rule), row in table.items():
            for role, expected in zip(ROLES, row, strict=True):
                cells.append(_param(f"{role}-{method}-{rule}", (method, rule, role), api, method, rule, role, expected))
    # Reads and refusals leave the world as it is; writes that are allowed come last, so it is rebuilt seldom.
    return sorted(cells, key=lambda cell: cell.values[4] == Y and cell.values[1] not in READS)


def _other_cells():
    cells = []
    for method, rule, swap, expectations in OTHERS:
        name, _eq, obj = swap.partition("=")
        for role, expected in expectations.items():
            api = rule.startswith(api_bp.url_prefix + "/")
            cell_id = f"{role}-{method}-{rule}-{swap}"
            cells.append(_param(cell_id, (method, rule, role), api, method, rule, role, expected, {name: obj}))
    return cells


@pytest.mark.parametrize(("api", "method", "rule", "role", "expected"), _cells())
def test_matrix(harness, api, method, rule, role, expected):
    check(harness, api, method, rule, role, expected)


@pytest.mark.parametrize(("api", "method", "rule", "role", "expected", "swap"), _other_cells())
def test_someone_elses_object(harness, api, method, rule, role, expected, swap):
    check(harness, api, method, rule, role, expected, swap)


# ---- the matrix covers every route --------------------------------------------------------------------------


def _served(app, api: bool) -> set[tuple[str, str]]:
    return {
        (method, rule.rule)
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith(api_bp.url_prefix + "/") == api
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }


def test_every_web_route_is_in_the_matrix(harness):
    served = _served(harness.app, api=False)
    assert sorted(served - set(WEB)) == [], "routes without a row in WEB"
    assert sorted(set(WEB) - served) == [], "rows in WEB for routes that no longer exist"


def test_every_api_route_is_in_the_matrix(harness):
    served = _served(harness.app, api=True)
    registered = {(op.method, api_bp.url_prefix + op.rule) for op in OPERATIONS}
    document = json.loads(harness.app.test_client().get("/api/v1/openapi.json").get_data(as_text=True))
    documented = {
        (method.upper(), path)
        for path, item in document["paths"].items()
        for method in item
        if method in ("get", "put", "post", "patch", "delete")
    }
    in_matrix = set(API)
    assert sorted(served - in_matrix) == [], "API routes without a row in API"
    assert sorted(registered - in_matrix) == [], "registered operations without a row in API"
    assert sorted(in_matrix - served) == [], "rows in API for routes that no longer exist"
    assert {(m, _PARAMETER.sub(r"{\1}", r)) for m, r in in_matrix} == documented


def test_the_api_matrix_refuses_whatever_the_registry_refuses():
    """Where an operation's declared roles leave a role out, the matrix must say N (the views may refuse more)."""
    account_role = {LEADER: Role.LEADER, EMPLOYER: Role.EMPLOYER, UNAPPROVED: Role.EMPLOYER, ADMIN: Role.ADMIN}
    for op in OPERATIONS:
        row = dict(zip(ROLES, API[(op.method, api_bp.url_prefix + op.rule)], strict=True))
        assert (row[ANON] == Y) == (op.roles is None), op.name
        for role, account in account_role.items():
            if op.roles is not None and account not in op.roles:
                assert row[role] == N, f"{op.name}: {role}"


# ---- one request cycle: no forged POST does anything, no GET writes ------------------------------------------

EXPIRED = "Formularen er udløbet. Prøv igen."
# Tokens a forged request can carry: none, one the attacker made up, and a real one of another browser session.
FORGED = ("missing", "made up", "another session's")

# The GETs that write, each on purpose; every other GET in the matrix must leave the database as it was.
WRITING_GETS = {
    "/arbejdsgiver/stillinger/<int:vacancy_id>/kandidater": "records who the list showed in the top 10",
    "/api/v1/employer/vacancies/<int:vacancy_id>/candidates": "records who the list showed in the top 10",
    "/beskeder/<int:notification_id>": "opening one's own notification marks it read",
    "/konto/bekraeft/<token>": "the link mailed at registration confirms the address",
}
_WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)
_TOKEN_USE = re.compile(r"^\s*UPDATE api_token SET last_used_at", re.IGNORECASE)  # see webapp/api/auth.py


def _forged_token(harness: Harness, kind: str) -> str | None:
    if kind == "missing":
        return None
    if kind == "made up":
        return "20990101000000##" + "0" * 40
    return _csrf(harness.app.test_client())  # valid, but for a session that is not the victim's


def _mails(harness: Harness) -> list[str]:
    return sorted(str(path) for path in Path(harness.app.instance_path).glob("mail/**/*.eml"))


def _unsafe_web_cells():
    """Every unsafe web route, for each role that would get past its gate with a token (Y or F)."""
    return [
        pytest.param(method, rule, role, id=f"{role}-{method}-{rule}")
        for (method, rule), row in WEB.items()
        if method not in READS
        for role, expected in zip(ROLES, row, strict=True)
        if expected in (Y, F)
    ]


@pytest.mark.parametrize(("method", "rule", "role"), _unsafe_web_cells())
def test_a_post_without_a_live_csrf_token_changes_nothing(harness, method, rule, role):
    """Whatever the view does (or forgets to check), a forged request reaches none of it: nothing is written or
    mailed, the one message says the form expired, and the answer is the page's GET or a way back home."""
    for kind in FORGED:
        harness.world()
        before, mails = harness.snapshot(), _mails(harness)
        client = harness.app.test_client()
        response, url = request(harness, False, method, rule, role, token=_forged_token(harness, kind), client=client)
        body = response.get_data(as_text=True)
        where = f"{method} {url} as {role} with a {kind} token"
        assert harness.snapshot() == before and _mails(harness) == mails, f"{where}: changed something"
        if response.status_code == 200:
            assert EXPIRED in body, f"{where}: the page does not say the form expired"
        else:
            assert response.status_code in (302, 303), f"{where}: {response.status_code}"
            assert urlsplit(response.location).netloc in ("", "localhost"), f"{where}: to {response.location}"
            with client.session_transaction() as session:
                assert ("error", EXPIRED) in session.get("_flashes", []), f"{where}: no message"


def _get_cells():
    return [
        pytest.param(api, rule, role, id=f"{role}-GET-{rule}")
        for api, table in ((False, WEB), (True, API))
        for (method, rule), row in table.items()
        if method == "GET" and rule not in WRITING_GETS
        for role, expected in zip(ROLES, row, strict=True)
        if expected in (Y, R)
    ]


@pytest.mark.parametrize(("api", "rule", "role"), _get_cells())
def test_a_get_writes_nothing(harness, api, rule, role):
    """No INSERT, UPDATE or DELETE reaches the database while a GET is answered (but an API token's last use)."""
    harness.world()
    written: list[str] = []

    def note(_connection, _cursor, statement, *_args) -> None:
        if _WRITE.match(statement) and not _TOKEN_USE.match(statement):
            written.append(statement.split("\n")[0][:120])

    event.listen(harness.engine, "before_cursor_execute", note)
    try:
        response, url = request(harness, api, "GET", rule, role)
        response.close()
    finally:
        event.remove(harness.engine, "before_cursor_execute", note)
    assert written == [], f"GET {url} as {role} wrote: {written}"
