"""The contracts package (issue 13): one module per entity, each listing in ``__all__`` exactly the public names it
defines, gathered by the package so ``services.contracts.X`` reaches every one, as ``services.errors`` does."""

from __future__ import annotations

import ast
import pkgutil
from pathlib import Path
from types import ModuleType

from webapp.services import contracts


def _defined(module: ModuleType) -> set[str]:
    """The public names the module's own top level binds: classes, functions, constants and type aliases."""
    names = set()
    for node in ast.parse(Path(module.__file__).read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {target.id for target in node.targets if isinstance(target, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return {name for name in names if not name.startswith("_")}


def test_every_contract_module_exports_exactly_what_it_defines():
    modules = {info.name for info in pkgutil.iter_modules(contracts.__path__)}
    assert {entity.__name__.rsplit(".", 1)[-1] for entity in contracts.ENTITIES} == modules
    for entity in contracts.ENTITIES:
        assert _defined(entity) == set(entity.__all__), entity.__name__


def test_the_package_reaches_every_name_and_defines_none_of_its_own():
    """No name is in two modules (one would hide the other), each is the module's own object, and the package
    binds nothing but its list of modules."""
    assert len(contracts.__all__) == len(set(contracts.__all__))
    assert all(
        getattr(contracts, name) is getattr(entity, name) for entity in contracts.ENTITIES for name in entity.__all__
    )
    assert _defined(contracts) == {"ENTITIES"}


def test_the_names_the_app_and_its_tests_read_are_all_there():
    """Splitting the module kept every ``contracts.X`` that code outside it reads (a name it only imported, such as
    ``fields.LINE_MAX``, is read from its own module)."""
    root = Path(__file__).parents[2]
    read = set()
    for path in [*(root / "webapp").rglob("*.py"), *(root / "tests").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "contracts":
                read.add(node.attr)
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("services.contracts"):
                read |= {alias.name for alias in node.names}
    assert read and {name for name in read if not name.startswith("__")} <= set(contracts.__all__) | {"ENTITIES"}
