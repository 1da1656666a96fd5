"""Ranking metrics for the benchmark: nDCG@k, recall@k and cross-sector exposure, plus a summary.

All functions take the ranker's output as a list of candidate ids, best first (ids are assumed unique),
and the hidden grades as ``{candidate id: grade}`` with grade 0 or absent meaning "not relevant".
Undefined values (no relevant candidates, empty ranking, no other-sector fits) are ``nan``, and
:func:`summarise` skips them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

# keys of the exposure components in a per-vacancy dict, for pooling in summarise()
EXPOSURE_PARTS = ("exposure_top_other", "exposure_top_n", "exposure_fit_other", "exposure_fit_n")


def ndcg_at_k(ranked_ids: Sequence[str], grades: Mapping[str, int], k: int = 10) -> float:
    """Normalised discounted cumulative gain of the first ``k`` ranked ids.

    Gain is ``2**grade - 1`` and the discount ``log2(rank + 1)`` (rank from 1). The ideal ranking is
    built from *all* grades, not only the ranked ids, so missing a relevant candidate costs.

    Parameters
    ----------
    ranked_ids : sequence of str
        Candidate ids, best first.
    grades : mapping of str to int
        Hidden grade per candidate; absent ids count as grade 0.
    k : int
        Cut-off.

    Returns
    -------
    float
        nDCG in [0, 1]; ``nan`` when no candidate has a positive grade.

    Examples
    --------
    >>> ndcg_at_k(["a", "b", "c"], {"a": 3, "b": 1})
    1.0
    >>> round(ndcg_at_k(["c", "b", "a"], {"a": 3, "b": 1}), 3)
    0.541
    """
    ideal = _dcg(sorted((g for g in grades.values() if g > 0), reverse=True)[:k])
    if ideal == 0:
        return math.nan
    return _dcg([grades.get(i, 0) for i in ranked_ids[:k]]) / ideal


def _dcg(gains: Iterable[int]) -> float:
    return sum((2**g - 1) / math.log2(rank + 2) for rank, g in enumerate(gains))


def recall_at_k(ranked_ids: Sequence[str], grades: Mapping[str, int], k: int = 50, min_grade: int = 1) -> float:
    """Share of the candidates with grade >= ``min_grade`` that appear among the first ``k`` ranked ids.

    Parameters
    ----------
    ranked_ids : sequence of str
        Candidate ids, best first.
    grades : mapping of str to int
        Hidden grade per candidate.
    k : int
        Cut-off.
    min_grade : int
        Lowest grade that counts as relevant.

    Returns
    -------
    float
        Recall in [0, 1]; ``nan`` when no candidate reaches ``min_grade``.

    Examples
    --------
    >>> recall_at_k(["a", "x", "b"], {"a": 1, "b": 2, "c": 3}, k=2)
    0.3333333333333333
    >>> recall_at_k(["a", "x", "b"], {"a": 1, "b": 2, "c": 3}, k=2, min_grade=3)
    0.0
    """
    relevant = {i for i, g in grades.items() if g >= min_grade}
    if not relevant:
        return math.nan
    return len(relevant.intersection(ranked_ids[:k])) / len(relevant)


def exposure_components(
    ranked_ids: Sequence[str],
    candidate_sector: Mapping[str, str],
    vacancy_sector: str,
    grades: Mapping[str, int],
    k: int = 10,
    min_grade: int = 2,
) -> tuple[int, int, int, int]:
    """Counts behind cross-sector exposure: (other-sector in top k, size of top k, other-sector fits, fits).

    A "fit" is a candidate with grade >= ``min_grade``; "other-sector" means a sector other than the
    vacancy's (private candidates are always other-sector).

    Examples
    --------
    >>> sectors = {"a": "stat", "b": "kommune", "c": "kommune", "d": "privat"}
    >>> exposure_components(["a", "b"], sectors, "kommune", {"a": 2, "c": 3, "d": 2}, k=2)
    (1, 2, 2, 3)
    """
    top = ranked_ids[:k]
    fits = [i for i, g in grades.items() if g >= min_grade]
    top_other = sum(candidate_sector[i] != vacancy_sector for i in top)
    fit_other = sum(candidate_sector[i] != vacancy_sector for i in fits)
    return top_other, len(top), fit_other, len(fits)


def cross_sector_exposure(
    ranked_ids: Sequence[str],
    candidate_sector: Mapping[str, str],
    vacancy_sector: str,
    grades: Mapping[str, int],
    k: int = 10,
    min_grade: int = 2,
) -> float:
    """(Share of other-sector candidates in the top ``k``) / (their share among candidates with a good fit).

    1.0 means other-sector candidates are shown in proportion to how often they truly fit well; below 1
    they are under-exposed (the usual same-sector bias), above 1 over-exposed.

    Parameters
    ----------
    ranked_ids : sequence of str
        Candidate ids, best first.
    candidate_sector : mapping of str to str
        Current sector of every candidate that may appear in ``ranked_ids`` or ``grades``.
    vacancy_sector : str
        The vacancy's sector.
    grades : mapping of str to int
        Hidden grade per candidate.
    k : int
        Cut-off.
    min_grade : int
        Lowest grade that counts as a good fit.

    Returns
    -------
    float
        The ratio; ``nan`` when the ranking is empty, nobody reaches ``min_grade`` or no good fit comes
        from another sector.

    Examples
    --------
    >>> sectors = {"a": "stat", "b": "kommune", "c": "kommune", "d": "privat"}
    >>> cross_sector_exposure(["a", "b"], sectors, "kommune", {"a": 2, "b": 3}, k=2)
    1.0
    >>> cross_sector_exposure(["b", "c"], sectors, "kommune", {"a": 2, "b": 3}, k=2)
    0.0
    """
    top_other, top_n, fit_other, fit_n = exposure_components(
        ranked_ids, candidate_sector, vacancy_sector, grades, k, min_grade
    )
    return _ratio(top_other, top_n, fit_other, fit_n)


def _ratio(top_other: float, top_n: float, fit_other: float, fit_n: float) -> float:
    if top_n == 0 or fit_n == 0 or fit_other == 0:
        return math.nan
    return (top_other / top_n) / (fit_other / fit_n)


def vacancy_metrics(
    ranked_ids: Sequence[str],
    grades: Mapping[str, int],
    candidate_sector: Mapping[str, str],
    vacancy_sector: str,
) -> dict[str, float]:
    """The standard per-vacancy row for :func:`summarise`: ndcg@10, recall@50, exposure@10 and its parts.

    Examples
    --------
    >>> row = vacancy_metrics(["a", "b"], {"a": 2, "b": 1}, {"a": "stat", "b": "kommune"}, "kommune")
    >>> row["ndcg@10"], row["recall@50"], row["exposure@10"]
    (1.0, 1.0, 0.5)
    """
    parts = exposure_components(ranked_ids, candidate_sector, vacancy_sector, grades)
    return {
        "ndcg@10": ndcg_at_k(ranked_ids, grades, 10),
        "recall@50": recall_at_k(ranked_ids, grades, 50),
        "exposure@10": _ratio(*parts),
        **dict(zip(EXPOSURE_PARTS, map(float, parts), strict=True)),
    }


def summarise(per_vacancy: Sequence[Mapping[str, float]]) -> dict[str, float]:
    """Average per-vacancy metrics, skipping nan, and pool cross-sector exposure.

    Every numeric key is averaged over the vacancies where it is defined (``nan`` entries are skipped;
    a key that is nowhere defined gives ``nan``). ``n`` is the number of rows. The exposure is reported
    two ways when the rows carry the :data:`EXPOSURE_PARTS` counts (as :func:`vacancy_metrics` rows do):

    - ``exposure@10`` (and any other ratio key): the *mean of per-vacancy ratios*; noisy, because a
      vacancy with one other-sector fit can swing its ratio between 0 and 10;
    - ``exposure_pooled``: the *ratio of pooled shares*, (sum of other-sector in the top k / sum of top-k
      sizes) / (sum of other-sector fits / sum of fits) over all vacancies; more stable, and the one
      to report against the 0.8 target.

    The summed counts themselves are not averaged.

    Examples
    --------
    >>> rows = [
    ...     {"ndcg@10": 1.0, "exposure@10": 0.8, "exposure_top_other": 2, "exposure_top_n": 10,
    ...      "exposure_fit_other": 1, "exposure_fit_n": 4},
    ...     {"ndcg@10": float("nan"), "exposure@10": 0.8, "exposure_top_other": 4, "exposure_top_n": 10,
    ...      "exposure_fit_other": 3, "exposure_fit_n": 6},
    ... ]
    >>> summary = summarise(rows)
    >>> summary["n"], summary["ndcg@10"], summary["exposure@10"], round(summary["exposure_pooled"], 3)
    (2, 1.0, 0.8, 0.75)
    """
    summary: dict[str, float] = {"n": len(per_vacancy)}
    keys = dict.fromkeys(key for row in per_vacancy for key in row)
    for key in keys:
        if key in EXPOSURE_PARTS:
            continue
        values = [float(row[key]) for row in per_vacancy if key in row and not math.isnan(float(row[key]))]
        summary[key] = sum(values) / len(values) if values else math.nan
    if all(part in keys for part in EXPOSURE_PARTS):
        totals = [sum(float(row.get(part, 0.0)) for row in per_vacancy) for part in EXPOSURE_PARTS]
        summary["exposure_pooled"] = _ratio(*totals)
    return summary
