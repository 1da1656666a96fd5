"""``/healthz`` (the process answers) and ``/readyz`` (it can serve): for load balancers and orchestrators.

Neither needs a log-in, counts against a rate limit or reads or sets the session cookie (see
``webapp/api/__init__.py``), and neither answer is cached.
"""

from flask import Blueprint

bp = Blueprint("health", __name__)
PATHS = frozenset({"/healthz", "/readyz"})

from . import routes  # noqa: E402,F401
