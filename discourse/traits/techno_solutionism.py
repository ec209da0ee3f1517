"""`techno_solutionism`: Data, digital tools and AI presented as the answer.

All of it is data: ``lexicons/<lang>/techno_solutionism.toml``; the default lexicon matching applies.
"""

from discourse.traits.base import Trait, register


@register
class TechnoSolutionism(Trait):
    id = "techno_solutionism"
    order = 70
    label = "Techno-solutionism"
