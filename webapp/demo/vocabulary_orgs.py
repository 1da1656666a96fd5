"""Organisations for the demo data: ministries and styrelser, regions and hospitals, kommuner, companies.

Ministries, styrelser, regions, hospitals and kommuner are real public bodies; all private companies are
invented. Seats are short kommune names as in matcher.geography.
"""

from __future__ import annotations

# Hand-aligned data tables: keep the formatter out.
# fmt: off
# (ministry, seat, domains, ((styrelse, seat, domains), ...)). Domains are concept keys (vocabulary.py).
MINISTRIES = (
    ("Finansministeriet", "København", (), (
        ("Økonomistyrelsen", "København", ()),
        ("Medarbejder- og Kompetencestyrelsen", "København", ()),
    )),
    ("Digitaliseringsministeriet", "København", (), (
        ("Digitaliseringsstyrelsen", "København", ()),
    )),
    ("Skatteministeriet", "København", ("tax",), (
        ("Skattestyrelsen", "København", ("tax",)),
        ("Gældsstyrelsen", "København", ("tax",)),
        ("Motorstyrelsen", "Esbjerg", ("tax",)),
        ("Vurderingsstyrelsen", "København", ("tax",)),
    )),
    ("Social- og Boligministeriet", "København", ("social",), (
        ("Social- og Boligstyrelsen", "Odense", ("social",)),
        ("Ankestyrelsen", "København", ("social",)),
    )),
    ("Beskæftigelsesministeriet", "København", ("employment",), (
        ("Styrelsen for Arbejdsmarked og Rekruttering", "København", ("employment",)),
        ("Arbejdstilsynet", "København", ("employment",)),
    )),
    ("Indenrigs- og Sundhedsministeriet", "København", ("hospital",), (
        ("Sundhedsstyrelsen", "København", ("hospital",)),
        ("Styrelsen for Patientsikkerhed", "København", ("hospital",)),
        ("Sundhedsdatastyrelsen", "København", ("hospital",)),
        ("Lægemiddelstyrelsen", "København", ("hospital",)),
    )),
    ("Børne- og Undervisningsministeriet", "København", ("school",), (
        ("Styrelsen for Undervisning og Kvalitet", "København", ("school",)),
        ("Styrelsen for It og Læring", "København", ("school",)),
    )),
    ("Uddannelses- og Forskningsministeriet", "København", ("research",), (
        ("Uddannelses- og Forskningsstyrelsen", "København", ("research",)),
    )),
    ("Justitsministeriet", "København", ("justice",), (
        ("Kriminalforsorgen", "København", ("justice",)),
        ("Domstolsstyrelsen", "København", ("justice",)),
    )),
    ("Klima-, Energi- og Forsyningsministeriet", "København", ("technical",), (
        ("Energistyrelsen", "København", ("technical",)),
    )),
    ("Miljøministeriet", "København", ("technical",), (
        ("Miljøstyrelsen", "Odense", ("technical",)),
        ("Naturstyrelsen", "Randers", ("technical",)),
    )),
    ("Transportministeriet", "København", ("technical",), (
        ("Vejdirektoratet", "København", ("technical",)),
    )),
    ("Erhvervsministeriet", "København", (), (
        ("Erhvervsstyrelsen", "København", ()),
        ("Sikkerhedsstyrelsen", "Esbjerg", ()),
        ("Konkurrence- og Forbrugerstyrelsen", "København", ()),
    )),
    ("Udlændinge- og Integrationsministeriet", "København", ("employment",), (
        ("Udlændingestyrelsen", "København", ()),
        ("Styrelsen for International Rekruttering og Integration", "København", ("employment",)),
    )),
    ("Forsvarsministeriet", "København", (), (
        ("Forsvarsministeriets Ejendomsstyrelse", "Hjørring", ("construction",)),
        ("Forsvarsministeriets Materiel- og Indkøbsstyrelse", "Ballerup", ("procurement",)),
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
               "Styrelsen for Arbejdsmarked og Rekruttering": 3, "Vejdirektoratet": 4, "Sundhedsstyrelsen": 3}

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
    )),
    ("Region Midtjylland", "Viborg", (
        ("Aarhus Universitetshospital", "Aarhus", "hospital", 10),
        ("Regionshospitalet Gødstrup", "Herning", "hospital", 4),
        ("Regionshospitalet Randers", "Randers", "hospital", 3),
        ("Hospitalsenhed Midt", "Viborg", "hospital", 4),
        ("Regionshospitalet Horsens", "Horsens", "hospital", 2),
        ("Psykiatrien i Region Midtjylland", "Aarhus", "psykiatri", 4),
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
}
KOMMUNE_DOMAINS = {"k_boern": (), "k_sundhed": ("elderly",), "k_social": ("social",),
                   "k_beskaeft": ("employment",), "k_teknik": ("technical",), "k_stab": ()}
COPENHAGEN_UNITS = {"k_boern": "Børne- og Ungdomsforvaltningen",
                    "k_beskaeft": "Beskæftigelses- og Integrationsforvaltningen"}

# (name, seat, kind, size, background of its staff, domains); all invented.
COMPANIES = (
    ("Nordlys Rådgivning A/S", "København", "p_consult", 3, "academic", ()),
    ("Bøgh & Lykke Management Consulting", "Aarhus", "p_consult", 2, "academic", ()),
    ("Kompasrosen Strategi ApS", "Odense", "p_consult", 1, "academic", ()),
    ("Fjordvang Pension", "København", "p_finance", 3, "business", ()),
    ("Egelund Forsikring A/S", "Aarhus", "p_finance", 2, "business", ()),
    ("Ravnsborg Kapitalforvaltning A/S", "København", "p_finance", 1, "business", ()),
    ("Havbrise Energi A/S", "Esbjerg", "p_energy", 3, "tech", ("technical",)),
    ("Lysningen Forsyning A/S", "Herning", "p_energy", 2, "tech", ("technical",)),
    ("Brovig IT A/S", "Ballerup", "p_it", 3, "it", ()),
    ("Datahavn Systems A/S", "Aarhus", "p_it", 2, "it", ()),
    ("Tangbjerg Software A/S", "Aalborg", "p_it", 1, "it", ()),
    ("Solgaard Facility Services A/S", "Glostrup", "p_facility", 3, "business", ()),
    ("Rosenholt Ejendomsservice A/S", "Vejle", "p_facility", 1, "business", ()),
    ("Sundvig Medtech A/S", "Lyngby-Taarbæk", "p_medtech", 2, "tech", ("hospital",)),
    ("Lindegaard Logistik A/S", "Kolding", "p_logistics", 2, "business", ()),
    ("Tidevand Byg og Anlæg A/S", "Horsens", "p_construction", 2, "tech", ("construction",)),
)
