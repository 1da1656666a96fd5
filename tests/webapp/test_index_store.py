"""The index store in the app: built only by the CLI or the watch job, never in a request; status and faults."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from matcher import snapshot, snapshot_format
from matcher.encoder import DocumentEncoder
from models import Role
from webapp.services import ranking

NOT_READY = "Rangeringen er ikke klar endnu"


@pytest.fixture
def directory(app):
    return ranking.directory_for(app.instance_path)


@pytest.fixture
def never_fit(monkeypatch):
    """Any fit fails the test: a request must never build the index."""
    monkeypatch.setattr(DocumentEncoder, "fit_transform", lambda *a, **k: pytest.fail("fitted"))


@pytest.fixture
def employer_vacancy(make_organisation, make_user, make_vacancy, make_profile, login):
    organisation = make_organisation(name="Finansstyrelsen")
    employer = make_user(role=Role.EMPLOYER, organisation=organisation)
    vacancy = make_vacancy(organisation=organisation)
    make_profile(sector="stat", competences=["budgetlægning", "personaleledelse"])
    login(employer)
    return vacancy


def test_the_candidate_page_without_an_index_says_so_and_never_fits(client, employer_vacancy, never_fit):
    response = client.get(f"/arbejdsgiver/stillinger/{employer_vacancy.id}/kandidater")
    assert response.status_code == 200
    assert NOT_READY in response.get_data(as_text=True)


def test_the_leader_pages_without_an_index_say_so(client, make_user, make_profile, make_vacancy, login, never_fit):
    user = make_user()
    make_profile(user=user)
    make_vacancy()
    login(user)
    for path in ("/leder/", "/leder/profil/saadan-ser-arbejdsgivere-dig"):
        response = client.get(path)
        assert response.status_code == 200 and NOT_READY in response.get_data(as_text=True), path


def test_the_api_answers_503_with_retry_after_without_an_index(client, make_user, make_profile, api_headers, never_fit):
    user = make_user()
    make_profile(user=user)
    response = client.get("/api/v1/me/recommendations", headers=api_headers(user))
    assert response.status_code == 503 and NOT_READY in response.get_json()["detail"]
    assert int(response.headers["Retry-After"]) > 0


def test_the_rank_cli_without_an_index_is_a_clear_error(runner, make_vacancy, never_fit):
    vacancy = make_vacancy(external_id="v-1")
    result = runner.invoke(args=["rank", "--vacancy", vacancy.external_id])
    assert result.exit_code == 1 and "Rangeringen er ikke klar: intet indeks" in result.output


def test_status_and_watch_report_and_build_the_index(runner, make_profile, make_vacancy, directory):
    make_profile()
    make_vacancy()
    status = runner.invoke(args=["index", "status"])
    assert status.exit_code == 1 and "intet indeks" in status.output
    assert ranking.snapshot_status(directory) == ranking.SnapshotStatus(False, "intet indeks")
    watched = runner.invoke(args=["index", "watch", "--once"])
    assert watched.exit_code == 0 and "genopbygget (intet indeks)" in watched.output
    found = ranking.snapshot_status(directory)
    assert found.usable and found.rows == 1 and found.reason is None and found.built_at
    status = runner.invoke(args=["index", "status"])
    assert status.exit_code == 0 and "Profiler: 1" in status.output and "Klar." in status.output
    again = runner.invoke(args=["index", "watch", "--once"])
    assert again.exit_code == 0 and again.output == ""  # nothing to do


def test_a_stamp_from_other_code_is_reported_as_rebuild_needed_and_never_loaded(
    runner, db, make_profile, make_vacancy, rebuild_index, directory
):
    make_profile()
    vacancy = make_vacancy()
    rebuild_index()
    pointer = snapshot_format.read_pointer(directory)
    manifest = directory / snapshot_format.SNAPSHOTS / pointer.snapshot / snapshot_format.MANIFEST
    manifest.write_text(json.dumps(json.loads(manifest.read_text()) | {"scikit_learn": "0.24.2"}))
    os.utime(directory / snapshot_format.POINTER)  # the status cache follows the pointer file
    ranking.forget(directory)
    status = ranking.snapshot_status(directory)
    assert not status.usable and status.reason.startswith("genopbygning nødvendig: scikit_learn 0.24.2")
    with pytest.raises(ranking.IndexUnavailable) as unavailable:
        ranking.rank_candidates(db, directory, vacancy)
    assert unavailable.value.reason.startswith("genopbygning nødvendig")  # for operators; users read NOT_READY
    result = runner.invoke(args=["index", "status"])
    assert result.exit_code == 1 and "genopbygning nødvendig" in result.output


def test_a_corrupt_snapshot_is_refused_and_the_worker_keeps_what_it_had(
    db, make_profile, make_vacancy, rebuild_index, directory
):
    kept = make_profile(competences=["budgetlægning", "personaleledelse"])
    vacancy = make_vacancy()
    rebuild_index()
    assert [r.profile.id for r in ranking.rank_candidates(db, directory, vacancy)] == [kept.id]
    newer = rebuild_index()
    ranking.rank_candidates(db, directory, vacancy)  # this worker maps the newer snapshot
    ranking.forget(directory)
    rebuild_index()  # a third: the worker below finds it damaged
    damaged = directory / snapshot_format.SNAPSHOTS / snapshot_format.read_pointer(directory).snapshot / "keys.npy"
    damaged.write_bytes(damaged.read_bytes()[:-8])
    # A fresh worker falls back to the previous snapshot (the newer one above) and ranks.
    assert [r.profile.id for r in ranking.rank_candidates(db, directory, vacancy)] == [kept.id]
    assert ranking.current_index(db, directory).version == newer.version
    status = ranking.snapshot_status(directory)
    assert not status.usable and "indekset er beskadiget" in status.reason and "keys.npy" in status.reason


def test_a_deletion_is_ranked_at_once_and_the_watch_rebuilds_without_it(
    app, db, runner, make_profile, make_vacancy, rebuild_index, directory
):
    gone = make_profile(competences=["budgetlægning", "personaleledelse"])
    stays = make_profile()
    vacancy = make_vacancy()
    rebuild_index()
    assert gone.id in ranking.current_index(db, directory)
    gone_id = gone.id
    db.delete(gone)
    ranking.record_changes(db, [gone_id])
    db.commit()
    assert [r.profile.id for r in ranking.rank_candidates(db, directory, vacancy)] == [stays.id]
    index = ranking.current_index(db, directory)
    assert gone_id not in index and gone_id in index.base.keys  # a tombstone until the rebuild
    result = runner.invoke(args=["index", "watch", "--once"])
    assert "profil er slettet" in result.output
    snapshots = list((directory / snapshot_format.SNAPSHOTS).iterdir())
    assert len(snapshots) == 1  # after an erasure no older snapshot is kept
    assert gone_id not in snapshot.load_current(directory).index.base.keys


def test_a_worker_never_analyses_a_vacancy_the_build_analysed_and_an_edit_only_that_one(
    db, make_profile, make_vacancy, rebuild_index, directory, monkeypatch
):
    leader = make_profile(competences=["budgetlægning", "personaleledelse"])
    kept, edited = make_vacancy(), make_vacancy(title="Økonomichef")
    rebuild_index()
    ranking.forget(directory)  # a fresh worker: it knows only what the snapshot holds
    analysed = []  # how many vacancies were shaped for ranking (what the snapshot stores), per call
    original = DocumentEncoder.vacancy_vectors
    monkeypatch.setattr(
        DocumentEncoder, "vacancy_vectors", lambda self, rows: analysed.append(rows.shape[0]) or original(self, rows)
    )
    assert ranking.rank_candidates(db, directory, kept) and ranking.recommend_vacancies(db, directory, leader)
    assert analysed == []
    edited.title = "Økonomi- og analysechef"
    db.commit()
    assert {r.vacancy.id for r in ranking.recommend_vacancies(db, directory, leader)} == {kept.id, edited.id}
    assert analysed == [1]


def test_two_rebuilds_at_once_leave_a_valid_pointer(app, make_profile, make_vacancy, directory):
    from concurrent.futures import ThreadPoolExecutor

    for _ in range(3):
        make_profile()
    make_vacancy()

    def build(_):
        session = app.extensions["sqlalchemy_sessionmaker"]()
        try:
            rebuilt = ranking.rebuild(session, directory)
            session.commit()
            return rebuilt.index.version
        finally:
            session.close()

    with ThreadPoolExecutor(max_workers=2) as pool:  # flock is per open file, so threads exclude each other too
        versions = list(pool.map(build, range(2)))
    loaded = snapshot.load_current(directory)
    assert loaded.index.version in versions and len(loaded.index) == 3
    assert sorted(p.name for p in (directory / snapshot_format.SNAPSHOTS).iterdir()) == sorted(
        f"{v}-{loaded.index.change_seq}" for v in versions
    )


def _flask(instance: Path, *args: str, **options) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SEKTORBRO") and k != "DATABASE_URL"}
    env["SEKTORBRO_INSTANCE"] = str(instance)
    command = [sys.executable, "-m", "flask", "--app", "webapp", *args]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **options)


def _run(instance: Path, *args: str) -> str:
    process = _flask(instance, *args)
    output, _ = process.communicate(timeout=300)
    assert process.returncode == 0, output
    return output


@pytest.mark.xdist_group("subprocess")
def test_kill_9_during_rebuild_keeps_the_old_snapshot_serving_and_a_rerun_completes(tmp_path):
    instance = tmp_path / "instance"
    _run(instance, "db", "upgrade")
    _run(instance, "seed-demo", "--profiles", "300", "--vacancies", "10")
    directory = instance / "matcher"
    before = snapshot_format.read_pointer(directory)
    ranked = _run(instance, "rank", "--all")
    killed = _flask(instance, "index", "rebuild")
    snapshots = directory / snapshot_format.SNAPSHOTS
    deadline = time.monotonic() + 120
    while killed.poll() is None and time.monotonic() < deadline:
        if any(p.name.startswith(snapshot_format.TEMPORARY_PREFIX) for p in snapshots.iterdir()):
            break  # mid-write: the new snapshot is half on disk
        time.sleep(0.002)
    killed.send_signal(signal.SIGKILL)
    killed.communicate(timeout=30)
    pointer = snapshot_format.read_pointer(directory)
    assert pointer is not None and snapshot.load_current(directory).index.version in {before.version, pointer.version}
    if pointer == before:  # killed before the swap: the old snapshot still ranks exactly as before
        assert _run(instance, "rank", "--all") == ranked
    rerun = _run(instance, "index", "rebuild")
    assert "Indekset er bygget: 301 profiler" in rerun
    assert not any(p.name.startswith(snapshot_format.TEMPORARY_PREFIX) for p in snapshots.iterdir())
    assert "Klar." in _run(instance, "index", "status")
    assert json.loads(_run(instance, "rank", "--all")).keys() == json.loads(ranked).keys()


def test_a_server_warms_the_published_index_before_forking_and_starts_without_one(db, make_profile, directory):
    from webapp.services import index_store

    make_profile()
    db.commit()
    index_store.warm(db, directory)  # nothing published yet: the workers will say the ranking is not ready
    assert index_store.state_of(directory) is None

    rebuilt = ranking.rebuild(db, directory)
    db.commit()
    ranking.forget(directory)  # a fresh master
    index_store.warm(db, directory)

    assert index_store.state_of(directory).index.version == rebuilt.index.version


def test_a_watch_whose_server_is_gone_stops_by_itself(runner, never_fit):
    result = runner.invoke(args=["index", "watch", "--parent", str(os.getppid() + 1_000_000)])

    assert result.exit_code == 0 and "stopper også" in result.output
