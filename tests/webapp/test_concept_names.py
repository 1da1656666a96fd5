"""A concept's name is chosen by the page's language in one place, the ``concept_name`` macro (issue 13): the
concepts a vacancy asks for that the leader's profile lacks, and those recognised in a candidate's profile."""

from pathlib import Path

import pytest
from flask import render_template_string

import webapp
from matcher.explain import Explanation, MissingConcept
from webapp.services.roles import ConceptName

MISSING = [
    MissingConcept("involvement", "Borger- og brugerinddragelse", "Citizen and user involvement"),
    MissingConcept("rnd", "R&D-ledelse", "R&D management"),
]
FIT = '{% from "macros/matching.html" import leader_fit with context %}{{ leader_fit(explanation, "stat", "/x") }}'
NAMES = '{% from "macros/candidate.html" import concept_names with context %}{{ concept_names(concepts) }}'


@pytest.mark.parametrize(
    ("query", "missing", "recognised"),
    [
        ("", "borger- og brugerinddragelse og r&amp;D-ledelse", "Borger- og brugerinddragelse, R&amp;D-ledelse"),
        (
            "?lang=en",
            "citizen and user involvement and r&amp;D management",
            "Citizen and user involvement, R&amp;D management",
        ),
    ],
)
def test_concept_names_follow_the_pages_language(app, query, missing, recognised):
    explanation = Explanation(0.5, [], [], MISSING, level_step=0, distance_km=12.0, crosses_sector=False)
    concepts = [ConceptName(m.concept_id, m.name_da, m.name_en) for m in MISSING]
    with app.test_request_context("/" + query):
        assert missing in render_template_string(FIT, explanation=explanation)
        assert render_template_string(NAMES, concepts=concepts) == recognised


def test_only_the_macro_picks_a_name_by_language():
    templates = Path(webapp.__file__).parent / "templates"
    picking = {
        path.relative_to(templates).as_posix(): path.read_text(encoding="utf-8").count("name_en")
        for path in templates.rglob("*.*")
        if "name_en" in path.read_text(encoding="utf-8")
    }
    assert picking == {"macros/matching.html": 1}
