"""Display names of outcomes and funnel stages (Danish msgids, translated at display)."""

from flask_babel import lazy_gettext as _l

from models import OutcomeKind

OUTCOME_LABELS = {
    OutcomeKind.INTERVIEW: _l("Samtale"),
    OutcomeKind.HIRED: _l("Ansat"),
    OutcomeKind.NOT_HIRED: _l("Ikke ansat"),
    OutcomeKind.WITHDRAWN: _l("Trukket tilbage"),
}

STAGE_LABELS = {
    "shown": _l("I en top 10"),
    "shortlisted": _l("På kortlisten"),
    "contacted": _l("Kontakt anmodet"),
    "accepted": _l("Kontakt accepteret"),
    "hired": _l("Ansat"),
}
