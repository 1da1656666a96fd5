"""Saving and loading the candidate index: the names bench and older callers use, over ``snapshot``.

An index is saved as an immutable, memory-mapped snapshot directory and published by an atomic pointer
swap; see ``matcher.snapshot`` for the layout, the stamp and the checks made before anything is loaded.
"""

from __future__ import annotations

from pathlib import Path

from .index import CandidateIndex
from .snapshot import FORMAT, POINTER, Pointer, SnapshotUnusable, load_current, publish, read_pointer

FORMAT_VERSION = FORMAT
__all__ = ["FORMAT_VERSION", "POINTER", "Pointer", "load_index", "read_pointer", "save_index"]


def save_index(index: CandidateIndex, directory: Path) -> Pointer:
    """Publish the index as a new snapshot (the previous one stays; older ones are removed)."""
    return publish(index, directory)


def load_index(directory: Path) -> tuple[CandidateIndex, Pointer] | None:
    """The current snapshot's index, or None when there is none or it cannot be served."""
    try:
        snapshot = load_current(directory)
    except SnapshotUnusable:
        return None
    pointer = Pointer(snapshot.name, snapshot.index.version, snapshot.index.change_seq, FORMAT)
    return snapshot.index, pointer
