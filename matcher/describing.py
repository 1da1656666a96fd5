"""Sentences that describe the workplace rather than the work: "Sygehuset har en sund økonomi".

An ad tells the reader about the organisation before it says what the post asks: "Hospitalet har en driftsramme
på ca. 1,2 milliarder", "Museum Horsens består af tre udstillingshuse", "SDU er internationalt orienteret". Their
words are the words of competences (economy, operations, international work), but nobody is asked for them, and
read as requirements they were the largest class of false concept hits on the real ads' dev part. Such a
sentence states what something *is* or *has*: its verb, among its first words, is one of a few verbs of being,
having and size. A sentence that speaks to the reader ("du"), says what is wanted ("søger", "skal", "forventer",
"har brug for") or names the post or a leader ("lederen", "direktøren", "stillingen", "opgaverne") is about the
job and is kept; so is a fragment without such a verb ("Budget og økonomi").

>>> from matcher.text import words
>>> describes_workplace(words("Sygehuset har en sund økonomi og har opnået gode resultater"))
True
>>> describes_workplace(words("Du har ansvar for økonomien")), describes_workplace(words("Lederen har ledelsen"))
(False, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .taxonomy_data import Concept

# Finite verbs of being, having, size and change of shape: what a sentence about the organisation says.
_STATE_VERBS = frozenset(
    """
    er var har havde består bestod vokser voksede fusionerer fusionerede ligger lå rummer dækker omfatter
    beskæftiger tæller udgør huser bliver blev
    """.split()
)
# The verb stands among the first words, after a short subject ("I Saksild børnehus er der ...").
_SUBJECT_WORDS = 5
# Words that open a clause inside a phrase ("som", "så", "hvordan"): a verb after them is not the phrase's own.
_CLAUSE_WORDS = frozenset({"som", "så", "hvordan", "hvad"})
# Words that speak to the reader or say what is wanted: such a sentence asks for something.
_ASKING = frozenset(
    """
    du dig din dit dine jeg mig min mit mine søger søges skal forventer forventes ønsker ønskes brug kræver
    kræves bør gerne vigtigt afgørende forudsætning fokus potentiale erfaring kendskab indsigt forståelse
    """.split()
)
# Naming the post or a leader ("Institutlederen har den daglige ledelse", "Stillingen har fokus på") describes the
# job, whatever the verb.
_POST = re.compile(
    r"leder|ledelse|direktør|direktion|chef|rektor|dekan|formand|sekretær|forstander|overlæge|sygeplejerske|stilling|job|opgave|rolle"
)


def describes_workplace(found: Sequence[str]) -> bool:
    """Whether a sentence (its normalised words, ``text.words``) states what the organisation is or has, and asks
    nobody for anything."""
    if not found or _ASKING.intersection(found) or any(_POST.search(word) for word in found):
        return False
    for word in found[1 : _SUBJECT_WORDS + 1]:
        if word in _CLAUSE_WORDS:
            return False  # "de strategier, som bestyrelsen har udstukket": the verb is not the sentence's own
        if word in _STATE_VERBS:
            return True
    return False


# What is happening to the workplace is what its next leader will lead: a merger, a new structure, a building.
SITUATIONS = frozenset({"merger", "reorganisation", "construction"})


def describable(concepts: Iterable[Concept]) -> list[int]:
    """Indices of the concepts a sentence about the workplace still names: its policy areas ("Børnene har varige
    funktionsnedsættelser" is a disability post) and what it goes through (``SITUATIONS``)."""
    return [i for i, concept in enumerate(concepts) if concept.is_policy_area or concept.id in SITUATIONS]
