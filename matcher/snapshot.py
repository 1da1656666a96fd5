"""Read the candidate index's snapshots: check one cheaply, verify and map it, or load the current one.

A snapshot (``matcher.snapshot_format``) is loaded with ``mmap_mode="r"``, so every worker on a machine
shares one copy in the page cache. Loading checks the stamp first (a mismatch means "rebuild needed"), then
sizes and checksums, and only then unpickles the encoder: joblib runs pickled code, so only a file whose
checksum the manifest vouches for is loaded. When the snapshot the pointer names is damaged, the newest
older one that is intact serves (``matcher.publishing`` keeps the previous one for this).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from pathlib import Path

import joblib
import numpy as np

from .index import CandidateIndex
from .snapshot_format import (
    ENCODER,
    SNAPSHOTS,
    TEMPORARY_PREFIX,
    Manifest,
    Pointer,
    SnapshotUnusable,
    check_sizes,
    read_manifest,
    read_pointer,
    unpack_segment,
    unpack_vectors,
    verify_files,
)


@dataclass(frozen=True)
class Snapshot:
    """A loaded snapshot: the index over its memory-mapped arrays, and where it came from."""

    index: CandidateIndex
    manifest: Manifest
    name: str
    refused: SnapshotUnusable | None = None  # set when the pointer's snapshot was refused and this is older


def inspect(directory: Path) -> tuple[Pointer | None, Manifest | None, SnapshotUnusable | None]:
    """Cheap check of the current snapshot: pointer, manifest, stamp and file sizes (no checksums)."""
    pointer = read_pointer(directory)
    if pointer is None:
        return None, None, SnapshotUnusable("missing", "intet indeks")
    try:
        manifest = read_manifest(directory, pointer.snapshot)
    except SnapshotUnusable as error:
        return pointer, None, error
    stale = manifest.stale_reason()
    if stale:
        return pointer, manifest, SnapshotUnusable("stale", stale)
    try:
        check_sizes(directory / SNAPSHOTS / pointer.snapshot, manifest)
    except SnapshotUnusable as error:
        return pointer, manifest, error
    return pointer, manifest, None


def verify(directory: Path, name: str) -> Manifest:
    """Check one snapshot's stamp, sizes and checksums without mapping or unpickling anything."""
    manifest = read_manifest(directory, name)
    stale = manifest.stale_reason()
    if stale:
        raise SnapshotUnusable("stale", stale)
    verify_files(directory / SNAPSHOTS / name, manifest)
    return manifest


def open_snapshot(directory: Path, name: str) -> Snapshot:
    """Verify one snapshot (stamp, sizes, checksums) and map its arrays read-only."""
    manifest = verify(directory, name)
    path = directory / SNAPSHOTS / name
    try:
        arrays = {
            file[: -len(".npy")]: np.load(path / file, mmap_mode="r")
            for file in manifest.files
            if file.endswith(".npy")
        }
        segment = unpack_segment(arrays, manifest.shapes)
        encoder = joblib.load(path / ENCODER)  # only now: its checksum matched the manifest
        vectors = unpack_vectors(arrays)
    except Exception as error:  # noqa: BLE001 - a damaged snapshot must never crash a worker
        raise SnapshotUnusable("corrupt", f"{name}: {error!r}") from None
    index = CandidateIndex(encoder, segment, manifest.version, manifest.change_seq)
    index.remember_vectors(vectors)
    return Snapshot(index, manifest, name)


def load_current(directory: Path) -> Snapshot:
    """The snapshot the pointer names; if it is damaged, the newest older snapshot that is intact."""
    for attempt in range(3):  # a publisher may replace the snapshot between pointer and open
        pointer = read_pointer(directory)
        if pointer is None:
            raise SnapshotUnusable("missing", "intet indeks")
        try:
            return open_snapshot(directory, pointer.snapshot)
        except SnapshotUnusable as error:
            if error.kind == "missing" and attempt < 2:
                continue
            if error.kind != "corrupt":
                raise
            for name in _older(directory, pointer.snapshot):
                with contextlib.suppress(SnapshotUnusable):
                    return replace(open_snapshot(directory, name), refused=error)
            raise
    raise SnapshotUnusable("missing", "intet indeks")


def _older(directory: Path, current: str) -> list[str]:
    """Other snapshots, newest first (by the manifest's creation time)."""
    found = []
    for path in (directory / SNAPSHOTS).iterdir():
        if path.name == current or path.name.startswith(TEMPORARY_PREFIX):
            continue
        with contextlib.suppress(SnapshotUnusable):
            found.append((read_manifest(directory, path.name).created_at, path.name))
    return [name for _, name in sorted(found, reverse=True)]
