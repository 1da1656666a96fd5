"""Display names for the admin pages: audited actions and how a candidate moved in a preview."""

from flask_babel import lazy_gettext as _l

from ..services import audit

AUDIT_ACTION_LABELS = {
    audit.WEIGHTS_CREATE: _l("Nye vægte gemt og taget i brug"),
    audit.WEIGHTS_ROLLBACK: _l("Vægte rullet tilbage"),
    audit.WEIGHTS_ADOPT: _l("Lærte vægte anvendt"),
    audit.USER_ROLE: _l("Rolle ændret"),
    audit.USER_DEACTIVATE: _l("Konto deaktiveret"),
    audit.USER_ACTIVATE: _l("Konto aktiveret"),
    audit.USER_APPROVE: _l("Arbejdsgiver godkendt"),
    audit.USER_REJECT: _l("Arbejdsgiver afvist"),
    audit.ORGANISATION_PLACE: _l("Organisation placeret i hierarkiet"),
}

MOVEMENT_LABELS = {
    "up": _l("Op"),
    "down": _l("Ned"),
    "same": _l("Uændret"),
    "in": _l("Ny i top 10"),
    "out": _l("Ude af top 10"),
}
