"""The JSON-lines import: all-or-nothing validation, upsert on external_id, organisations, export."""

import json

import pytest
from pydantic import ValidationError
from sqlalchemy import func, select

from models import Experience, Organisation, Profile, Vacancy
from webapp.contract_messages import line_message
from webapp.services import exporting, importing
from webapp.services.records import ProfileRecord, VacancyRecord, field_path


def profile_line(**overrides) -> str:
    record = {
        "external_id": "p-1",
        "name": "Lars Nielsen",
        "email": "lars@example.dk",
        "sector": "region",
        "organisation": "Region Midtjylland",
        "title": "Cheflæge",
        "level": 2,
        "years_as_leader": 9,
        "municipality": "Viborg",
        "max_commute_km": 80,
        "open_to_sectors": ["region", "stat"],
        "seeking": "active",
        "competences": ["aktivitetsstyring", "betjening af regionsrådet"],
        "summary": "Leder en stor akutafdeling.",
        "experience": [
            {
                "sector": "region",
                "organisation": "Regionshospitalet Viborg",
                "title": "Overlæge",
                "level": 1,
                "start_year": 2010,
                "end_year": 2016,
                "description": "",
            },
            {
                "sector": "region",
                "organisation": "Region Midtjylland",
                "title": "Cheflæge",
                "level": 2,
                "start_year": 2016,
                "end_year": None,
                "description": "Akutafdelingen",
            },
        ],
        "education": "Cand.med.",
    }
    return json.dumps(record | overrides, ensure_ascii=False)


def vacancy_line(**overrides) -> str:
    record = {
        "external_id": "v-1",
        "title": "Kontorchef",
        "sector": "stat",
        "organisation": "Digitaliseringsstyrelsen",
        "municipality": "København",
        "level": 2,
        "competences": ["ministerbetjening"],
        "nice_to_have": [],
        "description": "Spændende job.",
        "deadline": "2027-01-15",
        "status": "published",
    }
    return json.dumps(record | overrides, ensure_ascii=False)


def run(db, lines, kind="profiles"):
    model = ProfileRecord if kind == "profiles" else VacancyRecord
    records = importing.parse_lines(lines, model)
    writer = importing.import_profiles if kind == "profiles" else importing.import_vacancies
    result = writer(db, records)
    db.commit()
    return result


def test_import_creates_profiles_experiences_and_organisations(db):
    result = run(db, [profile_line(), profile_line(external_id="p-2", email="b@example.dk")])
    assert (result.created, result.updated, result.organisations_created) == (2, 0, 1)
    profile = db.scalar(select(Profile).where(Profile.external_id == "p-1"))
    assert profile.municipality_code == 791
    assert profile.organisation.name == "Region Midtjylland" and profile.organisation.sector == "region"
    assert [e.title for e in profile.experiences] == ["Cheflæge", "Overlæge"]


def test_a_profile_without_competences_imports_as_older_exports_wrote_it(db):
    line = json.loads(profile_line(competences=[]))
    del line["competences"]
    run(db, [profile_line(external_id="p-2", email="b@example.dk", competences=[]), json.dumps(line)])
    assert [p.competences for p in db.scalars(select(Profile).order_by(Profile.external_id))] == [[], []]


def test_import_upserts_on_external_id_and_replaces_experience(db):
    run(db, [profile_line()])
    result = run(db, [profile_line(title="Vicedirektør", level=3, experience=[])])
    assert (result.created, result.updated) == (0, 1)
    assert db.scalar(select(func.count(Profile.id))) == 1
    profile = db.scalar(select(Profile))
    db.refresh(profile)
    assert profile.title == "Vicedirektør" and profile.level == 3
    assert db.scalar(select(func.count(Experience.id))) == 0


def test_one_bad_line_rejects_the_file_and_lists_every_error(db):
    lines = [
        profile_line(),
        profile_line(external_id="p-2", level=7, municipality="Atlantis"),
        "{not json",
        profile_line(external_id="p-1"),
        "",
        json.dumps(["a list"]),
    ]
    with pytest.raises(importing.ImportRejected) as rejected:
        importing.parse_lines(lines, ProfileRecord)
    found = {(e.line, e.field) for e in rejected.value.errors}
    assert {(2, "level"), (2, "municipality"), (3, ""), (4, "external_id"), (6, "")} <= found
    messages = " ".join(line_message(e) for e in rejected.value.errors)
    assert "linje 2, felt level: må højst være 4" in messages
    assert "ukendt kommune" in messages and "findes også på linje 1" in messages
    assert db.scalar(select(func.count(Profile.id))) == 0


def test_nested_and_missing_fields_are_named(db):
    bad_experience = json.loads(profile_line())["experience"]
    bad_experience[1]["start_year"] = "sidste år"
    lines = [profile_line(experience=bad_experience, email="ikke-en-mail"), json.dumps({"external_id": "x"})]
    with pytest.raises(importing.ImportRejected) as rejected:
        importing.parse_lines(lines, ProfileRecord)
    fields = {(e.line, e.field) for e in rejected.value.errors}
    assert (1, "experience[1].start_year") in fields and (1, "email") in fields
    assert (2, "name") in fields and (2, "level") in fields


def test_organisation_in_another_sector_is_an_error_and_nothing_is_written(db, make_organisation):
    make_organisation(name="Region Midtjylland", sector="kommune")
    records = importing.parse_lines([profile_line()], ProfileRecord)
    with pytest.raises(importing.ImportRejected) as rejected:
        importing.import_profiles(db, records)
    db.rollback()
    assert "findes allerede i sektoren" in line_message(rejected.value.errors[0])
    assert db.scalar(select(func.count(Profile.id))) == 0


def test_vacancy_import_sets_published_at_once(db):
    run(db, [vacancy_line()], "vacancies")
    first = db.scalar(select(Vacancy)).published_at
    run(db, [vacancy_line(title="Kontorchef til digitalisering")], "vacancies")
    vacancy = db.scalar(select(Vacancy))
    db.refresh(vacancy)
    assert vacancy.title == "Kontorchef til digitalisering"
    assert vacancy.published_at == first and first is not None
    assert db.scalar(select(Organisation.sector)) == "stat"


def test_vacancies_must_be_public_sector(db):
    with pytest.raises(importing.ImportRejected) as rejected:
        importing.parse_lines([vacancy_line(sector="privat")], VacancyRecord)
    assert rejected.value.errors[0].field == "sector"


def test_export_reads_back_as_the_same_records(db):
    run(db, [profile_line(), profile_line(external_id="p-2", email="b@example.dk", organisation=None)])
    run(db, [vacancy_line()], "vacancies")
    for kind, model, original in (
        ("profiles", ProfileRecord, [profile_line(visibility="discreet")]),  # a new profile's default, exported
        ("vacancies", VacancyRecord, [vacancy_line()]),
    ):
        exported = list(exporting.export_lines(db, kind))
        parsed = importing.parse_lines(exported, model)[0][1].model_dump()
        expected = model.model_validate_json(original[0]).model_dump()
        if kind == "profiles":  # the export lists the current job first
            parsed["experience"].sort(key=lambda e: e["start_year"])
        assert parsed == expected
    assert json.loads(exported[0])["municipality"] == "København"


def test_the_export_keeps_the_files_key_order(db):
    """The file stays byte for byte what it was: the record's own keys (the key, the kommune by name, a vacancy's
    organisation and status) sit where they always have among the contract's values."""
    run(db, [profile_line()])
    run(db, [vacancy_line()], "vacancies")
    profile = json.loads(next(exporting.export_lines(db, "profiles")))
    assert list(profile) == [
        *("external_id", "name", "email", "sector", "organisation", "title", "level", "years_as_leader"),
        *("municipality", "max_commute_km", "open_to_sectors", "seeking", "competences", "summary", "experience"),
        *("education", "visibility"),
    ]
    assert list(profile["experience"][0]) == [
        *("sector", "organisation", "title", "level", "start_year", "end_year", "description")
    ]
    vacancy = next(exporting.export_lines(db, "vacancies"))
    assert vacancy == (
        '{"external_id": "v-1", "title": "Kontorchef", "sector": "stat", "organisation": "Digitaliseringsstyrelsen", '
        '"municipality": "København", "level": 2, "competences": ["ministerbetjening"], "nice_to_have": [], '
        '"description": "Spændende job.", "deadline": "2027-01-15", "status": "published", "kind": "post", '
        '"duration_months": null, "start_month": null, "home_employer_pays": false}\n'
    )


def test_control_characters_and_absurd_nesting_are_line_errors(db):
    lines = [profile_line(name="Lars\x00Nielsen"), "[" * 100_000 + "]" * 100_000]
    with pytest.raises(importing.ImportRejected) as rejected:
        importing.parse_lines(lines, ProfileRecord)
    messages = [line_message(error) for error in rejected.value.errors]
    assert "linje 1, felt name: indeholder tegn, der ikke er tilladt (fx linjeskift eller kontroltegn)" in messages
    assert any(message.startswith("linje 2,") for message in messages)


def _refusals_when_parsed_twice(line: str, model) -> list[tuple[str, dict]]:
    """What the import refused a line for when it read every line with ``json.loads`` before pydantic (the
    reference the one-parse import keeps)."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return [("", {"type": "line_not_json", "ctx": {"reason": error.msg, "position": error.pos + 1}})]
    except RecursionError:
        return [("", {"type": "line_too_deep", "ctx": {}})]
    if not isinstance(data, dict):
        return [("", {"type": "line_not_object", "ctx": {}})]
    try:
        model.model_validate_json(line)
    except ValidationError as error:
        return [(field_path(item["loc"]), item) for item in error.errors(include_url=False)]
    return []


LINES_NO_RECORD = {
    "not-json": "{not json",
    "trailing-text": profile_line() + " x",
    "byte-order-mark": "\ufeff" + profile_line(),
    "array": "[1]",
    "null": "null",
    "string": '"Lars"',
    "absurdly-deep": "[" * 100_000 + "]" * 100_000,
    # Deeper than pydantic reads (about 200) but not Python: pydantic's json_invalid at the line stands.
    "deep-in-a-field": profile_line()[:-1] + ', "extra": ' + "[" * 300 + "]" * 300 + "}",
    # A lone surrogate: Python's parser takes it, pydantic cannot encode the line.
    "lone-surrogate": profile_line(name="Lars\ud800"),
    "field-errors": profile_line(level=9, email="nej"),
}


@pytest.mark.parametrize("line", LINES_NO_RECORD.values(), ids=LINES_NO_RECORD.keys())
def test_a_line_parsed_once_is_refused_as_when_it_was_parsed_twice(line):
    expected = _refusals_when_parsed_twice(line, ProfileRecord)
    with pytest.raises(importing.ImportRejected) as rejected:
        importing.parse_lines([line], ProfileRecord)
    assert [(error.line, error.field, error.refusal) for error in rejected.value.errors] == [
        (1, field, refusal) for field, refusal in expected
    ]


def test_a_line_too_deep_and_a_line_of_broken_json_are_told_apart(db):
    lines = ["[" * 100_000 + "]" * 100_000, '{"name" "Lars"}', "[]"]
    with pytest.raises(importing.ImportRejected) as rejected:
        importing.parse_lines(lines, ProfileRecord)
    assert [line_message(error) for error in rejected.value.errors] == [
        "linje 1, felt (linje): JSON er indlejret for dybt",
        "linje 2, felt (linje): ugyldig JSON (Expecting ':' delimiter, tegn 9)",
        "linje 3, felt (linje): skal være et JSON-objekt",
    ]
