"""Functions (what a leader works *in*) for the demo data: competence profiles, neighbours and educations.

The function ids are those of ``matcher/data/functions.json``; the demo keeps its own copy so that it stays
a standard-library generator. A function's competences come from one of its *profiles* (a plejecenter
leader and a forstander are both "elderly_social", but one writes about pleje and the other about
handicap); a role names its profile, the function's own id is the default.
"""

from __future__ import annotations

# Hand-aligned data tables: keep the formatter out.
# fmt: off
FUNCTIONS = (
    "finance", "hr", "digital", "secretariat", "health", "elderly_social", "children_schools", "employment",
    "technical", "culture_leisure", "legal", "communication", "executive", "facilities", "security",
    "education_research", "business",
)

# Profile -> ((concept key, weight), ...). Weights are relative draw chances among the profile's concepts.
PROFILES: dict[str, tuple[tuple[str, float], ...]] = {
    "finance": (("budget", 1), ("finance_mgmt", 1), ("fiscal_frame", 0.9), ("accounting", 0.8),
                ("econ_analysis", 0.6), ("efficiency", 0.6), ("data_mgmt", 0.5), ("performance", 0.5),
                ("procurement", 0.4), ("activity", 0.3), ("negotiation", 0.2)),
    "hr": (("recruitment", 1), ("pay", 1), ("hr_law", 0.9), ("hr_strategy", 0.9), ("work_env", 0.8),
           ("works_council", 0.7), ("competence_dev", 0.7), ("leader_dev", 0.7), ("absence", 0.5),
           ("reorg", 0.3)),
    "digital": (("digital", 1), ("it_projects", 1), ("digital_gov", 0.8), ("it_ops", 0.8), ("security", 0.8),
                ("ai", 0.7), ("data_mgmt", 0.5), ("project", 0.5), ("procurement", 0.2)),
    "secretariat": (("political_servicing", 1), ("parliament", 0.8), ("policy_dev", 0.8), ("analysis", 0.8),
                    ("political_acumen", 0.7), ("implementation", 0.6), ("legislation", 0.5), ("crisis", 0.5),
                    ("strategy", 0.4), ("cross_sector", 0.3), ("press", 0.2)),
    "health": (("hospital", 1), ("patient_safety", 0.9), ("pathways", 0.8), ("activity", 0.6),
               ("practice", 0.3), ("clinical_edu", 0.4), ("research", 0.3), ("users", 0.3), ("rehab", 0.2),
               ("psychiatry", 0.1), ("prehospital", 0.1)),
    "health/doctor": (("hospital", 1), ("patient_safety", 0.9), ("clinical_edu", 0.9), ("pathways", 0.7),
                      ("activity", 0.6), ("research", 0.6), ("practice", 0.3)),
    "health/nurse": (("nursing", 1), ("patient_safety", 0.9), ("pathways", 0.9), ("hospital", 0.7),
                     ("activity", 0.5), ("users", 0.5)),
    "health/community": (("hospital", 1), ("health_promotion", 0.9), ("nursing", 0.7), ("pathways", 0.8),
                         ("patient_safety", 0.6), ("rehab", 0.4), ("cross_sector", 0.4)),
    "health/policy": (("hospital", 1), ("patient_safety", 0.8), ("health_promotion", 0.6), ("practice", 0.5),
                      ("legislation", 0.5), ("implementation", 0.5), ("analysis", 0.4), ("supervision", 0.4)),
    "elderly_social": (("elderly", 1), ("social", 0.8), ("disability", 0.6), ("rehab", 0.5),
                       ("authority", 0.4), ("users", 0.5), ("pathways", 0.5)),
    "elderly_social/elderly": (("elderly", 1), ("rehab", 0.7), ("pathways", 0.6), ("users", 0.6),
                               ("patient_safety", 0.4), ("health_promotion", 0.3)),
    "elderly_social/social": (("social", 1), ("disability", 0.9), ("psychiatry", 0.5), ("users", 0.6),
                              ("pathways", 0.5), ("authority", 0.4), ("supervision", 0.2)),
    "elderly_social/authority": (("authority", 1), ("social", 0.9), ("disability", 0.7), ("case_processing", 0.6),
                                 ("pathways", 0.5), ("admin_law", 0.3)),
    "elderly_social/policy": (("social", 1), ("elderly", 0.8), ("disability", 0.8), ("legislation", 0.5),
                              ("implementation", 0.5), ("supervision", 0.4), ("analysis", 0.3)),
    "children_schools": (("children", 1), ("school", 0.8), ("daycare", 0.7), ("users", 0.5), ("pathways", 0.4)),
    "children_schools/school": (("school", 1), ("children", 0.6), ("users", 0.6), ("pathways", 0.3),
                                ("merger", 0.2), ("cross_sector", 0.2)),
    "children_schools/daycare": (("daycare", 1), ("children", 0.8), ("users", 0.6), ("pathways", 0.3),
                                 ("health_promotion", 0.2), ("merger", 0.2), ("cross_sector", 0.2)),
    "children_schools/family": (("children", 1), ("authority", 0.6), ("pathways", 0.6), ("social", 0.4),
                                ("case_processing", 0.4), ("cross_sector", 0.4)),
    "children_schools/policy": (("school", 1), ("daycare", 0.7), ("children", 0.7), ("legislation", 0.5),
                                ("implementation", 0.5), ("supervision", 0.4), ("analysis", 0.3)),
    "employment": (("employment", 1), ("integration", 0.6), ("authority", 0.5), ("case_processing", 0.4),
                   ("pathways", 0.5), ("stakeholders", 0.4), ("partnerships", 0.3), ("performance", 0.3)),
    "technical": (("technical", 1), ("planning", 0.8), ("climate", 0.8), ("infrastructure", 0.8),
                  ("construction", 0.5), ("authority", 0.3), ("project", 0.4), ("stakeholders", 0.3)),
    "culture_leisure": (("culture", 1), ("volunteering", 0.8), ("partnerships", 0.6), ("users", 0.5),
                        ("stakeholders", 0.5), ("project", 0.3), ("facility", 0.2)),
    "legal": (("admin_law", 1), ("case_processing", 1), ("authority", 0.9), ("supervision", 0.8),
              ("legislation", 0.5), ("security", 0.3)),
    "legal/tax": (("tax", 1), ("case_processing", 1), ("authority", 0.8), ("supervision", 0.8), ("admin_law", 0.6),
                  ("digital_gov", 0.3), ("users", 0.3)),
    "communication": (("communication", 1), ("press", 1), ("crisis", 0.5), ("stakeholders", 0.5),
                      ("political_acumen", 0.3), ("users", 0.3)),
    "executive": (("executive", 1), ("strategy", 1), ("political_servicing", 0.6), ("stakeholders", 0.6),
                  ("political_acumen", 0.5), ("fiscal_frame", 0.4), ("cross_sector", 0.4), ("merger", 0.3),
                  ("reform", 0.3)),
    "facilities": (("facility", 1), ("construction", 0.8), ("procurement", 0.6), ("efficiency", 0.4),
                   ("climate", 0.3)),
    "security": (("justice", 1), ("prehospital", 0.6), ("crisis", 0.8), ("cross_sector", 0.4),
                 ("partnerships", 0.3)),
    "security/rescue": (("prehospital", 1), ("crisis", 0.8), ("cross_sector", 0.4),
                        ("partnerships", 0.3)),
    "security/defence": (("defence", 1), ("prehospital", 0.5), ("crisis", 0.6), ("procurement", 0.4)),
    "education_research": (("research", 1), ("higher_edu", 1), ("partnerships", 0.5), ("eu", 0.5),
                           ("project", 0.4), ("innovation", 0.3)),
    "business": (("business_dev", 1), ("partnerships", 0.8), ("stakeholders", 0.7), ("eu", 0.6),
                 ("innovation", 0.5), ("negotiation", 0.4), ("climate", 0.2)),
}
# Generic leadership any leader may list (1-3 of them), on top of the function's own concepts.
GENERIC = ("people", "lead_leaders", "change", "work_env", "professional", "strategy", "reorg", "innovation",
           "cross_sector", "stakeholders", "competence_dev")

# Functions a career may pass through on the way (domain: finance↔secretariat, hr↔finance, health↔elderly).
ADJACENT = {"finance": ("secretariat", "hr"), "secretariat": ("finance",), "hr": ("finance",),
            "health": ("elderly_social",), "elderly_social": ("health",)}
ADJACENT_SHARE = 0.12

# Education of a "gen" (generalist) holder by the function of their career; first options are commonest.
FUNCTION_EDUCATION: dict[str, tuple[str, ...]] = {
    "finance": ("Cand.polit.", "Cand.oecon.", "Cand.polit.", "Cand.merc. i regnskab og økonomistyring",
                "HD i regnskab og økonomistyring", "Cand.merc.aud.", "Cand.scient.pol."),
    "hr": ("Cand.scient.adm.", "Cand.merc. i HRM", "Cand.soc.", "Cand.scient.pol.", "Cand.merc. i HRM",
           "HD i organisation og ledelse", "Cand.scient.adm.", "Cand.soc.", "Cand.psych."),
    "digital": ("Cand.it.", "Cand.scient. i datalogi", "Civilingeniør i softwareteknologi", "Datamatiker",
                "Cand.it. i digital design"),
    "secretariat": ("Cand.scient.pol.", "Cand.scient.adm.", "Cand.scient.pol.", "Cand.polit.", "Cand.soc.",
                    "Cand.jur."),
    "health": ("Cand.scient.san.publ.", "Cand.scient.san.", "Cand.oecon. med speciale i sundhedsøkonomi",
               "Cand.scient.pol."),
    "elderly_social": ("Socialrådgiver, Cand.soc.", "Cand.scient.pol.", "Cand.scient.adm.",
                       "Cand.soc."),
    "children_schools": ("Cand.pæd.", "Lærer, Cand.pæd.", "Cand.scient.pol.", "Cand.scient.adm."),
    "employment": ("Cand.soc.", "Cand.scient.adm.", "Socialrådgiver", "Cand.scient.pol.", "Cand.polit."),
    "technical": ("Civilingeniør (cand.polyt.)", "Diplomingeniør", "Arkitekt (cand.arch.)",
                  "Landinspektør (cand.geom.)", "Bygningskonstruktør", "Civilingeniør (cand.polyt.)"),
    "culture_leisure": ("Cand.mag. i kulturformidling", "Cand.scient.bibl.", "Cand.mag. i historie",
                        "Cand.scient. i idræt", "Cand.mag. i musikvidenskab"),
    "legal": ("Cand.jur.", "Cand.jur.", "Cand.jur.", "Cand.merc.jur.", "Cand.merc.aud.", "Cand.scient.adm."),
    "communication": ("Cand.mag. i dansk", "Cand.comm.", "Journalist", "Cand.scient.pol.",
                      "Cand.mag. i retorik"),
    "facilities": ("Bygningskonstruktør", "Diplomingeniør", "Cand.merc.", "HD i organisation og ledelse",
                   "Maskinmester"),
    "security": ("Officersuddannelsen", "Cand.jur.", "Beredskabsuddannelsen", "Cand.scient.pol."),
    "education_research": ("Cand.scient., ph.d.", "Cand.mag., ph.d.", "Cand.scient.pol., ph.d.",
                           "Cand.polyt., ph.d."),
    "business": ("Cand.merc.", "Cand.merc.int.", "Cand.oecon.", "Cand.polit.", "Cand.scient.pol."),
}
# Education by profession, where the profession decides it (a cheflæge is a doctor, whoever employs her).
PROFESSION_EDUCATION: dict[str, tuple[str, ...]] = {
    "nurse": ("Sygeplejerske", "Sygeplejerske, Master i klinisk sygepleje", "Sygeplejerske, Cand.cur.",
              "Sygeplejerske, Sundhedsfaglig diplomuddannelse"),
    "ssa": ("Social- og sundhedsassistent", "Social- og sundhedsassistent, Sundhedsfaglig diplomuddannelse"),
    "therapist": ("Ergoterapeut", "Fysioterapeut", "Fysioterapeut, Master i rehabilitering",
                  "Ergoterapeut, Cand.scient.san."),
    "teacher": ("Lærer (professionsbachelor)", "Lærer, Cand.pæd.", "Lærer, Master i skoleudvikling"),
    "pedagogue": ("Pædagog (professionsbachelor)", "Pædagog, Master i læreprocesser",
                  "Pædagog, Master i institutionsledelse"),
    "social": ("Socialrådgiver", "Socialrådgiver, Cand.soc.", "Socialrådgiver, Master i socialt arbejde"),
    "socialpaed": ("Pædagog (professionsbachelor) med socialpædagogisk specialisering", "Socialpædagog"),
    "psychologist": ("Cand.psych., autoriseret psykolog",),
    "police": ("Politiuddannelsen", "Politiuddannelsen, HD i organisation og ledelse"),
    "lawyer": ("Cand.jur.",),
    "prison": ("Fængselsbetjentuddannelsen", "Fængselsbetjentuddannelsen, Diplomuddannelse i ledelse (DOL)",
               "Cand.scient.soc."),
    "officer": ("Officersuddannelsen", "Officersuddannelsen, Master i militære studier"),
    "engineer": ("Civilingeniør (cand.polyt.)", "Diplomingeniør", "Bygningskonstruktør"),
}
DOCTOR_EDUCATION = "Cand.med., speciallæge i {specialty}"
SPECIALTIES = ("intern medicin", "ortopædisk kirurgi", "anæstesiologi", "psykiatri", "akutmedicin",
               "kardiologi", "pædiatri", "radiologi", "neurologi", "gynækologi og obstetrik", "onkologi",
               "samfundsmedicin")
# How a leader says what they trained as, in a summary; by profession.
TRAINED_AS = {"doctor": "læge", "nurse": "sygeplejerske", "teacher": "lærer", "pedagogue": "pædagog",
              "social": "socialrådgiver", "socialpaed": "pædagog", "lawyer": "jurist", "psychologist": "psykolog",
              "therapist": "terapeut", "ssa": "social- og sundhedsassistent", "police": "politibetjent",
              "officer": "officer", "engineer": "ingeniør"}
# What a vacancy writes when the post requires the profession (the ranker reads these as requirements).
REQUIREMENT = {
    "doctor": ("Du er uddannet læge med speciallægeanerkendelse{specialty}.",
               "Du er speciallæge{specialty} og har erfaring med lægefaglig ledelse."),
    "nurse": ("Du er uddannet sygeplejerske og har ledelseserfaring fra klinisk praksis.",
              "Du er uddannet sygeplejerske med en relevant videreuddannelse."),
    "teacher": ("Du er uddannet lærer og har erfaring med skoleledelse.",
                "Du er uddannet lærer og har erfaring med pædagogisk udviklingsarbejde."),
    "pedagogue": ("Du er uddannet pædagog og har erfaring med pædagogisk ledelse.",
                  "Du er uddannet pædagog og har erfaring med ledelse af pædagogisk personale."),
    "social": ("Du er uddannet socialrådgiver og kender myndighedsarbejdet.",),
    "psychologist": ("Du er uddannet psykolog og har erfaring med faglig ledelse.",),
    "lawyer": ("Du er uddannet jurist (cand.jur.) og har solid forvaltningsretlig erfaring.",
               "Du er uddannet jurist og har erfaring med juridisk ledelse."),
    "police": ("Du er politiuddannet og har ledelseserfaring fra politiet.",),
}
# A softer line for posts several professions may hold ("fx" keeps it from reading as a requirement).
BACKGROUND_WISH = {
    "elderly_social": "Du har en sundheds- eller socialfaglig baggrund, fx som sygeplejerske eller ergoterapeut.",
    "technical": "Du har en teknisk uddannelse, fx som ingeniør eller arkitekt.",
    "digital": "Du har en it-faglig eller anden relevant uddannelse, fx som datalog.",
    "finance": "Du har en økonomisk uddannelse, fx som cand.polit., cand.oecon. eller cand.merc.",
}
# fmt: on
