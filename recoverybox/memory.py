"""What the app does to stay light in memory over a long run (it may wait all day in the background)."""

from __future__ import annotations

import sys


def no_source_cache_for_pyside() -> None:
    """PySide6 (6.4 and later) looks at the source of every module imported after it, for a ``PySide6`` in it
    (``shibokensupport.feature._mod_uses_pyside``: it decides whether ``from __feature__ import …`` applies),
    through ``inspect.getsource``, which keeps every file's lines in Python's line cache for good: about 20 MiB
    at start-up, more once the views load, never given back to the system even when the cache is cleared. The
    same test, reading the file without caching it, keeps them out. Where PySide6 has no such function (another
    version), nothing changes; a test checks it is in effect with the pinned version."""
    feature = sys.modules.get("shibokensupport.feature")
    name = "_mod_uses_pyside"  # PySide6's own (private) name, replaced on purpose: see above
    imported = getattr(feature, "feature_imported", None)
    # The name is looked up in the globals of the function that calls it (its module is also known by a second
    # name, PySide6.support.feature): it is replaced there.
    where = getattr(imported, "__globals__", None)
    if not isinstance(where, dict) or not callable(where.get(name)):
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return False  # built in, compiled or without a file: as PySide6's own test answers for them
        try:
            with open(path, encoding="utf-8", errors="replace") as source:
                return "PySide6" in source.read()
        except OSError:
            return False

    where[name] = uses_pyside


def freeze_long_lived_objects() -> None:
    """Move what start-up made (modules, classes, widgets, the data layer: about 100,000 objects) out of
    the garbage collector's sight. Python's full collections walk every tracked object, and while one runs
    nothing else does: with these in the way, each took 150-250 ms, which froze the window during a large
    import. They live as long as the app, so the collector gains nothing from walking them."""
    import gc
    import linecache

    # PySide6's import hook reads the source of every module imported (to look for its __feature__ imports),
    # and Python's line cache keeps them all: some 20 MiB, needed only to print a traceback (read again then).
    linecache.clearcache()
    gc.freeze()
    give_back_freed_memory()


def give_back_freed_memory() -> None:
    """Hand the C library's freed heap pages back to the system (glibc's ``malloc_trim``): start-up and a
    closed window free many megabytes that otherwise stay resident until reused. Nothing elsewhere."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError):  # not glibc (musl has none)
        return
    trim(0)
