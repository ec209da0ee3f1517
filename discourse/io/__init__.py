"""Writing outputs: atomic file replacement and the run manifest."""

from discourse.io.atomic import atomic_write
from discourse.io.manifest import (
    build_run_manifest,
    count_statuses,
    run_manifest_path,
    write_run_manifest,
)

__all__ = [
    "atomic_write",
    "build_run_manifest",
    "count_statuses",
    "run_manifest_path",
    "write_run_manifest",
]
