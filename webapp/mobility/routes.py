"""The public aggregate page and the admin page, each with its CSV; the numbers come from ``services.mobility``."""

from flask import Response, render_template

from ..db import get_session
from ..services import followups, mobility
from . import admin_bp, bp
from .charts import charts
from .labels import STAGE_LABELS


def _page(public: bool):
    board = mobility.dashboard(get_session(), public=public)
    return render_template(
        "mobility/dashboard.html",
        board=board,
        charts=charts(board),
        stages=mobility.STAGES,
        stage_labels=STAGE_LABELS,
        from_sectors=mobility.FROM_SECTORS,
        to_sectors=mobility.TO_SECTORS,
        minimum=mobility.MIN_CELL,
        csv_endpoint="mobility.csv" if public else "mobility_admin.csv_admin",
        followups=followups.board(get_session(), public=public),
    )


def _csv(public: bool, name: str) -> Response:
    board = mobility.dashboard(get_session(), public=public)
    return Response(
        mobility.to_csv(board),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@bp.get("/")
def dashboard():
    """Hires between sectors, shares beside VIVE's, the funnel and the months; small numbers hidden."""
    return _page(public=True)


@bp.get("/data.csv")
def csv():
    """The public page's numbers as CSV (hidden figures marked)."""
    return _csv(public=True, name="sektorbro-mobilitet.csv")


@admin_bp.get("/")
def dashboard_admin():
    """Every number, with the ones the public page hides marked."""
    return _page(public=False)


@admin_bp.get("/data.csv")
def csv_admin():
    """Every number as CSV."""
    return _csv(public=False, name="sektorbro-mobilitet-alle-tal.csv")
