"""The trait registry. Every module of this package defines one trait and registers
itself; importing the package imports them all.

>>> from discourse.traits import trait_ids
>>> trait_ids()[:2]
['slogan_verbs', 'action_verbs']
"""

from __future__ import annotations

import importlib
import pkgutil

from discourse.traits.base import TRAITS, Trait, TraitContext, register

_SUPPORT = {"base", "matching", "figures", "tokenpatterns"}


def _import_all() -> None:
    for module in pkgutil.iter_modules(__path__):
        if module.name not in _SUPPORT and not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}")


_import_all()


def registered(kind: str | None = None, lang: str | None = None) -> list[type[Trait]]:
    """Registered trait classes in catalogue order, filtered by kind and language."""
    classes = sorted(TRAITS.values(), key=lambda c: c.order)
    return [c for c in classes if (kind is None or c.kind == kind) and (lang is None or lang in c.languages)]


def trait_ids(kind: str | None = "trait") -> list[str]:
    """Trait ids in catalogue order (``kind=None`` includes counter-signals)."""
    return [c.id for c in registered(kind)]


def counter_ids() -> list[str]:
    return trait_ids("counter")


__all__ = ["TRAITS", "Trait", "TraitContext", "counter_ids", "register", "registered", "trait_ids"]
