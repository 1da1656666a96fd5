"""The examples in docstrings run as tests, so an example that no longer holds fails the suite.

Only modules that import without an application or a database (the matcher, the benchmark helpers, the
demo generator, the models and the services' pure parts) are collected; each module's examples run once.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import bench
import matcher
import models
import webapp.demo
import webapp.services

PACKAGES = (matcher, bench, models, webapp.demo, webapp.services)


def _modules() -> list[str]:
    names = []
    for package in PACKAGES:
        names.append(package.__name__)
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}."):
            if ".migrations" not in info.name:
                names.append(info.name)
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples_hold(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.failed == 0, f"{result.failed} docstring example(s) in {name} no longer hold"
