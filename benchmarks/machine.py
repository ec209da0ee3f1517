"""The machine a benchmark ran on: CPU, cores, memory, Python and library versions."""

from __future__ import annotations

import os
import platform
import subprocess
from importlib import metadata
from pathlib import Path


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return None


def version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def cpu_pressure_total() -> int | None:
    """Microseconds during which some runnable task waited for a CPU (Linux PSI), or None."""
    try:
        for line in Path("/proc/pressure/cpu").read_text().splitlines():
            if line.startswith("some"):
                return int(line.rsplit("total=", 1)[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def code_state(root: Path) -> str:
    """The commit measured, and whether the working tree differed from it."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "discourse"], cwd=root, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return "code: not a git checkout"
    return f"code: commit {head}" + (" plus uncommitted changes under discourse/" if dirty.strip() else "")


def tree_fingerprint(root: Path) -> str:
    """A hash of every source and data file under ``discourse/``, to tell whether the code
    measured changed while the benchmark ran (others may work in the same checkout)."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted((root / "discourse").rglob("*")):
        if path.is_file() and path.suffix in (".py", ".toml", ".j2"):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def machine_lines() -> list[str]:
    """Human-readable lines describing the machine and the software measured."""
    ram = memory_gib()
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    lines = [
        f"CPU: {cpu_model()}, {os.cpu_count()} logical cores" + (f", {ram:.1f} GiB RAM" if ram else ""),
        f"OS: {platform.system()} {platform.release()}; Python {platform.python_version()}",
        f"spaCy {version('spacy')}, fr_core_news_sm {version('fr_core_news_sm')}, discourse {version('discourse')}",
        code_state(Path(__file__).resolve().parents[1]),
    ]
    if load:
        lines.append(f"load average at the end: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (other work shares the cores)")
    return lines
