"""`critical_stance`: Counter-signal: the author distances themself (pourtant, certes… mais, sous couvert de, dénoncer).

All of it is data: ``lexicons/<lang>/critical_stance.toml``; the default lexicon matching applies.
"""

from discourse.traits.base import Trait, register


@register
class CriticalStance(Trait):
    id = "critical_stance"
    order = 210
    label = "Critical stance"
    kind = "counter"
    consultancy = False
