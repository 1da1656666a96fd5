"""Weight sets for HR admins: the versions of the ranking weights.

The history is append-only, as on the admin pages: creating weights saves the next version and makes it
active; activating an old version saves a new version with exactly its weights. Both write the audit log.
"""

from __future__ import annotations

from flask import g

from ...db import get_session
from ...services import pagination
from ...services import weights as weight_sets
from ...urls import absolute_url
from .. import present
from ..registry import operation, page_meta
from ..schemas import Paging, WeightSetIn, WeightSetOut, WeightSetPage

ADMIN = ("admin",)


def _created(weight_set):
    location = absolute_url("api.get_weight_set", weight_set_id=weight_set.id)
    return present.weight_set(weight_set), {"Location": location}


@operation("GET", "/admin/weight-sets", tag="admin", roles=ADMIN, query=Paging, response=WeightSetPage)
def list_weight_sets(query: Paging):
    """List every weight-set version, newest first (the active one is the newest)."""
    page = pagination.paginate(get_session(), weight_sets.history(), query.page, query.per_page)
    return WeightSetPage(items=[present.weight_set(s) for s in page.items], **page_meta(page))


@operation("GET", "/admin/weight-sets/<int:weight_set_id>", tag="admin", roles=ADMIN, response=WeightSetOut)
def get_weight_set(weight_set_id: int):
    """Get one weight-set version."""
    return present.weight_set(weight_sets.get_set(get_session(), weight_set_id))


@operation(
    "POST",
    "/admin/weight-sets",
    tag="admin",
    roles=ADMIN,
    body=WeightSetIn,
    response=WeightSetOut,
    status=201,
    errors=(409,),
)
def create_weight_set(body: WeightSetIn):
    """Save new weights as the next version and make it the active one.

    The weights are shares of the score in percent (see `WeightsIn`). The note says why (it is shown in the
    history and the audit log). Weights that rank as the active ones do (the same shares) are a 409: there is
    nothing to change. The response's `dominant_component` names a component that would take more than half of
    the score, which makes the ranking mostly that one thing.
    """
    session = get_session()
    created = weight_sets.save_version(
        session, g.api_user, weight_sets.from_shares(body.weights.model_dump()), body.note
    )
    return _created(created)


@operation(
    "POST",
    "/admin/weight-sets/<int:weight_set_id>/activate",
    tag="admin",
    roles=ADMIN,
    response=WeightSetOut,
    status=201,
    errors=(409,),
)
def activate_weight_set(weight_set_id: int):
    """Make an old version's weights the active ones again.

    As on the admin page's rollback, this saves a *new* version with exactly those weights (so the history
    keeps reading forward) and returns it. A version whose weights are already active is a 409.
    """
    session = get_session()
    created = weight_sets.rollback(session, g.api_user, weight_set_id)
    return _created(created)
