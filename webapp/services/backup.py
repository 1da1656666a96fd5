"""Backing up and restoring the whole database: SQLite with its online backup API, PostgreSQL with pg_dump.

A backup is one file: a consistent copy taken while the service runs (SQLite's backup API copies a snapshot
page by page; ``pg_dump`` reads in one repeatable-read transaction). It holds everything in the database,
personal data included, so it is written readable by its owner only. The saved index is not in it: an index
is rebuilt from the restored rows (``flask index rebuild``).

A restore replaces the database's content with the file's, and refuses a database that already holds data
unless forced, so a mistyped command cannot overwrite a live service. On PostgreSQL it runs as one
transaction: it either completes or leaves the database as it was.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import Engine, func, inspect, select
from sqlalchemy.engine import URL, make_url

from models import Base, WeightSet
from models.engine import normalise_url

from .errors import (
    BackupDamaged,
    BackupMissing,
    BackupUnreadable,
    BackupUnwritable,
    ClientProgramFailed,
    ClientProgramMissing,
    DatabaseInUse,
    DatabaseNotSupported,
    InMemoryDatabase,
    NotAPostgresBackup,
    NotASqliteBackup,
    SqliteCopyFailed,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"
# Rows the migrations themselves write (the default weights) do not make a database "in use".
SEEDED = {WeightSet.__tablename__}


def dialect(url: str) -> str:
    """ "sqlite" or "postgresql" (anything else cannot be backed up here)."""
    name = make_url(normalise_url(url)).get_backend_name()
    if name not in ("sqlite", "postgresql"):
        raise DatabaseNotSupported(backend=name)
    return name


def rows_in_use(engine: Engine) -> dict[str, int]:
    """Tables of ours that hold rows, with their counts (empty: nothing to lose by restoring over it)."""
    present = set(inspect(engine).get_table_names())
    found = {}
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name in present and table.name not in SEEDED:
                count = connection.scalar(select(func.count()).select_from(table))
                if count:
                    found[table.name] = count
    return found


def refuse_in_use(engine: Engine) -> None:
    """Refuse to restore over a database that holds data of its own (``--force`` skips this check)."""
    in_use = rows_in_use(engine)
    if in_use:
        raise DatabaseInUse(rows=in_use)


def backup(url: str, target: Path) -> None:
    """Write a consistent copy of the database at ``url`` to ``target`` (replaced atomically, mode 0600)."""
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        _owner_only_file(temporary)
    except OSError as error:
        raise BackupUnwritable(path=target, reason=error.strerror or str(error)) from error
    try:
        if dialect(url) == "sqlite":
            _sqlite_copy(_sqlite_path(url), temporary, one_file=True)
        else:
            _run("pg_dump", ["--format=custom", "--no-owner", "--file", str(temporary), _libpq_uri(url)], url)
        try:
            os.replace(temporary, target)
        except OSError as error:
            raise BackupUnwritable(path=target, reason=error.strerror or str(error)) from error
    finally:
        temporary.unlink(missing_ok=True)


def restore(url: str, source: Path) -> None:
    """Replace the content of the database at ``url`` with the backup ``source`` (check ``rows_in_use`` first)."""
    kind = dialect(url)
    _check_format(source, kind)
    if kind == "sqlite":
        _sqlite_copy(source, _sqlite_path(url))
    else:
        arguments = ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction"]
        _run("pg_restore", [*arguments, "--exit-on-error", "--dbname", _libpq_uri(url), str(source)], url)


def _check_format(source: Path, kind: str) -> None:
    try:
        with source.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise BackupUnreadable(path=source, reason=error.strerror or str(error)) from error
    if kind == "sqlite" and not head.startswith(SQLITE_MAGIC):
        raise NotASqliteBackup(path=source)
    if kind == "sqlite":
        reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            verdict = reader.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as error:
            verdict = str(error)
        finally:
            reader.close()
        if verdict != "ok":
            raise BackupDamaged(path=source, verdict=verdict)
    if kind == "postgresql" and not head.startswith(PG_DUMP_MAGIC):
        raise NotAPostgresBackup(path=source)


def _sqlite_path(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise InMemoryDatabase()
    return Path(database)


def _sqlite_copy(source: Path, target: Path, one_file: bool = False) -> None:
    """Copy one SQLite database into another with the online backup API (a consistent snapshot).

    ``one_file``: leave the copy in rollback-journal mode, so it is one self-contained file (a WAL database
    gets -wal and -shm companions whenever it is opened).
    """
    if not source.exists():
        raise BackupMissing(path=source)
    _owner_only_file(target)
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    writer = sqlite3.connect(target, timeout=30)
    try:
        reader.backup(writer)
        if one_file:
            writer.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.DatabaseError as error:
        raise SqliteCopyFailed(reason=str(error)) from error
    finally:
        writer.close()
        reader.close()


def _owner_only_file(path: Path) -> None:
    """Make ``path`` readable by its owner only (a backup holds personal data), creating it if missing.

    An existing file is never opened here: closing a descriptor of a live SQLite file would drop this
    process's locks on it (see ``models.engine._owner_only``).
    """
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    os.chmod(path, 0o600)


def _libpq_uri(url: str) -> str:
    """The URL as libpq takes it, without the password (that goes in PGPASSWORD, never on a command line)."""
    parsed: URL = make_url(normalise_url(url))
    return parsed.set(drivername="postgresql", password=None).render_as_string(hide_password=False)


def _run(program: str, arguments: list[str], url: str) -> None:
    found = shutil.which(program)
    if found is None:
        raise ClientProgramMissing(program=program)
    env = dict(os.environ)
    password = make_url(normalise_url(url)).password
    if password:
        env["PGPASSWORD"] = str(password)
    result = subprocess.run([found, *arguments], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise ClientProgramFailed(program=program, code=result.returncode, output=result.stderr.strip()[-2000:])
