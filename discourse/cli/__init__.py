"""Command-line interface: one module per command (or per noun with sub-commands),
each attaching to ``discourse.cli.app.app``. Only this package prints."""

from __future__ import annotations

import importlib
import pkgutil

from discourse.cli.app import app

_SUPPORT = {"app", "common", "options"}

for _module in pkgutil.iter_modules(__path__):
    if _module.name not in _SUPPORT and not _module.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_module.name}")


def main() -> None:
    app()


__all__ = ["app", "main"]
