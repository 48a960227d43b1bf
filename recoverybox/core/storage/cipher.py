"""Opening and copying database files, plain or encrypted with SQLCipher (a raw 256-bit key).

``sqlcipher3`` is imported only when a key is in play, so the plain path costs nothing more than before.
No Qt here.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from recoverybox.core.storage.files import fsync_path

PLAIN_HEADER = b"SQLite format 3\x00"
FILE_MODE = 0o600


def key_pragma(key: bytes) -> str:
    """``PRAGMA key`` with a raw key: SQLCipher uses it as it is, with no key derivation of its own."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def is_plain(path: Path) -> bool:
    """True when ``path`` starts like a plain SQLite file (an encrypted one starts with random bytes)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == PLAIN_HEADER
    except OSError:
        return False


def is_encrypted(path: Path) -> bool:
    """True when ``path`` is a non-empty file that is not plain SQLite (ours: SQLCipher)."""
    try:
        return os.path.getsize(path) > 0 and not is_plain(path)
    except OSError:
        return False


def connect(path: Path | str, key: bytes | None = None, readonly: bool = False, **kwargs: Any) -> Any:
    """A DB-API connection to ``path``: the standard ``sqlite3`` without a key, SQLCipher with one."""
    target = f"file:{path}?mode=ro" if readonly else str(path)
    if key is None:
        return sqlite3.connect(target, uri=readonly, **kwargs)
    import sqlcipher3  # type: ignore[import-untyped]

    conn = sqlcipher3.connect(target, uri=readonly, **kwargs)
    try:
        conn.execute(key_pragma(key))  # must come first
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not a line on stderr
    except BaseException:
        conn.close()
        raise
    return conn


def errors(*more: type[Exception]) -> tuple[type[Exception], ...]:
    """The driver errors a database operation may raise (sqlite3's, and SQLCipher's once it is loaded), and
    ``more``."""
    found: tuple[type[Exception], ...] = (*more, sqlite3.Error)
    if "sqlcipher3" in sys.modules:
        found += (sys.modules["sqlcipher3"].Error,)
    return found


def copy_database(source: Path, source_key: bytes | None, dest: Path, dest_key: bytes | None) -> None:
    """Write a whole copy of ``source`` into the new file ``dest`` (0600, fsynced, no -wal beside it).

    The same key on both sides uses SQLite's online backup (safe while the source is in use); a change of
    key (plain to encrypted or back) uses ``sqlcipher_export``, which writes every table, index and trigger.
    """
    fd = os.open(dest, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, FILE_MODE)
    os.close(fd)
    if source_key == dest_key:
        src = connect(source, source_key, readonly=True)
        try:
            out = connect(dest, dest_key)
            try:
                src.backup(out)
                out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
            finally:
                out.close()
        finally:
            src.close()
    else:
        import sqlcipher3

        src = sqlcipher3.connect(str(source))
        try:
            if source_key is not None:
                src.execute(key_pragma(source_key))
            src.execute("PRAGMA cipher_log_level = NONE")
            version = src.execute("PRAGMA user_version").fetchone()[0]
            dest_literal = f"\"x'{dest_key.hex()}'\"" if dest_key is not None else "''"
            src.execute(f"ATTACH DATABASE ? AS converted KEY {dest_literal}", (str(dest),))
            src.execute("SELECT sqlcipher_export('converted')")
            src.execute(f"PRAGMA converted.user_version = {int(version)}")
            src.execute("DETACH DATABASE converted")
        finally:
            src.close()
    fsync_path(dest)


def checkpoint(path: Path, key: bytes | None) -> None:
    """Fold ``path``'s write-ahead log into the file, so the file alone holds everything, and overwrite the
    log's bytes before SQLite removes it (see ``fold_wal``)."""
    if not Path(f"{path}-wal").exists():
        return
    conn = connect(path, key)
    try:
        fold_wal(conn, path)
    finally:
        conn.close()


def fold_wal(conn: Any, path: Path) -> bool:
    """With ``conn`` the last connection to ``path``: copy every frame of the write-ahead log into the file,
    then overwrite the log with zeros, so that when ``conn`` closes and SQLite deletes the log no copy of
    what was written stays in free disk blocks. (SQLite's own TRUNCATE or delete frees the blocks as they
    are.) False, and the log left alone, when another connection still reads from it."""
    busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(FULL)").fetchone()
    if busy or frames < 0 or copied != frames:
        return False
    _zero(Path(f"{path}-wal"))
    return True


def _zero(path: Path) -> None:
    """Overwrite a file's bytes with zeros in place and sync (its size and name stay)."""
    try:
        size = os.path.getsize(path)
        with open(path, "r+b") as handle:
            block = bytes(1 << 20)
            left = size
            while left > 0:
                handle.write(block[: min(left, len(block))])
                left -= min(left, len(block))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass


def table_counts(path: Path, key: bytes | None) -> dict[str, int]:
    """Rows in each table of ``path``: a converted copy must have exactly the same."""
    conn = connect(path, key, readonly=True)
    try:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        conn.close()


def shred(path: Path) -> None:
    """Overwrite a file's bytes with zeros, sync, then remove it (as far as the disk allows: see the README).

    A name that is a second link to a file still in use (another name for the same inode) is only unlinked:
    overwriting it would destroy the file it shares its bytes with.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if info.st_nlink == 1 and os.path.isfile(path) and not os.path.islink(path):
        _zero(path)
    path.unlink(missing_ok=True)
