"""Snapshots: memory-mapped, published atomically, verified before loading, refused with a reason."""

import dataclasses
import json
import multiprocessing
import shutil
from pathlib import Path

import numpy as np
import pytest

from matcher import publishing, snapshot, stamp
from matcher.index import CandidateIndex, vacancy_digest
from matcher.publishing import build_lock, publish
from matcher.snapshot import inspect, load_current
from matcher.snapshot_format import MANIFEST, POINTER, SNAPSHOTS, SnapshotUnusable, read_pointer


@pytest.fixture(scope="module")
def original(build_index, tmp_path_factory):
    """The pool's index, published once per module: (index, folder). Tests work on copies of the folder."""
    index = build_index()
    directory = tmp_path_factory.mktemp("saved")
    publish(index, directory)
    return index, directory


@pytest.fixture
def saved(original, tmp_path):
    """A private copy of the published folder: (index, folder)."""
    index, directory = original
    return index, Path(shutil.copytree(directory, tmp_path / "index"))


def remarked(index: CandidateIndex, change_seq: int) -> CandidateIndex:
    """A handle on ``index`` with another change mark (the shared index stays untouched)."""
    twin = index.pin()
    twin.change_seq = change_seq
    return twin


def current_dir(directory: Path) -> Path:
    return directory / SNAPSHOTS / read_pointer(directory).snapshot


def test_a_snapshot_is_memory_mapped_and_ranks_as_the_original(saved, make_vacancy):
    index, directory = saved
    loaded = load_current(directory).index
    assert isinstance(loaded.base.keys, np.memmap) and isinstance(loaded.base.level, np.memmap)
    assert not loaded.base.keys.flags.writeable
    text = loaded.base.text  # sparse parts are read-only views of the mapped files, not copies
    assert not text.data.flags.writeable and not text.indices.flags.writeable and not text.indptr.flags.owndata
    vacancies = [
        make_vacancy(),
        make_vacancy(101, sector="stat", municipality_code=101, competences=("ministerbetjening",)),
        make_vacancy(102, sector="region", level=3, competences=("betjening af regionsrådet", "økonomistyring")),
    ]
    for vacancy in vacancies:
        assert loaded.rank(vacancy, limit=100) == index.rank(vacancy, limit=100)


def test_the_build_analyses_its_vacancies_once_and_the_snapshot_keeps_the_analyses(saved, vacancy, monkeypatch):
    index, directory = saved
    loaded = load_current(directory).index
    assert vacancy_digest(vacancy) in loaded.vacancy_vectors
    (expected,) = index.encoder.vacancy_vectors(index.encoder.transform([vacancy]))
    stored = loaded.vacancy_vectors[vacancy_digest(vacancy)]
    for field in dataclasses.fields(expected):
        assert np.array_equal(getattr(stored, field.name), getattr(expected, field.name)), field.name
        assert getattr(stored, field.name).dtype == getattr(expected, field.name).dtype, field.name

    def never(rows):
        raise AssertionError("a vacancy the snapshot already analysed was analysed again")

    monkeypatch.setattr(loaded.encoder, "vacancy_vectors", never)
    assert loaded.rank(vacancy, limit=100) == index.rank(vacancy, limit=100)


def test_an_edited_vacancy_is_analysed_again_never_served_from_the_stored_analysis(saved, vacancy):
    index, directory = saved
    loaded = load_current(directory).index
    edited = dataclasses.replace(vacancy, competences=("ministerbetjening", "bevillingsstyring"))
    assert vacancy_digest(edited) != vacancy_digest(vacancy)
    assert vacancy_digest(edited) not in loaded.vacancy_vectors
    assert loaded.rank(edited, limit=100) == index.rank(edited, limit=100)
    assert vacancy_digest(edited) in loaded.vacancy_vectors  # remembered for the next request


def test_a_snapshot_without_stored_analyses_still_ranks(build_index, vacancy, tmp_path):
    index = build_index(vacancies=[])
    publish(index, tmp_path)
    assert not any(p.name.startswith("vacancy.") for p in current_dir(tmp_path).iterdir())
    loaded = load_current(tmp_path).index
    assert loaded.rank(vacancy, limit=100) == index.rank(vacancy, limit=100)


def test_the_manifest_stamps_and_checksums_every_file(saved):
    index, directory = saved
    manifest = json.loads((current_dir(directory) / MANIFEST).read_text())
    assert manifest["format"] == stamp.FORMAT and manifest["rows"] == len(index)
    assert {"package", "matcher", "scikit_learn", "numpy", "version", "change_seq", "created_at"} <= set(manifest)
    assert manifest["matcher"] == stamp.matcher_digest()
    files = {path.name for path in current_dir(directory).iterdir()} - {MANIFEST}
    assert set(manifest["files"]) == files and "encoder.joblib" in files and "text.indptr.npy" in files
    assert all(len(meta["blake2b"]) == 64 and meta["size"] > 0 for meta in manifest["files"].values())


def test_pending_edits_and_discreet_leaders_are_folded_into_the_snapshot(build_index, pool, vacancy, tmp_path):
    index = build_index()
    index.upsert(
        [
            dataclasses.replace(pool["stat_it"], competences=("udvalgsbetjening",)),
            dataclasses.replace(pool["kommune_match"], hidden_from=(42,)),
        ]
    )
    index.remove([pool["region_match"].key])
    publish(index, tmp_path)
    loaded = load_current(tmp_path).index
    assert len(loaded.delta) == 0 and len(loaded.base) == len(index)
    own_vacancy = dataclasses.replace(vacancy, organisation_id=42)
    for query in (vacancy, own_vacancy):
        assert loaded.rank(query, limit=100) == index.rank(query, limit=100)
    assert pool["kommune_match"].key not in [item.key for item in loaded.rank(own_vacancy, limit=100)]
    loaded.upsert([dataclasses.replace(pool["kommune_school"], competences=("budgetopfølgning",))])
    assert len(loaded) == len(index)


def test_a_reader_keeps_ranking_its_snapshot_while_a_new_one_is_published(saved, pool, vacancy):
    index, directory = saved
    reader = load_current(directory).index
    before = reader.rank(vacancy, limit=100)
    changed = index.pin()
    changed.remove([pool["kommune_match"].key])
    for mark in (1, 2, 3):  # the reader's snapshot directory is deleted on the second publish
        publish(remarked(changed, mark), directory)
    assert not (directory / SNAPSHOTS / f"{index.version}-0").exists()
    assert reader.rank(vacancy, limit=100) == before  # mapped pages outlive the unlinked files
    fresh = load_current(directory).index
    assert pool["kommune_match"].key not in fresh and fresh.change_seq == 3


def test_publishing_keeps_the_previous_snapshot_and_removes_older_ones(saved):
    index, directory = saved
    for mark in (1, 2, 3):
        publish(remarked(index, mark), directory)
    names = sorted(path.name for path in (directory / SNAPSHOTS).iterdir())
    assert names == [f"{index.version}-2", f"{index.version}-3"]
    assert read_pointer(directory).snapshot == f"{index.version}-3"
    publish(remarked(index, 4), directory, keep_previous=False)
    assert [path.name for path in (directory / SNAPSHOTS).iterdir()] == [f"{index.version}-4"]


@pytest.mark.parametrize("damage", ["truncate", "flip", "delete", "manifest"])
def test_a_damaged_snapshot_is_refused_and_the_previous_one_serves(saved, pool, vacancy, damage):
    index, directory = saved
    changed = remarked(index, 5)
    changed.remove([pool["kommune_match"].key])
    publish(changed, directory)
    target = current_dir(directory) / ("manifest.json" if damage == "manifest" else "text.data.npy")
    if damage == "truncate":
        target.write_bytes(target.read_bytes()[:-8])
    elif damage == "flip":
        data = bytearray(target.read_bytes())
        data[-1] ^= 0xFF
        target.write_bytes(bytes(data))
    elif damage == "delete":
        target.unlink()
    else:
        target.write_text("{not json")
    loaded = load_current(directory)
    assert loaded.refused is not None and loaded.refused.kind == "corrupt"
    assert loaded.name == f"{index.version}-0" and pool["kommune_match"].key in loaded.index
    assert loaded.index.rank(vacancy, limit=100) == index.rank(vacancy, limit=100)
    if damage != "flip":  # sizes and manifest are checked cheaply; a flipped byte only by the checksum
        assert inspect(directory)[2].kind == "corrupt"


def test_a_damaged_snapshot_without_a_previous_one_is_refused_with_the_file_named(saved):
    _index, directory = saved
    (current_dir(directory) / "keys.npy").write_bytes(b"\x93NUMPY")
    with pytest.raises(SnapshotUnusable, match="keys.npy") as refused:
        load_current(directory)
    assert refused.value.kind == "corrupt"


def test_an_encoder_is_never_unpickled_unless_its_checksum_matches(saved, monkeypatch):
    _index, directory = saved
    encoder = current_dir(directory) / "encoder.joblib"
    encoder.write_bytes(encoder.read_bytes()[:-1] + b"\x00")
    monkeypatch.setattr(snapshot.joblib, "load", lambda *args: pytest.fail("unpickled a damaged encoder"))
    with pytest.raises(SnapshotUnusable, match="encoder.joblib"):
        load_current(directory)


@pytest.mark.parametrize(
    ("key", "value"),
    [("format", 3), ("package", "0.0.1"), ("matcher", "other code"), ("scikit_learn", "0.24.2")],
    ids=str,
)
def test_a_stamp_from_other_code_means_rebuild_needed(saved, key, value):
    _index, directory = saved
    path = current_dir(directory) / MANIFEST
    path.write_text(json.dumps(json.loads(path.read_text()) | {key: value}))
    with pytest.raises(SnapshotUnusable, match=key) as refused:
        load_current(directory)
    assert refused.value.kind == "stale"
    assert inspect(directory)[2].kind == "stale"


def test_a_snapshot_from_before_the_matcher_was_stamped_needs_a_rebuild(saved):
    _index, directory = saved
    path = current_dir(directory) / MANIFEST
    older = json.loads(path.read_text())
    del older["matcher"]
    path.write_text(json.dumps(older))
    with pytest.raises(SnapshotUnusable, match="matcher") as refused:
        load_current(directory)
    assert refused.value.kind == "stale"


def test_a_snapshot_written_by_another_matcher_needs_a_rebuild(saved):
    _index, directory = saved
    path = current_dir(directory) / MANIFEST
    other = json.loads(path.read_text())
    other["matcher"] = "0" * 32
    path.write_text(json.dumps(other))
    assert inspect(directory)[2].kind == "stale"


def test_the_matcher_digest_reads_every_module_and_data_file_at_any_depth():
    root = stamp.MATCHER_ROOT
    every = {path for path in root.rglob("*") if path.is_file() and "__pycache__" not in path.relative_to(root).parts}
    named = {path.relative_to(root).as_posix() for path in stamp.matcher_files()}
    assert set(stamp.matcher_files()) == every
    assert {"encoder.py", "text.py", "data/__init__.py", "data/municipalities.csv", "data/taxonomy.json"} <= named


@pytest.mark.parametrize(
    "changed", ["encoded.py", "data/__init__.py", "data/municipalities.csv", "data/glossary.json", "data/new/rules.txt"]
)
def test_a_change_to_any_matcher_file_changes_the_digest(tmp_path, changed):
    copy = tmp_path / "matcher"
    shutil.copytree(stamp.MATCHER_ROOT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert stamp.digest_of(copy) == stamp.matcher_digest()
    target = copy / changed
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("ab") as file:
        file.write(b"\n")
    assert stamp.digest_of(copy) != stamp.matcher_digest()


def test_the_matcher_digest_moves_with_the_lemma_dictionarys_version(tmp_path, monkeypatch):
    before = stamp.digest_of(stamp.MATCHER_ROOT)
    real = stamp.importlib.metadata.version
    monkeypatch.setattr(stamp.importlib.metadata, "version", lambda name: "99.0" if name == "simplemma" else real(name))
    assert stamp.digest_of(stamp.MATCHER_ROOT) != before


def test_no_pointer_or_an_unreadable_one_means_no_index(tmp_path):
    assert inspect(tmp_path)[2].kind == "missing"
    (tmp_path / POINTER).write_text("{")
    with pytest.raises(SnapshotUnusable) as refused:
        load_current(tmp_path)
    assert refused.value.kind == "missing"


def test_a_failed_write_leaves_the_pointer_and_no_temporary_directory(saved, monkeypatch):
    index, directory = saved
    first = read_pointer(directory)

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(publishing.joblib, "dump", broken)
    with pytest.raises(OSError, match="disk full"):
        publish(remarked(index, 9), directory)
    assert read_pointer(directory) == first
    assert [path.name for path in (directory / SNAPSHOTS).iterdir()] == [first.snapshot]


def _hold_lock(directory, ready, release):
    with build_lock(Path(directory)):
        ready.set()
        release.wait(10)


def test_the_build_lock_spans_processes(tmp_path):
    context = multiprocessing.get_context("spawn")
    ready, release = context.Event(), context.Event()
    holder = context.Process(target=_hold_lock, args=(str(tmp_path), ready, release))
    holder.start()
    try:
        assert ready.wait(30)
        with build_lock(tmp_path, blocking=False) as held:
            assert held is False
    finally:
        release.set()
        holder.join(30)
    with build_lock(tmp_path, blocking=False) as held:
        assert held is True
