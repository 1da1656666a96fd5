"""The answer step shared by contact and mentor requests: pending becomes accepted or declined once, stamped,
with each model's own states and its own error."""

import pytest

from models import ContactRequest, ContactStatus, MentorRequest, MentorRequestStatus
from webapp.services import answering
from webapp.services.errors import AlreadyAnswered, RequestAlreadyClosed

KINDS = [(ContactRequest, ContactStatus, AlreadyAnswered), (MentorRequest, MentorRequestStatus, RequestAlreadyClosed)]


@pytest.mark.parametrize(("model", "statuses", "closed"), KINDS)
@pytest.mark.parametrize(("accept", "state"), [(True, "accepted"), (False, "declined")])
def test_a_pending_request_is_answered_and_stamped(model, statuses, closed, accept, state):
    request = model(status=statuses.PENDING, answered_at=None)
    answering.answer(request, accept, statuses, closed)
    assert request.status == statuses(state) and request.answered_at is not None


@pytest.mark.parametrize(("model", "statuses", "closed"), KINDS)
def test_an_answered_request_raises_the_models_own_error_and_stays(model, statuses, closed):
    request = model(status=statuses.DECLINED, answered_at=None)
    with pytest.raises(closed):
        answering.answer(request, True, statuses, closed)
    assert request.status == statuses.DECLINED and request.answered_at is None


def test_a_cancelled_mentor_request_cannot_be_answered():
    request = MentorRequest(status=MentorRequestStatus.CANCELLED, answered_at=None)
    with pytest.raises(RequestAlreadyClosed):
        answering.answer(request, True, MentorRequestStatus, RequestAlreadyClosed)
    assert request.status == MentorRequestStatus.CANCELLED
