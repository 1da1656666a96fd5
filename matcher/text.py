"""Danish text analysis: normalisation, stop words, Snowball stemming and compound splitting.

Danish glues words together ("udvalgsbetjening", "budgetopfølgning", "patientforløb"), so two people who
mean the same thing often share no whole word ("opfølgning på budgettet"). The analyser therefore splits
compounds into known parts (learned from the corpus it is fitted on, plus any extra vocabulary such as the
taxonomy) and emits the parts beside the whole word. Every step is cached per distinct word, which keeps
analysing 100,000 profiles in seconds.

>>> analyzer = DanishAnalyzer(min_count=1).fit(["budget og opfølgning", "ledelse og forandring"])
>>> analyzer.analyse("Budgetopfølgning og forandringsledelse")
['budgetopfølg', 'budg', 'opfølg', 'forandringsled', 'forandr', 'led']
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from numbers import Integral

import numpy as np
import scipy.sparse as sp
import simplemma
import Stemmer
from sklearn.base import BaseEstimator, TransformerMixin, _fit_context
from sklearn.feature_extraction import FeatureHasher
from sklearn.utils._param_validation import Interval
from sklearn.utils.validation import check_is_fitted

from .describing import describes_workplace
from .memo import Memo

# Snowball's Danish stop list plus words every job ad and CV uses without saying anything.
STOP_WORDS = frozenset(
    """
    og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min havde
    ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind
    når være dog noget ville jo deres efter ned skulle denne end dette mit også under have dig anden hende
    mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver hendes været thi jer sådan
    samt jf bl a m fx f eks mv osv inden indenfor igennem gennem mellem både hver hvert flere få sammen
    dig dine dit vores jeres jer os nye ny nyt god gode godt stor store stort særligt særlig
    """.split()
)

# Distinct words whose stems and tokens one analyser or stemmer remembers before its memo starts afresh.
MAX_REMEMBERED_WORDS = 250_000
_WORD = re.compile(r"[0-9a-zæøåäöüéèáàç]+")
# Phrases are matched within one line or sentence, never across them. A sentence ends at ".", "!" or "?"
# before a space and a word that does not go on in lower case or with a number, and at ";", ":", a bullet or
# a new line. So "ca. 32 pædagoger", "490 mio. kr.", "bl.a. jura", "110.000 operationer" and "cand.jur." stay
# one sentence: split there, "leder for i alt ca. 32 pædagoger" lost its people management and "110.000 operationer" its
# number, which is what says the operations are surgeries counted, not operations managed.
SEGMENT_BREAK = re.compile(r"[.!?]+(?=\s*$|\s+(?![a-zæøå0-9]))|[.!?]*[\n;:•·]+[.!?]*")
_LINKING = ("s", "e")
# Word endings that are also words ("ligt", "lige"): "naturligt" is an adjective, not "natur" + "ligt".
_SUFFIX_TAILS = frozenset({"ligt", "lige", "ligste", "lighed", "heden", "hedens", "else", "elsen", "ning", "iske"})


def sentences(text: str) -> list[str]:
    """The lines and sentences of a text (see ``SEGMENT_BREAK``), in the text's own case."""
    return SEGMENT_BREAK.split(text)


# "som led i" (as part of) is no "ledelse", though both stem to "led".
_STOP_PHRASES = re.compile(r"\b(?:som\s+(?:et\s+)?led\s+i|et\s+led\s+i)\b")


class Tokens(list):
    """A segment's tokens, with the positions that are heads (last parts) of split compounds, and whether the
    segment describes the workplace rather than the work (``describing``: its words ask for no competence)."""

    def __init__(self, tokens=(), heads=(), describes=False):
        super().__init__(tokens)
        self.heads = frozenset(heads)
        self.describes = describes


def normalise(text: str) -> str:
    """Lower-case, Unicode-normalised text ("Å" and "å" compare equal; ligatures unfolded)."""
    return unicodedata.normalize("NFKC", text).lower()


# "MED-udvalg", "IT-projekter", "hoved-MED": a hyphen joining a stop word or a very short word makes one
# word ("medudvalg"), otherwise "med" (with) would vanish as a stop word and "MED-samarbejde" would read
# as plain "samarbejde".
_SHORT_HYPHEN = re.compile(r"\b([0-9a-zæøåäöüéèáàç]+)-([0-9a-zæøåäöüéèáàç]+)\b")


def _join_short(match: re.Match) -> str:
    left, right = match.group(1), match.group(2)
    if left in STOP_WORDS or right in STOP_WORDS or len(left) < 3 or len(right) < 3:
        return left + right
    return match.group(0)


def words(text: str) -> list[str]:
    """The words of a text, after normalisation (hyphens and slashes separate words, see above)."""
    return _WORD.findall(_SHORT_HYPHEN.sub(_join_short, _STOP_PHRASES.sub(" ", normalise(text))))


# A word cut short by a hyphen before "og"/"eller" shares the head of the compound after it: "skole- og
# dagtilbudsområdet" is "skoleområdet og dagtilbudsområdet", "bygge- og anlægsprojekter" "byggeprojekter og
# anlægsprojekter", "Børne- og Ungeforvaltningen" "børneforvaltningen og ungeforvaltningen". Read as written, the
# first word stood alone ("skole", "bygge") and lost what it was about.
_SUSPENDED = re.compile(r"([0-9a-zæøåäöüéèáàç]+)-(?=[\s,]+(?:og|eller|samt|[0-9a-zæøåäöüéèáàç]+-)[\s,])")
_AFTER_SUSPENDED = re.compile(r"(?:[\s,]+(?:og|eller|samt|[0-9a-zæøåäöüéèáàç]+-))+[\s,]+([0-9a-zæøåäöüéèáàç]+)")


# Adjectives (-lig, -ig, -isk) and -hed nouns keep their lemma: Snowball would make "ledig" (vacant) the
# "led" of "ledelse", "naturligt" the "natur" of nature and "tryghed" the "tryg" of "trygge rammer".
_KEEP_LEMMA = ("lig", "ig", "isk", "hed")
# Nouns made from verbs are reduced to the verb, so "betjener" and "betjening", "implementere" and
# "implementering", "håndtere" and "håndtering" meet (Snowball alone stems each pair apart). Longest first.
_NOMINAL = (("ering", "ere"), ("ening", "ene"), ("ling", "le"), ("ning", "e"), ("else", "e"), ("ing", "e"))
_MIN_ROOT = 3
# Nouns that only look like nominalisations: a "styrelse" (agency) is no "styring", a "forvaltning" (an
# administration) no act of administering, a "forening" (association) no "forene".
_NOT_NOMINAL = frozenset({"styrelse", "forvaltning", "forening", "regning", "mening", "ledning", "samling"})
# Where the lemmatiser's guess is wrong for job-ad Danish.
_LEMMA_FIXES = {"budgetter": "budget", "ledet": "lede", "ansvarlig": "ansvar", "ansvarlige": "ansvar"}
# Stems given outright: "leder" (a leader) must not become the "led" of "lede" and "ledelse", or "lede og
# udvikle" would read as "lederudvikling" and "ledelse af ledere" could not tell its two words apart.
_FIXED_STEMS = dict.fromkeys(("leder", "ledere", "lederen", "lederne", "lederes", "ledernes", "lederens"), "leder")


class DanishStemmer:
    """Danish word → stem: lemma first (simplemma), then verb nominalisations joined, then Snowball.

    The lemma unifies spellings and irregular forms ("sundhedsvæsnet"/"sundhedsvæsenet", "museet"/"museum",
    "børnene"/"barn"); joining nominalisations with their verbs lets "betjener" find "betjening"; keeping
    adjectives and -hed nouns as lemmas stops Snowball from merging homographs. Cached per word; picklable
    (the C stemmer is rebuilt on load).

    >>> stemmer = DanishStemmer()
    >>> stemmer.stem("betjener") == stemmer.stem("betjening"), stemmer.stem("ledig") == stemmer.stem("ledelse")
    (True, False)
    """

    def __init__(self) -> None:
        self._stemmer = Stemmer.Stemmer("danish")
        self._stems = Memo(MAX_REMEMBERED_WORDS)

    def __getstate__(self) -> dict:
        return {}  # nothing but the C stemmer (rebuilt on load) and a memo

    def __setstate__(self, state: dict) -> None:
        self.__init__()

    def stem(self, word: str) -> str:
        """The stem of one word."""
        found = self._stems.get(word)  # the hot path stays one dict lookup
        return found if found is not None else self._stems.get_or_compute(word, self._stem)

    def _stem(self, word: str) -> str:
        if word in _FIXED_STEMS:
            return _FIXED_STEMS[word]
        lemma = _LEMMA_FIXES.get(word) or simplemma.lemmatize(word, lang="da").lower()
        if lemma.endswith(_KEEP_LEMMA) and not word.isdigit():
            return lemma
        if lemma in _NOT_NOMINAL:
            return lemma
        for ending, verb in _NOMINAL:
            if lemma.endswith(ending) and len(lemma) - len(ending) >= _MIN_ROOT:
                return self._stemmer.stemWord(lemma[: -len(ending)] + verb)
        return self._stemmer.stemWord(lemma)


class DanishAnalyzer(TransformerMixin, BaseEstimator):
    """Turn Danish texts into stemmed tokens, with compounds split into their known parts.

    Parameters
    ----------
    split_compounds : bool
        Emit the parts of compounds (after the whole word).
    min_part : int
        Shortest part a compound may be split into.
    min_count : int
        How often a word must occur on its own in the fitted corpus to be a known part.
    extra_vocabulary : iterable of str or None
        Texts whose words are always known parts (e.g. the competence taxonomy).
    neutral_terms : dict of str to str or None
        Words or phrases that only say which sector a text comes from, each mapped to a shared token
        (see ``matcher.lexicon``); inflected forms match too (by stem). A compound containing one
        ("ministerbetjening") is emitted as its neutralised parts only, so the sector-specific whole word
        never reaches the vectors.
    exact_terms : dict of str to str or None
        Like ``neutral_terms`` but matched only as the exact words (names of places and organisations:
        the kommune "Vejen" must not swallow "vej" and "veje").
    n_features : int
        Columns of the token-count matrix ``transform`` returns (tokens are hashed into them, as
        ``HashingVectorizer`` does, so the analyser needs no vocabulary of its own).

    Like ``TfidfVectorizer``, it takes raw texts (its tags say so), so scikit-learn's numeric estimator
    checks do not apply; ``make_pipeline(DanishAnalyzer(), TfidfTransformer())`` is a Danish TF-IDF.

    >>> analyzer = DanishAnalyzer(min_count=1).fit(["budget og opfølgning"])
    >>> counts = analyzer.transform(["budgetopfølgning", "budget og budget"])
    >>> counts.shape, counts.sum(axis=1).ravel().tolist()
    ((2, 1048576), [[3.0, 2.0]])
    """

    _parameter_constraints: dict = {
        "split_compounds": ["boolean"],
        "min_part": [Interval(Integral, 1, None, closed="left")],
        "min_count": [Interval(Integral, 1, None, closed="left")],
        "extra_vocabulary": ["array-like", None],
        "neutral_terms": [dict, None],
        "exact_terms": [dict, None],
        "n_features": [Interval(Integral, 1, np.iinfo(np.int32).max, closed="both")],
    }

    def __init__(
        self,
        split_compounds=True,
        min_part=3,
        min_count=2,
        extra_vocabulary=None,
        neutral_terms=None,
        exact_terms=None,
        n_features=2**20,
    ):
        self.split_compounds = split_compounds
        self.min_part = min_part
        self.min_count = min_count
        self.extra_vocabulary = extra_vocabulary
        self.neutral_terms = neutral_terms
        self.exact_terms = exact_terms
        self.n_features = n_features

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags

    @_fit_context(prefer_skip_nested_validation=True)
    def fit(self, X: Iterable[str], y=None):
        """Learn which words are common enough on their own to count as compound parts.

        A word counts once per text (``min_count`` is a number of texts), so nothing one person wrote, however
        often, becomes part of the fitted state: deleting their profile leaves no word only they used.
        """
        if isinstance(X, str):
            raise ValueError("DanishAnalyzer.fit takes a sequence of texts, not one string")
        counts: Counter[str] = Counter()
        for text in X:
            counts.update(set(words(text)))
        known = {word for word, count in counts.items() if count >= self.min_count and len(word) >= self.min_part}
        for text in self.extra_vocabulary or ():
            known.update(word for word in words(text) if len(word) >= self.min_part)
        self.stemmer_ = DanishStemmer()
        self._fit_neutral_terms(known)
        known -= STOP_WORDS
        self.known_words_ = frozenset(known)
        self.known_stems_ = frozenset(self.stemmer_.stem(word) for word in known)
        # A bounded memo of each word's tokens, not fitted state: it pickles empty and never outgrows its limit.
        self._words = Memo(MAX_REMEMBERED_WORDS)
        return self

    def _fit_neutral_terms(self, known: set[str]) -> None:
        """Index single-word terms by word and stem, and multi-word terms by their first word."""
        self.neutral_words_: dict[str, str] = {}
        self.neutral_stems_: dict[str, str] = {}
        phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        terms = [(term, token, False) for term, token in (self.exact_terms or {}).items()]
        terms += [(term, token, True) for term, token in (self.neutral_terms or {}).items()]
        for term, token, by_stem in terms:
            term_words = tuple(words(term))
            if len(term_words) == 1:
                self.neutral_words_[term_words[0]] = token
                if by_stem:
                    self.neutral_stems_[self.stemmer_.stem(term_words[0])] = token
                known.add(term_words[0])
            elif term_words:
                phrases.setdefault(term_words[0], []).append((term_words, token))
        # Longest phrase first, so "danske regioner" wins over a shorter phrase with the same first word.
        self.neutral_phrases_ = {
            first: sorted(found, key=lambda item: -len(item[0])) for first, found in phrases.items()
        }

    def transform(self, X: Iterable[str]) -> sp.csr_matrix:
        """Token counts per text (rows) in ``n_features`` hashed columns; ``analyse`` gives the tokens."""
        check_is_fitted(self, "known_words_")
        if isinstance(X, str):
            raise ValueError("DanishAnalyzer.transform takes a sequence of texts, not one string")
        hasher = FeatureHasher(self.n_features, input_type="string", alternate_sign=False)
        return hasher.transform(self.analyse(text) for text in X).tocsr()

    def ambiguous_stems(self) -> frozenset[str]:
        """Stems that different words collapse into ("ledige", "ledelse" → "led"; "personale", "personaleret").

        Known words and the parts compounds split into are grouped by stem. A group is ambiguous when its stem
        is very short and several words share it, or when one word is another plus a whole word ("personale" +
        "ret"). Longer stems shared by inflections and derivations ("forebyggelse", "forebyggende") are not.
        """
        check_is_fitted(self, "known_words_")
        groups: dict[str, set[str]] = {}
        for word in self.known_words_:
            for surface in {word, *self._split(word)}:
                groups.setdefault(self.stemmer_.stem(surface), set()).add(surface)
        ambiguous = set()
        for stem, surfaces in groups.items():
            if len(surfaces) > 1 and len(stem) <= 4:
                ambiguous.add(stem)
                continue
            base = min(surfaces, key=len)
            for surface in surfaces - {base}:
                ending = surface[len(base) :]
                if surface.startswith(base) and len(ending) >= 3 and self._known(ending):
                    ambiguous.add(stem)
                    break
        return frozenset(ambiguous)

    def analyse(self, text: str) -> list[str]:
        """Stemmed tokens of one text: each word's stem, then the stems of its compound parts."""
        return self._tokens(words(self._complete(text)), leaves=False)

    def _complete(self, text: str) -> str:
        """``text`` with every suspended compound completed (see ``_SUSPENDED``); lower-cased when it holds a hyphen."""
        if "-" not in text:
            return text
        lowered = normalise(text)

        def complete(match: re.Match) -> str:
            after = _AFTER_SUSPENDED.match(lowered, match.end())
            parts = self._split(after.group(1)) if after else []
            return match.group(1) + parts[-1] if len(parts) > 1 else match.group(0)

        return _SUSPENDED.sub(complete, lowered)

    def analyse_segments(self, text: str, describing: bool = False) -> list[Tokens]:
        """Tokens per line or sentence, for phrase matching that must not run across them.

        Each segment knows which of its tokens are the heads (last parts) of split compounds, so a one-word
        phrase can refuse them: "miljø" alone is no environment competence inside "arbejdsmiljø". With
        ``describing`` (a text that may describe the workplace: a vacancy's description, not a competence list or a
        profile, where "Er uddannet cand.polit. og har arbejdet med økonomistyring" is the leader's own), each
        knows whether it describes the workplace (``describing.describes_workplace``).
        """
        out = []
        for segment in sentences(text):
            segment = _STOP_PHRASES.sub(" ", normalise(self._complete(segment)))
            heads: list[int] = []
            if "-" in segment:
                segment = _SHORT_HYPHEN.sub(_join_short, segment)
            segment_words = _WORD.findall(segment)
            tokens = self._tokens(segment_words, leaves=False, heads=heads)
            if tokens:
                out.append(Tokens(tokens, heads, describing and describes_workplace(segment_words)))
        return out

    def analyse_leaves(self, text: str) -> list[str]:
        """Like ``analyse`` but a split compound yields only its parts, for phrase patterns."""
        return self._tokens(words(self._complete(text)), leaves=True)

    def _tokens(self, text_words: list[str], leaves: bool, heads: list[int] | None = None) -> list[str]:
        memo, phrases = self._words, self.neutral_phrases_
        out: list[str] = []
        i, n = 0, len(text_words)
        while i < n:
            word = text_words[i]
            for sequence, token in phrases.get(word, ()):
                if tuple(text_words[i : i + len(sequence)]) == sequence:
                    out.append(token)
                    i += len(sequence)
                    break
            else:
                tokens = memo.get(word)  # the hot path stays one dict lookup
                if tokens is None:
                    tokens = memo.get_or_compute(word, self._word_tokens)
                if leaves and len(tokens) > 1 and self._is_split_with_whole(word, tokens):
                    tokens = tokens[1:]
                out.extend(tokens)
                if heads is not None and len(tokens) > 1:
                    heads.append(len(out) - 1)
                i += 1
        return out

    def _is_split_with_whole(self, word: str, tokens: tuple[str, ...]) -> bool:
        return tokens[0] == self.stemmer_.stem(word) and self._neutral(word) is None

    def _neutral(self, word: str) -> str | None:
        return self.neutral_words_.get(word) or self.neutral_stems_.get(self.stemmer_.stem(word))

    def _word_tokens(self, word: str) -> tuple[str, ...]:
        if word in STOP_WORDS:
            return ()
        neutral = self._neutral(word)
        if neutral is not None:
            return (neutral,)
        stem = self.stemmer_.stem(word)
        parts = self._split(word) if self.split_compounds else [word]
        if len(parts) == 1:
            return (stem,)
        mapped = [self._neutral(part) for part in parts]
        tokens = tuple(token or self.stemmer_.stem(part) for token, part in zip(mapped, parts, strict=True))
        return tokens if any(mapped) else (stem, *tokens)

    def _known(self, word: str) -> bool:
        return word in self.known_words_ or self.stemmer_.stem(word) in self.known_stems_

    def _split(self, word: str, depth: int = 0) -> list[str]:
        """Split at the longest known tail whose head (less a linking s/e) is known or splits again."""
        n, m = len(word), self.min_part
        if n < 2 * m + 1 or depth > 2:
            return [word]
        for cut in range(m, n - m + 1):
            head, tail = word[:cut], word[cut:]
            if len(tail) < m + 1 or tail in _SUFFIX_TAILS or not self._known(tail):
                continue
            for candidate in (head, *(head[:-1] for link in _LINKING if head.endswith(link))):
                if len(candidate) < m:
                    continue
                if self._known(candidate):
                    return [candidate, tail]
                inner = self._split(candidate, depth + 1)
                if len(inner) > 1:
                    return [*inner, tail]
        return [word]


def load_lemmas() -> None:
    """Load the Danish lemma dictionary now, not with the first word analysed (it is the largest thing a
    process holds: a server loads it once before forking its workers, which then share it)."""
    simplemma.lemmatize("ledelse", lang="da")


def identity(tokens):
    """Pass pre-analysed tokens through a scikit-learn vectoriser unchanged (module-level so it pickles)."""
    return tokens
