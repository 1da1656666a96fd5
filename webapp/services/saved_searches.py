"""What a leader's saved searches (``alerts``) and an employer's talent searches (``talent_searches``) share.

Both are named searches a person keeps (a name checked the same way, unique per person, a limited number), that
only their owner may change, whose mails a switch turns on and off (``alerts`` / ``active``) and that an
unsubscribe link stops without logging in (the token is the proof). Each module describes its own kind once
(``Kind``) and keeps what differs: filters, what is matched and the digest. What a name and the filters may be
is their input contract's (``contracts.SavedSearch``, ``contracts.TalentSearch``), which the forms validate by
too; here stay the rules that need the database: a name unique per person, a limited number of searches.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import User

from . import unsubscribe_links
from .errors import SearchNameTaken, SearchNotFound, TooManySearches


@dataclass(frozen=True)
class Kind:
    """One kind of saved search (its model, the column that turns its mails on, its own refusals) and what is
    done with searches of that kind. Each module names the methods its owner's pages use as its own functions;
    the unsubscribe link's page (``unsubscribing.saved_search_page``) takes ``by_token`` and ``unsubscribe``
    from the kind itself."""

    model: type  # SavedSearch or TalentSearch: user_id, name, created_at, unsubscribe_token and ``mails_on``
    mails_on: str  # the column that turns its mails on
    most: int  # searches per person
    too_many: type[TooManySearches]  # the kind's own refusals (the web layer words each class)
    same_name: type[SearchNameTaken]
    not_found: type[SearchNotFound]

    def for_user(self, session: Session, user: User) -> list:
        """The person's searches of this kind, oldest first."""
        model = self.model
        return list(session.scalars(select(model).where(model.user_id == user.id).order_by(model.created_at, model.id)))

    def check_new_name(self, session: Session, user: User, name: str, search_id: int | None = None) -> None:
        """Refuse a name the person already uses for another search, and a new search (no ``search_id``) past
        the limit."""
        existing = self.for_user(session, user)
        if search_id is None and len(existing) >= self.most:
            raise self.too_many(limit=self.most)
        if any(search.name.lower() == name.lower() and search.id != search_id for search in existing):
            raise self.same_name()

    def get_own(self, session: Session, user: User, search_id: int):
        """One of the person's own searches, or NotFound."""
        search = session.get(self.model, search_id)
        if search is None or search.user_id != user.id:
            raise self.not_found()
        return search

    def switch(self, session: Session, user: User, search_id: int, on: bool):
        """Turn the mails of one of the person's searches on or off."""
        search = self.get_own(session, user, search_id)
        setattr(search, self.mails_on, on)
        session.flush()
        return search

    def delete(self, session: Session, user: User, search_id: int) -> None:
        """Delete one of the person's searches (what it sent stays recorded, so nothing is mailed again)."""
        session.delete(self.get_own(session, user, search_id))
        session.flush()

    def by_token(self, session: Session, token: str):
        """The search an unsubscribe link points at, if the token is one of ours."""
        return unsubscribe_links.holder(session, self.model, token)

    def unsubscribe(self, session: Session, search):
        """Stop the mails of the search an unsubscribe link names (``by_token``: no log-in, the token is the
        proof); the page that found it passes it on, so the token is looked up once."""
        setattr(search, self.mails_on, False)
        session.flush()
        return search
