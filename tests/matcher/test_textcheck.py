"""The vacancy text check finds sector-locking phrases by their grammar, whatever their wording, names the sector
each locks to, and suggests wording that keeps the competence; neutral lookalikes are never flagged."""

import pytest

from matcher.taxonomy_data import BOILERPLATE_SECTORS, load_boilerplate
from matcher.textcheck import SectorPhrase, find_sector_phrases
from matcher.textcheck_patterns import vocabulary

# "politisk betjening" is the neutral wording the check itself suggests for "ministerbetjening" and the like.
NEUTRAL_GLOSSARY_PHRASE = "erfaring med politisk betjening"
# MED agreements cover the whole public sector, so the phrase locks out only the private sector.
SECTOR_WRITTEN = {"erfaring med med-systemet": "any"}


def found(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.sector) for f in find_sector_phrases(text)]


@pytest.mark.parametrize(
    "entry", [e for e in load_boilerplate() if e.phrase != NEUTRAL_GLOSSARY_PHRASE], ids=lambda entry: entry.phrase
)
def test_every_glossary_phrase_is_found_with_its_suggestion(entry):
    text = f"Vi forventer {entry.phrase}, og at du trives med ansvar."
    [finding] = find_sector_phrases(text)
    sector = SECTOR_WRITTEN.get(entry.phrase, entry.sector)
    assert finding == SectorPhrase(entry.phrase, (13, 13 + len(entry.phrase)), entry.suggestion, sector, entry.phrase)
    assert text[slice(*finding.span)] == finding.text


def test_political_servicing_is_the_neutral_wording_not_a_lock():
    assert find_sector_phrases(f"Du har {NEUTRAL_GLOSSARY_PHRASE}.") == []


def test_case_spacing_and_line_wraps_do_not_matter_but_list_items_are_separate():
    text = "Du har ERFARING   FRA EN\npolitisk Styret  organisation."
    [finding] = find_sector_phrases(text)
    assert finding.text == "ERFARING   FRA EN\npolitisk Styret  organisation" and finding.sector == "any"
    assert found("- har relevant ledelseserfaring\n- har samarbejdet med kommunerne") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Erfaring fra en større, politisk styret og kompleks organisation er en forudsætning.",
            ("Erfaring fra en større, politisk styret og kompleks organisation", "any"),
        ),
        (
            "Du har indgående kendskab til beskæftigelsesindsatsen fra en stilling i et jobcenter.",
            ("kendskab til beskæftigelsesindsatsen fra en stilling i et jobcenter", "kommune"),
        ),
        ("Du har flere års erfaring som leder i kommunalt regi.", ("erfaring som leder i kommunalt regi", "kommune")),
        (
            "Du har forståelse for de særlige spilleregler, der er i politisk styrede organisationer.",
            ("forståelse for de særlige spilleregler, der er i politisk styrede organisationer", "any"),
        ),
        (
            "Du er vant til at arbejde i et politisk ledet system.",
            ("vant til at arbejde i et politisk ledet system", "any"),
        ),
    ],
)
def test_words_in_between_trigger_and_sector_word(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Du har gerne erfaring fra politisk styrede organisationer.",
            ("erfaring fra politisk styrede organisationer", "any"),
        ),
        ("Erfaring fra kommunale forvaltninger vægtes højt.", ("Erfaring fra kommunale forvaltninger", "kommune")),
        (
            "Du har erfaring fra statslige styrelser eller direktorater.",
            ("erfaring fra statslige styrelser eller direktorater", "stat"),
        ),
        ("Du kender regionernes styringsmodel.", ("kender regionernes styringsmodel", "region")),
        ("Du har erfaring fra sundhedsvæsnet.", ("erfaring fra sundhedsvæsnet", "region")),
    ],
)
def test_inflected_forms(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "En politisk styret organisation har du erfaring fra.",
            ("politisk styret organisation har du erfaring", "any"),
        ),
        (
            "Kommunale forvaltninger kender du fra tidligere ansættelser.",
            ("Kommunale forvaltninger kender du", "kommune"),
        ),
        ("Du har personaleledelse fra kommunal sektor bag dig.", ("kommunal sektor bag dig", "kommune")),
        ("Erfaring har du fra staten.", ("Erfaring har du fra staten", "stat")),
        ("Statslig erfaring er et krav.", ("Statslig erfaring", "stat")),
    ],
)
def test_other_word_orders(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Du har kommunalerfaring.", ("kommunalerfaring", "kommune")),
        ("Du har statserfaring.", ("statserfaring", "stat")),
        ("Hospitalserfaring er et must.", ("Hospitalserfaring", "region")),
        ("Du har brancheerfaring fra medicoindustrien.", ("brancheerfaring fra medicoindustrien", "privat")),
        ("Privat ledelseserfaring er et must.", ("Privat ledelseserfaring", "privat")),
    ],
)
def test_compounds(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text, expected, neutral",
    [
        (
            "Du har erfaring med betjening af regionsrådet.",
            ("erfaring med betjening af regionsrådet", "region"),
            "politikere",
        ),
        (
            "Du har erfaring med at udarbejde svar på folketingsspørgsmål.",
            ("erfaring med at udarbejde svar på folketingsspørgsmål", "stat"),
            "politisk betjening",
        ),
        (
            "Udvalgsbetjening er du fortrolig med.",
            ("Udvalgsbetjening er du fortrolig med", "kommune"),
            "politisk betjening",
        ),
        ("Du har erfaring med myndighedsarbejde.", ("erfaring med myndighedsarbejde", "any"), "myndighedsopgaver"),
    ],
)
def test_a_sectors_own_word_as_a_required_competence_gets_the_neutral_wording(text, expected, neutral):
    [finding] = find_sector_phrases(text)
    assert (finding.text, finding.sector) == expected
    assert neutral in finding.suggestion and find_sector_phrases(f"Du har {finding.suggestion}.") == []


@pytest.mark.parametrize(
    "text, sector",
    [
        ("Du har erfaring fra den offentlige sektor.", "any"),
        ("Du har erfaring med at arbejde i MED-systemet.", "any"),
        ("Du har erfaring som embedsmand.", "any"),
        # two public sectors named: the lock is to the public sector as a whole
        ("Du har erfaring fra en kommune eller en region.", "any"),
        # the specific sector wins over the general one
        ("Du har erfaring fra det offentlige, gerne fra en kommune.", "kommune"),
        ("Du har erfaring fra en politisk styret statslig organisation.", "stat"),
        ("Du kender den kommunale verden indefra.", "kommune"),
        ("Du har erfaring fra Slotsholmen.", "stat"),
        ("Du har erfaring fra sundhedsvæsenet.", "region"),
        ("Du har erfaring fra det private erhvervsliv.", "privat"),
    ],
)
def test_each_finding_names_the_sector_it_locks_to(text, sector):
    assert [f.sector for f in find_sector_phrases(text)] == [sector]


@pytest.mark.parametrize(
    "text",
    [
        "Statslig erfaring er ikke et krav.",
        "Du behøver ikke have kommunal erfaring, men skal være nysgerrig på vores opgaver.",
        "Erfaring fra en kommune er en fordel, men ikke et krav.",
        "Det er ikke afgørende, om du kommer fra en kommune.",
    ],
)
def test_negated_requirements_are_not_flagged(text):
    assert find_sector_phrases(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Du kommer til at arbejde i en politisk styret organisation med korte beslutningsveje.",
        "Du får ansvar for ministerbetjening i tæt samarbejde med departementet.",
        "Vi er en kommunal arbejdsplads med cirka 600 ansatte.",
        "Du skal samarbejde tæt med kommunerne i regionen.",
        "Du får et godt kendskab til statens styringsværktøjer gennem et grundigt introforløb.",
        "Kendskab til statens økonomiske regler kan du opbygge hos os.",
        "Som ansat hos os får du erfaring med udvalgsbetjening.",
        "Du bliver ansat i Region Syddanmark.",
    ],
)
def test_descriptions_of_the_job_or_workplace_are_not_requirements(text):
    assert find_sector_phrases(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Du har ledelseserfaring fra en regional produktionsvirksomhed.",
        "Du har erfaring som regional salgschef.",
        "Du har erfaring med regional forretningsudvikling.",
    ],
)
def test_geographic_regional_is_no_region(text):
    assert find_sector_phrases(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Du har erfaring med at rådgive politikere og omsætte politiske beslutninger til drift.",
        "Du har erfaring med budgetopfølgning og økonomistyring.",
        "Du har erfaring fra en større organisation.",
        "Du har erfaring med at rådgive kommuner og regioner.",
        "Du har erfaring med salg til det offentlige.",
        "Du har kendskab til offentlige udbudsregler.",
        "Du har erfaring med offentlig-privat samarbejde.",
        "Du har indsigt i, hvordan sundhedsvæsenet er organiseret.",
        "Du har gerne erfaring med at betjene en bestyrelse.",
        "Erfaringsudveksling fra en politisk styret organisationsform",
    ],
)
def test_competences_any_sector_can_have_are_not_flagged(text):
    assert find_sector_phrases(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Du har erfaring fra en stor organisation, offentlig eller privat.",
        "Din baggrund kan være fra stat, region, kommune eller det private.",
        "Du har erfaring med ledelse af sundhedspersonale i eller uden for hospitalsregi.",
        "Du har erfaring med politisk-strategisk rådgivning, fx fra en interesseorganisation, et konsulenthus "
        "eller en myndighed.",
    ],
)
def test_a_requirement_open_to_every_sector_is_not_flagged(text):
    assert find_sector_phrases(text) == []


@pytest.mark.parametrize(
    "text, suggestion",
    [
        # a topic keeps the competence the phrase asks for
        ("Du kender de kommunale budgetprocesser.", "erfaring med økonomistyring og budgetopfølgning"),
        ("Du har erfaring fra en politisk styret organisation.", "rådgive et politisk niveau"),
        ("Du kender regionernes styringsmodel.", "mål- og rammestyring"),
        # else the phrase without its sector word
        ("Du har solid erfaring fra kommunal ældrepleje som leder.", "erfaring fra ældrepleje"),
        # else the sector's own general wording
        ("Du har erfaring fra en region.", "specialiseret drift"),
    ],
)
def test_suggestions_keep_the_competence_and_drop_the_sector(text, suggestion):
    [finding] = find_sector_phrases(text)
    assert suggestion in finding.suggestion


def test_no_suggestion_is_itself_flagged():
    words = vocabulary()
    suggestions = [topic for _, topic in words.topics] + list(words.sector_suggestions.values())
    suggestions += [entry.suggestion for entry in load_boilerplate()]
    assert [s for s in suggestions if find_sector_phrases(f"Du har {s}.")] == []


def test_every_sector_named_in_the_word_lists_is_a_known_sector():
    words = vocabulary()
    named = {group.sector for group in (*words.adjectives, *words.nouns)} | set(words.compound_sectors.values())
    assert named <= set(BOILERPLATE_SECTORS) and set(words.sector_suggestions) == set(BOILERPLATE_SECTORS)


def test_findings_are_in_reading_order_and_never_overlap():
    text = (
        "Kendskab til statslig budgetlægning. Du har erfaring fra en politisk styret kommunal organisation "
        "og gerne erfaring fra en kommune. Du har regional erfaring og kender regionernes styringsmodel."
    )
    findings = find_sector_phrases(text)
    assert [(f.text, f.sector) for f in findings] == [
        ("Kendskab til statslig budgetlægning", "stat"),
        ("erfaring fra en politisk styret kommunal organisation", "kommune"),
        ("gerne erfaring fra en kommune", "kommune"),
        ("regional erfaring", "region"),
        ("kender regionernes styringsmodel", "region"),
    ]
    spans = [f.span for f in findings]
    assert spans == sorted(spans) and all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(text[slice(*f.span)] == f.text for f in findings)
