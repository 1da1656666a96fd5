"""Property-based run of every API operation against the OpenAPI document (schemathesis, in-process WSGI).

Each operation is called with generated valid and invalid input and a token of the role it needs; no answer
may be a server error, and every answer must match the document (status code, content type, body schema).
Kept small and derandomised so it runs in every ``make test`` and fails the same way twice; on one xdist
worker. (Operations are parametrised from our own registry: schemathesis' lazy pytest loader does not run on
pytest 9.)
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from models import ContactRequest, ContactStatus, Role
from webapp.api.operations import OPERATIONS

pytestmark = pytest.mark.xdist_group("schemathesis")

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
MAX_EXAMPLES = 15


@pytest.fixture
def world(app, db, make_user, make_organisation, make_profile, make_vacancy, make_token):
    """An admin, an employer with a vacancy and candidates (one revealed), and a leader with a profile."""
    employer = make_user(Role.EMPLOYER, organisation=make_organisation("Skattestyrelsen", sector="stat"))
    vacancy = make_vacancy(organisation=employer.organisation, competences=["budgetlægning", "personaleledelse"])
    make_vacancy(organisation=employer.organisation, status="draft")
    candidates = [
        make_profile(sector=sector, competences=["budgetlægning", "personaleledelse"])
        for sector in ("kommune", "region", "stat")
    ]
    db.add(
        ContactRequest(
            vacancy_id=vacancy.id,
            profile_id=candidates[0].id,
            sender_id=employer.id,
            message="Hej",
            status=ContactStatus.ACCEPTED,
        )
    )
    db.commit()
    leader = make_user(Role.LEADER)
    make_profile(user=leader, competences=["budgetlægning"])
    return {
        "employer": make_token(employer),
        "leader": make_token(leader),
        "admin": make_token(make_user(Role.ADMIN)),
    }


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: f"{op.method} {op.path}")
def test_every_operation_conforms_and_never_fails(app, world, operation):
    app.config["RATELIMIT_ENABLED"] = False
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    found = schema[operation.path][operation.method]
    cases = st.one_of(found.as_strategy(GenerationMode.POSITIVE), found.as_strategy(GenerationMode.NEGATIVE))
    role = operation.roles[0] if operation.roles else "leader"  # public operations accept a valid token too
    headers = {"Authorization": f"Bearer {world[role]}"}

    @given(case=cases)
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def call(case):
        case.call_and_validate(headers=headers, checks=CHECKS)

    call()
