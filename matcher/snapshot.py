"""Immutable, memory-mapped snapshots of the candidate index, published with one atomic pointer swap.

Layout of an index directory::

    current.json                     the pointer: which snapshot is current
    build.lock                       held (flock) by whoever builds; spans processes
    snapshots/<version>-<seq>/       one snapshot: manifest.json, one .npy per array, encoder.joblib

Every array of the base segment is its own ``.npy`` (a sparse matrix as data/indices/indptr with its shape
in the manifest), loaded with ``mmap_mode="r"``, so every worker on a machine shares one copy in the page
cache. The manifest holds the stamp (format, package, scikit-learn and numpy versions), the version and
change mark, the row count and the size and BLAKE2b checksum of every file. A snapshot is written into a
temporary directory beside its target, fsynced, renamed into place, and only then does the pointer swap
(temporary file, fsync, ``os.replace``, fsync of the directory). The previous snapshot stays, so a reader
that finds the current one damaged can fall back to it.

Loading checks the stamp first (a mismatch means "rebuild needed"), then sizes and checksums, and only then
unpickles the encoder: joblib runs pickled code, so only a file whose checksum the manifest vouches for is
loaded. Errors are ``SnapshotUnusable`` with a ``kind``: ``missing``, ``stale`` or ``corrupt``.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import importlib.metadata
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import joblib
import numpy as np
import scipy.sparse as sp
import sklearn

from .encoder import VacancyVector
from .index import CandidateIndex
from .segment import FIELDS, SPARSE, Segment

FORMAT = 4  # 4: memory-mapped .npy arrays per snapshot directory (3 was one joblib pickle)
POINTER = "current.json"
SNAPSHOTS = "snapshots"
LOCK = "build.lock"
MANIFEST = "manifest.json"
ENCODER = "encoder.joblib"
TEMPORARY_PREFIX = ".tmp-"
STALE_TEMPORARY_SECONDS = 3600  # a temporary directory this old belongs to a builder that died
_CHUNK = 1 << 20


class SnapshotUnusable(Exception):
    """A snapshot that cannot be served: ``kind`` is ``missing``, ``stale`` (rebuild needed) or ``corrupt``."""

    def __init__(self, kind: str, detail: str):
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail


def package_version() -> str:
    """The installed version of this project (part of the stamp)."""
    try:
        return importlib.metadata.version("sektorbro")
    except importlib.metadata.PackageNotFoundError:
        return "0+unknown"


# Libraries whose data shapes the analysis (lemmas, Snowball stems) beyond scikit-learn and numpy's.
ANALYSIS_LIBRARIES = ("simplemma", "PyStemmer")
MATCHER_ROOT = Path(__file__).parent


def matcher_files(root: Path = MATCHER_ROOT) -> list[Path]:
    """Every file of the matcher package, at any depth: its modules and its data (not Python's byte-code)."""
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.relative_to(root).parts and path.suffix not in {".pyc", ".pyo"}
    )


def digest_of(root: Path) -> str:
    """A digest of every matcher file under ``root`` (path and content) and the analysis libraries' versions."""
    digest = hashlib.blake2b(digest_size=16)
    for path in matcher_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for library in ANALYSIS_LIBRARIES:
        digest.update(f"{library}={importlib.metadata.version(library)}".encode() + b"\0")
    return digest.hexdigest()


@functools.cache
def matcher_digest() -> str:
    """A digest of the matcher's code and data (every module, taxonomy, glossary, functions, kommuner, …).

    The package version does not move with every change to the analysis, but a snapshot's rows were encoded by
    the code that built it: new or edited documents encoded by other rules would not compare with them. A
    changed matcher (or lemma dictionary) therefore makes every saved snapshot stale ("genopbygning
    nødvendig").
    """
    return digest_of(MATCHER_ROOT)


def current_stamp() -> dict[str, object]:
    """What this code writes into a manifest and expects to read back."""
    return {
        "format": FORMAT,
        "package": package_version(),
        "matcher": matcher_digest(),
        "scikit_learn": sklearn.__version__,
        "numpy": np.__version__,
    }


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


@dataclass(frozen=True)
class Snapshot:
    """A loaded snapshot: the index over its memory-mapped arrays, and where it came from."""

    index: CandidateIndex
    manifest: Manifest
    name: str
    refused: SnapshotUnusable | None = None  # set when the pointer's snapshot was refused and this is older


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
        _check_sizes(directory / SNAPSHOTS / pointer.snapshot, manifest)
    except SnapshotUnusable as error:
        return pointer, manifest, error
    return pointer, manifest, None


def open_snapshot(directory: Path, name: str) -> Snapshot:
    """Verify one snapshot (stamp, sizes, checksums) and map its arrays read-only."""
    manifest = read_manifest(directory, name)
    stale = manifest.stale_reason()
    if stale:
        raise SnapshotUnusable("stale", stale)
    path = directory / SNAPSHOTS / name
    _verify_files(path, manifest)
    try:
        arrays = {
            file[: -len(".npy")]: np.load(path / file, mmap_mode="r")
            for file in manifest.files
            if file.endswith(".npy")
        }
        values = {}
        for key in FIELDS:
            if key in SPARSE:
                parts = (arrays[f"{key}.data"], arrays[f"{key}.indices"], arrays[f"{key}.indptr"])
                values[key] = sp.csc_matrix(parts, shape=tuple(manifest.shapes[key]))
            else:
                values[key] = arrays[key]
        encoder = joblib.load(path / ENCODER)  # only now: its checksum matched the manifest
        vectors = _unpack_vectors(arrays)
    except Exception as error:  # noqa: BLE001 - a damaged snapshot must never crash a worker
        raise SnapshotUnusable("corrupt", f"{name}: {error!r}") from None
    index = CandidateIndex(encoder, Segment(**values), manifest.version, manifest.change_seq)
    index.remember_vectors(vectors)
    return Snapshot(index, manifest, name)


def verify(directory: Path, name: str) -> Manifest:
    """Check one snapshot's stamp, sizes and checksums without mapping or unpickling anything."""
    manifest = read_manifest(directory, name)
    stale = manifest.stale_reason()
    if stale:
        raise SnapshotUnusable("stale", stale)
    _verify_files(directory / SNAPSHOTS / name, manifest)
    return manifest


def _verify_files(path: Path, manifest: Manifest) -> None:
    _check_sizes(path, manifest)
    for file, meta in manifest.files.items():
        if _checksum(path / file) != meta["blake2b"]:
            raise SnapshotUnusable("corrupt", f"{path.name}/{file}: checksum stemmer ikke")


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
    for old in directory.glob(".tmp-*"):
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
    arrays |= _pack_vectors(index.vacancy_vectors)
    files = {}
    for key, array in arrays.items():
        with open(path / f"{key}.npy", "wb") as handle:
            np.save(handle, np.ascontiguousarray(array), allow_pickle=False)
            _flush(handle)
        files[f"{key}.npy"] = _describe(path / f"{key}.npy")
    with open(path / ENCODER, "wb") as handle:
        joblib.dump(index.encoder, handle)
        _flush(handle)
    files[ENCODER] = _describe(path / ENCODER)
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


_VECTOR_PARTS = ("query_terms", "query_weights", "professions")  # ragged: values plus an indptr each
_VECTOR_ROWS = ("required", "nice", "functions")  # one row per vacancy


def _pack_vectors(vectors: dict[str, VacancyVector]) -> dict[str, np.ndarray]:
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


def _unpack_vectors(arrays: dict[str, np.ndarray]) -> dict[str, VacancyVector]:
    """What ``_pack_vectors`` wrote (a snapshot without analysed vacancies gives none)."""
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


def _describe(path: Path) -> dict[str, object]:
    return {"size": path.stat().st_size, "blake2b": _checksum(path)}


def _checksum(path: Path) -> str:
    digest = hashlib.blake2b(digest_size=32)
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _check_sizes(path: Path, manifest: Manifest) -> None:
    for file, meta in manifest.files.items():
        try:
            size = (path / file).stat().st_size
        except OSError:
            raise SnapshotUnusable("corrupt", f"{path.name}/{file} mangler") from None
        if size != meta["size"]:
            raise SnapshotUnusable("corrupt", f"{path.name}/{file}: {size} bytes, ventede {meta['size']}")


def _older(directory: Path, current: str) -> list[str]:
    """Other snapshots, newest first (by the manifest's creation time)."""
    found = []
    for path in (directory / SNAPSHOTS).iterdir():
        if path.name == current or path.name.startswith(TEMPORARY_PREFIX):
            continue
        with contextlib.suppress(SnapshotUnusable):
            found.append((read_manifest(directory, path.name).created_at, path.name))
    return [name for _, name in sorted(found, reverse=True)]


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
