"""Admin view of the audit log: weight changes, changes to users' roles and access, approvals and rejections of
employers and placements of organisations, newest first."""

from flask import render_template, request

from ..db import get_session
from ..paging import requested_page
from ..services import audit as audit_service
from ..widgets import chosen
from . import bp
from .forms import AuditFilterForm


@bp.get("/revisionslog")
def audit_log():
    """Audited actions, newest first, filterable by action."""
    form = AuditFilterForm(request.args)
    action = chosen(form.action)
    page = requested_page(get_session(), audit_service.listing(action))
    return render_template("admin/audit_log.html", form=form, page=page)
