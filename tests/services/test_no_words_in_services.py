"""Services decide what happens and record it; the web layer says it in words (issue 13).

What a notification says lives in ``webapp/notifications/texts.py``, mails are composed in ``webapp/mails``,
labels in ``webapp/labels.py``. So no service renders a template, builds a URL, reads the request or chooses a
locale, and the only words left in ``webapp/services`` are error messages (typed errors whose messages live in
the web layer's catalogue, ``webapp/error_messages.py``). A service imports no Flask-Babel and, of Flask, only
the app that tells the mail service where its instance folder is; the languages are ``services.languages``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import webapp.services
from webapp.services.errors import ServiceError, all_errors

SERVICES = Path(webapp.services.__file__).parent
WORDS = {"_", "_l", "gettext", "lazy_gettext", "ngettext", "lazy_ngettext", "pgettext"}
# Error messages that are not written on a ``raise`` line: a refusal a function returns for its callers (form,
# API, import) to raise, and the message an error class gives itself. ``module: {function or constant}``.
ERROR_MESSAGES_ELSEWHERE = {
    "alerts": {"KIND"},  # the Conflict and NotFound messages saved_searches.Kind raises for this kind
    "index_store": {"NOT_READY"},  # IndexUnavailable's message
    "talent_searches": {"KIND"},
    "tokens": {"_expiry"},  # the message of the ServiceError it raises
    "vacancies": {"offer_terms_problem", "start_month_problem", "deadline_problem"},
}


# The domain errors (the ``services/errors`` package): a class deriving from one may give itself a message.
ERRORS = {kind.__name__ for kind in [ServiceError, *all_errors()]}


def _modules() -> list[Path]:
    """Every service module, the errors package's included."""
    return sorted(SERVICES.rglob("*.py"))


def _name(path: Path) -> str:
    """A module's name below services (``vacancies``, ``errors/vacancies``): its allowances' key and test id."""
    return path.relative_to(SERVICES).with_suffix("").as_posix()


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _is_error_message(node: ast.AST, parents: dict[ast.AST, ast.AST], allowed: set[str]) -> bool:
    """True when the call sits in a ``raise``, in a domain error's class, or in a function/constant named above."""
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.Raise):
            return True
        if isinstance(node, ast.ClassDef) and {ast.unparse(base).split(".")[-1] for base in node.bases} & ERRORS:
            return True
        if isinstance(node, ast.FunctionDef) and node.name in allowed:
            return True
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in allowed for t in node.targets):
            return True
    return False


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_a_service_imports_no_flask_babel_and_of_flask_only_the_app_for_the_mail_spool(path):
    """So it renders no template, builds no URL, reads no request or locale, and words nothing itself."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "flask":
            taken = {alias.name for alias in node.names}
            assert (path.name, taken) == ("mail.py", {"current_app"}), f"{path.name}:{node.lineno} takes {taken}"
        elif isinstance(node, ast.ImportFrom) and node.module:
            assert node.module.split(".")[0] != "flask_babel", f"{path.name}:{node.lineno}"
        if isinstance(node, ast.Import):
            assert not any(alias.name.split(".")[0] in {"flask", "flask_babel"} for alias in node.names), path.name


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_the_only_words_a_service_writes_are_error_messages(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = _parents(tree)
    allowed = ERROR_MESSAGES_ELSEWHERE.get(_name(path), set())
    worded = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in WORDS
        and not _is_error_message(node, parents, allowed)
    ]
    assert worded == [], f"{path.name} words something that is not an error message on lines {worded}"


def test_the_check_finds_words_outside_errors():
    """The checker itself: a notification text in a service would be caught, a raised message would not."""
    tree = ast.parse(
        "def said():\n    return _('Hej')\n\ndef check():\n    raise ServiceError(_('Nej'))\n"
        "class Taken(Conflict):\n    def __init__(self):\n        super().__init__(_('Optaget'))\n"
        "class Kind(StrEnum):\n    POST = _('Stilling')\n"
    )
    parents = _parents(tree)
    calls = {
        node.args[0].value: node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"
    }
    assert not _is_error_message(calls["Hej"], parents, set())
    assert _is_error_message(calls["Nej"], parents, set())
    assert _is_error_message(calls["Optaget"], parents, set())
    assert not _is_error_message(calls["Stilling"], parents, set())  # a label in a class is no error message
    assert _is_error_message(calls["Hej"], parents, {"said"})


# What a service may import from the rest of ``webapp``: the demo data's generator (plain data, no Flask). Never
# the web layer (``error_messages``, ``forms``, a blueprint), not even lazily inside a function: its words are
# the edge's, and imports point one way (webapp → services → models, matcher).
OUTSIDE_SERVICES_ALLOWED = {"demo"}


def _reaches_outside(node: ast.AST, depth: int = 0) -> str | None:
    """The ``webapp`` module an import of a service takes that is not a service (None: none). ``depth`` is how many
    packages below ``services`` the importing module sits (``contracts/profiles.py``: 1)."""
    if isinstance(node, ast.ImportFrom) and node.level >= depth + 2:  # ``from ..x import y`` in services: out of it
        return (node.module or "").split(".")[0] or ", ".join(alias.name for alias in node.names)
    names = [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
    names += [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
    for name in names:
        parts = name.split(".")
        if parts[0] == "webapp" and parts[1:2] != ["services"]:
            return parts[1] if len(parts) > 1 else "webapp"
    return None


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_a_service_imports_nothing_of_the_web_layer(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    depth = len(path.relative_to(SERVICES).parts) - 1
    taken = {
        (node.lineno, module)
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom) and (module := _reaches_outside(node, depth)) is not None
    }
    assert {module for _line, module in taken} <= OUTSIDE_SERVICES_ALLOWED, f"{path.name} imports {sorted(taken)}"


def test_the_import_check_finds_a_lazy_import_of_the_web_layer():
    """The checker itself: the lazy import that the contracts once had is caught, a service's own is not."""
    tree = ast.parse(
        "def check():\n    from ..error_messages import message_for\n"
        "from . import vacancies\nfrom .fields import refused\nimport webapp.forms\nfrom webapp.services import x\n"
        "from .. import labels\n"
    )
    found = [_reaches_outside(node) for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)]
    assert sorted(filter(None, found)) == ["error_messages", "forms", "labels"]
    assert found.count(None) == 3
    # One package down (``contracts/profiles.py``), ``..`` is still the services and ``...`` the web layer.
    nested = ast.parse("from ..fields import refused\nfrom .base import Contract\nfrom ...forms import x\n")
    assert [_reaches_outside(node, depth=1) for node in nested.body] == [None, None, "forms"]
