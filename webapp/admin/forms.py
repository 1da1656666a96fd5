"""Admin forms: search (GET) and role change (POST)."""

from flask_babel import lazy_gettext as _l
from wtforms import Form, SearchField, SelectField

from ..forms import BaseForm
from ..labels import ROLE_LABELS, SECTOR_LABELS, options


class UserSearchForm(Form):
    """Filter users by e-mail and role."""

    q = SearchField(_l("Søg på e-mail"))
    rolle = SelectField(
        _l("Rolle"), choices=options(ROLE_LABELS.items(), blank=_l("Alle roller")), validate_choice=False
    )


class OrganisationSearchForm(Form):
    """Filter organisations by name and sector."""

    q = SearchField(_l("Søg på navn"))
    sektor = SelectField(
        _l("Sektor"), choices=options(SECTOR_LABELS.items(), blank=_l("Alle sektorer")), validate_choice=False
    )


class RoleForm(BaseForm):
    """Give a user another role."""

    role = SelectField(_l("Ny rolle"), choices=options(ROLE_LABELS.items()))
