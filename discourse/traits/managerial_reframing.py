"""`managerial_reframing`: People reframed as objects of management: gestionnaire de parcours, portefeuille, flux, file active.

All of it is data: ``lexicons/<lang>/managerial_reframing.toml``; the default lexicon matching applies.
"""

from discourse.traits.base import Trait, register


@register
class ManagerialReframing(Trait):
    id = "managerial_reframing"
    order = 130
    label = "People as objects of management"
