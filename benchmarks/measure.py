"""Run one command in a fresh process and measure it: wall time, CPU time, peak RSS."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Measurement:
    """One child process: seconds of wall and CPU time, peak resident memory in MiB."""

    command: tuple[str, ...]
    wall: float
    cpu: float
    peak_rss_mib: float
    stdout: str
    stderr: str


class CommandFailed(RuntimeError):
    """A measured command exited with an error."""


def measure(command: list[str], cwd: Path | None = None, ok_codes: tuple[int, ...] = (0,)) -> Measurement:
    """Run ``command`` to its end and measure it.

    The child is reaped with ``os.wait4``, which returns the rusage of that child alone;
    on Linux its CPU time and peak RSS include the worker processes it waited for.
    """
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out, tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)  # tell Popen it was reaped
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if process.returncode not in ok_codes:
        raise CommandFailed(f"{' '.join(command)} exited {process.returncode}:\n{stderr[-3000:]}")
    return Measurement(
        tuple(command), wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stdout, stderr
    )


def best_of(command: list[str], repeats: int, cwd: Path | None = None) -> Measurement:
    """The fastest of ``repeats`` runs (the least disturbed by other load on the machine)."""
    runs = [measure(command, cwd) for _ in range(max(1, repeats))]
    return min(runs, key=lambda m: m.wall)
