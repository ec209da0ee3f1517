"""`program_structure`: The slide-deck skeleton: announced enumerations (« trois axes »), numbered remedies, crisis statements.

All of it is data: ``lexicons/<lang>/program_structure.toml``; the default lexicon matching applies.
"""

from discourse.traits.base import Trait, register


@register
class ProgramStructure(Trait):
    id = "program_structure"
    order = 120
    label = "Slide-deck structure"
