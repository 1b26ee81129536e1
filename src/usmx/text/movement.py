"""The words of rising and falling, in English and Spanish: one vocabulary of movement.

A figure that "rose 5%", "a drop of 12%", "the increase was 3 percent", "six straight months of
declines", "aumentó 7.6%": each is read by a pattern of its own, with its own grammar (a verb
before the figure, a noun before "of", the clause around a streak), but the words are one
vocabulary. They are kept here, as data, so that a verb learned in one place is known
everywhere: a pattern takes its grammar from its own module and its words from this one.

Only word lists, and the small functions that write them into a pattern, live here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple


class Verb(NamedTuple):
    """An English verb's forms, so that a pattern can take only those its grammar reads."""

    base: str  # "rise"
    third: str  # "rises"
    past: str  # "rose"
    participle: str  # "risen"
    gerund: str  # "rising"


RISING_VERBS: tuple[Verb, ...] = (
    Verb("rise", "rises", "rose", "risen", "rising"),
    Verb("increase", "increases", "increased", "increased", "increasing"),
    Verb("grow", "grows", "grew", "grown", "growing"),
    Verb("jump", "jumps", "jumped", "jumped", "jumping"),
    Verb("climb", "climbs", "climbed", "climbed", "climbing"),
    Verb("surge", "surges", "surged", "surged", "surging"),
    Verb("soar", "soars", "soared", "soared", "soaring"),
    Verb("spike", "spikes", "spiked", "spiked", "spiking"),
    Verb("swell", "swells", "swelled", "swollen", "swelling"),
    Verb("widen", "widens", "widened", "widened", "widening"),
    Verb("expand", "expands", "expanded", "expanded", "expanding"),
    Verb("gain", "gains", "gained", "gained", "gaining"),
    Verb("advance", "advances", "advanced", "advanced", "advancing"),
    Verb("rebound", "rebounds", "rebounded", "rebounded", "rebounding"),
    Verb("balloon", "balloons", "ballooned", "ballooned", "ballooning"),
    Verb("skyrocket", "skyrockets", "skyrocketed", "skyrocketed", "skyrocketing"),
    Verb("leap", "leaps", "leapt", "leaped", "leaping"),
    Verb("accelerate", "accelerates", "accelerated", "accelerated", "accelerating"),
    Verb("strengthen", "strengthens", "strengthened", "strengthened", "strengthening"),
    Verb("appreciate", "appreciates", "appreciated", "appreciated", "appreciating"),
    Verb("go up", "goes up", "went up", "gone up", "going up"),
    Verb("edge up", "edges up", "edged up", "edged up", "edging up"),
)
FALLING_VERBS: tuple[Verb, ...] = (
    Verb("fall", "falls", "fell", "fallen", "falling"),
    Verb("decrease", "decreases", "decreased", "decreased", "decreasing"),
    Verb("decline", "declines", "declined", "declined", "declining"),
    Verb("drop", "drops", "dropped", "dropped", "dropping"),
    Verb("plunge", "plunges", "plunged", "plunged", "plunging"),
    Verb("plummet", "plummets", "plummeted", "plummeted", "plummeting"),
    Verb("shrink", "shrinks", "shrank", "shrunk", "shrinking"),
    Verb("sink", "sinks", "sank", "sunk", "sinking"),
    Verb("cut", "cuts", "cut", "cut", "cutting"),
    Verb("reduce", "reduces", "reduced", "reduced", "reducing"),
    Verb("slip", "slips", "slipped", "slipped", "slipping"),
    Verb("dip", "dips", "dipped", "dipped", "dipping"),
    Verb("lose", "loses", "lost", "lost", "losing"),
    Verb("shed", "sheds", "shed", "shed", "shedding"),
    Verb("narrow", "narrows", "narrowed", "narrowed", "narrowing"),
    Verb("contract", "contracts", "contracted", "contracted", "contracting"),
    Verb("tumble", "tumbles", "tumbled", "tumbled", "tumbling"),
    Verb("slide", "slides", "slid", "slid", "sliding"),
    Verb("slump", "slumps", "slumped", "slumped", "slumping"),
    Verb("ease", "eases", "eased", "eased", "easing"),
    Verb("retreat", "retreats", "retreated", "retreated", "retreating"),
    Verb("weaken", "weakens", "weakened", "weakened", "weakening"),
    Verb("depreciate", "depreciates", "depreciated", "depreciated", "depreciating"),
    Verb("go down", "goes down", "went down", "gone down", "going down"),
    Verb("edge down", "edges down", "edged down", "edged down", "edging down"),
)

# nouns: the singular first, then the plural where the noun has one
RISING_NOUNS: tuple[tuple[str, ...], ...] = (
    ("increase", "increases"), ("rise", "rises"), ("jump", "jumps"), ("growth",), ("gain", "gains"),
    ("surge", "surges"), ("rebound", "rebounds"), ("spike", "spikes"), ("expansion", "expansions"),
    ("hike", "hikes"), ("climb", "climbs"), ("uptick", "upticks"),
)
FALLING_NOUNS: tuple[tuple[str, ...], ...] = (
    ("decrease", "decreases"), ("decline", "declines"), ("drop", "drops"), ("fall", "falls"),
    ("reduction", "reductions"), ("dip", "dips"), ("slide", "slides"), ("contraction", "contractions"),
    ("slump", "slumps"), ("plunge", "plunges"), ("cut", "cuts"),
)

# "20 percent higher", "six straight months lower": a comparison that says which way
RISING_COMPARATIVES = ("more", "higher", "larger", "greater", "bigger", "above")
FALLING_COMPARATIVES = ("fewer", "lower", "less", "smaller", "below")

# Spanish verbs, as the forms prose writes of a figure: "aumentó", "aumentaron", "aumenta", "aumentan", "aumentado"
ES_RISING_VERBS: tuple[tuple[str, ...], ...] = (
    ("aumentó", "aumentaron", "aumenta", "aumentan", "aumentado"),
    ("incrementó", "incrementaron", "incrementa", "incrementan", "incrementado"),
    ("creció", "crecieron", "crece", "crecen", "crecido"),
    ("subió", "subieron", "sube", "suben", "subido"),
    ("repuntó", "repuntaron", "repunta", "repuntan", "repuntado"),
    ("avanzó", "avanzaron", "avanza", "avanzan", "avanzado"),
    ("elevó", "elevaron"), ("escaló", "escalaron"), ("saltó", "saltaron"), ("se disparó", "se dispararon"),
    ("ganó", "ganaron"),
)
ES_FALLING_VERBS: tuple[tuple[str, ...], ...] = (
    ("cayó", "cayeron", "cae", "caen", "caído"),
    ("disminuyó", "disminuyeron", "disminuye", "disminuyen", "disminuido"),
    ("bajó", "bajaron", "baja", "bajan", "bajado"),
    ("descendió", "descendieron", "desciende", "descienden", "descendido"),
    ("redujo", "redujeron", "reduce", "reducen", "reducido"),
    ("retrocedió", "retrocedieron", "retrocedido"),
    ("contrajo", "contrajeron"), ("desplomó", "desplomaron"), ("decreció", "decrecieron"), ("mermó", "mermaron"),
    ("perdió", "perdieron"),
)
ES_RISING_NOUNS: tuple[tuple[str, ...], ...] = (
    ("aumento", "aumentos"), ("incremento", "incrementos"), ("alza", "alzas"), ("crecimiento", "crecimientos"),
    ("repunte", "repuntes"), ("subida", "subidas"), ("avance", "avances"), ("ganancia", "ganancias"),
    ("ascenso", "ascensos"),
)
ES_FALLING_NOUNS: tuple[tuple[str, ...], ...] = (
    ("caída", "caídas"), ("caida", "caidas"), ("disminución", "disminuciones"), ("descenso", "descensos"),
    ("baja", "bajas"), ("reducción", "reducciones"), ("retroceso", "retrocesos"), ("contracción", "contracciones"),
    ("decremento", "decrementos"), ("desplome", "desplomes"), ("merma", "mermas"), ("declive", "declives"),
)


def forms(verbs: Iterable[Verb], *slots: str) -> list[str]:
    """The forms ``slots`` ("past", "third"...) of each verb, for a grammar that reads only those."""
    return [getattr(v, slot) for v in verbs for slot in slots]


def singular(nouns: Iterable[tuple[str, ...]]) -> list[str]:
    """The singular of each noun ("increase", never "increases")."""
    return [n[0] for n in nouns]


def words(*groups: Iterable[str | tuple[str, ...]]) -> str:
    """A pattern matching any one word of ``groups``, as a non-capturing group.

    A group holds words, or entries whose every form counts (a ``Verb``, a noun and its plural).
    The caller writes the word boundaries, as its grammar wants them; a space in a word
    ("went up") matches any run of spaces, and a longer word is tried before a shorter one.
    """
    found = {w for group in groups for entry in group for w in ((entry,) if isinstance(entry, str) else entry)}
    ordered = sorted(found, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


__all__ = [
    "ES_FALLING_NOUNS", "ES_FALLING_VERBS", "ES_RISING_NOUNS", "ES_RISING_VERBS", "FALLING_COMPARATIVES",
    "FALLING_NOUNS", "FALLING_VERBS", "RISING_COMPARATIVES", "RISING_NOUNS", "RISING_VERBS", "Verb", "forms",
    "singular", "words",
]
