"""Organisational units and leader roles (titles per kind of organisation and level) for the demo data.

Units such as schools, plejecentre and kontorer are invented. Titles follow the L1-L4 mapping in
domain.md §2.2, with post-OK21 hospital titles (cheflæge/chefsygeplejerske at L2, ledende overlæge at L1).
"""

from __future__ import annotations

# Hand-aligned data tables: keep the formatter out.
# fmt: off
UNITS = {
    "dep": ("Kontor for Offentlig Økonomi", "Lovkontoret", "Kontor for Økonomi og Koncernstyring",
            "Ministersekretariatet", "Kontor for Analyse", "Kontor for Personale og Ledelse",
            "Kontor for EU og Internationalt", "Kontor for Kommunal og Regional Økonomi",
            "Kontor for Jura og Forvaltning", "Kontor for Politik og Strategi",
            "Kontor for Budget og Bevillinger"),
    "sty_kontor": ("Kontor for Tilsyn", "Kontor for Afgørelser", "Kontor for Klagesager", "Kontor for Jura",
                   "Kontor for Økonomi og Styring", "Kontor for Strategi og Kommunikation",
                   "Kontor for Regelforenkling", "Kontor for Data og Statistik", "Kontor for HR og Ledelse",
                   "Kontor for Borgerservice"),
    "sty_center": ("Center for Digitalisering og IT", "Center for Data og Analyse", "Center for Kontrol",
                   "Center for Økonomi og Koncernstyring", "Center for Myndighed", "Center for Udvikling",
                   "Center for HR og Organisation", "Center for Kundeservice"),
    "politi": ("Lokalpolitiet", "Efterforskning", "Beredskabet", "Anklagemyndigheden",
               "Stab og Administration",
               "Færdselsafdelingen", "Forebyggelse"),
    "rh": ("Koncern Økonomi", "Koncern HR", "Koncern IT", "Koncern Kvalitet", "Koncern Plan og Udvikling",
           "Center for Regional Udvikling", "Center for Sundhed", "Center for Administration",
           "Regionssekretariatet", "Koncern Digitalisering", "Center for Indkøb"),
    "hosp": ("Akutafdelingen", "Medicinsk Afdeling", "Kirurgisk Afdeling", "Ortopædkirurgisk Afdeling",
             "Kardiologisk Afdeling", "Neurologisk Afdeling", "Børne- og Ungeafdelingen", "Kræftafdelingen",
             "Anæstesiologisk Afdeling", "Radiologisk Afdeling", "Gynækologisk-obstetrisk Afdeling",
             "Geriatrisk Afdeling", "Lungemedicinsk Afdeling", "Intensiv Afdeling"),
    "hosp_func": ("Fysio- og Ergoterapien", "Klinisk Diætetik", "Sterilcentralen", "Hospitalsservice",
                  "Patientkontoret"),
    "hosp_adm": ("Økonomi og Planlægning", "HR og Uddannelse", "Kvalitet og Udvikling", "Teknik og Service",
                 "Kommunikation", "Patientadministration"),
    "psyk": ("Psykiatrisk Center Nord", "Psykiatrisk Center Syd", "Børne- og Ungdomspsykiatrisk Afdeling",
             "Afdeling for Psykoser", "Afdeling for Depression og Angst", "Retspsykiatrisk Afdeling",
             "Psykiatrisk Akutmodtagelse", "Distriktspsykiatrien"),
    "praeh": ("Vagtcentralen", "Akuttelefonen 1813", "Præhospital Drift", "Patientbefordring"),
    "school": ("Engdalskolen", "Søndermarkskolen", "Vestre Skole", "Bakkegårdsskolen", "Kirkebjergskolen",
               "Lindehøjskolen", "Skovvangskolen", "Højvangskolen", "Tranehøjskolen", "Rosenlundskolen",
               "Egebjergskolen", "Nordbyskolen", "Østervangskolen", "Møllevangskolen", "Toftehøjskolen"),
    "dagtilbud": ("Dagtilbud Nord", "Dagtilbud Syd", "Dagtilbud Øst", "Dagtilbud Vest", "Dagtilbud Midtby",
                  "Dagtilbud Skovbrynet"),
    "inst": ("Børnehuset Solsikken", "Børnehuset Mælkebøtten", "Vuggestuen Myretuen", "Børnehuset Regnbuen",
             "Børnehaven Troldebo", "Naturbørnehaven Egernet", "Børnehuset Kastanjen"),
    "familie": ("Familieafdelingen", "Børn og Familie", "Pædagogisk Psykologisk Rådgivning", "Sundhedsplejen",
                "Ungdomsskolen", "Familiehuset"),
    "pleje": ("Plejecenter Solbakken", "Plejecenter Egely", "Plejecentret Lindegården",
              "Plejecenter Kastaniehaven",
              "Plejecenter Bøgebakken", "Plejecentret Rosenhaven", "Plejecenter Åhaven"),
    "hjemme": ("Hjemmeplejen Nord", "Hjemmeplejen Syd", "Hjemmeplejen Øst", "Hjemmeplejen Vest",
               "Hjemmeplejen Centrum", "Aften- og Nattevagten", "Sygeplejen"),
    "rehab": ("Rehabiliteringscentret", "Sundhedshuset", "Træning og Rehabilitering", "Akutteamet",
              "Forebyggelse og Sundhedsfremme", "Midlertidige Pladser"),
    "social_u": ("Myndighed Voksne", "Socialpsykiatrien", "Handicap og Psykiatri", "Misbrugscentret",
                 "Hjemløseindsatsen", "Bostøtten"),
    "bosted": ("Bostedet Kildevang", "Botilbuddet Granly", "Bofællesskabet Lyngbo", "Botilbud Skovbrynet",
               "Aktivitetscentret Værkstedet"),
    "job": ("Jobcentret", "Ungeindsatsen", "Virksomhedsservice", "Ydelsescentret", "Integrationsindsatsen",
            "Sygedagpenge og Jobafklaring", "Borgerservice"),
    "tek": ("Plan og Byggeri", "Vej og Park", "Klima og Miljø", "Byggesager", "Natur og Vand",
            "Trafik og Mobilitet", "Kommunale Ejendomme", "Affald og Genbrug", "Byudvikling"),
    "stab": ("Økonomi og Analyse", "HR og Personale", "Digitalisering og IT", "Politisk Sekretariat",
             "Indkøb og Udbud", "Jura", "Kommunikation", "Løn og Personaleadministration"),
    "p_consult": ("Offentlig Sektor", "Strategi og Transformation", "Digital Rådgivning",
                  "Organisation og Ledelse"),
    "p_finance": ("Kundeservice", "Investering", "Skadesbehandling", "Økonomi", "Erhvervskunder",
                  "Compliance"),
    "p_energy": ("Net og Forsyning", "Vindprojekter", "Drift og Vedligehold", "Energihandel", "Kundeservice"),
    "p_it": ("Offentlige Kunder", "Udvikling", "Drift og Support", "Cloud og Infrastruktur",
             "Projektleverancer"),
    "p_facility": ("Rengøring", "Facility Management", "Kantine og Service", "Ejendomsservice", "Region Øst"),
    "p_medtech": ("Produktudvikling", "Kvalitet og Regulatorisk", "Salg Norden", "Produktion"),
    "p_logistics": ("Lager og Distribution", "Transport", "Kundeservice", "Indkøb"),
    "p_construction": ("Byggeprojekter", "Anlæg", "Tilbud og Kalkulation", "Drift"),
}

# kind -> level -> ((title format, background, extra domains, unit pool, weight), ...).
# "{u}" is a unit from the pool ("*" = the organisation kind's own pool), "{a}" the forvaltning's area;
# a background of "*" means the company's staff background.
_STYRELSE = {
    1: (("Teamleder, {u}", "academic", (), "sty_kontor", 4), ("Sektionsleder, {u}", "academic", (),
                                                              "sty_center", 1.5)),
    2: (("Kontorchef, {u}", "academic", (), "sty_kontor", 3), ("Centerchef, {u}", "academic", (),
                                                               "sty_center", 1)),
    3: (("Vicedirektør", "academic", (), None, 1), ("Afdelingschef, {u}", "academic", (), "sty_center", 1.5)),
    4: (("Styrelsesdirektør", "academic", (), None, 1),),
}
_HOSPITAL = {
    1: (("Afdelingssygeplejerske, {u}", "nurse", (), "*", 6), ("Oversygeplejerske, {u}", "nurse", (), "*",
                                                               1.5),
        ("Afsnitsledende sygeplejerske, {u}", "nurse", (), "*", 2), ("Ledende overlæge, {u}", "med", (), "*",
                                                                     2.5),
        ("Funktionsleder, {u}", "care", (), "hosp_func", 1.2), ("Teamleder, {u}", "academic", (), "hosp_adm",
                                                                1.2)),
    2: (("Cheflæge, {u}", "med", (), "*", 3), ("Chefsygeplejerske, {u}", "nurse", (), "*", 3),
        ("Afdelingschef, {u}", "academic", (), "hosp_adm", 1)),
    3: (("Lægefaglig vicedirektør", "med", (), None, 1), ("Sygeplejefaglig vicedirektør", "nurse", (), None,
                                                          1),
        ("Vicedirektør", "academic", (), None, 0.8)),
    4: (("Hospitalsdirektør", "academic", (), None, 0.6), ("Hospitalsdirektør", "med", (), None, 0.4)),
}


def _direktoer(extra_l1, extra_l2, extra_l3):
    """Roles of a municipal forvaltning: its own L1-L3 roles plus a centerchef and a direktør."""
    return {1: extra_l1, 2: extra_l2, 3: (*extra_l3, ("Centerchef for {a}", "academic", (), None, 0.7)),
            4: (("Direktør for {a}", "academic", (), None, 1),)}


ROLES = {
    "departement": {
        1: (("Teamleder, {u}", "academic", (), "dep", 3),
            ("Chefkonsulent med personaleansvar, {u}", "academic", (), "dep", 1)),
        2: (("Kontorchef, {u}", "academic", (), "dep", 4),),
        3: (("Kommitteret", "academic", (), None, 0.5),),
        4: (("Afdelingschef", "academic", (), None, 2), ("Departementschef", "academic", (), None, 0.4)),
    },
    "styrelse": _STYRELSE,
    "rigspoliti": {**_STYRELSE, 2: (*_STYRELSE[2], ("Politiinspektør, {u}", "jurist", ("justice",), "politi",
                                                    1)),
                   3: (("Chefpolitiinspektør", "jurist", ("justice",), None, 1),),
                   4: (("Rigspolitichef", "jurist", ("justice",), None, 0.5),)},
    "politi": {
        1: (("Politikommissær, {u}", "police", (), "politi", 3), ("Vicepolitiinspektør, {u}", "police", (),
                                                                  "politi", 2)),
        2: (("Politiinspektør, {u}", "jurist", (), "politi", 2),),
        3: (("Vicepolitidirektør", "jurist", (), None, 1), ("Chefpolitiinspektør", "jurist", (), None, 1),
            ("Chefanklager", "jurist", (), None, 0.8)),
        4: (("Politidirektør", "jurist", (), None, 1),),
    },
    "regionshus": {
        1: (("Teamleder, {u}", "academic", (), "rh", 3),),
        2: (("Afdelingschef, {u}", "academic", (), "rh", 3), ("Kontorchef, {u}", "academic", (), "rh", 1)),
        3: (("Centerdirektør, {u}", "academic", (), "rh", 1), ("Vicedirektør, {u}", "academic", (), "rh",
                                                               0.5)),
        4: (("Koncerndirektør", "academic", (), None, 1), ("Regionsdirektør", "academic", (), None, 0.4)),
    },
    "hospital": _HOSPITAL,
    "psykiatri": {**_HOSPITAL, 4: (("Psykiatridirektør", "academic", (), None, 0.6),
                                   ("Psykiatridirektør", "med", (), None, 0.4))},
    "praehospital": {
        1: (("Teamleder, {u}", "care", (), "*", 2), ("Ledende overlæge, {u}", "med", (), "*", 0.5)),
        2: (("Afdelingschef, {u}", "academic", (), "*", 1), ("Cheflæge, {u}", "med", (), "*", 0.5)),
        3: (("Vicedirektør", "academic", (), None, 1),),
        4: (("Direktør", "academic", (), None, 1),),
    },
    "kommune": {4: (("Kommunaldirektør", "academic", (), None, 2),)},
    "k_boern": _direktoer(
        (("Skoleleder, {u}", "teacher", ("school",), "school", 3),
         ("Viceskoleleder, {u}", "teacher", ("school",), "school", 2),
         ("Afdelingsleder, {u}", "teacher", ("school",), "school", 1.5),
         ("Dagtilbudsleder, {u}", "pedagogue", ("children",), "dagtilbud", 3),
         ("Institutionsleder, {u}", "pedagogue", ("children",), "inst", 2),
         ("SFO-leder, {u}", "pedagogue", ("children",), "school", 0.8),
         ("Teamleder, {u}", "social", ("children", "social"), "familie", 1.5)),
        (("Områdeleder, {u}", "pedagogue", ("children",), "dagtilbud", 2),
         ("Afdelingschef, {u}", "social", ("children", "social"), "familie", 1.5),
         ("Skoleleder, {u}", "teacher", ("school",), "school", 1)),
        (("Skolechef", "teacher", ("school",), None, 1), ("Dagtilbudschef", "pedagogue", ("children",), None,
                                                          1),
         ("Familiechef", "social", ("children", "social"), None, 0.7))),
    "k_sundhed": _direktoer(
        (("Plejecenterleder, {u}", "care", (), "pleje", 3), ("Leder, {u}", "care", (), "hjemme", 2),
         ("Teamleder, {u}", "care", (), "hjemme", 3), ("Afdelingsleder, {u}", "care", (), "rehab", 1.5)),
        (("Områdeleder, {u}", "care", (), "hjemme", 2), ("Afdelingschef, {u}", "care", (), "rehab", 1)),
        (("Ældrechef", "care", (), None, 1), ("Sundhedschef", "academic", ("hospital",), None, 1))),
    "k_social": _direktoer(
        (("Forstander, {u}", "social", (), "bosted", 2), ("Afdelingsleder, {u}", "social", (), "social_u", 2),
         ("Teamleder, {u}", "social", (), "social_u", 2)),
        (("Afdelingschef, {u}", "social", (), "social_u", 2), ("Virksomhedsleder, {u}", "social", (),
                                                               "bosted", 1)),
        (("Socialchef", "social", (), None, 1),)),
    "k_beskaeft": _direktoer(
        (("Teamleder, {u}", "social", (), "job", 3), ("Afdelingsleder, {u}", "academic", (), "job", 1.5)),
        (("Jobcenterchef", "academic", (), None, 1.5), ("Afdelingschef, {u}", "academic", (), "job", 1.5)),
        (("Arbejdsmarkedschef", "academic", (), None, 1),)),
    "k_teknik": _direktoer(
        (("Teamleder, {u}", "tech", (), "tek", 3), ("Afdelingsleder, {u}", "tech", (), "tek", 1)),
        (("Afdelingschef, {u}", "tech", (), "tek", 2),),
        (("Fagchef, {u}", "tech", (), "tek", 1), ("Planchef", "tech", (), None, 0.5))),
    "k_stab": _direktoer(
        (("Teamleder, {u}", "academic", (), "stab", 3),),
        (("Afdelingschef, {u}", "academic", (), "stab", 2), ("Økonomichef", "academic", (), None, 0.8),
         ("HR-chef", "academic", (), None, 0.8), ("Digitaliseringschef", "academic", (), None, 0.6)),
        (("Stabschef", "academic", (), None, 1), ("Sekretariatschef", "academic", (), None, 0.6))),
    "privat": {
        1: (("Teamleder, {u}", "*", (), "*", 3), ("Manager, {u}", "*", (), "*", 2), ("Afdelingsleder, {u}",
                                                                                     "*", (), "*", 2)),
        2: (("Head of {u}", "*", (), "*", 1.5), ("Afdelingschef, {u}", "*", (), "*", 1.5),
            ("Senior Manager, {u}", "*", (), "*", 1)),
        3: (("Direktør, {u}", "*", (), "*", 1.5), ("Vice President, {u}", "*", (), "*", 1),
            ("Divisionsdirektør", "*", (), None, 0.7)),
        4: (("Administrerende direktør", "*", (), None, 1), ("CFO", "business", (), None, 0.6),
            ("COO", "*", (), None, 0.6)),
    },
}
