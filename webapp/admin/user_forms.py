"""The users page's forms: the filter (GET) and rejecting an employer who waits for approval."""

from flask_babel import lazy_gettext as _l
from wtforms import Form, SearchField, SelectField, TextAreaField
from wtforms.validators import InputRequired

from ..forms import BaseForm, max_length
from ..labels import ROLE_LABELS, options
from ..services.notifications import MAX_REASON

AWAITING = "venter"  # ?status=venter: employers awaiting approval


class UserFilterForm(Form):
    """Filter users by e-mail and role, or show the employers awaiting approval."""

    q = SearchField(_l("Søg på e-mail"))
    role = SelectField(
        _l("Rolle"), choices=options(ROLE_LABELS.items(), blank=_l("Alle roller")), validate_choice=False, name="rolle"
    )
    status = SelectField(
        _l("Status"),
        choices=options([(AWAITING, _l("Afventer godkendelse"))], blank=_l("Alle brugere")),
        validate_choice=False,
    )

    def awaiting(self) -> bool:
        """True when only employers awaiting approval are asked for."""
        return self.status.data == AWAITING


class RejectForm(BaseForm):
    """Reject an employer awaiting approval, with the reason mailed to them."""

    reason = TextAreaField(
        _l("Begrundelse"),
        [
            InputRequired(_l("Skriv en begrundelse for afvisningen. Den sendes til arbejdsgiveren.")),
            max_length(MAX_REASON),
        ],
        description=_l("Sendes til arbejdsgiveren. Kontoen lukkes; du kan genåbne den senere."),
    )
