"""Which function a post or a leader belongs to, and which profession a post requires.

A recruiter reads "Økonomichef" as an economy post and "Cheflæge" as a post for a doctor before reading a
single competence. Generic leadership (personaleledelse, forandringsledelse, strategi) is shared by every
leader, so it must not decide who fits an economy post; the function does. Evidence comes from titles and
unit names (``title_cues`` in ``matcher/data/functions.json``) and from the concepts found in the text (each
concept points to the functions it belongs to; generic ones point nowhere). Titles are sector-neutral where
it matters: "økonomi" names the same function in a styrelse, a region and a kommune.

A profession is *required* only where the ad says so ("du er uddannet sygeplejerske", "sygeplejefaglig
baggrund", "speciallæge i …") or the title says so ("Cheflæge"); "gerne", "en fordel" and "fx" soften a
sentence into a wish, which is not a requirement.

>>> recogniser = FunctionRecogniser.default()
>>> [recogniser.functions[i].id for i in recogniser.title_evidence("Økonomichef").nonzero()[0]]
['finance']
>>> [recogniser.professions[i].id for i in recogniser.required_professions("Cheflæge", [])]
['doctor']
>>> recogniser.required_professions("Teamleder", ["Du er gerne uddannet sygeplejerske"])
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

import numpy as np

from .memo import Memo
from .taxonomy_data import Function, Profession, load_concepts, load_functions, load_professions
from .text import normalise, sentences

# What an inflected profession word may add: "sygeplejerske" → "sygeplejersker", "lægen", "lærerne".
_INFLECTION = r"(?:e|en|er|erne|ens|es|et|r|rne|n|ns|ne|s)?"
_LETTER = "0-9a-zæøåäöüé"
# Words that turn a statement about a profession into a wish or an example.
_SOFTENERS = (
    "gerne|fordel|fx|f\\.\\s?eks|eksempelvis|eller anden|eller tilsvarende|eller lignende|foretrækkes|ønskeligt|"
    "ikke et krav|ikke nødvendigvis|kan være|eller en anden"
)
_SOFTENER = re.compile(rf"(?<![{_LETTER}])(?:{_SOFTENERS})(?![{_LETTER}])")
# Words right before a profession that state it as what the person is or has been trained as.
_MARKER = (
    r"(?:uddannet|uddannelse som|baggrund som|autoriseret|autorisation som|eksamen som|du er|er du|skal være|"
    r"være|som er|jeg er|er uddannet)"
)
# Words right before an education-type word ("læreruddannelse", "cand.med.") that say the person has it.
_HAS = r"(?:har|med|have|en|din)"
_EDUCATION_WORD = re.compile(r"uddann|eksamen|anerkendelse|cand\.|baggrund")
# What separates alternative titles in one title ("Afdelingssygeplejerske/afsnitsleder" is one post with two
# names, so a slash does not).
_ALTERNATIVES = re.compile(r"\s+eller\s+")
TITLE_CACHE_SIZE = 50_000  # distinct titles and unit names remembered by one recogniser


def _cue_regex(cue: str) -> str:
    body = re.escape(cue).replace(r"\ ", r"\s+")
    if len(cue) <= 3:
        return rf"(?<![{_LETTER}]){body}(?![{_LETTER}])"
    if len(cue) == 4:
        return rf"(?<![{_LETTER}]){body}"
    return body


def _word_pattern(cues: Iterable[str], compound_head: bool) -> re.Pattern:
    """Cues as whole words with Danish inflections (and, if asked, any compound head before them)."""
    body = "|".join(re.escape(cue.lower()).replace(r"\ ", r"\s+") for cue in sorted(set(cues), key=len, reverse=True))
    head = rf"[{_LETTER}]*" if compound_head else ""
    return re.compile(rf"(?<![{_LETTER}]){head}(?:{body}){_INFLECTION}(?![{_LETTER}])")


class FunctionRecogniser:
    """Compiled cues for functions and professions; every method takes plain text or concept indices.

    Parameters
    ----------
    functions, professions : sequences of Function and Profession
    concept_ids : list of str
        The taxonomy's concept ids in index order, to map concepts found in a text to functions.
    """

    def __init__(self, functions: Sequence[Function], professions: Sequence[Profession], concept_ids: list[str]):
        self.functions = tuple(functions)
        self.professions = tuple(professions)
        self.function_ids = [f.id for f in self.functions]
        position = {cid: i for i, cid in enumerate(concept_ids)}
        self.concept_map = np.zeros((len(concept_ids), len(self.functions)), dtype=np.float32)
        for j, function in enumerate(self.functions):
            for concept, weight in function.concepts:
                if concept in position:  # a smaller lexicon may lack some concepts
                    self.concept_map[position[concept], j] = weight
        cues: dict[str, tuple[int, float]] = {}
        for j, function in enumerate(self.functions):
            for cue, weight in function.title_cues:
                cues[cue] = (j, weight)
        self._cues = cues
        # Longest first, so "arbejdsmiljø" (HR) wins over "miljø" (teknik og miljø) at the same place. Cues
        # of four letters must start a word ("unge" not inside "lunge"); shorter ones ("hr", "it") stand alone.
        self._cue_order = sorted(cues, key=len, reverse=True)
        self._cue_pattern = re.compile("|".join(f"({_cue_regex(cue)})" for cue in self._cue_order) or "(?!)")
        function_index = {f.id: j for j, f in enumerate(self.functions)}
        self.profession_function = [function_index.get(p.function or "") for p in self.professions]
        self._evidence = [_word_pattern(p.evidence, compound_head=True) for p in self.professions]
        self._title_requires = [
            _word_pattern(p.title_requires, compound_head=False) if p.title_requires else None for p in self.professions
        ]
        self._requirement = [self._requirement_pattern(p) for p in self.professions]
        self._professions_by_root = self._requirement_roots()
        self._titles = Memo(TITLE_CACHE_SIZE)

    @classmethod
    @cache
    def default(cls) -> FunctionRecogniser:
        """The project's own functions and professions (``matcher/data/functions.json``)."""
        return cls(load_functions(), load_professions(), [c.id for c in load_concepts()])

    @staticmethod
    def _requirement_pattern(profession: Profession) -> re.Pattern:
        words = sorted({w.lower() for w in profession.requirement}, key=len, reverse=True)
        body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        education = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words if _EDUCATION_WORD.search(w))
        noun = rf"[{_LETTER}]*(?:{body}){_INFLECTION}(?![{_LETTER}])"
        forms = [
            rf"(?<![{_LETTER}]){_MARKER}\s+(?:[{_LETTER}.\-]+\s+){{0,2}}{noun}",
            rf"(?<![{_LETTER}])(?:{body})(?:faglig|fagligt)?\s+(?:baggrund|uddannelse|grunduddannelse)",
        ]
        if education:
            forms.append(
                rf"(?<![{_LETTER}]){_HAS}\s+(?:[{_LETTER}]+\s+)?[{_LETTER}]*(?:{education}){_INFLECTION}(?![{_LETTER}])"
            )
        return re.compile("|".join(f"(?:{f})" for f in forms))

    # -- functions ----------------------------------------------------------------------------------------

    def title_evidence(self, text: str) -> np.ndarray:
        """Evidence (0–1) per function from a title or unit name: the strongest cue of each function.

        The answer is read-only and cached per text: titles and organisation names repeat across a population
        ("Afdelingsleder", "Skattestyrelsen"), and the cue pattern has hundreds of alternatives. The cache is
        bounded (emptied when full) and never saved.
        """
        return self._titles.get_or_compute(text, self._title_evidence)

    def _title_evidence(self, text: str) -> np.ndarray:
        found = np.zeros(len(self.functions), dtype=np.float32)
        for match in self._cue_pattern.finditer(normalise(text)):
            cue = self._cue_order[match.lastindex - 1]
            j, weight = self._cues[cue]
            found[j] = max(found[j], weight)
        found.flags.writeable = False
        return found

    def concept_evidence(self, concepts: dict[int, float]) -> np.ndarray:
        """Evidence per function from concepts found (index → strength), combined as a noisy or."""
        missing = np.ones(len(self.functions), dtype=np.float64)
        for index, strength in concepts.items():
            missing *= 1.0 - strength * self.concept_map[index]
        return (1.0 - missing).astype(np.float32)

    @staticmethod
    def combine(parts: Iterable[tuple[np.ndarray, float]]) -> np.ndarray:
        """Noisy-or of weighted evidence vectors."""
        missing = None
        for vector, weight in parts:
            term = 1.0 - weight * vector.astype(np.float64)
            missing = term if missing is None else missing * term
        if missing is None:
            return np.zeros(0, dtype=np.float32)
        return (1.0 - missing).astype(np.float32)

    def profession_evidence_functions(self, professions: Iterable[int]) -> np.ndarray:
        """Evidence per function from professions a leader has (a nurse works in health)."""
        found = np.zeros(len(self.functions), dtype=np.float32)
        for p in professions:
            j = self.profession_function[p]
            if j is not None:
                found[j] = 1.0
        return found

    @staticmethod
    def leader_affinity(evidence: np.ndarray) -> np.ndarray:
        """How much a leader belongs to each function: evidence, scaled down where it is far from their main one.

        A nurse team leader who lists "budgetansvar" shows some economy, but economy is not her function:
        her health evidence is 1.0 and her economy evidence 0.6, so her economy affinity is 0.6 × 0.6.
        Two functions a leader is equally strong in (a director for children and schools) both stay.
        """
        top = float(evidence.max()) if len(evidence) else 0.0
        if top <= 0:
            return np.zeros_like(evidence, dtype=np.float32)
        return (evidence * (evidence / top)).astype(np.float32)

    @staticmethod
    def vacancy_focus(evidence: np.ndarray, keep: float = 0.75) -> np.ndarray:
        """A vacancy's functions as shares that sum to one: the strongest, and those at least ``keep`` of it.

        Evidence from a competence list or a description is weaker than a title's, but it adds up: an
        "Afdelingschef til Center for Grundskole" whose ad asks for "lovforberedelse" has school evidence 1.0
        and legal evidence about 0.7. Keeping functions down to half the strongest made that a 58/42 post,
        and lawyers filled its top 10; the post is a school post that needs some law. At three quarters,
        ``make evaluate`` had less function mismatch and higher nDCG@10 on all three synthetic wordings
        (independent: 0.23 → 0.18, 0.339 → 0.351) and better cross-sector retrieval on the real ads.
        """
        top = float(evidence.max()) if len(evidence) else 0.0
        if top <= 0:
            return np.zeros_like(evidence, dtype=np.float32)
        kept = np.where(evidence >= keep * top, evidence, 0.0)
        return (kept / kept.sum()).astype(np.float32)

    # -- professions --------------------------------------------------------------------------------------

    def professions_in(self, texts: Iterable[str]) -> list[int]:
        """Professions a leader shows in titles or education (any word that names one)."""
        joined = normalise("\n".join(texts))
        return [p for p, pattern in enumerate(self._evidence) if pattern.search(joined)]

    def professions_stated(self, texts: Iterable[str]) -> list[int]:
        """Professions a free text states someone is trained as ("jeg er uddannet sygeplejerske")."""
        found = set()
        for text in texts:
            for segment in map(normalise, sentences(text)):
                found.update(self._requirements_in(segment))
        return sorted(found)

    def _requirement_roots(self) -> dict[str, tuple[int, ...]]:
        """Shortest requirement words ("læge" for "speciallæge" too) → the professions that use them.

        Every requirement sentence names its profession, so a sentence containing none of these words is
        skipped before the costly patterns run: most sentences name no profession at all.
        """
        firsts = [{w.lower().split()[0] for w in p.requirement} for p in self.professions]
        vocabulary = set().union(*firsts) if firsts else set()
        by_root: dict[str, set[int]] = {}
        for p, words in enumerate(firsts):
            for word in words:
                root = min((v for v in vocabulary if v in word), key=len)
                by_root.setdefault(root, set()).add(p)
        return {root: tuple(sorted(found)) for root, found in by_root.items()}

    def _requirements_in(self, segment: str) -> list[int]:
        """Professions whose requirement pattern matches a normalised sentence."""
        candidates = {p for root, found in self._professions_by_root.items() if root in segment for p in found}
        return [p for p in sorted(candidates) if self._requirement[p].search(segment)]

    def _title_requirements(self, title: str) -> set[int]:
        """Professions a title requires. A title that offers alternatives ("Chefsygeplejerske eller
        chefoptometrist") requires only what every alternative requires."""
        alternatives = [part for part in _ALTERNATIVES.split(normalise(title)) if part.strip()] or [""]
        per_part = [
            {p for p, pattern in enumerate(self._title_requires) if pattern is not None and pattern.search(part)}
            for part in alternatives
        ]
        return set.intersection(*per_part)

    def required_professions(self, title: str, texts: Iterable[str], lines: Iterable[str] = ()) -> list[int]:
        """Professions a vacancy requires: by its title, by a requirement sentence, or a requirement line.

        ``texts`` are free texts (the description); ``lines`` are the vacancy's required-competence lines,
        where a line that *is* a profession ("Uddannet læge", "Speciallæge i psykiatri") states it.
        """
        required = self._title_requirements(title)
        for text in [*texts, *lines]:
            for segment in map(normalise, sentences(text)):
                if _SOFTENER.search(segment):
                    continue
                required.update(self._requirements_in(segment))
        for line in lines:
            segment = normalise(line).strip()
            if _SOFTENER.search(segment):
                continue
            for p, pattern in enumerate(self._evidence):
                match = pattern.match(segment)
                if match and match.start() == 0:
                    required.add(p)
        return sorted(required)
