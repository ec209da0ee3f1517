"""`action_verbs`: Managerial action-verb lexicon: optimiser, piloter, déployer, mutualiser…; EN leverage, streamline, scale.

All of it is data: ``lexicons/<lang>/action_verbs.toml``; the default lexicon matching applies.
"""

from discourse.traits.base import Trait, register


@register
class ActionVerbs(Trait):
    id = "action_verbs"
    order = 20
    label = "Managerial action verbs"
