"""The browser pages' pager: which page of a list the visitor asked for (``?side=``) and how long a page is.

Every paged HTML list reads the same query argument and the same ``PAGE_SIZE``, so they ask here rather than
each view spelling it out; the API takes its page and size from its query model instead.
"""

from flask import current_app, request
from sqlalchemy import Select
from sqlalchemy.orm import Session

from .services import pagination


def requested_page(session: Session, stmt: Select, scalars: bool = True) -> pagination.Page:
    """The page of ``stmt`` that ``?side=`` names (page 1 when absent or not a number), ``PAGE_SIZE`` long."""
    return pagination.paginate(
        session, stmt, request.args.get("side", 1, type=int), current_app.config["PAGE_SIZE"], scalars=scalars
    )
