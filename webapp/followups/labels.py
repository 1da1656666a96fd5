"""Display names for the follow-up questions' answers."""

from flask_babel import lazy_gettext as _l

WORKS_LABELS = {
    1: _l("Slet ikke"),
    2: _l("Dårligt"),
    3: _l("Nogenlunde"),
    4: _l("Godt"),
    5: _l("Rigtig godt"),
}

FACTOR_LABELS = {
    "introduction": _l("Introduktion til sektoren"),
    "mentor": _l("Mentor"),
    "network": _l("Netværk"),
    "manager_support": _l("Opbakning fra nærmeste chef"),
    "political_governance": _l("Politisk styring"),
    "pay_terms": _l("Overenskomst, løn og ansættelsesform"),
    "culture": _l("Kultur"),
    "professional_difference": _l("Faglig forskel"),
    "workload": _l("Arbejdsmængde og tempo"),
}

SIDE_LABELS = {"leader": _l("Lederen"), "employer": _l("Arbejdsgiveren")}

MONTHS_LABELS = {3: _l("Efter 3 måneder"), 12: _l("Efter 12 måneder")}
