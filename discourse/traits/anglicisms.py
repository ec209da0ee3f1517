"""`anglicisms`: English management words in French text (French only); established borrowings do not count.

All of it is data: ``lexicons/<lang>/anglicisms.toml``; the default lexicon matching applies.
"""

from discourse.traits.base import Trait, register


@register
class Anglicisms(Trait):
    id = "anglicisms"
    order = 110
    label = "Anglicisms"
    languages = ('fr',)
