"""Saving and loading the candidate index in the instance folder, with a version every worker checks.

joblib files can run code when loaded, so only files this module wrote are ever loaded: the pointer file
names the artifact, and the artifact's format version must match this code's.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import joblib

from .index import CandidateIndex

FORMAT_VERSION = 3  # 2: function evidence and profession bits; 3: lemma-based stems, sector-silenced terms
POINTER = "current.json"


@dataclass(frozen=True)
class Pointer:
    """What ``current.json`` says: which artifact is current, its version and change mark."""

    version: str
    file: str
    change_seq: int
    format: int

    @property
    def stamp(self) -> tuple[str, int]:
        """What identifies the saved state: a worker reloads when it differs from what it has."""
        return self.version, self.change_seq


def read_pointer(directory: Path) -> Pointer | None:
    """The current pointer, or None when no index has been saved (or it is unreadable)."""
    try:
        data = json.loads((directory / POINTER).read_text())
        return Pointer(str(data["version"]), str(data["file"]), int(data["change_seq"]), int(data["format"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_index(index: CandidateIndex, directory: Path) -> Pointer:
    """Write the index atomically, point ``current.json`` at it, and remove older artifacts."""
    directory.mkdir(parents=True, exist_ok=True)
    name = f"index-{index.version}-{index.change_seq}.joblib"
    _atomic(directory / name, lambda path: joblib.dump({"format": FORMAT_VERSION, "index": index}, path))
    pointer = Pointer(index.version, name, index.change_seq, FORMAT_VERSION)
    _atomic(directory / POINTER, lambda path: Path(path).write_text(json.dumps(pointer.__dict__)))
    for old in directory.glob("index-*.joblib"):
        if old.name != name:
            old.unlink(missing_ok=True)
    return pointer


def load_index(directory: Path) -> tuple[CandidateIndex, Pointer] | None:
    """Load the current index, or None when there is none or it was written by another format."""
    for _attempt in range(3):  # another process may replace the artifact between pointer and load
        pointer = read_pointer(directory)
        if pointer is None or pointer.format != FORMAT_VERSION:
            return None
        try:
            data = joblib.load(directory / pointer.file)
        except OSError:
            continue  # replaced by a newer save between reading the pointer and opening the file
        except Exception:  # noqa: BLE001 - a truncated or corrupt artifact must never crash a worker
            return None
        if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION:
            return None
        index = data["index"]
        index.change_seq = pointer.change_seq
        return index, pointer
    return None


def _atomic(target: Path, write) -> None:
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    os.close(handle)
    try:
        write(temporary)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
