"""Demo mentors: a few demo leaders who have crossed sectors offer conversations, so `make run` shows the mentor
pages with mentors to find.

Demo leaders are imported without accounts, and a mentor needs one (requests and their notices go to an account,
and only a mentor with an active account is shown). Each chosen leader therefore gets a leader account,
``mentor1@example.dk`` and on (the demo password), and an offer in their own words of what they can help with.
The chosen leaders have worked in another sector than today's (read from their jobs, as for any mentor), two per
sector they are in now, the same every time. The demo leader (``leder@example.dk``) is left alone: they are the
one considering a move.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import MentorOffer, Profile, Role, Visibility

from . import accounts, mentoring

PER_SECTOR = 2
EMAIL = "mentor{n}@example.dk"
INTO = {"stat": "staten", "region": "en region", "kommune": "en kommune", "privat": "en privat virksomhed"}
TEXTS = (  # what the demo mentors offer, in their own words; one each in turn, so the list does not repeat itself
    "Jeg skiftede selv fra {before} til {after} og fortæller gerne, hvad der var anderledes: hvordan styringen og "
    "den politiske ledelse fungerer, og hvad der overraskede mig de første måneder.",
    "Fra {before} til {after}: jeg kan hjælpe med at oversætte din erfaring, så den bliver forstået i ansøgningen "
    "og til samtalen – jeg brugte selv et halvt år på at finde de rigtige ord.",
    "Da jeg kom til {after} fra {before}, var økonomistyringen og budgetprocessen det største skift. Spørg mig om "
    "årshjul, bevillinger og hvem der bestemmer hvad.",
    "Jeg har ledet i både {before} og {after}. Tal med mig om overenskomster, løn og ansættelsesformer, og om "
    "hvordan man finder sit netværk, når man er ny i sektoren.",
)


def seed(session: Session, exclude: int, password: str) -> int:
    """Make up to ``PER_SECTOR`` mentors per current sector among leaders who crossed; returns how many (none
    when the demo has mentors already: seeding again changes nothing)."""
    if session.scalar(select(MentorOffer.id).limit(1)) is not None:
        return 0
    candidates = session.scalars(
        select(Profile)
        .options(selectinload(Profile.experiences))
        .where(Profile.id != exclude, Profile.user_id.is_(None), Profile.visibility != Visibility.HIDDEN)
        .order_by(Profile.id)
    )
    chosen: dict[str, list[Profile]] = {}
    for profile in candidates:
        group = chosen.setdefault(profile.sector, [])
        if len(group) < PER_SECTOR and mentoring.sectors_known(profile) - {profile.sector}:
            group.append(profile)
        if all(len(chosen.get(sector, ())) >= PER_SECTOR for sector in INTO):
            break
    made = 0
    for profile in (p for sector in INTO for p in chosen.get(sector, ())):
        moves = [m for m in mentoring.moves(session, profile) if m.to_sector == profile.sector]
        if not moves:
            continue
        made += 1
        email = EMAIL.format(n=made)
        user = accounts.find_by_email(session, email) or accounts.create_user(session, email, password, Role.LEADER)
        profile.user_id, profile.email = user.id, email
        before = INTO[moves[-1].from_sector]
        session.add(
            MentorOffer(
                profile=profile,
                text=TEXTS[(made - 1) % len(TEXTS)].format(before=before, after=INTO[profile.sector]),
                max_mentees=3,
            )
        )
    session.flush()
    return made
