"""Saving and loading the index: identical rankings, an atomic pointer, old artifacts removed, safe failures."""

import copy
import dataclasses
import json
import os
import shutil
from pathlib import Path

import joblib
import pytest

from matcher import persistence
from matcher.persistence import FORMAT_VERSION, POINTER, Pointer, load_index, read_pointer, save_index


@pytest.fixture(scope="module")
def original(build_index, tmp_path_factory):
    """The pool's index, saved once per module: (index, pointer, folder). Tests work on copies of the folder."""
    index = build_index()
    directory = tmp_path_factory.mktemp("saved")
    return index, save_index(index, directory), directory


@pytest.fixture
def saved(original, tmp_path):
    """A private copy of the saved folder: (index, pointer, folder)."""
    index, pointer, directory = original
    return index, pointer, Path(shutil.copytree(directory, tmp_path / "index"))


def resaved(index, change_seq: int):
    """A shallow copy of ``index`` with another change mark (the shared index stays untouched)."""
    twin = copy.copy(index)
    twin.change_seq = change_seq
    return twin


def artifacts(directory) -> list[str]:
    return sorted(path.name for path in directory.glob("index-*.joblib"))


def test_round_trip_gives_identical_rankings(saved, make_vacancy):
    index, _pointer, directory = saved
    vacancies = [
        make_vacancy(),
        make_vacancy(101, sector="stat", municipality_code=101, competences=("ministerbetjening",)),
        make_vacancy(102, sector="region", level=3, competences=("betjening af regionsrådet", "økonomistyring")),
    ]
    loaded, _ = load_index(directory)
    assert loaded is not index
    for vacancy in vacancies:
        assert loaded.rank(vacancy, limit=100) == index.rank(vacancy, limit=100)


def test_round_trip_keeps_pending_edits_and_discreet_leaders(build_index, pool, vacancy, tmp_path):
    index = build_index()
    index.upsert(
        [
            dataclasses.replace(pool["stat_it"], competences=("udvalgsbetjening",)),
            dataclasses.replace(pool["kommune_match"], hidden_from=(42,)),
        ]
    )
    index.remove([pool["region_match"].key])
    save_index(index, tmp_path)
    loaded, _ = load_index(tmp_path)
    own_vacancy = dataclasses.replace(vacancy, organisation_id=42)
    for query in (vacancy, own_vacancy):
        assert loaded.rank(query, limit=100) == index.rank(query, limit=100)
    assert pool["kommune_match"].key not in [item.key for item in loaded.rank(own_vacancy, limit=100)]
    loaded.upsert([dataclasses.replace(pool["kommune_school"], competences=("budgetopfølgning",))])
    assert len(loaded) == len(index)


def test_save_creates_the_folder_and_names_the_artifact_by_version_and_change_mark(original, tmp_path):
    directory = tmp_path / "instance" / "matcher"
    pointer = save_index(resaved(original[0], 7), directory)
    assert pointer == Pointer("test", "index-test-7.joblib", 7, FORMAT_VERSION)
    assert pointer.stamp == ("test", 7)
    assert json.loads((directory / POINTER).read_text()) == dataclasses.asdict(pointer)
    assert read_pointer(directory) == pointer
    assert artifacts(directory) == [pointer.file]


def test_load_takes_the_change_mark_from_the_pointer(saved):
    index, pointer, directory = saved
    data = json.loads((directory / POINTER).read_text())
    (directory / POINTER).write_text(json.dumps(data | {"change_seq": 42}))
    loaded, loaded_pointer = load_index(directory)
    assert loaded.change_seq == loaded_pointer.change_seq == 42


def test_saving_again_deletes_older_artifacts_only(saved):
    index, first, directory = saved
    (directory / "notes.txt").write_text("keep me")
    second = save_index(resaved(index, 1), directory)
    assert artifacts(directory) == [second.file] != [first.file]
    assert (directory / "notes.txt").exists()
    assert read_pointer(directory) == second


def test_saving_leaves_no_temporary_files(saved):
    _index, _pointer, directory = saved
    assert sorted(path.name for path in directory.iterdir()) == sorted([POINTER, *artifacts(directory)])


def test_pointer_and_artifact_are_moved_into_place_whole(original, tmp_path, monkeypatch):
    moves = []
    real_replace = os.replace

    def replace(source, target):
        # At the moment of the move the temporary file already holds everything the target will hold.
        moves.append((os.path.dirname(source), os.path.basename(target), os.path.getsize(source)))
        real_replace(source, target)

    monkeypatch.setattr(persistence.os, "replace", replace)
    pointer = save_index(original[0], tmp_path)
    assert [(folder, name) for folder, name, _size in moves] == [
        (str(tmp_path), pointer.file),
        (str(tmp_path), POINTER),
    ]
    assert all(size > 0 for _folder, _name, size in moves)


def test_a_failed_save_leaves_the_previous_index_in_place(saved, monkeypatch):
    index, first, directory = saved
    before = {path.name: path.read_bytes() for path in directory.iterdir()}

    def broken_dump(value, path):
        with open(path, "wb") as handle:
            handle.write(b"half an index")
        raise OSError("disk full")

    monkeypatch.setattr(persistence.joblib, "dump", broken_dump)
    with pytest.raises(OSError, match="disk full"):
        save_index(resaved(index, 1), directory)
    assert read_pointer(directory) == first
    assert {path.name: path.read_bytes() for path in directory.iterdir()} == before  # no temporary file either


def test_nothing_saved_loads_as_none(tmp_path):
    assert read_pointer(tmp_path) is None
    assert load_index(tmp_path) is None
    assert load_index(tmp_path / "missing") is None


@pytest.mark.parametrize(
    "content", ["not json", "{}", '{"version": "x", "file": "f", "change_seq": "many", "format": 1}', "[1, 2]"]
)
def test_an_unreadable_pointer_loads_as_none(tmp_path, content):
    (tmp_path / POINTER).write_text(content)
    assert read_pointer(tmp_path) is None
    assert load_index(tmp_path) is None


def test_a_pointer_of_another_format_version_loads_as_none(saved):
    _index, pointer, directory = saved
    (directory / POINTER).write_text(json.dumps(dataclasses.asdict(pointer) | {"format": FORMAT_VERSION + 1}))
    assert load_index(directory) is None


def test_an_artifact_of_another_format_version_loads_as_none(saved):
    _index, pointer, directory = saved
    joblib.dump({"format": FORMAT_VERSION + 1, "index": None}, directory / pointer.file)
    assert load_index(directory) is None


def test_an_artifact_that_is_not_ours_loads_as_none(saved):
    _index, pointer, directory = saved
    joblib.dump(["something", "else"], directory / pointer.file)
    assert load_index(directory) is None


def test_a_missing_artifact_loads_as_none(saved):
    _index, pointer, directory = saved
    (directory / pointer.file).unlink()
    assert load_index(directory) is None


@pytest.mark.parametrize("content", [b"", b"garbage that is no pickle"])
def test_a_garbage_artifact_loads_as_none(saved, content):
    _index, pointer, directory = saved
    (directory / pointer.file).write_bytes(content)
    assert load_index(directory) is None


@pytest.mark.parametrize("keep", ["first 100 bytes", "all but the last 10 bytes"])
def test_a_truncated_artifact_loads_as_none(saved, keep):
    _index, pointer, directory = saved
    path = directory / pointer.file
    data = path.read_bytes()
    path.write_bytes(data[:100] if keep == "first 100 bytes" else data[:-10])
    assert load_index(directory) is None
