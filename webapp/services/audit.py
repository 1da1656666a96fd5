"""The audit log: every weight change, every change to a user's role or access (approving or rejecting an
employer too) and every placement of an organisation in the hierarchy, written by the service
that makes the change, in the same transaction (so a rolled-back change leaves no entry behind)."""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models import AuditEntry, User

WEIGHTS_CREATE = "weights.create"
WEIGHTS_ROLLBACK = "weights.rollback"
WEIGHTS_ADOPT = "weights.adopt"
USER_ROLE = "user.role"
USER_DEACTIVATE = "user.deactivate"
USER_ACTIVATE = "user.activate"
USER_APPROVE = "user.approve"
USER_REJECT = "user.reject"
ORGANISATION_PLACE = "organisation.place"
ACTIONS = (
    WEIGHTS_CREATE,
    WEIGHTS_ROLLBACK,
    WEIGHTS_ADOPT,
    USER_ROLE,
    USER_DEACTIVATE,
    USER_ACTIVATE,
    USER_APPROVE,
    USER_REJECT,
    ORGANISATION_PLACE,
)


def record(session: Session, actor: User | None, action: str, target: str, details: dict | None = None) -> AuditEntry:
    """Add one entry; ``target`` names what was changed (``weight_set:7``, ``user:12``)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    entry = AuditEntry(
        actor_id=actor.id if actor is not None else None,
        actor_email=actor.email if actor is not None else "",
        action=action,
        target=target[:200],
        details=details or {},
    )
    session.add(entry)
    session.flush()
    return entry


def listing(action: str | None = None) -> Select:
    """A select() of entries, newest first, optionally of one action."""
    stmt = select(AuditEntry).order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    return stmt
