"""The vacancy text check finds sector-locking phrases, also in other words than the glossary's, and suggests
competence-based wording; it never invents findings in ordinary job-ad text."""

import pytest

from matcher.taxonomy_data import load_boilerplate
from matcher.textcheck import SectorPhrase, find_sector_phrases


def found(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.sector, f.phrase) for f in find_sector_phrases(text)]


@pytest.mark.parametrize("entry", load_boilerplate(), ids=lambda entry: entry.phrase)
def test_every_glossary_phrase_is_found_with_its_suggestion(entry):
    text = f"Vi forventer {entry.phrase}, og at du trives med ansvar."
    [finding] = find_sector_phrases(text)
    assert finding == SectorPhrase(
        entry.phrase, (13, 13 + len(entry.phrase)), entry.suggestion, entry.sector, entry.phrase
    )
    assert text[slice(*finding.span)] == finding.text


def test_case_and_whitespace_do_not_matter():
    text = "Du har ERFARING   FRA EN\npolitisk Styret  organisation."
    [finding] = find_sector_phrases(text)
    assert finding.phrase == "erfaring fra en politisk styret organisation"
    assert text[slice(*finding.span)] == finding.text and finding.text.startswith("ERFARING")


@pytest.mark.parametrize(
    "text, phrase, sector",
    [
        # inflected and without the article
        ("erfaring fra politisk styrede organisationer", "erfaring fra en politisk styret organisation", "any"),
        ("erfaring fra en politisk ledede organisation", "erfaring fra en politisk ledet organisation", "any"),
        # a sector adjective put in, or swapped for another sector's
        (
            "erfaring fra en politisk styret statslig organisation",
            "erfaring fra en politisk styret organisation",
            "stat",
        ),
        (
            "erfaring fra en politisk styret regional organisation",
            "erfaring fra en politisk styret organisation",
            "region",
        ),
        ("kendskab til kommunal budgetlægning", "kendskab til statslig budgetlægning", "kommune"),
        ("kendskab til statslige budgetlægning", "kendskab til statslig budgetlægning", "stat"),
        ("erfaring fra den kommunale sektor", "erfaring fra den offentlige sektor", "kommune"),
        # a sector noun swapped for another sector's
        ("gerne erfaring fra en region", "gerne erfaring fra en kommune", "region"),
        ("erfaring fra en tilsvarende stilling i staten", "erfaring fra en tilsvarende stilling i en kommune", "stat"),
        ("kendskab til regionernes opgaver", "kendskab til kommunernes opgaver", "region"),
    ],
)
def test_close_variants_are_caught_and_say_which_sector_they_lock_to(text, phrase, sector):
    assert found(f"Vi forventer {text}.") == [(text, sector, phrase)]


def test_the_exact_glossary_phrase_wins_over_a_variant_of_another():
    # "kommunal" fits the state phrase's adjective slot too, but the kommune phrase is written exactly.
    assert found("Kendskab til regional økonomi og kendskab til kommunal økonomi.") == [
        ("Kendskab til regional økonomi", "region", "kendskab til regional økonomi"),
        ("kendskab til kommunal økonomi", "kommune", "kendskab til kommunal økonomi"),
    ]
    [finding] = find_sector_phrases("erfaring fra en politisk styret kommunal organisation")
    assert finding.phrase == "erfaring fra en politisk styret kommunal organisation"
    assert "tæt på brugerne" in finding.suggestion


def test_a_variant_prefers_the_phrase_for_the_whole_public_sector():
    [finding] = find_sector_phrases("erfaring fra en politisk styret statslig organisation")
    assert finding.phrase == "erfaring fra en politisk styret organisation" and finding.sector == "stat"


def test_findings_are_in_reading_order_and_never_overlap():
    text = (
        "Kendskab til statslig budgetlægning. Du har erfaring fra en politisk styret kommunal organisation "
        "og gerne erfaring fra en kommune."
    )
    findings = find_sector_phrases(text)
    assert [f.phrase for f in findings] == [
        "kendskab til statslig budgetlægning",
        "erfaring fra en politisk styret kommunal organisation",
        "gerne erfaring fra en kommune",
    ]
    spans = [f.span for f in findings]
    assert spans == sorted(spans) and all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Du har erfaring med ledelse af ledere og budgetansvar.",
        "Du har erfaring med at rådgive politikere og omsætte politiske beslutninger til drift.",
        # Words must start and end where the phrase does.
        "Erfaringsudveksling fra en politisk styret organisationsform",
        "Vi er en kommune i vækst med 5.000 medarbejdere.",
        "Du har kendskab til budgetlægning.",
    ],
)
def test_ordinary_job_ad_text_is_not_flagged(text):
    assert find_sector_phrases(text) == []
