"""Pages anyone can see: the landing page and the published vacancies."""

from flask import Blueprint

bp = Blueprint("public", __name__)

from . import feed, guides, routes  # noqa: E402,F401
