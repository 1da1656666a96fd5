"""Write the candidate index as an immutable snapshot and publish it with one atomic pointer swap.

Only an index build (the CLI or the background job) writes, holding ``build_lock``. A snapshot
(``matcher.snapshot_format``) is written into a temporary directory beside its target, fsynced, renamed into
place, and only then does the pointer swap (temporary file, fsync, ``os.replace``, fsync of the directory).
A reader therefore sees the old snapshot or the new one, never half of one. The previous snapshot stays, so a
reader that finds the current one damaged can fall back to it.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import joblib
import numpy as np

from .index import CandidateIndex
from .segment import Segment
from .snapshot_format import (
    ENCODER,
    LOCK,
    MANIFEST,
    POINTER,
    SNAPSHOTS,
    TEMPORARY_PREFIX,
    Manifest,
    Pointer,
    describe,
    pack_segment,
    pack_vectors,
    read_pointer,
)
from .stamp import FORMAT, current_stamp

STALE_TEMPORARY_SECONDS = 3600  # a temporary directory this old belongs to a builder that died


def publish(index: CandidateIndex, directory: Path, keep_previous: bool = True) -> Pointer:
    """Write the index (overlay folded in) as a new snapshot and point ``current.json`` at it.

    The previous snapshot stays unless ``keep_previous`` is false (after an erasure: no copy may remain);
    older ones are removed.
    """
    view = index.view
    segment = view.compacted()
    name = f"{index.version}-{view.change_seq}"
    snapshots = directory / SNAPSHOTS
    snapshots.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(dir=snapshots, prefix=TEMPORARY_PREFIX))
    os.chmod(temporary, 0o755)  # readable by web workers running as another user, like the files in it
    try:
        _write(temporary, index, segment, view.change_seq)
        target = snapshots / name
        if target.exists():  # the same version and mark published again: replace it whole
            old = Path(tempfile.mkdtemp(dir=snapshots, prefix=TEMPORARY_PREFIX))
            os.rename(target, old / name)
            os.rename(temporary, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(temporary, target)
        _fsync_directory(snapshots)
        previous = read_pointer(directory)
        pointer = Pointer(name, index.version, view.change_seq, FORMAT)
        _write_atomically(directory / POINTER, json.dumps(asdict(pointer)).encode())
    finally:
        shutil.rmtree(temporary, ignore_errors=True)
    keep = {name} | ({previous.snapshot} if keep_previous and previous else set())
    clean(directory, keep)
    return pointer


def clean(directory: Path, keep: set[str], temporary: bool = False) -> None:
    """Remove snapshots not in ``keep`` (never the one the pointer names), old pickles, and temporary
    directories: all of them when ``temporary`` (the caller holds the build lock), else only stale ones."""
    pointer = read_pointer(directory)
    keep = keep | ({pointer.snapshot} if pointer else set())
    snapshots = directory / SNAPSHOTS
    now = time.time()
    for path in snapshots.iterdir() if snapshots.is_dir() else ():
        if path.name.startswith(TEMPORARY_PREFIX):
            with contextlib.suppress(OSError):
                if temporary or now - path.stat().st_mtime > STALE_TEMPORARY_SECONDS:
                    shutil.rmtree(path, ignore_errors=True)
        elif path.name not in keep:
            shutil.rmtree(path, ignore_errors=True)
    for old in directory.glob("index-*.joblib"):  # format 3 and older
        old.unlink(missing_ok=True)
    for old in directory.glob(f"{TEMPORARY_PREFIX}*"):
        if temporary:
            old.unlink(missing_ok=True)


@contextlib.contextmanager
def build_lock(directory: Path, blocking: bool = True) -> Iterator[bool]:
    """Hold the cross-process build lock (flock; the kernel releases it if the holder dies).

    Yields False without waiting when ``blocking`` is false and another process holds it.
    """
    directory.mkdir(parents=True, exist_ok=True)
    handle = os.open(directory / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        os.close(handle)


def _write(path: Path, index: CandidateIndex, segment: Segment, change_seq: int) -> Manifest:
    """Every array as .npy, the encoder, then the manifest; each fsynced, then the directory."""
    arrays, shapes = pack_segment(segment)
    arrays |= pack_vectors(index.vacancy_vectors)
    files = {}
    for key, array in arrays.items():
        with open(path / f"{key}.npy", "wb") as handle:
            np.save(handle, np.ascontiguousarray(array), allow_pickle=False)
            _flush(handle)
        files[f"{key}.npy"] = describe(path / f"{key}.npy")
    with open(path / ENCODER, "wb") as handle:
        joblib.dump(index.encoder, handle)
        _flush(handle)
    files[ENCODER] = describe(path / ENCODER)
    stamp = current_stamp()
    manifest = Manifest(
        format=int(stamp["format"]),
        package=str(stamp["package"]),
        matcher=str(stamp["matcher"]),
        scikit_learn=str(stamp["scikit_learn"]),
        numpy=str(stamp["numpy"]),
        version=index.version,
        change_seq=int(change_seq),
        rows=len(segment),
        created_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
        shapes=shapes,
        files=files,
    )
    with open(path / MANIFEST, "wb") as handle:
        handle.write(json.dumps(asdict(manifest), indent=1).encode())
        _flush(handle)
    _fsync_directory(path)
    return manifest


def _flush(handle) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def _write_atomically(target: Path, data: bytes) -> None:
    """Temporary file beside the target, fsync, rename over it, fsync the directory."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=TEMPORARY_PREFIX)
    os.chmod(temporary, 0o644)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            _flush(out)
        os.replace(temporary, target)
        _fsync_directory(target.parent)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _fsync_directory(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
