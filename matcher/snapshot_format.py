"""The on-disk format of the candidate index: how its files are named, described, checked and read back.

Layout of an index directory::

    current.json                     the pointer: which snapshot is current
    build.lock                       held (flock) by whoever builds; spans processes
    snapshots/<version>-<seq>/       one snapshot: manifest.json, one .npy per array, encoder.joblib

Every array of the base segment is its own ``.npy`` (a sparse matrix as data/indices/indptr with its shape
in the manifest); the analysed vacancies are plain arrays too (``vacancy.*``). The manifest holds the stamp
(``matcher.stamp``), the version and change mark, the row count and the size and BLAKE2b checksum of every
file. ``matcher.publishing`` writes this format, ``matcher.snapshot`` reads it; both refuse what does not
match with ``SnapshotUnusable``, whose ``kind`` is ``missing``, ``stale`` or ``corrupt``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from .encoded import VacancyVector
from .segment import FIELDS, SPARSE, Segment
from .stamp import current_stamp

POINTER = "current.json"
SNAPSHOTS = "snapshots"
LOCK = "build.lock"
MANIFEST = "manifest.json"
ENCODER = "encoder.joblib"
TEMPORARY_PREFIX = ".tmp-"
_CHUNK = 1 << 20
_VECTOR_PARTS = ("query_terms", "query_weights", "professions")  # ragged: values plus an indptr each
_VECTOR_ROWS = ("required", "nice", "functions")  # one row per vacancy


class SnapshotUnusable(Exception):
    """A snapshot that cannot be served: ``kind`` is ``missing``, ``stale`` (rebuild needed) or ``corrupt``."""

    def __init__(self, kind: str, detail: str):
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail


@dataclass(frozen=True)
class Pointer:
    """What ``current.json`` says: the current snapshot's directory name, version and change mark."""

    snapshot: str
    version: str
    change_seq: int
    format: int

    @property
    def stamp(self) -> tuple[str, int]:
        """What identifies the saved state: a worker reloads when it differs from what it has."""
        return self.version, self.change_seq


@dataclass(frozen=True)
class Manifest:
    """A snapshot's description: stamp, identity, size and a checksum per file."""

    format: int
    package: str
    scikit_learn: str
    numpy: str
    version: str
    change_seq: int
    rows: int
    created_at: str
    shapes: dict[str, list[int]] = field(default_factory=dict)  # sparse matrices
    files: dict[str, dict[str, object]] = field(default_factory=dict)  # name -> {"size", "blake2b"}
    matcher: str = ""  # matcher_digest() of the code that wrote it (none before it was stamped: stale)

    def stale_reason(self) -> str | None:
        """Why this code must not load the snapshot (None when the stamp matches)."""
        expected = current_stamp()
        for key in ("format", "package", "matcher", "scikit_learn"):
            if getattr(self, key) != expected[key]:
                return f"{key} {getattr(self, key)} ≠ {expected[key]}"
        return None


def read_pointer(directory: Path) -> Pointer | None:
    """The current pointer, or None when no snapshot has been published (or it is unreadable)."""
    try:
        data = json.loads((directory / POINTER).read_text())
        return Pointer(str(data["snapshot"]), str(data["version"]), int(data["change_seq"]), int(data["format"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def read_manifest(directory: Path, name: str) -> Manifest:
    """The manifest of one snapshot (no array is read)."""
    path = directory / SNAPSHOTS / name / MANIFEST
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        raise SnapshotUnusable("missing", f"{name} findes ikke") from None
    except (OSError, ValueError) as error:
        raise SnapshotUnusable("corrupt", f"{name}/{MANIFEST}: {error}") from None
    try:
        return Manifest(**data)
    except TypeError as error:
        raise SnapshotUnusable("corrupt", f"{name}/{MANIFEST}: {error}") from None


def describe(path: Path) -> dict[str, object]:
    """A file as the manifest lists it: its size and checksum."""
    return {"size": path.stat().st_size, "blake2b": _checksum(path)}


def check_sizes(path: Path, manifest: Manifest) -> None:
    """Refuse a snapshot directory with a file missing or of another size than its manifest says (cheap)."""
    for file, meta in manifest.files.items():
        try:
            size = (path / file).stat().st_size
        except OSError:
            raise SnapshotUnusable("corrupt", f"{path.name}/{file} mangler") from None
        if size != meta["size"]:
            raise SnapshotUnusable("corrupt", f"{path.name}/{file}: {size} bytes, ventede {meta['size']}")


def verify_files(path: Path, manifest: Manifest) -> None:
    """Refuse a snapshot directory whose files differ from its manifest in size or checksum."""
    check_sizes(path, manifest)
    for file, meta in manifest.files.items():
        if _checksum(path / file) != meta["blake2b"]:
            raise SnapshotUnusable("corrupt", f"{path.name}/{file}: checksum stemmer ikke")


def _checksum(path: Path) -> str:
    digest = hashlib.blake2b(digest_size=32)
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def pack_segment(segment: Segment) -> tuple[dict[str, np.ndarray], dict[str, list[int]]]:
    """The segment's arrays by file name (a sparse matrix as CSC data/indices/indptr) and the sparse shapes."""
    arrays: dict[str, np.ndarray] = {}
    shapes = {}
    for key in FIELDS:
        value = getattr(segment, key)
        if key in SPARSE:
            matrix = sp.csc_matrix(value)
            matrix.sort_indices()
            arrays |= {f"{key}.data": matrix.data, f"{key}.indices": matrix.indices, f"{key}.indptr": matrix.indptr}
            shapes[key] = list(matrix.shape)
        else:
            arrays[key] = np.asarray(value)
    return arrays, shapes


def unpack_segment(arrays: dict[str, np.ndarray], shapes: dict[str, list[int]]) -> Segment:
    """What ``pack_segment`` wrote, over the given (memory-mapped) arrays: no copy is made."""
    values = {}
    for key in FIELDS:
        if key in SPARSE:
            parts = (arrays[f"{key}.data"], arrays[f"{key}.indices"], arrays[f"{key}.indptr"])
            values[key] = sp.csc_matrix(parts, shape=tuple(shapes[key]))
        else:
            values[key] = arrays[key]
    return Segment(**values)


def pack_vectors(vectors: dict[str, VacancyVector]) -> dict[str, np.ndarray]:
    """The analysed vacancies as plain arrays (``vacancy.*``), in digest order; none when there are none."""
    if not vectors:
        return {}
    digests = sorted(vectors)
    packed = {"vacancy.digest": np.array(digests, dtype="S32")}
    for part in _VECTOR_PARTS:
        values = [np.asarray(getattr(vectors[d], part)) for d in digests]
        packed[f"vacancy.{part}"] = np.concatenate(values)
        packed[f"vacancy.{part}.indptr"] = np.cumsum([0, *map(len, values)]).astype(np.int64)
    for part in _VECTOR_ROWS:
        packed[f"vacancy.{part}"] = np.stack([np.asarray(getattr(vectors[d], part)) for d in digests])
    return packed


def unpack_vectors(arrays: dict[str, np.ndarray]) -> dict[str, VacancyVector]:
    """What ``pack_vectors`` wrote (a snapshot without analysed vacancies gives none)."""
    if "vacancy.digest" not in arrays:
        return {}
    out = {}
    for row, digest in enumerate(arrays["vacancy.digest"]):
        parts = {}
        for part in _VECTOR_PARTS:
            start, end = arrays[f"vacancy.{part}.indptr"][row : row + 2]
            parts[part] = np.array(arrays[f"vacancy.{part}"][start:end])
        parts |= {part: np.array(arrays[f"vacancy.{part}"][row]) for part in _VECTOR_ROWS}
        out[digest.decode()] = VacancyVector(**parts)
    return out
