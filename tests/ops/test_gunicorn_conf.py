"""gunicorn.conf.py's hooks, called as gunicorn calls them (the server itself runs in test_worker_kill)."""

from __future__ import annotations

import platform
import runpy
from pathlib import Path

import pytest

CONFIG = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_after_each_request_the_worker_returns_freed_heap_to_the_system(monkeypatch):
    settings = runpy.run_path(str(CONFIG))
    assert settings["_trim"] is not None
    calls = []
    real = settings["_trim"]
    monkeypatch.setitem(settings["post_request"].__globals__, "_trim", lambda pad: calls.append(real(pad)))
    settings["post_request"](None, None, {}, None)
    assert calls in ([0], [1])  # glibc answers 1 when it released memory, 0 when there was none to release


def test_the_settings_follow_the_environment(monkeypatch):
    monkeypatch.setenv("PORT", "5123")
    monkeypatch.setenv("WORKERS", "3")
    monkeypatch.delenv("BIND", raising=False)
    settings = runpy.run_path(str(CONFIG))
    assert settings["bind"] == ["127.0.0.1:5123"] and settings["workers"] == 3 and settings["preload_app"]
