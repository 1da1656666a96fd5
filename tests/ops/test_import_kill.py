"""``kill -9`` during ``flask import profiles``: nothing from the file is in the database; a rerun imports it all.

The import validates the whole file, then writes it in one transaction. The test runs the real CLI in a
subprocess with two print-only hooks (where the writing starts, and each commit), kills it with SIGKILL
while it writes, before any commit, and checks the database. Both runs leave out the index save that follows
a committed import: the index store has tests of its own, and building it would triple this test's time.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bench.population import generate_population
from models import Base, Profile

pytestmark = pytest.mark.ops
ROOT = Path(__file__).resolve().parents[2]
PROFILES = 4000

# The CLI, with two hooks that only print: "SKRIVER" as the writing starts, "COMMIT" before each commit;
# and without the index save after the commit.
HOOKED_CLI = r"""
import sys
from sqlalchemy.orm import Session
from webapp.services import importing, ranking

ranking.save_current = lambda session, directory: None

real_import, real_commit = importing.import_profiles, Session.commit

def import_profiles(session, records):
    print("SKRIVER", file=sys.stderr, flush=True)
    return real_import(session, records)

def commit(self):
    print("COMMIT", file=sys.stderr, flush=True)
    return real_commit(self)

importing.import_profiles, Session.commit = import_profiles, commit
from flask.cli import main
sys.argv = ["flask", "--app", "webapp", "import", "profiles", sys.argv[1]]
main()
"""


def _environment(database_url: str, instance: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("SEKTORBRO_")}
    return env | {"DATABASE_URL": database_url, "SEKTORBRO_INSTANCE": str(instance), "PYTHONPATH": str(ROOT)}


def _lines(stream, found: queue.Queue) -> None:
    for line in iter(stream.readline, ""):
        found.put(line.strip())


def test_kill_during_import_leaves_nothing_and_a_rerun_imports_it_all(database_url, engine, tmp_path):
    records = generate_population(seed=11, profiles=PROFILES, vacancies=1).profiles
    path = tmp_path / "profiles.jsonl"
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
    env = _environment(database_url, tmp_path / "instance")

    process = subprocess.Popen(
        [sys.executable, "-c", HOOKED_CLI, str(path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    said: queue.Queue = queue.Queue()
    threading.Thread(target=_lines, args=(process.stderr, said), daemon=True).start()
    seen: list[str] = []
    try:
        deadline = time.monotonic() + 120
        while "SKRIVER" not in seen:
            assert time.monotonic() < deadline, f"the import never started writing: {seen[-5:]}"
            try:
                seen.append(said.get(timeout=1))
            except queue.Empty:
                assert process.poll() is None, f"the import ended early: {seen[-5:]}"
        time.sleep(0.3)  # well into the writing; the whole file takes seconds
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stderr.close()
    while not said.empty():
        seen.append(said.get())
    assert "COMMIT" not in seen, "killed too late: the import had committed already (make the file larger)"

    with engine.connect() as connection:
        counts = {t.name: connection.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}
    assert {name: count for name, count in counts.items() if count} == {}, "the killed import left rows behind"

    rerun = subprocess.run(
        [sys.executable, "-c", HOOKED_CLI, str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert f"Importeret: {PROFILES} nye" in rerun.stdout
    with engine.connect() as connection:
        imported = set(connection.scalars(select(Profile.external_id)))
    assert imported == {record["external_id"] for record in records}
