"""Property-based run of every API operation against the OpenAPI document (schemathesis, in-process WSGI).

What ``schemathesis run --checks all`` does, as a test: every operation, called anonymously and with a leader's,
an employer's and an admin's token, with the coverage phase's boundary cases (``2.0`` for an integer, ``{}``
for a body that needs a field, an empty query value, methods the path does not have ...) and generated valid
and invalid input; every check must pass: no server error, status code, content type, headers and body as
documented, valid input accepted, invalid input refused, authentication not ignored. Kept small and
derandomised so it runs in every ``make test`` (about half a minute on two cores) and fails the same way twice.
(Operations are parametrised from our own registry: schemathesis' lazy pytest loader does not run on pytest 9;
``create_test`` is what its pytest integration builds each operation's test with.)
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.generation.hypothesis.builder import HypothesisTestConfig, HypothesisTestMode, create_test
from schemathesis.generation.overrides import with_config_headers

from models import ContactRequest, ContactStatus, Role
from webapp import limits
from webapp.api.registry import OPERATIONS

pytestmark = pytest.mark.xdist_group("schemathesis")

load_all_checks()
ALL_CHECKS = CHECKS.get_all()  # what `--checks all` selects
ROLES = ("anonymous", "leader", "employer", "admin")
MAX_EXAMPLES = 10  # generated cases per operation and role, on top of the coverage phase's fixed ones
SETTINGS = settings(
    max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
)


@pytest.fixture
def world(app, db, make_user, make_organisation, make_profile, make_vacancy, make_token, rebuild_index):
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
    rebuild_index()  # as the operator's `flask index rebuild` has: the API ranks, it never answers 503 here
    return {
        "employer": make_token(employer),
        "leader": make_token(leader),
        "admin": make_token(make_user(Role.ADMIN)),
    }


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: f"{op.method} {op.path}")
def test_every_operation_conforms_and_never_fails(app, world, operation, role, monkeypatch):
    # Hundreds of calls from one address (limits have their own tests). Flask-Limiter reads RATELIMIT_ENABLED
    # only when the app is made, so setting it in app.config here would leave every call after the 120th a 429.
    monkeypatch.setattr(limits.limiter, "enabled", False)
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    if role in world:  # as `-H`: the coverage phase then knows the header is there (and may leave it out)
        schema.config.update(headers={"Authorization": f"Bearer {world[role]}"})
    found = schema[operation.path][operation.method]

    def call(case):
        case.call_and_validate(checks=ALL_CHECKS)

    test = create_test(
        operation=found,
        test_func=call,
        config=HypothesisTestConfig(
            project=schema.config,
            modes=[HypothesisTestMode.EXAMPLES, HypothesisTestMode.COVERAGE, HypothesisTestMode.FUZZING],
            explicit_settings=SETTINGS,
            override=with_config_headers(schema.config, operation=found),
        ),
    )
    test()
