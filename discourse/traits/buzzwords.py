"""`buzzwords`: Management and transformation jargon, by sub-category (transformation, organisation, performance, path/user).

All of it is data: ``lexicons/<lang>/buzzwords.toml``; the default lexicon matching applies.
"""

from discourse.traits.base import Trait, register


@register
class Buzzwords(Trait):
    id = "buzzwords"
    order = 30
    label = "Management jargon"
