"""Protection at rest on the 5-year demo: the unlock (Argon2id key derivation, then opening the encrypted
data) beside opening the plain data, and everyday work on the encrypted data beside the same work on the
plain data in the same run (target: within 1.5× of plain)."""

from __future__ import annotations

import time

from benchmarks.common import Figure, demo_data_dir, fresh_copy, median_of

PASSPHRASE = "a benchmark passphrase of ordinary length"


def _protected_copy():
    from recoverybox import paths
    from recoverybox.core.protection.service import Protection

    folder = fresh_copy(demo_data_dir(), "protection-encrypted")
    app_paths = paths.resolve(folder)
    start = time.perf_counter()
    key, _recovery = Protection(folder, app_paths.db_file, app_paths.backup_dir).turn_on(PASSPHRASE)
    return folder, key, (time.perf_counter() - start) * 1000


def _open_and_read(folder, key: bytes | None, passphrase: str | None) -> None:
    """What a start does before the first view: (derive the key,) open and check the file, read settings."""
    from recoverybox import paths
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.protection.service import Protection
    from recoverybox.core.settings.service import SettingsService

    app_paths = paths.resolve(folder)
    if passphrase is not None:
        key = Protection(folder, app_paths.db_file, app_paths.backup_dir).unlock(passphrase)
    db = open_database(app_paths.db_file, key=key)
    try:
        SettingsService(db).all()
    finally:
        db.close()


def run() -> list[Figure]:
    from benchmarks.bench_core import _saves, _services
    from benchmarks.bench_history import today_refresh, week_switch
    from recoverybox.core.protection.service import Protection

    plain = fresh_copy(demo_data_dir(), "protection-plain")
    encrypted, key, turn_on_ms = _protected_copy()
    guard = Protection(encrypted, encrypted / "recoverybox.sqlite3", encrypted / "backups")
    derive = median_of(lambda: guard.unlock(PASSPHRASE), runs=7, warmup=1)
    open_plain = median_of(lambda: _open_and_read(plain, None, None), runs=9, warmup=1)
    unlock = median_of(lambda: _open_and_read(encrypted, None, PASSPHRASE), runs=7, warmup=1)

    figures = [
        Figure("unlock: Argon2id key derivation alone", derive, open_plain, "ms", "0.3–0.5 s", "plain open"),
        Figure("unlock: derive the key, open and read (5-year demo)", unlock, open_plain, "ms", "< 1 s", "plain open"),
        Figure("turning protection on (5-year demo, all steps)", turn_on_ms, open_plain, "ms", "-", "plain open"),
    ]
    saves = {}
    for name, folder, folder_key in (("plain", plain, None), ("encrypted", encrypted, key)):
        services = _services(folder, folder_key)
        try:
            saves[name] = _saves(services)[0]
        finally:
            services.close()
    figures.append(
        Figure("check-in save, encrypted (5-year demo)", saves["encrypted"], saves["plain"], "ms", "≤ 1.5× plain",
               "plain")
    )  # fmt: skip
    week_plain, week_encrypted = week_switch(plain), week_switch(encrypted, key)
    figures.append(
        Figure("week view: switch week, encrypted (5-year demo)", week_encrypted, week_plain, "ms", "≤ 1.5× plain",
               "plain")
    )  # fmt: skip
    today_plain, today_encrypted = today_refresh(plain), today_refresh(encrypted, key)
    figures.append(
        Figure("Today view: refresh, encrypted (5-year demo)", today_encrypted, today_plain, "ms", "≤ 1.5× plain",
               "plain")
    )  # fmt: skip
    return figures


if __name__ == "__main__":
    for figure in run():
        print(f"{figure.name}: {figure.value:.1f} {figure.unit} ({figure.ratio:.2f}× {figure.baseline_name})")
