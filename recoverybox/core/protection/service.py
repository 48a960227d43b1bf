"""Protection at rest: a passphrase (and a recovery key) that unlock a random key encrypting the data.

- The data key (32 random bytes) is SQLCipher's raw key for the database and for every backup.
- It is stored only wrapped (AES-256-GCM), once under a key derived from the passphrase and once under a
  key derived from the recovery key, both with Argon2id (its parameters stored beside them). The key file
  (``protection.json``, 0600) holds nothing else that is private: the lock screen's own settings.
- Turning protection on or off converts the database and its backups with ``sqlcipher_export``: written
  beside, checked (same rows in every table), then swapped by rename; plain copies are overwritten before
  they are removed. Killed at any moment, the database file is either the old one or the new one, whole:
  the swap is one rename, and ``tidy()`` (before every open) and ``finish()`` (after every unlock) complete
  or undo what an interrupted conversion left.

No Qt here."""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.protection.keys import (
    KDF,
    KEY_FILE,
    WrongSecret,
    check_passphrase,
    checked_kdf,
    new_recovery_key,
    normal_recovery_key,
    unwrap_key,
    wrap_key,
)
from recoverybox.core.protection.swapping import DiskFull, is_disk_full, swap_in, write_converted
from recoverybox.core.storage import cipher
from recoverybox.core.storage.files import fsync_dir, write_text_whole

log = logging.getLogger(__name__)


PENDING = ".pending"


CONVERTING = ".converting"


PLAIN_OLD = ".plain-old"


PART = ".part"  # core.files and core.backup write a copy as ``.<name>.<pid>.part`` before it takes its name


OLD_KEYS = "old-keys"  # key files that open nothing here any more are moved here, never deleted


WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "errors", "That passphrase does not open your data. Check Caps Lock and try again."
)
WRONG_RECOVERY_KEY = QT_TRANSLATE_NOOP("errors", "That recovery key does not open your data. Check each group of four.")
LOSS_WARNING = QT_TRANSLATE_NOOP(
    "PassphraseDialog",
    "If you forget your passphrase and lose your recovery key, nobody can open your data: not you, not us, "
    "not a repair shop. There is no back door.",
)


@dataclass(frozen=True)
class Step:
    """A point in a conversion, reported to ``progress`` (the tests stop a conversion at each one)."""

    name: str
    done: int = 0
    total: int = 0


class Protection:
    """Whether the data folder is protected, and turning it on, off, changing it and unlocking it."""

    def __init__(self, data_dir: Path, db_file: Path, backup_dir: Path) -> None:
        self.data_dir = data_dir
        self.db_file = db_file
        self.backup_dir = backup_dir
        self.key_file = data_dir / KEY_FILE

    # ---- state ----------------------------------------------------------------------------------
    def is_on(self) -> bool:
        """Protected: the data file is encrypted and its key file is there to open it. (A data file that is
        not plain SQLite without a key file is what it looks like: damaged, or not ours.)"""
        return self.key_file.exists() and cipher.is_encrypted(self.db_file)

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.key_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ValidationError("passphrase", self.missing_key_words()) from None
        except (OSError, ValueError) as exc:
            raise ValidationError(
                "passphrase",
                QT_TRANSLATE_NOOP("errors", "The key file {key_file} cannot be read ({exc})."),
                key_file=KEY_FILE,
                exc=exc,
            ) from None
        if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(data.get("kdf"), dict):
            raise ValidationError(
                "passphrase",
                QT_TRANSLATE_NOOP("errors", "The key file {key_file} is not one this version understands."),
                key_file=KEY_FILE,
            )
        checked_kdf(data["kdf"])  # before any derivation: tampered settings are refused, never run
        return data

    def missing_key_words(self) -> str:
        """What to say when the data is encrypted but its key file is not beside it."""
        kept = self.kept_key_files()
        also = (
            f" RecoveryBox kept {len(kept)} earlier key file(s) in {self.data_dir / OLD_KEYS}: copying the newest "
            f"back as {KEY_FILE} may open it."
            if kept
            else ""
        )
        return (
            "Your data is protected, but the key file is missing: restore it from your backup of the data "
            "folder, or use a backup of your data made before protection was turned on. The passphrase and the "
            f"recovery key open the data only together with that file.{also} Nothing was changed or deleted.\n"
            f"The key file belongs at: {self.key_file}"
        )

    def data_missing(self) -> bool:
        """The key file is here but the data file is not (moved away for a while, or not copied along)."""
        return self.key_file.exists() and not self.db_file.exists()

    def missing_data_words(self) -> str:
        return (
            "Your data is protected, but the data file is missing; its key file is here. Put the data file back "
            "(from your backup of the data folder, or from where it was moved). Nothing was created or changed.\n"
            f"The data file belongs at: {self.db_file}"
        )

    def key_file_missing(self) -> bool:
        """The data file is encrypted and no key file is beside it (it was deleted, or not copied along).

        An encrypted file looks like random bytes, and so does a file damaged beyond recognition: it counts as
        ours only with a sign that protection was on here (an encrypted backup, or a key file kept aside)."""
        if self.key_file.exists() or not cipher.is_encrypted(self.db_file):
            return False
        return bool(self.kept_key_files()) or any(cipher.is_encrypted(p) for p in self.copies())

    def kept_key_files(self) -> list[Path]:
        folder = self.data_dir / OLD_KEYS
        return sorted(folder.glob(f"{KEY_FILE}*"), key=lambda p: p.stat().st_mtime) if folder.is_dir() else []

    def _retire_key(self, path: Path) -> None:
        """A key file (or a pending one) this data no longer needs goes to ``old-keys/``: never deleted, since a
        copy of the data we cannot see (elsewhere, or returning later) may still need it."""
        if not path.exists():
            return
        folder = self.data_dir / OLD_KEYS
        folder.mkdir(mode=0o700, exist_ok=True)
        os.replace(path, self._free_name(path, "old", folder))
        fsync_dir(folder)
        fsync_dir(path.parent)
        log.info("a key file that opens nothing here now was kept aside in %s", OLD_KEYS)

    def _encrypted_files(self) -> list[Path]:
        """The data file, backups and what a restore kept aside that are encrypted (that a key may open)."""
        return [p for p in (self.db_file, *self.copies()) if cipher.is_encrypted(p)]

    def _write(self, data: dict[str, Any], target: Path | None = None) -> None:
        write_text_whole(target or self.key_file, json.dumps(data, indent=2))

    def lock_screen(self) -> dict[str, Any]:
        """What the lock screen may show (no secret, no private data): ``details``, ``crisis_line``,
        ``emergency_number``, ``theme`` (the look the person chose, so the lock page wears it too) and ``language``
        (read before the window is made: the data itself cannot be read then)."""
        try:
            stored = json.loads(self.key_file.read_text(encoding="utf-8")).get("lock_screen", {})
        except (OSError, ValueError, AttributeError):
            stored = {}
        details = stored.get("details") if isinstance(stored, dict) else None
        line = stored.get("crisis_line") if isinstance(stored, dict) else None
        emergency = stored.get("emergency_number") if isinstance(stored, dict) else None
        look = stored.get("theme") if isinstance(stored, dict) else None
        language = stored.get("language") if isinstance(stored, dict) else None
        return {
            "details": details is True,
            "crisis_line": line if isinstance(line, str) else "",
            "emergency_number": emergency if isinstance(emergency, str) else "",
            "theme": look if look in _choices("theme") else "system",
            "language": language if language in _choices("language") else "system",
        }

    def set_lock_screen(
        self,
        details: bool | None = None,
        crisis_line: str | None = None,
        emergency_number: str | None = None,
        theme: str | None = None,
        language: str | None = None,
    ) -> None:
        data = self._read()
        screen = dict(data.get("lock_screen") or {})
        if details is not None:
            screen["details"] = bool(details)
        if crisis_line is not None:
            screen["crisis_line"] = crisis_line[:200]
        if emergency_number is not None:
            screen["emergency_number"] = emergency_number[:40]
        if theme is not None and theme in _choices("theme"):
            screen["theme"] = theme
        if language is not None and language in _choices("language"):
            screen["language"] = language
        data["lock_screen"] = screen
        self._write(data)

    # ---- unlocking ------------------------------------------------------------------------------
    def unlock(self, passphrase: str) -> bytes:
        """The data key, or ``WrongSecret``; about 0.35 s either way (the Argon2 cost slows guessing)."""
        data = self._read()
        key = unwrap_key(data["passphrase"], passphrase, "passphrase", data["kdf"])
        if key is None:
            log.info("an unlock was refused")  # never the passphrase, not even its length
            raise WrongSecret("passphrase", WRONG_PASSPHRASE)
        return key

    def unlock_with_recovery_key(self, recovery_key: str) -> bytes:
        data = self._read()
        key = unwrap_key(data["recovery"], normal_recovery_key(recovery_key), "recovery key", data["kdf"])
        if key is None:
            log.info("an unlock with a recovery key was refused")
            raise WrongSecret("recovery_key", WRONG_RECOVERY_KEY)
        return key

    def change_passphrase(self, key: bytes, new_passphrase: str) -> None:
        """Wrap the same data key under a new passphrase (the database is not rewritten)."""
        check_passphrase(new_passphrase, "new_passphrase")
        data = self._read()
        data["passphrase"] = wrap_key(key, new_passphrase, "passphrase", data["kdf"])
        self._write(data)
        log.info("passphrase changed")

    def new_recovery_key(self, key: bytes) -> str:
        """Replace the recovery key (the old one stops working); returns the new one, to show once."""
        data = self._read()
        recovery = new_recovery_key()
        data["recovery"] = wrap_key(key, recovery, "recovery key", data["kdf"])
        self._write(data)
        log.info("a new recovery key was made")
        return recovery

    # ---- converting -----------------------------------------------------------------------------
    def copies(self) -> Iterator[Path]:
        """Every other copy of the data in the folder: backups, and data kept aside by a restore."""
        if self.backup_dir.is_dir():
            yield from sorted(p for p in self.backup_dir.glob("*.sqlite3") if p.is_file())
        for kept in ("before-restore", "unreadable"):
            yield from sorted(p for p in self.data_dir.glob(f"{self.db_file.name}.{kept}-*") if _is_db_copy(p))

    def turn_on(self, passphrase: str, progress: Callable[[Step], None] | None = None) -> tuple[bytes, str]:
        """Encrypt the data and every copy of it; returns the data key and the recovery key (shown once).

        The database must be closed (the app closes it; the command line holds the data folder's lock).
        """
        report = progress or (lambda step: None)
        check_passphrase(passphrase)
        if self.is_on():
            raise ValidationError("passphrase", QT_TRANSLATE_NOOP("errors", "Your data is already protected."))
        if not self.db_file.exists():
            raise ValidationError("passphrase", QT_TRANSLATE_NOOP("errors", "There is no data to protect yet."))
        self.tidy()
        self._check_room()
        self._safety_backup(None, "before-protection")  # encrypted with the other copies once the swap is done
        key, recovery = os.urandom(32), new_recovery_key()
        data = {
            "version": 1,
            "kdf": dict(KDF),
            "passphrase": wrap_key(key, passphrase, "passphrase", KDF),
            "recovery": wrap_key(key, recovery, "recovery key", KDF),
            "lock_screen": self.lock_screen() if self.key_file.exists() else {"details": False, "crisis_line": ""},
        }
        pending = self.data_dir / (KEY_FILE + PENDING)
        self._write(data, pending)
        report(Step("key"))
        self._convert_main(None, key, report)
        os.replace(pending, self.key_file)
        fsync_dir(self.data_dir)
        report(Step("key-kept"))
        self._swap_main(report)
        self.finish(key, report)
        log.info("protection turned on")
        return key, recovery

    def turn_off(self, key: bytes, progress: Callable[[Step], None] | None = None) -> None:
        """Decrypt the data and every copy of it, then remove the key file. The database must be closed."""
        report = progress or (lambda step: None)
        if not self.is_on():
            raise ValidationError("passphrase", QT_TRANSLATE_NOOP("errors", "Your data is not protected."))
        self._check_room()
        self._safety_backup(key, "before-unprotection")
        self._convert_main(key, None, report)
        try:
            unreadable = self._convert_copies(key, None, report)
        except DiskFull:
            # Stopped half-way: the data stays protected, and the copies already decrypted are encrypted again.
            cipher.shred(Path(f"{self.db_file}{CONVERTING}"))
            with contextlib.suppress(DiskFull):
                self._convert_copies(None, key, report)
            raise
        self._swap_main(report)
        if unreadable:
            # Copies this key did not open keep their key file beside them, under another name.
            self.key_file.replace(self._free_name(self.key_file, "old"))
        else:
            self._retire_key(self.key_file)
        fsync_dir(self.data_dir)
        log.info("protection turned off")

    def _check_room(self) -> None:
        """Refuse before anything is written when the disk cannot hold the copies a conversion makes: the
        safety backup, the converted file beside the data, and the largest other copy converted beside itself."""
        sizes = [p.stat().st_size for p in self.copies()]
        data = self.db_file.stat().st_size + _size(Path(f"{self.db_file}-wal"))
        needed = 2 * data + max(sizes, default=0) + (4 << 20)
        try:
            info = os.statvfs(self.data_dir)
        except OSError:
            return
        free = info.f_bavail * info.f_frsize
        if free < needed:
            raise DiskFull(needed - free)

    def _safety_backup(self, key: bytes | None, label: str) -> None:
        """A backup in the current form before anything is converted; it is converted with the other copies."""
        from recoverybox.core.storage.backup import BackupService

        try:
            BackupService(self.db_file, self.backup_dir, key).backup_now(date.today(), label=label)
        except cipher.errors(OSError) as exc:
            self._shred_leftovers()
            if is_disk_full(exc):
                raise DiskFull() from None
            why = f"The safety backup could not be written ({exc}). Nothing changed."
            raise ValidationError("passphrase", why) from None

    def _convert_main(self, source_key: bytes | None, dest_key: bytes | None, report: Callable[[Step], None]) -> None:
        """The converted database beside the live one, checked; the live one is not touched."""
        converting = Path(f"{self.db_file}{CONVERTING}")
        cipher.checkpoint(self.db_file, source_key)
        try:
            matches = write_converted(self.db_file, source_key, converting, dest_key)
            report(Step("converted"))
            if not matches:
                raise ValidationError(
                    "passphrase",
                    QT_TRANSLATE_NOOP("errors", "The converted copy did not match your data; nothing changed."),
                )
            from recoverybox.core.storage.backup import check_database

            problem = check_database(converting, dest_key)
            if problem is not None:
                raise ValidationError(
                    "passphrase",
                    QT_TRANSLATE_NOOP("errors", "The converted copy is not right ({problem}). Nothing changed."),
                    problem=problem,
                )
        except cipher.errors(OSError) as exc:
            cipher.shred(converting)
            if is_disk_full(exc):
                raise DiskFull() from None
            raise ValidationError(
                "passphrase",
                QT_TRANSLATE_NOOP("errors", "Your data could not be converted ({exc}). Nothing changed."),
                exc=exc,
            ) from None
        except BaseException:
            cipher.shred(converting)
            raise
        report(Step("checked"))

    def _swap_main(self, report: Callable[[Step], None]) -> None:
        """The one step that changes which file is the data: a rename. The old file is then overwritten."""
        converting = Path(f"{self.db_file}{CONVERTING}")
        swap_in(converting, self.db_file, Path(f"{self.db_file}{PLAIN_OLD}"), lambda: report(Step("swapped")))

    def _convert_copies(
        self, source_key: bytes | None, dest_key: bytes | None, report: Callable[[Step], None]
    ) -> list[Path]:
        """Convert each backup or kept copy that is not yet in the wanted form; returns the ones it could not."""
        todo = [p for p in self.copies() if cipher.is_plain(p) == (source_key is None)]
        failed = []
        for done, path in enumerate(todo, 1):
            temp = path.with_name(f".{path.name}{CONVERTING}")
            try:
                if not write_converted(path, source_key, temp, dest_key):
                    raise ValueError("the converted copy does not match")
            except cipher.errors(OSError, ValueError) as exc:
                cipher.shred(temp)
                if is_disk_full(exc):
                    raise DiskFull() from None
                if dest_key is not None and cipher.is_plain(path):
                    log.warning("a plain copy that could not be converted was removed: %s (%s)", path.name, exc)
                    cipher.shred(path)  # no plain copy may stay once protection is on
                else:
                    log.warning("a copy could not be converted: %s (%s)", path.name, exc)
                    failed.append(path)
                continue
            swap_in(temp, path, path.with_name(f".{path.name}{PLAIN_OLD}"))
            report(Step("copy", done, len(todo)))
        return failed

    def _free_name(self, path: Path, label: str, folder: Path | None = None) -> Path:
        """A name not yet taken for keeping ``path`` (in ``folder``, else beside it): ``<name>.<label>-<time>``."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        place = folder or path.parent
        target, n = place / f"{path.name}.{label}-{stamp}", 1
        while target.exists():
            n += 1
            target = place / f"{path.name}.{label}-{stamp}-{n}"
        return target

    # ---- after an interruption ------------------------------------------------------------------
    def tidy(self) -> None:
        """Before opening: undo what an interrupted conversion left (needs no key). Safe to call any time.

        A data file that is missing (moved away for a moment, a sync tool between copies) is not taken for
        plain data: then nothing but the conversion's own temporary files is touched."""
        present = self.db_file.exists()
        plain_db = present and cipher.is_plain(self.db_file)
        cipher.shred(Path(f"{self.db_file}{CONVERTING}"))
        cipher.shred(Path(f"{self.db_file}{PLAIN_OLD}"))  # only unlinked while it is the live file's other name
        self._shred_leftovers()
        if not plain_db:
            return
        pending = self.data_dir / (KEY_FILE + PENDING)
        encrypted = self._encrypted_files()
        if pending.exists() and not encrypted:
            self._retire_key(pending)  # turning on stopped before the swap: the plain file is the data
        if self.key_file.exists() and not encrypted:
            # Turning off stopped after the swap (or turning on before it): the key opens nothing here now.
            self._retire_key(self.key_file)

    def _shred_leftovers(self) -> None:
        """Overwrite and remove every temporary file an interrupted conversion or copy left: the converted
        files, the old files' second names, and half-written copies (``.<name>.<pid>.part``) of processes that
        are gone, which may hold the data in the clear."""
        for folder in (self.data_dir, self.backup_dir):
            if not folder.is_dir():
                continue
            for leftover in (*folder.glob(f".*{CONVERTING}"), *folder.glob(f".*{PLAIN_OLD}")):
                cipher.shred(leftover)
            for leftover in folder.glob(f".*{PART}*"):
                if not _writer_alive(leftover.name):
                    cipher.shred(leftover)

    def finish(self, key: bytes, progress: Callable[[Step], None] | None = None) -> None:
        """After an unlock: encrypt any plain copy left by an interrupted conversion (or made since), and
        remove what an interrupted copy left half-written."""
        self._shred_leftovers()
        self._convert_copies(None, key, progress or (lambda step: None))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _writer_alive(name: str) -> bool:
    """Whether the process that writes ``.<name>.<pid>.part`` is still running (then the file is its work)."""
    pid_text = name.split(PART)[0].rsplit(".", 1)[-1]
    if not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # there, but not ours to signal
    return True


def _is_db_copy(path: Path) -> bool:
    return path.is_file() and not path.name.endswith(("-wal", "-shm", "-journal"))


def _choices(key: str) -> tuple[str, ...]:
    """The values a lock-page setting may take (the theme, the language): the settings' own list, declared once."""
    from recoverybox.core.settings.options import OPTIONS

    return tuple(str(name) for name in OPTIONS[key].choices or ())
