"""Organisations for the demo data: ministries and styrelser, regions and hospitals, kommuner, companies.

Ministries, styrelser, regions, hospitals and kommuner are real public bodies; their offices and units, and
all private companies, are invented. Seats are short kommune names as in matcher.geography. Each state body
lists its own units ("fag"), which carry the body's own functions next to the common staff units.
"""

from __future__ import annotations

from .vocabulary_units import Unit as U

# Hand-aligned data tables: keep the formatter out.
# fmt: off
_TX = {"ck": "legal/tax", "dom": ("tax",)}  # a tax authority's own units
_HP, _CP, _EP = "health/policy", "children_schools/policy", "elderly_social/policy"
# (ministry, seat, departement's own units, ((agency, seat, kind, own units), ...)).
MINISTRIES = (
    ("Finansministeriet", "København", (U("Kontor for Statens Økonomi", "finance", w=2),), (
        ("Økonomistyrelsen", "København", "styrelse", (
            U("Kontor for Statens Regnskab", "finance", w=3), U("Kontor for Budget og Bevillinger", "finance", w=3),
            U("Center for Økonomiservice", "finance", w=2))),
        ("Medarbejder- og Kompetencestyrelsen", "København", "styrelse", (
            U("Kontor for Løn og Overenskomst", "hr", w=3), U("Kontor for Ledelse og Kompetencer", "hr", w=3))),
    )),
    ("Digitaliseringsministeriet", "København", (U("Kontor for Digital Politik", "digital", w=2),), (
        ("Digitaliseringsstyrelsen", "København", "styrelse", (
            U("Kontor for Digital Forvaltning", "digital", w=3),
            U("Center for Cyber- og Informationssikkerhed", "digital", w=3),
            U("Kontor for Data og Arkitektur", "digital", w=3))),
    )),
    ("Skatteministeriet", "København", (U("Kontor for Skattepolitik", "legal", **_TX, w=2),), (
        ("Skattestyrelsen", "København", "styrelse", (
            U("Kontor for Afgørelser", "legal", **_TX, w=3),
            U("Center for Skattekontrol", "legal", **_TX, w=3),
            U("Kontor for Told", "legal", **_TX, w=2))),
        ("Gældsstyrelsen", "København", "styrelse", (U("Center for Inddrivelse", "legal", **_TX, w=4),)),
        ("Motorstyrelsen", "Esbjerg", "styrelse", (
            U("Kontor for Registrering og Afgifter", "legal", **_TX, w=3),)),
        ("Vurderingsstyrelsen", "København", "styrelse", (
            U("Kontor for Vurderingsafgørelser", "legal", **_TX, w=3),)),
    )),
    ("Social- og Boligministeriet", "København", (U("Kontor for Social- og Ældrepolitik", "elderly_social", ck=_EP,
                                                     w=2),), (
        ("Social- og Boligstyrelsen", "Odense", "styrelse", (
            U("Kontor for Handicap og Socialpsykiatri", "elderly_social", ck=_EP, w=3),
            U("Kontor for Ældre og Pleje", "elderly_social", ck=_EP, w=3),
            U("Kontor for Børn og Familier", "children_schools", ck=_CP, w=2))),
        ("Ankestyrelsen", "København", "styrelse", (
            U("Kontor for Klagesager", "legal", w=3), U("Kontor for Tilsyn", "legal", w=3))),
    )),
    ("Beskæftigelsesministeriet", "København", (U("Kontor for Arbejdsmarkedspolitik", "employment", w=2),), (
        ("Styrelsen for Arbejdsmarked og Rekruttering", "København", "styrelse", (
            U("Kontor for Beskæftigelsesindsats", "employment", w=3), U("Kontor for Jobcentre og Arbejdsmarked",
                                                                         "employment", w=3))),
        ("Arbejdstilsynet", "København", "styrelse", (U("Tilsyn Øst", "legal", w=3), U("Tilsyn Vest", "legal", w=3))),
    )),
    ("Indenrigs- og Sundhedsministeriet", "København", (U("Kontor for Sundhedsvæsen og Psykiatri", "health",
                                                           ck=_HP, w=2),), (
        ("Sundhedsstyrelsen", "København", "styrelse", (
            U("Enhed for Forebyggelse", "health", "gen:2|doctor:1|nurse:1", _HP, ("health_promotion",), 3),
            U("Enhed for Sundhedsplanlægning", "health", "gen:2|doctor:1", _HP, w=3),
            U("Enhed for Sundhedsberedskab", "security", ck="security/rescue", w=1.5))),
        ("Styrelsen for Patientsikkerhed", "København", "styrelse", (
            U("Tilsyn og Patientsikkerhed", "health", "gen:1|nurse:1|doctor:1", _HP, ("patient_safety",), 4),)),
        ("Sundhedsdatastyrelsen", "København", "styrelse", (
            U("Center for Data og Digitale Løsninger", "digital", w=3),)),
        ("Lægemiddelstyrelsen", "København", "styrelse", (
            U("Enhed for Lægemiddelovervågning", "health", "gen:2|doctor:1", _HP, w=3),)),
    )),
    ("Børne- og Undervisningsministeriet", "København", (U("Kontor for Folkeskole og Dagtilbud", "children_schools",
                                                            ck=_CP, w=2),), (
        ("Styrelsen for Undervisning og Kvalitet", "København", "styrelse", (
            U("Center for Grundskole", "children_schools", ck=_CP, w=3),
            U("Kontor for Dagtilbud", "children_schools", ck=_CP, w=2),
            U("Center for Gymnasier og Erhvervsuddannelser", "education_research", w=2))),
        ("Styrelsen for It og Læring", "København", "styrelse", (U("Center for Digitale Læringsløsninger", "digital",
                                                                   w=3),)),
    )),
    ("Uddannelses- og Forskningsministeriet", "København", (U("Kontor for Forskningspolitik", "education_research",
                                                               w=2),), (
        ("Uddannelses- og Forskningsstyrelsen", "København", "styrelse", (
            U("Kontor for Forskningsfinansiering", "education_research", w=3),
            U("Kontor for Videregående Uddannelser", "education_research", w=3))),
        ("Aarhus Universitet", "Aarhus", "universitet", ()),
        ("Københavns Universitet", "København", "universitet", ()),
    )),
    ("Justitsministeriet", "København", (U("Kontor for Politi og Retsvæsen", "security", dom=("justice",), w=2),), (
        ("Kriminalforsorgen", "København", "kriminalforsorg", (U("Kontor for Straffuldbyrdelse", "security",
                                                                 dom=("justice",), w=2),)),
        ("Domstolsstyrelsen", "København", "styrelse", (U("Kontor for Retternes Drift", "legal", w=2),)),
    )),
    ("Klima-, Energi- og Forsyningsministeriet", "København", (U("Kontor for Klimapolitik", "technical",
                                                                  dom=("climate",), w=2),), (
        ("Energistyrelsen", "København", "styrelse", (U("Center for Energi og Forsyning", "technical",
                                                         dom=("infrastructure",), w=3),)),
    )),
    ("Miljøministeriet", "København", (), (
        ("Miljøstyrelsen", "Odense", "styrelse", (U("Center for Miljøgodkendelser", "technical", dom=("technical",),
                                                    w=3),)),
        ("Naturstyrelsen", "Randers", "styrelse", (U("Enhed for Natur og Friluftsliv", "technical",
                                                     dom=("technical",), w=3),)),
    )),
    ("Transportministeriet", "København", (), (
        ("Vejdirektoratet", "København", "styrelse", (U("Vejplanlægning", "technical", dom=("infrastructure",), w=3),
                                                      U("Anlæg Øst", "technical", dom=("infrastructure",), w=3))),
    )),
    ("Erhvervsministeriet", "København", (U("Kontor for Erhvervspolitik", "business", w=2),), (
        ("Erhvervsstyrelsen", "København", "styrelse", (U("Kontor for Erhvervsfremme", "business", w=3),
                                                        U("Kontor for Virksomhedsregulering", "legal", w=2))),
        ("Sikkerhedsstyrelsen", "Esbjerg", "styrelse", (U("Center for Produktsikkerhed og Tilsyn", "legal", w=3),)),
        ("Konkurrence- og Forbrugerstyrelsen", "København", "styrelse", (U("Kontor for Konkurrenceregulering",
                                                                           "legal", w=3),)),
    )),
    ("Udlændinge- og Integrationsministeriet", "København", (U("Kontor for Integration", "employment",
                                                                dom=("integration",), w=2),), (
        ("Udlændingestyrelsen", "København", "styrelse", (U("Kontor for Asylsager", "legal", w=3),)),
        ("Styrelsen for International Rekruttering og Integration", "København", "styrelse", (
            U("Kontor for Integration og Beskæftigelse", "employment", dom=("integration",), w=3),)),
    )),
    ("Kulturministeriet", "København", (U("Kontor for Kulturpolitik", "culture_leisure", w=2),), (
        ("Slots- og Kulturstyrelsen", "København", "styrelse", (
            U("Kontor for Kunst og Kultur", "culture_leisure", w=3), U("Kontor for Museer og Biblioteker",
                                                                      "culture_leisure", w=3),
            U("Kontor for Idræt og Foreninger", "culture_leisure", dom=("volunteering",), w=2),
            U("Statens Bygninger og Haver", "facilities", w=2))),
    )),
    ("Forsvarsministeriet", "København", (U("Kontor for Forsvarspolitik", "security", ck="security/defence", w=2),), (
        ("Forsvarsministeriets Ejendomsstyrelse", "Hjørring", "styrelse", (
            U("Ejendomsdrift Nord", "facilities", w=3), U("Ejendomsdrift Syd", "facilities", w=3),
            U("Ejendomsprojekter", "facilities", dom=("construction",), w=2))),
        ("Forsvarsministeriets Materiel- og Indkøbsstyrelse", "Ballerup", "styrelse", (
            U("Kontor for Indkøb og Kontrakter", "finance", dom=("procurement",), w=3),
            U("Center for Forsvarsmateriel", "security", "officer:2|gen:1", "security/defence", w=3))),
        ("Beredskabsstyrelsen", "Rudersdal", "styrelse", (
            U("Center for Operativt Beredskab", "security", "officer:1|gen:2", "security/rescue", w=3),
            U("Beredskabscenter Nord", "security", "officer:1|gen:2", "security/rescue", w=3))),
    )),
)
# Rigspolitiet sits under Justitsministeriet; the politikredse under Rigspolitiet.
POLICE = ("Rigspolitiet", "København", "Justitsministeriet")
POLICE_DISTRICTS = (
    ("Københavns Politi", "København"), ("Østjyllands Politi", "Aarhus"), ("Fyns Politi", "Odense"),
    ("Nordjyllands Politi", "Aalborg"), ("Syd- og Sønderjyllands Politi", "Esbjerg"),
    ("Midt- og Vestsjællands Politi", "Holbæk"), ("Nordsjællands Politi", "Helsingør"),
)
STATE_SIZES = {"Skattestyrelsen": 8, "Kriminalforsorgen": 5, "Rigspolitiet": 4, "Gældsstyrelsen": 4,
               "Styrelsen for Arbejdsmarked og Rekruttering": 3, "Vejdirektoratet": 4, "Sundhedsstyrelsen": 3,
               "Aarhus Universitet": 5, "Københavns Universitet": 6}
# Institutes of the universities: their research units.
INSTITUTES = (U("Institut for Statskundskab", "education_research"), U("Institut for Biologi", "education_research"),
              U("Institut for Psykologi", "education_research"), U("Institut for Historie", "education_research"),
              U("Institut for Fysik og Astronomi", "education_research"))

# (region, seat, ((institution, seat, kind, size), ...)).
REGIONS = (
    ("Region Hovedstaden", "Hillerød", (
        ("Rigshospitalet", "København", "hospital", 10),
        ("Herlev og Gentofte Hospital", "Herlev", "hospital", 7),
        ("Bispebjerg og Frederiksberg Hospital", "København", "hospital", 5),
        ("Amager og Hvidovre Hospital", "Hvidovre", "hospital", 6),
        ("Nordsjællands Hospital", "Hillerød", "hospital", 5),
        ("Bornholms Hospital", "Bornholm", "hospital", 1),
        ("Region Hovedstadens Psykiatri", "København", "psykiatri", 5),
        ("Region Hovedstadens Akutberedskab", "Ballerup", "praehospital", 1),
        ("Den Sociale Virksomhed", "Hillerød", "r_social", 1.5),
    )),
    ("Region Sjælland", "Sorø", (
        ("Sjællands Universitetshospital", "Køge", "hospital", 6),
        ("Holbæk Sygehus", "Holbæk", "hospital", 3),
        ("Nykøbing F. Sygehus", "Guldborgsund", "hospital", 2),
        ("Næstved, Slagelse og Ringsted Sygehuse", "Slagelse", "hospital", 4),
        ("Psykiatrien Region Sjælland", "Roskilde", "psykiatri", 3),
    )),
    ("Region Syddanmark", "Vejle", (
        ("Odense Universitetshospital", "Odense", "hospital", 10),
        ("Sygehus Lillebælt", "Vejle", "hospital", 6),
        ("Sydvestjysk Sygehus", "Esbjerg", "hospital", 3),
        ("Sygehus Sønderjylland", "Aabenraa", "hospital", 3),
        ("Psykiatrien i Region Syddanmark", "Vejle", "psykiatri", 4),
        ("Socialområdet i Region Syddanmark", "Vejle", "r_social", 1.5),
    )),
    ("Region Midtjylland", "Viborg", (
        ("Aarhus Universitetshospital", "Aarhus", "hospital", 10),
        ("Regionshospitalet Gødstrup", "Herning", "hospital", 4),
        ("Regionshospitalet Randers", "Randers", "hospital", 3),
        ("Hospitalsenhed Midt", "Viborg", "hospital", 4),
        ("Regionshospitalet Horsens", "Horsens", "hospital", 2),
        ("Psykiatrien i Region Midtjylland", "Aarhus", "psykiatri", 4),
        ("Specialområde Socialpsykiatri og Handicap", "Viborg", "r_social", 2),
    )),
    ("Region Nordjylland", "Aalborg", (
        ("Aalborg Universitetshospital", "Aalborg", "hospital", 6),
        ("Regionshospital Nordjylland", "Hjørring", "hospital", 3),
        ("Psykiatrien i Region Nordjylland", "Aalborg", "psykiatri", 2),
    )),
)

# (short name, approximate population in thousands). Kommuner with >= 100k use forvaltninger.
KOMMUNER = (
    ("Aalborg", 225), ("Hjørring", 64), ("Frederikshavn", 59), ("Thisted", 43),
    ("Aarhus", 370), ("Randers", 100), ("Viborg", 98), ("Silkeborg", 100), ("Herning", 90), ("Horsens", 95),
    ("Skanderborg", 64),
    ("Odense", 210), ("Esbjerg", 115), ("Vejle", 120), ("Kolding", 95), ("Sønderborg", 74), ("Svendborg", 59),
    ("København", 660), ("Frederiksberg", 105), ("Gentofte", 75), ("Gladsaxe", 70), ("Hillerød", 53),
    ("Høje-Taastrup", 58), ("Bornholm", 39),
    ("Roskilde", 90), ("Næstved", 84), ("Holbæk", 73), ("Slagelse", 80), ("Køge", 62), ("Guldborgsund", 60),
)
KOMMUNE_OFFICIAL = {"København": "Københavns Kommune", "Bornholm": "Bornholms Regionskommune"}
LARGE_CITIES = ("København", "Aarhus", "Odense", "Aalborg")  # L4 of a forvaltning: "Administrerende direktør"
# kind: (area, forvaltning name, center-model name, size factor)
KOMMUNE_UNITS = {
    "k_boern": ("Børn og Unge", "Børne- og Ungeforvaltningen", "Center for Børn og Unge", 3.0),
    "k_sundhed": ("Sundhed og Omsorg", "Sundheds- og Omsorgsforvaltningen", "Center for Sundhed og Omsorg",
                  3.0),
    "k_social": ("Social og Handicap", "Socialforvaltningen", "Center for Social og Handicap", 1.5),
    "k_beskaeft": ("Beskæftigelse", "Beskæftigelsesforvaltningen", "Center for Arbejdsmarked", 1.0),
    "k_teknik": ("Teknik og Miljø", "Teknik- og Miljøforvaltningen", "Center for Teknik og Miljø", 1.0),
    "k_stab": ("Økonomi og Personale", "Økonomiforvaltningen", "Center for Økonomi og Personale", 0.8),
    "k_kultur": ("Kultur og Fritid", "Kultur- og Fritidsforvaltningen", "Center for Kultur og Fritid", 0.5),
}
COPENHAGEN_UNITS = {"k_boern": "Børne- og Ungdomsforvaltningen",
                    "k_beskaeft": "Beskæftigelses- og Integrationsforvaltningen"}

# (name, seat, kind, size); all invented.
COMPANIES = (
    ("Nordlys Rådgivning A/S", "København", "p_consult", 3),
    ("Bøgh & Lykke Management Consulting", "Aarhus", "p_consult", 2),
    ("Kompasrosen Strategi ApS", "Odense", "p_consult", 1),
    ("Fjordvang Pension", "København", "p_finance", 3),
    ("Egelund Forsikring A/S", "Aarhus", "p_finance", 2),
    ("Havbrise Energi A/S", "Esbjerg", "p_energy", 3),
    ("Lysningen Forsyning A/S", "Herning", "p_energy", 2),
    ("Brovig IT A/S", "Ballerup", "p_it", 3),
    ("Datahavn Systems A/S", "Aarhus", "p_it", 2),
    ("Tangbjerg Software A/S", "Aalborg", "p_it", 1),
    ("Solgaard Facility Services A/S", "Glostrup", "p_facility", 3),
    ("Sundvig Medtech A/S", "Lyngby-Taarbæk", "p_medtech", 2),
    ("Lindegaard Logistik A/S", "Kolding", "p_logistics", 2),
    ("Tidevand Byg og Anlæg A/S", "Horsens", "p_construction", 2),
    ("Kontrast Kommunikation A/S", "København", "p_comm", 1),
    ("Omsorgsgruppen Lyngholm A/S", "Roskilde", "p_care", 2),
    ("Kastanjehøj Privathospital A/S", "Aarhus", "p_hospital", 1.5),
    ("Solbjerg Friskole", "Aarhus", "p_school", 0.6),
)
# fmt: on
