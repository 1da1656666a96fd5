"""What a snapshot is stamped with, so that no process serves rows that other code encoded.

A snapshot's manifest records the stamp of the code that wrote it: the snapshot format, this package's
version, a digest of every matcher file (and of the analysis libraries' versions) and the scikit-learn and
numpy versions. ``Manifest.stale_reason`` compares it with ``current_stamp``: a mismatch means "rebuild
needed", never an attempt to read arrays or unpickle an encoder another version wrote.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
from pathlib import Path

import numpy as np
import sklearn

FORMAT = 4  # 4: memory-mapped .npy arrays per snapshot directory (3 was one joblib pickle)
# Libraries whose data shapes the analysis (lemmas, Snowball stems) beyond scikit-learn and numpy's.
ANALYSIS_LIBRARIES = ("simplemma", "PyStemmer")
MATCHER_ROOT = Path(__file__).parent


def package_version() -> str:
    """The installed version of this project (part of the stamp)."""
    try:
        return importlib.metadata.version("sektorbro")
    except importlib.metadata.PackageNotFoundError:
        return "0+unknown"


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
