"""`urgency_pressure`: Urgency, guilt and peer pressure: « il est temps », « nous ne pouvons plus attendre », rhetorical calls to commit.

All of it is data: ``lexicons/<lang>/urgency_pressure.toml``; the default lexicon matching applies.
"""

from discourse.traits.base import Trait, register


@register
class UrgencyPressure(Trait):
    id = "urgency_pressure"
    order = 60
    label = "Urgency and peer pressure"
