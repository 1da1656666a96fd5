"""Leader roles for the demo data: titles per kind of organisation and level.

Titles follow the L1-L4 mapping in domain.md §2.2, with post-OK21 hospital titles (cheflæge/chefsygeplejerske
at L2, ledende overlæge at L1). A role over a unit pool ("Kontorchef, {u}") takes its function from the unit,
a role without units names its own; ``prof``, ``ck`` and ``dom`` override or add to the unit's (see
vocabulary_units.py), ``resp`` is what the holder says they are responsible for and ``feeders`` the functions
a top post is filled from.
"""

from __future__ import annotations

from typing import NamedTuple


class Role(NamedTuple):
    """A title at a level; ``pool`` names the units it applies to (None: a post without a unit)."""

    fmt: str
    pool: str | None
    weight: float
    fn: str | None = None
    prof: str | None = None
    ck: str | None = None
    dom: tuple[str, ...] = ()
    resp: str | None = None
    feeders: tuple[str, ...] = ()


R = Role

# Hand-aligned data tables: keep the formatter out.
# fmt: off
_SCHOOL = ("school",)
# kind -> level -> roles. A {u} in a title is a unit from the pool; "{a}" is the forvaltning's area.
_EXEC_STATE = ("secretariat", "finance", "legal", "hr", "digital")
_STYRELSE = {
    1: (R("Teamleder, {u}", "sty", 4), R("Sektionsleder, {u}", "sty_center+fag", 1.5)),
    2: (R("Kontorchef, {u}", "sty", 3), R("Centerchef, {u}", "sty_center+fag:Center", 1)),
    3: (R("Vicedirektør", None, 1, "executive", feeders=_EXEC_STATE),
        R("Afdelingschef, {u}", "sty_center+fag:Center", 1.5)),
    4: (R("Styrelsesdirektør", None, 1, "executive", feeders=_EXEC_STATE),),
}
_NURSE_RESP = "den daglige ledelse af et sengeafsnit med omkring {n} medarbejdere"
_HOSPITAL = {
    1: (R("Afdelingssygeplejerske, {u}", "clinical", 4, prof="nurse", ck="health/nurse", resp=_NURSE_RESP),
        R("Afsnitsledende sygeplejerske, {u}", "clinical", 2, prof="nurse", ck="health/nurse", resp=_NURSE_RESP),
        R("Ledende overlæge, {u}", "clinical", 6, prof="doctor", ck="health/doctor",
          resp="den lægefaglige ledelse af et afsnit og af de yngre læger"),
        R("Ledende terapeut, {u}", "therapy", 0.6, resp="den daglige ledelse af omkring {n} fysio- og ergoterapeuter"),
        R("Funktionsleder, {u}", "hosp_service", 1), R("Teamleder, {u}", "hosp_adm", 2.5)),
    2: (R("Cheflæge, {u}", "clinical", 5, prof="doctor", ck="health/doctor",
          resp="den lægefaglige ledelse af en klinisk afdeling i en afdelingsledelse med chefsygeplejersken"),
        R("Chefsygeplejerske, {u}", "clinical", 3, prof="nurse", ck="health/nurse",
          resp="den sygeplejefaglige ledelse af en klinisk afdeling i en afdelingsledelse med cheflægen"),
        R("Afdelingschef, {u}", "hosp_adm", 2), R("Servicechef, {u}", "hosp_service", 0.5)),
    3: (R("Lægefaglig vicedirektør", None, 1, "health", "doctor", "health/doctor",
          resp="det lægefaglige ansvar i hospitalsledelsen"),
        R("Sygeplejefaglig vicedirektør", None, 1, "health", "nurse", "health/nurse",
          resp="det sygeplejefaglige ansvar i hospitalsledelsen"),
        R("Vicedirektør", None, 0.8, "executive", feeders=("finance", "health", "hr"))),
    4: (R("Hospitalsdirektør", None, 1, "executive", "gen:3|doctor:2", feeders=("health", "finance")),),
}


def _forvaltning(l1, l2, l3, feeders, l3_centerchef: str):
    """Roles of a municipal forvaltning: its own L1-L3 roles plus a centerchef and a direktør."""
    return {1: l1, 2: l2, 3: (*l3, R("Centerchef for {a}", None, 0.7, l3_centerchef, "gen")),
            4: (R("Direktør for {a}", None, 1, "executive", feeders=feeders),)}


_PRIVATE = {
    1: (R("Teamleder, {u}", "own", 3), R("Manager, {u}", "own", 2), R("Afdelingsleder, {u}", "own", 2)),
    2: (R("Head of {u}", "own", 1.5), R("Afdelingschef, {u}", "own", 1.5), R("Senior Manager, {u}", "own", 1)),
    3: (R("Vice President, {u}", "own", 1.5), R("Direktør, {u}", "own", 0.8)),
    4: (R("Administrerende direktør", None, 1, "executive", feeders=("finance", "business", "digital")),
        R("CFO", None, 0.6, "finance")),
}
ROLES: dict[str, dict[int, tuple[Role, ...]]] = {
    "departement": {
        1: (R("Teamleder, {u}", "dep+fag", 3), R("Souschef, {u}", "dep+fag", 1)),
        2: (R("Kontorchef, {u}", "dep+fag", 4),),
        3: (R("Kommitteret", None, 0.5, "secretariat"),),
        4: (R("Afdelingschef", None, 2, "executive", feeders=_EXEC_STATE),
            R("Departementschef", None, 0.4, "executive", feeders=("secretariat", "finance"))),
    },
    "styrelse": _STYRELSE,
    "kriminalforsorg": {**_STYRELSE,
                        1: (*_STYRELSE[1], R("Afdelingsleder, {u}", "prison", 4)),
                        2: (*_STYRELSE[2], R("Fængselsinspektør, {u}", "prison", 3))},
    "universitet": {
        1: (R("Sektionsleder, {u}", "uni_adm", 2), R("Forskningsleder, {u}", "fag", 2)),
        2: (R("Institutleder, {u}", "fag", 2), R("Kontorchef, {u}", "uni_adm", 1.5)),
        3: (R("Dekan, {u}", "faculty", 1), R("Universitetsdirektør", None, 0.4, "executive",
                                            feeders=("finance", "secretariat"))),
        4: (R("Rektor", None, 1, "education_research", dom=("higher_edu",),
              resp="det øverste ansvar for et universitet og dets forskning og uddannelser"),),
    },
    "rigspoliti": {**_STYRELSE,
                   2: (*_STYRELSE[2], R("Politiinspektør, {u}", "politi", 1, prof="police")),
                   3: (R("Chefpolitiinspektør", None, 1, "security", "police", dom=("justice",)),),
                   4: (R("Rigspolitichef", None, 0.5, "executive", "lawyer:1|police:1", feeders=("security",)),)},
    "politi": {
        1: (R("Politikommissær, {u}", "politi", 3, prof="police"), R("Vicepolitiinspektør, {u}", "politi", 2,
                                                                      prof="police")),
        2: (R("Politiinspektør, {u}", "politi", 2, prof="police"),),
        3: (R("Vicepolitidirektør", None, 1, "security", "police:1|lawyer:1", dom=("justice",)),
            R("Chefpolitiinspektør", None, 1, "security", "police", dom=("justice",)),
            R("Chefanklager", None, 0.8, "security", "lawyer", dom=("justice",),
              resp="ansvaret for anklagemyndigheden i en politikreds")),
        4: (R("Politidirektør", None, 1, "executive", "lawyer", feeders=("security", "legal")),),
    },
    "regionshus": {
        1: (R("Teamleder, {u}", "rh", 3),),
        2: (R("Afdelingschef, {u}", "rh", 3), R("Kontorchef, {u}", "rh", 1)),
        3: (R("Centerdirektør, {u}", "rh", 1), R("Vicedirektør, {u}", "rh", 0.5)),
        4: (R("Koncerndirektør", None, 1, "executive", feeders=("finance", "health", "secretariat")),
            R("Regionsdirektør", None, 0.4, "executive", feeders=("secretariat", "finance"))),
    },
    "hospital": _HOSPITAL,
    "psykiatri": {**_HOSPITAL, 4: (R("Psykiatridirektør", None, 1, "executive", "gen:3|doctor:2",
                                     feeders=("health",)),)},
    "praehospital": {
        1: (R("Teamleder, {u}", "own", 2, prof="nurse", ck="health/nurse"),
            R("Ledende overlæge, {u}", "own", 0.5, prof="doctor", ck="health/doctor")),
        2: (R("Afdelingschef, {u}", "own", 1, prof="gen"), R("Cheflæge, {u}", "own", 0.5, prof="doctor",
                                                             ck="health/doctor")),
        3: (R("Vicedirektør", None, 1, "executive", feeders=("health", "finance")),),
        4: (R("Direktør", None, 1, "executive", "gen:2|doctor:1", feeders=("health",)),),
    },
    "r_social": {
        1: (R("Forstander, {u}", "own", 2), R("Afdelingsleder, {u}", "own", 2)),
        2: (R("Områdechef, {u}", "r_social_area", 1),),
        3: (R("Socialdirektør", None, 1, "elderly_social", "social:1|gen:1", "elderly_social/policy"),),
    },
    "kommune": {4: (R("Kommunaldirektør", None, 2, "executive", feeders=("secretariat", "finance", "executive")),)},
    "k_boern": _forvaltning(
        (R("Skoleleder, {u}", "school", 3, resp="ledelsen af en folkeskole med omkring {big} medarbejdere"),
         R("Viceskoleleder, {u}", "school", 2), R("Afdelingsleder, {u}", "school", 1.5),
         R("Dagtilbudsleder, {u}", "dagtilbud", 3, resp="ledelsen af et dagtilbud med flere børnehuse"),
         R("Institutionsleder, {u}", "inst", 2, resp="den daglige ledelse af en daginstitution"),
         R("SFO-leder, {u}", "sfo", 0.8), R("Teamleder, {u}", "familie", 1.5)),
        (R("Områdeleder, {u}", "dagtilbud", 2, resp="ledelsen af et dagtilbudsområde med flere institutionsledere"),
         R("Afdelingschef, {u}", "familie", 1.5), R("Skoleleder, {u}", "school", 1,
                                                    resp="ledelsen af en stor folkeskole med flere afdelingsledere")),
        (R("Skolechef", None, 1, "children_schools", "teacher:3|gen:1", "children_schools/school"),
         R("Dagtilbudschef", None, 1, "children_schools", "pedagogue:3|gen:1", "children_schools/daycare"),
         R("Familiechef", None, 0.7, "children_schools", "social:3|gen:1", "children_schools/family")),
        ("children_schools",), "children_schools"),
    "k_sundhed": _forvaltning(
        (R("Plejecenterleder, {u}", "pleje", 3, resp="ledelsen af et plejecenter med omkring {big} medarbejdere"),
         R("Leder, {u}", "hjemme", 2), R("Teamleder, {u}", "hjemme", 3), R("Afdelingsleder, {u}", "rehab", 1.5)),
        (R("Områdeleder, {u}", "hjemme", 2), R("Afdelingschef, {u}", "rehab", 1)),
        (R("Ældrechef", None, 1, "elderly_social", "nurse:2|therapist:1|gen:2", "elderly_social/elderly"),
         R("Sundhedschef", None, 1, "health", "nurse:1|gen:2", "health/community")),
        ("elderly_social", "health"), "elderly_social"),
    "k_social": _forvaltning(
        (R("Forstander, {u}", "bosted", 2, resp="ledelsen af et botilbud for voksne med handicap"),
         R("Afdelingsleder, {u}", "social_u", 2), R("Teamleder, {u}", "social_u", 2)),
        (R("Afdelingschef, {u}", "social_u", 2), R("Virksomhedsleder, {u}", "bosted", 1)),
        (R("Socialchef", None, 1, "elderly_social", "social:2|gen:1", "elderly_social/social"),),
        ("elderly_social",), "elderly_social"),
    "k_beskaeft": _forvaltning(
        (R("Teamleder, {u}", "job", 3, prof="social:2|gen:1"), R("Afdelingsleder, {u}", "job", 1.5, prof="gen")),
        (R("Jobcenterchef", None, 1.5, "employment", "gen:2|social:1", dom=("employment",),
           resp="ledelsen af et jobcenter med omkring {big} medarbejdere"),
         R("Afdelingschef, {u}", "job", 1.5, prof="gen")),
        (R("Arbejdsmarkedschef", None, 1, "employment", "gen"),),
        ("employment",), "employment"),
    "k_teknik": _forvaltning(
        (R("Teamleder, {u}", "tek", 3), R("Afdelingsleder, {u}", "tek", 1)),
        (R("Afdelingschef, {u}", "tek", 2), R("Beredskabschef", None, 1.2, "security", "gen", "security/rescue",
                                              resp="ledelsen af det kommunale redningsberedskab")),
        (R("Fagchef, {u}", "tek", 1), R("Planchef", None, 0.5, "technical", dom=("planning",))),
        ("technical",), "technical"),
    "k_stab": _forvaltning(
        (R("Teamleder, {u}", "stab", 3),),
        (R("Afdelingschef, {u}", "stab", 2), R("Økonomichef", None, 0.8, "finance"), R("HR-chef", None, 0.8, "hr"),
         R("Digitaliseringschef", None, 0.6, "digital"), R("Kommunikationschef", None, 0.4, "communication"),
         R("Chefjurist", None, 0.3, "legal", "lawyer")),
        (R("Stabschef", None, 1, "secretariat"), R("Sekretariatschef", None, 0.6, "secretariat")),
        ("finance", "secretariat", "hr"), "finance"),
    "k_kultur": _forvaltning(
        (R("Leder, {u}", "kultur", 3), R("Teamleder, {u}", "kultur", 1)),
        (R("Afdelingschef, {u}", "kultur", 1), R("Kulturchef", None, 1, "culture_leisure")),
        (R("Kultur- og fritidschef", None, 1, "culture_leisure"),),
        ("culture_leisure",), "culture_leisure"),
    "privat": _PRIVATE,
    "p_consult": {1: (R("Manager, {u}", "own", 3),), 2: (R("Senior Manager, {u}", "own", 2),),
                  3: (R("Partner, {u}", "own", 1),), 4: _PRIVATE[4]},
    "p_it": {**_PRIVATE, 4: (*_PRIVATE[4], R("CIO", None, 0.5, "digital"))},
    "p_hospital": {
        1: (R("Afdelingssygeplejerske, {u}", "own", 3, prof="nurse", ck="health/nurse"),
            R("Ledende overlæge, {u}", "own", 1, prof="doctor", ck="health/doctor")),
        2: (R("Klinikchef, {u}", "p_clinic", 1),
            R("Chefsygeplejerske", None, 1, "health", "nurse", "health/nurse")),
        4: (R("Administrerende direktør", None, 1, "executive", "doctor:1|gen:1", feeders=("health",)),),
    },
    "p_school": {1: (R("Skoleleder", None, 1, "children_schools", "teacher", "children_schools/school", _SCHOOL,
                       resp="ledelsen af en fri grundskole"),
                     R("Viceskoleleder", None, 1, "children_schools", "teacher", "children_schools/school", _SCHOOL))},
}
# fmt: on
