"""The background mode gives freed heap memory back to the system (``memory.give_back_freed_memory``)."""

import subprocess
import sys

import pytest

SCRIPT = """
from recoverybox.memory import give_back_freed_memory
from recoverybox.probes import memory_kib
held = [bytes(1000) + bytes([n % 256]) for n in range(60_000)]  # about 60 MB in the C library's heap
pin = bytes(1000) + b"pin"  # above them, so the heap's top cannot shrink by itself
del held
before = memory_kib()
give_back_freed_memory()
print(before, memory_kib())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_heap_memory_goes_back_to_the_system():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    before, after = map(int, done.stdout.split())
    assert before - after > 30_000, (before, after)  # KiB: most of the 60 MB freed is no longer resident
