"""Phrase pools for the benchmark population: how each sector words each latent concept and policy domain.

Two styles with deliberately separate wording: ``MAIN`` is what a ranker may be tuned on, ``HELDOUT`` says
the same latent things with other words (synonyms, split vs compound forms, other turns of phrase), so a
ranker that only learned the main phrases will be caught out. These pools are the benchmark's own and are
independent of Sektorbro's taxonomy and glossary; they must stay so. A third style, ``independent``, lives
in ``population_vocab_independent``: written by another hand, without reading the ranker's vocabulary.

Each line reads ``<key> <sector> phrase; phrase; ...`` with sector S (stat), R (region), K (kommune) or
P (privat). A key and sector may run over several lines; their phrases are joined.
"""

from __future__ import annotations

from . import population_vocab_independent as _independent

_SECTOR = {"S": "stat", "R": "region", "K": "kommune", "P": "privat"}

_MAIN_CONCEPTS = """
pol_service S ministerbetjening; betjening af departementsledelsen; samrådsforberedelse og folketingsspørgsmål
pol_service R betjening af regionsrådet; forretningsudvalgsbetjening; sagsfremstillinger til regionsrådet
pol_service K udvalgsbetjening; byrådsbetjening; dagsordenspunkter til fagudvalget
pol_service P bestyrelsesarbejde; betjening af bestyrelsen; bestyrelsesrapportering
legislation S lovforberedelse; udarbejdelse af bekendtgørelser; lovbemærkninger og høringsnotater
legislation R implementering af sundhedslovgivning; regionale retningslinjer og vejledninger; regionsloven
legislation K implementering af ny lovgivning lokalt; kommunale kvalitetsstandarder; serviceloven i praksis
legislation P regulatorisk compliance; myndighedskrav og certificering; compliance-styring
authority S afgørelser og klagesager; tilsynsvirksomhed; forvaltningsret
authority R visitation til behandling; klagesager fra patienter; patientrettigheder og frit valg
authority K myndighedsudøvelse; sagsbehandling efter serviceloven; visitation
authority P kundeklager og reklamationsbehandling; sagsbehandling og kundeservice; claims-håndtering
crisis S håndtering af skarpe sager; krisestyring i ministeriet; sager med stor politisk bevågenhed
crisis R beredskabsplanlægning på hospitalet; håndtering af utilsigtede hændelser; krisestyring i regionen
crisis K sager med stor presseinteresse; kommunalt beredskab; krisehåndtering i forvaltningen
crisis P krisestyring; business continuity; håndtering af kritiske driftshændelser
budget S bevillingsstyring og finanslov; aktstykker og bevillingsafregning; udgiftsopfølgning under udgiftslofterne
budget R budgetopfølgning på sundhedsområdet; regionsbudget og økonomiaftale; budgetlægning for afdelinger
budget K budgetlægning inden for servicerammen; budgetopfølgning og budgetforhandlinger; kommunebudgettet
budget P budget og forecast; budgetansvar; årsbudget og prognoser
finance S økonomistyring i staten; regnskab og årsrapport; intern kontrol og revision
finance R økonomistyring på hospitalsniveau; driftsøkonomi; regnskab for sundhedsområdet
finance K økonomistyring i forvaltningen; decentral økonomistyring; regnskab og likviditet
finance P P&L-ansvar; finansiel styring; controlling og regnskab
procurement S udbud efter udbudsloven; indkøb og kontraktstyring; rammeaftaler via SKI
procurement R udbud af medicinsk udstyr; indkøb og logistik; kontraktopfølgning med leverandører
procurement K udbud af driftsopgaver; indkøbsaftaler; kontraktstyring med private leverandører
procurement P strategisk indkøb; leverandørstyring; supply chain management
construction S statsligt byggeri og ejendomme; anlægsprojekter; bygherrerådgivning
construction R hospitalsbyggeri; kvalitetsfondsbyggeri; anlæg og ejendomsdrift
construction K anlægsprojekter inden for anlægsrammen; skolebyggeri og renovering; kommunale ejendomme
construction P byggeledelse; projektudvikling af ejendomme; entreprisestyring
efficiency S effektiviseringsprogrammer; produktivitetsanalyser; tværgående effektiviseringsstrategi
efficiency R produktivitetsudvikling i hospitalsdriften; effektivisering af patientforløb; LEAN på afdelingerne
efficiency K effektiviseringer og besparelseskatalog; omprioriteringsforslag; effektiviseringsstrategi
efficiency P effektivisering og omkostningsreduktion; LEAN og procesoptimering; operational excellence
kpi S ledelsesinformation; styringsdata og nøgletal; datadrevet opfølgning
kpi R ledelsesinformation om ventetider; aktivitetsdata og DRG; dashboards for afdelingsledelsen
kpi K ledelsesinformation; nøgletal og benchmarking på tværs af kommuner; styringsdata og dashboards
kpi P KPI'er og dashboards; business intelligence; rapportering og performance-data
performance S mål- og resultatplaner; resultatkontrakter med styrelser; mål- og resultatstyring
performance R driftsaftaler med hospitalerne; mål og resultater på afdelingsniveau; resultatbaseret styring
performance K aftalestyring; mål- og rammestyring; kvalitetsrapporter og resultatmål
performance P OKR og målstyring; performance management; balanced scorecard
capacity S kapacitetsplanlægning i styrelsen; ressourcestyring; styring af sagsbehandlingstider
capacity R aktivitets- og kapacitetsstyring; ventelister og behandlingsgaranti; sengekapacitet og planlægning
capacity K kapacitetsplanlægning på plejecentre; ressourcetildeling og demografimodeller; pladsstyring
capacity P kapacitetsplanlægning; ressourceplanlægning; produktionsplanlægning
strategy S strategiudvikling; strategisk sigtelinje for styrelsen; strategi for ministerområdet
strategy R strategiudvikling; hospitalsplan og strategi; regional udviklingsstrategi
strategy K strategiudvikling; politikker og strategier for kommunen; kommunens vision og strategi
strategy P forretningsstrategi; strategiudvikling; strategisk planlægning
change S forandringsledelse; implementering af organisationsændringer; forandringsprocesser
change R forandringsledelse; omstilling i hospitalsdriften; ledelse af forandringer
change K forandringsledelse; omstillingsprocesser; implementering af forandringer
change P change management; forandringsledelse; transformation
reorg S omorganisering; organisationsudvikling; sammenlægning af styrelser
reorg R fusion og sammenlægning; organisationsudvikling; regionsreformen 2027
reorg K omorganisering; organisationsudvikling; sammenlægning af afdelinger
reorg P opkøb og integration; organisationsdesign; M&A-integration
innovation S innovation i offentlig forvaltning; nye løsninger; forsøgsordninger
innovation R sundhedsinnovation; velfærdsteknologi; samarbejde med life science
innovation K samskabelse; innovation og velfærdsteknologi; nye velfærdsløsninger
innovation P innovation; produktudvikling; forretningsudvikling
project S programledelse af store statslige projekter; projektledelse; porteføljestyring
project R projektledelse på tværs af hospitaler; projektledelse; programledelse
project K projektledelse i tværgående indsatser; projektledelse; projektstyring
project P agil projektledelse; programledelse; PMO
reform S implementering af reformer; politiske aftaler til implementering; reformarbejde
reform R implementering af sundhedsreformen; sundhedsreform og sundhedsråd; omsætning af nationale aftaler
reform K nationale reformer i kommunal drift; omsætning af politiske aftaler; reformimplementering
reform P tilpasning af forretningen til nye rammevilkår; regulatoriske ændringer; omstilling til nye krav
digital S digital transformation; digitaliseringsstrategi; digital forvaltning
digital R digital transformation i sundhedsvæsenet; Sundhedsplatformen; digitale patientforløb
digital K digitalisering af borgerservice; digital velfærd; digitaliseringsstrategi
digital P digital transformation; digitale forretningsmodeller; digitalisering
it_projects S store it-projekter; it-anskaffelser; statens it-projektmodel
it_projects R it-implementering på hospitaler; it-systemer og leverandører; EPJ
it_projects K it-anskaffelser; systemudskiftning; fælleskommunale it-løsninger
it_projects P it-projekter; systemimplementering; ERP-implementering
data_ai S data og kunstig intelligens; datadrevet forvaltning; AI i sagsbehandlingen
data_ai R kunstig intelligens i diagnostik; sundhedsdata; dataanalyse
data_ai K data og AI i velfærden; datadrevet ledelse; brug af data i sagsbehandlingen
data_ai P data og AI; machine learning; analytics
infosec S informationssikkerhed; GDPR; ISO 27001
infosec R informationssikkerhed og GDPR; patientdatasikkerhed; databeskyttelse i regionen
infosec K GDPR og databeskyttelse; informationssikkerhed; persondataansvar
infosec P cybersikkerhed; GDPR-compliance; informationssikkerhed
people S personaleledelse; ledelse af medarbejdere; personaleansvar for fuldmægtige
people R personaleledelse; personaleansvar i afdelingen; daglig ledelse af personale
people K personaleledelse; daglig drift og personaleledelse; personaleansvar
people P people management; personaleledelse; teamledelse
leaders S ledelse af ledere; ledelse af kontorchefer; topledelse
leaders R ledelse af ledere; ledelse af afdelingsledelser; ledelse af afsnitsledere
leaders K ledelse af ledere; ledelse af institutionsledere; ledelsesteam
leaders P ledelse af ledere; ledergruppen; ledelse af mellemledere
professionals S faglig ledelse af akademikere; ledelse af specialister; faglig ledelse
professionals R faglig ledelse af læger og sygeplejersker; ledelse af sundhedsfagligt personale; klinisk ledelse
professionals K faglig ledelse af fagprofessionelle; faglig ledelse i velfærden; ledelse af fagpersoner
professionals P ledelse af specialister; faglig ledelse; ledelse af konsulenter
work_env S arbejdsmiljø; trivsel og APV; psykisk arbejdsmiljø
work_env R arbejdsmiljø i klinikken; trivsel og sygefravær; arbejdsmiljøarbejde
work_env K arbejdsmiljø og trivsel; sygefraværsindsats; psykisk arbejdsmiljø
work_env P medarbejdertrivsel; sikkerhed og arbejdsmiljø; employee engagement
cooperation S SU-samarbejde; samarbejdsudvalg; samarbejde med tillidsrepræsentanter
cooperation R MED-samarbejde; HMU; samarbejde med tillidsvalgte
cooperation K MED-samarbejde; Hoved-MED; samarbejde med TR og AMR
cooperation P samarbejdsudvalg; samarbejde med tillidsrepræsentanter; fagforeningsdialog
recruitment S rekruttering; rekruttering og fastholdelse af specialister; employer branding
recruitment R rekruttering af sundhedspersonale; fastholdelse af sygeplejersker; rekruttering og fastholdelse
recruitment K rekruttering og fastholdelse; rekruttering af pædagoger; rekrutteringsudfordringer
recruitment P talent acquisition; rekruttering; employer branding
development S kompetenceudvikling; lederudvikling; medarbejderudvikling
development R kompetenceudvikling af personale; efteruddannelse; uddannelse af yngre læger
development K kompetenceudvikling; kompetenceløft; efteruddannelse af medarbejdere
development P talentudvikling; learning & development; medarbejderudvikling
pay S lokal løn; forhandling af ny løn; lønpolitik
pay R lokal løndannelse; lønforhandling med organisationerne; lønpolitik
pay K lokal løndannelse; lønforhandling; lønpolitik
pay P lønforhandling; compensation & benefits; bonusordninger
cross_sector S tværsektorielt samarbejde; samarbejde med KL og Danske Regioner; tværministerielt samarbejde
cross_sector R tværsektorielt samarbejde; samarbejde med kommuner og praksissektor; sundhedsaftaler
cross_sector K tværsektorielt samarbejde; samarbejde med region og praksislæger; tværkommunalt samarbejde
cross_sector P samarbejde med offentlige myndigheder; offentlig-privat samarbejde; public affairs
stakeholders S interessentledelse; samarbejde med organisationer; interessentinddragelse
stakeholders R interessentledelse; samarbejde med patientforeninger; dialog med interessenter
stakeholders K interessenthåndtering; samarbejde med lokale aktører; interessentledelse
stakeholders P stakeholder management; interessenthåndtering; relationer til investorer
citizens S brugerinddragelse; borger- og virksomhedsinddragelse; brugerperspektiv
citizens R patientinddragelse; inddragelse af pårørende; patientoplevet kvalitet
citizens K borgerinddragelse; nærdemokrati; dialog med borgere og brugere
citizens P kundefokus; kundeinddragelse; kunderejser
communication S pressehåndtering; kommunikation; krisekommunikation
communication R kommunikation med presse og offentlighed; pressehåndtering; intern kommunikation
communication K pressehåndtering; kommunikation med borgerne; kommunikation
communication P kommunikation; PR og medier; intern og ekstern kommunikation
negotiation S forhandling; forhandlinger med organisationer; trepartsforhandlinger
negotiation R forhandling; forhandlinger om økonomiaftaler; forhandling med praksissektoren
negotiation K forhandling; forhandlinger med KL og leverandører; forhandling med samarbejdspartnere
negotiation P forhandling; kommercielle forhandlinger; salgsforhandlinger
partnerships S partnerskaber; netværksledelse; offentlig-private partnerskaber
partnerships R partnerskaber med universiteter; netværksledelse; samarbejde med life science-virksomheder
partnerships K partnerskaber med civilsamfundet; frivillighed og foreningsliv; netværksledelse
partnerships P strategiske partnerskaber; alliancer; partnernetværk
eu_intl S EU-forhandlinger; internationalt samarbejde; arbejde i Bruxelles
eu_intl R internationalt samarbejde; EU-projekter; internationale forskningsprojekter
eu_intl K EU-projekter; internationalt samarbejde; venskabsbysamarbejde
eu_intl P international erfaring; globale markeder; internationalt samarbejde
quality S kvalitetssikring; tilsyn med kvalitet; kvalitet i sagsbehandlingen
quality R kvalitet og patientsikkerhed; akkreditering; utilsigtede hændelser og læring
quality K kvalitetsudvikling; kvalitetsstandarder; kvalitet i velfærdsydelser
quality P kvalitetsledelse; ISO 9001; kvalitetsstyring
"""

_HELDOUT_CONCEPTS = """
pol_service S politisk rådgivning af ministeren; forberedelse af ministermøder; svar på folketingsspørgsmål
pol_service R rådgivning af regionale politikere; sekretariat for regionale udvalg; politiske indstillinger
pol_service K sekretariatsbetjening af politiske udvalg; rådgivning af borgmester og udvalgsformænd
pol_service P rådgivning af bestyrelse og ejere; board-rapportering; bestyrelsessekretariat
legislation S udarbejdelse af lovforslag; regelforenkling; juridisk kvalitetssikring af lovgivning
legislation R omsætning af nationale krav til regionale retningslinjer; fortolkning af sundhedsloven
legislation K lokal udmøntning af lovgivning; retningslinjer for serviceniveau; fortolkning af sociallovgivning
legislation P overholdelse af regulatoriske krav; juridisk compliance; regulatory affairs
authority S behandling af klager; kontrol og tilsyn; forvaltningsretlige afgørelser
authority R visitering af patienter; håndtering af patientklager; udredningsret og frit sygehusvalg
authority K sagsbehandling og afgørelser; myndighedsopgaver; bevilling af ydelser
authority P håndtering af kundeklager; reklamationer; case management
crisis S krisehåndtering; ledelse i kriser; skarpe sager med medieopmærksomhed
crisis R beredskabsledelse; håndtering af alvorlige hændelser; epidemiberedskab
crisis K beredskab og krisestyring; håndtering af kritiske sager; krisestab
crisis P risikostyring og kriseberedskab; incident management; ledelse under kriser
budget S styring af bevillinger; finanslovsarbejde; udarbejdelse af finanslovsforslag
budget R økonomistyring af driftsbudgetter; budgetansvar for afdelinger; regionale budgetter
budget K budgetansvar for forvaltningen; serviceramme og anlægsramme; budgetprocessen i kommunen
budget P budgettering; budgetproces og prognoser; forecasting
finance S regnskabsforståelse; statsligt regnskab; økonomisk ansvar for styrelsen
finance R økonomisk styring af hospitalsdrift; omkostningsstyring; driftsregnskab
finance K økonomisk styring; økonomiopfølgning; rammestyring af institutioner
finance P økonomisk ansvar; bundlinjeansvar; finansiel rapportering
procurement S offentlige udbud; indkøbsstrategi; kontraktopfølgning
procurement R indkøb af medicin og udstyr; leverandørkontrakter; regionale udbud
procurement K udbudsprocesser; indkøbspolitik; leverandøropfølgning
procurement P sourcing; procurement; indkøbsstyring
construction S byggeprojekter; ejendomsforvaltning; bygherrerollen
construction R nybyggeri af hospitaler; byggestyring; bygningsdrift
construction K bygge- og anlægsopgaver; renovering af skoler og institutioner; ejendomsdrift
construction P byggeprojektledelse; ejendomsudvikling; entrepriser
efficiency S effektiviseringsarbejde; produktivitetsforbedringer; gevinstrealisering
efficiency R bedre udnyttelse af ressourcer; produktivitet i klinikken; optimering af patientforløb
efficiency K besparelser og omprioriteringer; effektiviseringsgevinster; budgetreduktioner
efficiency P omkostningseffektivitet; procesforbedringer; lean management
kpi S datagrundlag for beslutninger; nøgletalsopfølgning; styringsinformation
kpi R dashboards og nøgletal; data om aktivitet og ventetid; datadrevet styring
kpi K benchmarking; nøgletalsanalyser; opfølgning på resultater med data
kpi P rapportering og analyse; forretningsanalyse; datadrevne beslutninger
performance S resultatmål; performancestyring i staten; opfølgning på mål
performance R aftaler om aktivitet og kvalitet; målstyring; resultataftaler
performance K kontraktstyring af institutioner; målopfølgning; resultataftaler med institutioner
performance P performance-kultur; mål og resultater; resultatansvar
capacity S planlægning af ressourcer; produktionsstyring af sagsbehandling; fordeling af opgaver
capacity R planlægning af sengepladser; ventetidsstyring; aktivitetsplanlægning
capacity K demografisk planlægning; pladsplanlægning; ressourcefordeling
capacity P bemandingsplanlægning; kapacitetsstyring; workforce planning
strategy S strategiske planer; udvikling af strategier; langsigtet planlægning
strategy R strategisk udvikling af hospitalet; strategiarbejde; sundhedsstrategi
strategy K strategisk ledelse; udarbejdelse af politikker; visionsarbejde
strategy P strategiarbejde; forretningsplan; strategisk retning
change S at lede forandringer; omstilling; gennemførelse af forandringer
change R ledelse af omstilling; forandringsprocesser i klinikken; omstillingsledelse
change K ledelse i forandring; omstilling af opgaver; forandringskommunikation
change P transformationsledelse; turnaround; ledelse af omstilling
reorg S organisationsændringer; sammenlægning af enheder; ny organisering
reorg R organisatorisk tilpasning; sammenlægning af hospitalsafdelinger; ny regional struktur
reorg K ny organisering; organisationstilpasning; strukturændringer
reorg P reorganisering; integration efter opkøb; organisationsændringer
innovation S nytænkning; udvikling af nye løsninger; forsøgsarbejde
innovation R nye behandlingsformer; udvikling af sundhedsteknologi; innovative løsninger
innovation K udviklingsarbejde med borgerne; afprøvning af velfærdsteknologi; innovative arbejdsformer
innovation P nye forretningsområder; udvikling af produkter; innovationsledelse
project S ledelse af projekter; programstyring; projektportefølje
project R ledelse af implementeringsprojekter; styring af kliniske projekter; klinisk projektledelse
project K ledelse af projekter; projektarbejde på tværs; styring af projekter
project P projektmetoder; agile metoder; Scrum
reform S udmøntning af politiske aftaler; reformer i praksis; gennemførelse af reformer
reform R omsætning af sundhedsreformen; gennemførelse af nationale sundhedsaftaler; nye sundhedsråd
reform K lokal udmøntning af reformer; reformarbejde i kommunen; gennemførelse af politiske aftaler
reform P omstilling til ny regulering; håndtering af nye markedsvilkår; nye rammebetingelser
digital S digitalisering af forvaltningen; digital omstilling; digitale løsninger til borgere og virksomheder
digital R digital omstilling af sundhedsvæsenet; telemedicin; digitale løsninger til patienter
digital K digital omstilling; digitale borgerløsninger; selvbetjening
digital P digital omstilling; e-handel og digitale kanaler; digitale produkter
it_projects S it-udvikling; styring af it-leverandører; it-systemer
it_projects R sundheds-it; it-systemimplementering; elektronisk patientjournal
it_projects K implementering af it-systemer; it-kontrakter; udskiftning af fagsystemer
it_projects P it-projektledelse; implementering af forretningssystemer; SAP
data_ai S kunstig intelligens; maskinlæring i forvaltningen; dataanvendelse
data_ai R AI i sundhedsvæsenet; kliniske data; brug af sundhedsdata
data_ai K anvendelse af data; AI i kommunen; dataanalyse i velfærden
data_ai P AI; avanceret analyse; datavidenskab
infosec S databeskyttelse; it-sikkerhed; persondataforordningen
infosec R it-sikkerhed; beskyttelse af patientdata; databeskyttelsesforordningen
infosec K it-sikkerhed; databeskyttelse; persondatasikkerhed
infosec P it-sikkerhed; cyber security; beskyttelse af data
people S medarbejderledelse; ledelse af et kontor; ansvar for medarbejdere
people R medarbejderledelse; ledelse af et afsnit; ansvar for medarbejdere
people K medarbejderledelse; daglig ledelse; ledelse af en institution
people P ledelse af teams; medarbejderledelse; HR-ansvar
leaders S ledelse gennem ledere; ansvar for chefer; ledelse af en chefgruppe
leaders R ledelse af afdelingsledere; ledelse gennem ledere; lederteam på hospitalet
leaders K ledelse af en ledergruppe; ledelse gennem ledere; ansvar for decentrale ledere
leaders P ledelse af managers; executive team; ledelse gennem ledere
professionals S ledelse af højt specialiserede medarbejdere; faglig sparring; ledelse af jurister og økonomer
professionals R ledelse af klinikere; sundhedsfaglig ledelse; faglig udvikling af klinisk personale
professionals K ledelse af fagpersonale; fagfaglig ledelse; ledelse af pædagogisk personale
professionals P ledelse af eksperter; ledelse af vidensmedarbejdere; faglig sparring
work_env S trivsel; arbejdspladsvurdering; godt arbejdsmiljø
work_env R fysisk og psykisk arbejdsmiljø; trivselsarbejde; nedbringelse af sygefravær
work_env K trivsel på arbejdspladsen; nedbringelse af sygefravær; sundt arbejdsmiljø
work_env P trivsel; health & safety; arbejdsmiljøledelse
cooperation S samarbejde i SU; medindflydelse; samarbejde med medarbejderrepræsentanter
cooperation R medindflydelse og medbestemmelse; samarbejde i MED-udvalg; lokal aftale om MED
cooperation K medindflydelse og medbestemmelse; samarbejde i MED-systemet; dialog med tillidsvalgte
cooperation P medarbejderinddragelse; samarbejde med medarbejderrepræsentanter; European Works Council
recruitment S talentrekruttering; fastholdelse af medarbejdere; ansættelser
recruitment R ansættelse af sundhedspersonale; fastholdelse af medarbejdere; rekrutteringsstrategi
recruitment K ansættelsesprocesser; fastholdelse af personale; rekrutteringsstrategi
recruitment P recruitment; headhunting; fastholdelse af talenter
development S udvikling af medarbejdere; efter- og videreuddannelse; lederudviklingsforløb
development R faglig opkvalificering; videreuddannelse; kompetenceplaner
development K opkvalificering; kompetenceplaner; udvikling af medarbejdere
development P træning og udvikling; lederudviklingsprogrammer; onboarding
pay S løndannelse; lønforhandlinger; resultatløn
pay R lønforhandlinger; løndannelse; funktions- og kvalifikationstillæg
pay K forhandling af løn; løndannelse; tillægsforhandlinger
pay P løn og benefits; vederlag; incitamentsprogrammer
cross_sector S samarbejde på tværs af sektorer; tæt samarbejde med kommuner og regioner; tværoffentligt samarbejde
cross_sector R sammenhængende patientforløb på tværs af sektorer; samarbejde med almen praksis
cross_sector K samarbejde på tværs af sektorer; samarbejde med hospitaler; tværoffentligt samarbejde
cross_sector P samspil med det offentlige; samarbejde med myndigheder; offentlige kunder
stakeholders S inddragelse af interessenter; relationer til eksterne parter; dialog med erhvervsorganisationer
stakeholders R dialog med patientorganisationer; relationer til eksterne parter; inddragelse af interessenter
stakeholders K samarbejde med eksterne parter; relationer til lokalsamfundet; inddragelse af interessenter
stakeholders P interessentstyring; investor relations; relationer til nøglekunder
citizens S inddragelse af brugere; dialog med borgere og virksomheder; brugerundersøgelser
citizens R inddragelse af patienter; pårørendesamarbejde; patientinvolvering
citizens K inddragelse af borgere; borgerdialog; samarbejde med brugerråd
citizens P kundeoplevelse; kundedialog; customer experience
communication S kontakt til medier; presse og kommunikation; formidling
communication R mediehåndtering; formidling til offentligheden; kommunikationsarbejde
communication K mediehåndtering; formidling; kommunikation med offentligheden
communication P branding og kommunikation; medierelationer; corporate communication
negotiation S forhandlingserfaring; forhandlinger med interesseorganisationer; forhandlinger med andre ministerier
negotiation R forhandlinger med kommuner og staten; forhandlingserfaring; forhandling af aftaler
negotiation K forhandlingserfaring; forhandling af aftaler; forhandlinger med eksterne parter
negotiation P forhandlingsteknik; kontraktforhandling; commercial negotiation
partnerships S samarbejdsaftaler; netværkssamarbejde; tværgående partnerskaber
partnerships R samarbejde med forskningsinstitutioner; strategiske alliancer; netværkssamarbejde
partnerships K samarbejde med frivillige; civilsamfundspartnerskaber; lokale partnerskaber
partnerships P partnerskabsaftaler; samarbejdspartnere; økosystemer
eu_intl S EU-arbejde; internationale forhandlinger; samarbejde med EU-Kommissionen
eu_intl R europæiske samarbejdsprojekter; internationalt netværk; EU-finansierede projekter
eu_intl K europæiske projekter; international udveksling; EU-midler
eu_intl P internationale markeder; eksport; global erfaring
quality S kvalitetsarbejde; kontrol af kvalitet; kvalitetssikring af afgørelser
quality R patientsikkerhed; kvalitetsudvikling i klinikken; den danske kvalitetsmodel
quality K kvalitetsarbejde; tilsyn med tilbud; kvalitetsopfølgning
quality P kvalitetskontrol; kvalitetsstyringssystem; Six Sigma
"""

_MAIN_DOMAINS = """
health S sundhedspolitik; lægemiddelområdet; sundhedsvæsenets rammer
health R hospitalsdrift; somatik og akutmodtagelse; psykiatri
health K sundhed og forebyggelse; genoptræning; det nære sundhedsvæsen
health P privathospitaler; medicoindustrien; sundhedsteknologi
elderly S ældrepolitik; rammer for ældreplejen; ældreområdet nationalt
elderly R geriatri; ældre medicinske patienter; samarbejde om ældre patienter
elderly K ældreområdet; hjemmepleje og plejecentre; ældre- og omsorgsområdet
elderly P privat hjemmepleje; seniorboliger; omsorgsydelser
children S folkeskolepolitik; børne- og undervisningsområdet; uddannelsespolitik
children R børne- og ungdomspsykiatri; specialiserede tilbud til børn; børneafdelinger
children K dagtilbud og skole; folkeskoleområdet; børn og unge
children P privatskoler; børnepasning; læringsteknologi
employment S beskæftigelsespolitik; arbejdsmarkedsområdet; refusionssystemet
employment R regional uddannelse og arbejdskraft; kvalificeret arbejdskraft; erhvervsudvikling
employment K beskæftigelsesområdet; jobcenter; ydelsesområdet
employment P anden aktør i beskæftigelsesindsatsen; jobformidling; vikarbranchen
social S socialpolitik; handicapområdet; udsatte grupper
social R specialiserede sociale tilbud; socialpsykiatri; regionale sociale tilbud
social K socialområdet; handicap og psykiatri; udsatte børn og unge
social P socialøkonomisk virksomhed; private sociale tilbud; botilbud
environment S miljøregulering; infrastruktur; klima og energi
environment R regional udvikling; kollektiv trafik; jordforurening
environment K teknik og miljø; plan og byggesag; klimatilpasning
environment P rådgivende ingeniørvirksomhed; energisektoren; forsyning
digital S digitaliseringsområdet; fællesoffentlig digitalisering; statens it
digital R sundheds-it-området; regional it; it-drift
digital K it og digitalisering; fælleskommunal digitalisering; kommunens it
digital P it-branchen; softwareudvikling; it-konsulentvirksomhed
finance S statsøkonomi; finanspolitik; offentlige finanser
finance R regional økonomi; økonomiafdelingen; koncernøkonomi
finance K økonomiforvaltningen; kommunal økonomi; økonomi og analyse
finance P finanssektoren; revision; bank og forsikring
hr S HR og personalejura; statens arbejdsgiverpolitik; HR-området
hr R HR i regionen; koncern-HR; personaleområdet
hr K HR og personale; personaleafdelingen; kommunens personalepolitik
hr P HR-funktion; HR-rådgivning; people & culture
justice S politi og anklagemyndighed; kriminalforsorgen; skatteområdet
justice R retspsykiatri; retspsykiatriske patienter; sikringsafdelingen
justice K kriminalitetsforebyggelse; SSP-samarbejdet; kriminalpræventivt arbejde
justice P sikkerhedsbranchen; advokatvirksomhed; compliance og antihvidvask
culture S kulturpolitik; museer og kulturarv; medieområdet
culture R regional kulturudvikling; kulturregioner; kulturaftaler
culture K kultur og fritid; biblioteker; idræt og foreningsliv
culture P kulturbranchen; medievirksomhed; events og oplevelser
research S forskning og videregående uddannelse; universitetsområdet; forskningspolitik
research R klinisk forskning; forskning på hospitalet; sundhedsvidenskabelig forskning
research K voksenuddannelse; uddannelsesvejledning; ungdomsuddannelser
research P forskning og udvikling; R&D; privat forskningsafdeling
"""

_HELDOUT_DOMAINS = """
health S sundhedsregulering; folkesundhed; lægemiddelregulering
health R sygehusdrift; akutområdet og præhospital; behandlingspsykiatri
health K forebyggelse og sundhedsfremme; rehabilitering; kommunal sundhedstjeneste
health P private sundhedsydelser; medtech; life science
elderly S lovgivning på ældreområdet; værdig ældrepleje; ældretilsyn
elderly R geriatrisk behandling; den ældre medicinske patient; palliation
elderly K pleje og omsorg; plejeboliger; hjemmehjælp og hjemmesygepleje
elderly P private plejeboliger; privat omsorg; velfærdsservice for ældre
children S grundskolen; ungdomsuddannelserne; undervisningsregulering
children R pædiatri; børn og unge med psykiatriske diagnoser; børnehospital
children K skoleområdet; daginstitutioner; pasning og undervisning
children P friskoler; privat pasning; edtech
employment S arbejdsmarkedspolitik; nationale beskæftigelsesindsatser; arbejdsløshedsforsikring
employment R kompetencer til arbejdsmarkedet; uddannelse og arbejdsmarked i regionen
employment K jobcenterområdet; indsatser for ledige; sygedagpenge og kontanthjælp
employment P outplacement; private beskæftigelsesaktører; vikarservice
social S social- og boligpolitik; udsatte borgere; handicappolitik
social R højt specialiserede tilbud; det sociale område i regionen; botilbud for voksne
social K voksenhandicap; familieområdet; udsatte voksne
social P private opholdssteder; socialt entreprenørskab; NGO
environment S miljøpolitik; transportinfrastruktur; grøn omstilling
environment R regional trafikplanlægning; råstofplanlægning; regionale udviklingsprojekter
environment K byplanlægning; vej og park; natur og miljø
environment P ingeniørrådgivning; bygge- og anlægsbranchen; cleantech
digital S offentlig digitalisering; digital infrastruktur; digital identitet
digital R regional it-drift; it på hospitaler; medicoteknik
digital K digitaliseringsafdelingen; it-afdelingen; borgerrettede it-løsninger
digital P tech-virksomhed; SaaS; it-rådgivning
finance S makroøkonomi; økonomisk politik; statens finanser
finance R økonomi i regionen; økonomisekretariatet; regional økonomistab
finance K afdeling for økonomi; kommunens økonomi; økonomi- og analyseafdeling
finance P pengeinstitut; revisionsbranchen; finansiel rådgivning
hr S personalepolitik i staten; HR-styring; personaleadministration
hr R regional HR; personaleadministration på hospitaler; HR-partnere
hr K løn og personale; HR-afdelingen; personalejura
hr P HR-konsulentvirksomhed; human resources; people operations
justice S retsvæsenet; told og skat; domstolene
justice R forensisk psykiatri; retsmedicin; dømte psykiatriske patienter
justice K SSP og forebyggelse af kriminalitet; tryghed i byen; ungdomskriminalitet
justice P vagt og sikring; juridisk rådgivning; anti-hvidvask
culture S kulturarv og fortidsminder; statslige kulturinstitutioner; public service-medier
culture R kultur i regional udvikling; regionale kulturprojekter; kulturel infrastruktur
culture K fritid og idræt; kulturhuse; folkebiblioteker
culture P oplevelsesøkonomi; forlagsbranchen; musikbranchen
research S universiteter og forskning; forskningsbevillinger; videregående uddannelser
research R forskningsenheder; lægevidenskabelig forskning; forskningsstøtte på hospitaler
research K uddannelsesområdet; ungeindsats og uddannelse; kommunal ungeindsats
research P R&D-afdeling; innovation og forskning; laboratorievirksomhed
"""

# Fit-neutral items people and employers add anyway: they must not help a ranker.
_NOISE = {
    "main": "Office-pakken; mødeledelse; engelsk i skrift og tale; præsentationsteknik; tysk på konversationsniveau;"
    " kørekort; facilitering af workshops; struktureret; nysgerrig; resultatorienteret",
    "heldout": "Microsoft 365; fransk; storytelling; visuel formidling; mødefacilitering; ordblindevenlig skrivning;"
    " vedholdende; udadvendt; analytisk; løsningsorienteret",
    "independent": _independent.NOISE,
}


def _parse(block: str) -> dict[str, dict[str, tuple[str, ...]]]:
    pools: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in block.strip().splitlines():
        key, code, rest = line.split(maxsplit=2)
        by_sector = pools.setdefault(key, {})
        by_sector[_SECTOR[code]] = by_sector.get(_SECTOR[code], ()) + tuple(
            p.strip() for p in rest.split(";") if p.strip()
        )
    return pools


CONCEPT_PHRASES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "main": _parse(_MAIN_CONCEPTS),
    "heldout": _parse(_HELDOUT_CONCEPTS),
    "independent": _parse(_independent.CONCEPTS),
}
DOMAIN_PHRASES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "main": _parse(_MAIN_DOMAINS),
    "heldout": _parse(_HELDOUT_DOMAINS),
    "independent": _parse(_independent.DOMAINS),
}
NOISE_PHRASES: dict[str, tuple[str, ...]] = {
    style: tuple(p.strip() for p in text.split(";")) for style, text in _NOISE.items()
}
CONCEPTS: tuple[str, ...] = tuple(CONCEPT_PHRASES["main"])
DOMAINS: tuple[str, ...] = tuple(DOMAIN_PHRASES["main"])

# --- organisations, titles, people and sentence templates ------------------------------------------------
# stat organisations: "name = domains it can employ leaders in"
_STAT_ORGS = {
    "main": """Finansministeriet = finance hr digital
Økonomistyrelsen = finance digital
Medarbejder- og Kompetencestyrelsen = hr
Indenrigs- og Sundhedsministeriet = health elderly
Sundhedsstyrelsen = health elderly
Lægemiddelstyrelsen = health research
Beskæftigelsesministeriet = employment
Styrelsen for Arbejdsmarked og Rekruttering = employment
Social- og Boligministeriet = social elderly
Socialstyrelsen = social children elderly
Børne- og Undervisningsministeriet = children
Styrelsen for Undervisning og Kvalitet = children research
Miljøministeriet = environment
Miljøstyrelsen = environment
Vejdirektoratet = environment
Digitaliseringsstyrelsen = digital
Justitsministeriet = justice
Rigspolitiet = justice digital
Kriminalforsorgen = justice social
Skatteministeriet = justice finance
Skattestyrelsen = justice finance digital
Kulturministeriet = culture
Slots- og Kulturstyrelsen = culture
Uddannelses- og Forskningsministeriet = research
Aarhus Universitet = research
Københavns Universitet = research hr""",
    "heldout": """Statens Administration = finance hr
Statens It = digital
Erhvervsministeriet = finance digital
Erhvervsstyrelsen = finance digital environment
Styrelsen for Patientsikkerhed = health elderly
Sundhedsdatastyrelsen = health digital
Ældreministeriet = elderly
Ankestyrelsen = social employment children
Arbejdstilsynet = employment hr
Familieretshuset = children social justice
Styrelsen for It og Læring = children digital
Styrelsen for Dataforsyning og Infrastruktur = digital environment
Transportministeriet = environment
Banedanmark = environment
Klima-, Energi- og Forsyningsministeriet = environment
Energistyrelsen = environment
Domstolsstyrelsen = justice
Gældsstyrelsen = justice finance
Anklagemyndigheden = justice
Udlændinge- og Integrationsministeriet = social employment justice
Det Kgl. Bibliotek = culture research
Nationalmuseet = culture
Uddannelses- og Forskningsstyrelsen = research
Syddansk Universitet = research hr
Danmarks Tekniske Universitet = research digital""",
    "independent": _independent.STAT_ORGS,
}
STAT_ORGS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    style: tuple((n.strip(), tuple(d.split())) for n, d in (line.split("=") for line in text.splitlines()))
    for style, text in _STAT_ORGS.items()
}
# region code -> (administration, hospitals, psychiatry)
REGION_ORGS: dict[str, dict[int, tuple[str, tuple[str, ...], str]]] = {
    "main": {
        1081: ("Region Nordjylland", ("Aalborg Universitetshospital",), "Psykiatrien i Region Nordjylland"),
        1082: ("Region Midtjylland", ("Aarhus Universitetshospital", "Regionshospitalet Gødstrup"),
               "Psykiatrien i Region Midtjylland"),
        1083: ("Region Syddanmark", ("Odense Universitetshospital", "Sygehus Lillebælt"),
               "Psykiatrien i Region Syddanmark"),
        1084: ("Region Hovedstaden", ("Rigshospitalet", "Herlev og Gentofte Hospital"),
               "Region Hovedstadens Psykiatri"),
        1085: ("Region Sjælland", ("Sjællands Universitetshospital", "Holbæk Sygehus"),
               "Psykiatrien Region Sjælland"),
    },
    "heldout": {
        1081: ("Regionshuset i Aalborg", ("Regionshospital Nordjylland",), "Psykiatrisk Center Nordjylland"),
        1082: ("Regionshuset i Viborg", ("Hospitalsenhed Midt", "Regionshospitalet Randers",
               "Hospitalsenheden Horsens"), "Psykiatrisk Center Midtjylland"),
        1083: ("Regionshuset i Vejle", ("Sydvestjysk Sygehus", "Sygehus Sønderjylland"),
               "Psykiatrisk Center Syddanmark"),
        1084: ("Regionsgården i Hillerød", ("Bispebjerg og Frederiksberg Hospital", "Nordsjællands Hospital",
               "Amager og Hvidovre Hospital"), "Psykiatrisk Center Hovedstaden"),
        1085: ("Regionshuset i Sorø", ("Nykøbing Falster Sygehus", "Næstved, Slagelse og Ringsted Sygehuse"),
               "Psykiatrisk Center Sjælland"),
    },
    "independent": _independent.REGION_ORGS,
}  # fmt: skip
KOMMUNE_GENITIVE = {"København": "Københavns Kommune", "Vesthimmerland": "Vesthimmerlands Kommune",
                    "Nordfyn": "Nordfyns Kommune", "Bornholm": "Bornholms Regionskommune"}  # fmt: skip
# heldout and independent kommune organisations name the forvaltning; main ones are just "<name> Kommune"
KOMMUNE_UNITS = {style: dict(zip(DOMAINS, units, strict=True)) for style, units in {
    "heldout": ("Sundhed og Forebyggelse", "Center for Pleje og Omsorg",
    "Børne- og Skoleforvaltningen", "Center for Job og Borgerservice", "Social- og Handicapforvaltningen",
    "Teknik- og Miljøforvaltningen", "Digitalisering og IT", "Økonomi og Analyse", "Løn og Personale",
    "Center for Tryghed og Forebyggelse", "Kultur- og Fritidsforvaltningen", "Center for Uddannelse og Unge"),
    "independent": _independent.KOMMUNE_UNITS,
}.items()}  # fmt: skip
PRIVATE_PREFIX = {
    "main": ("Nordlys", "Havblik", "Lyngtoft", "Sølvhøj", "Granbakke", "Vestermark", "Bøgely", "Kystbo", "Stjernedal"),
    "heldout": ("Egebjerg", "Solvang", "Højlund", "Møllebæk", "Rosenlund", "Fyrreholm", "Skovly", "Engblom",
                "Bakkedal"),
    "independent": _independent.PRIVATE_PREFIX,
}  # fmt: skip
PRIVATE_INDUSTRY = {
    "main": dict(zip(DOMAINS, ("Medico A/S", "Pleje & Omsorg A/S", "Læring ApS", "Jobpartner A/S", "Bosteder ApS",
        "Rådgivende Ingeniører A/S", "Software A/S", "Finans A/S", "HR-rådgivning ApS", "Sikring A/S", "Media A/S",
        "Biotek A/S"), strict=True)),
    "heldout": dict(zip(DOMAINS, ("Health ApS", "Care A/S", "Edu A/S", "Staffing A/S", "Social Care ApS",
        "Engineering A/S", "Tech ApS", "Capital A/S", "People Consulting ApS", "Security A/S", "Entertainment ApS",
        "Life Science A/S"), strict=True)),
    "independent": dict(zip(DOMAINS, _independent.PRIVATE_INDUSTRY, strict=True)),
}  # fmt: skip
TITLES = {  # sector -> titles for level 1, 2, 3, 4 (separated by |)
    "main": {"stat": "Teamleder; Sektionsleder | Kontorchef | Afdelingschef; Vicedirektør"
                     " | Styrelsesdirektør; Departementschef",
             "region": "Teamleder; Funktionsleder | Afdelingschef | Centerchef; Vicedirektør"
                       " | Koncerndirektør; Regionsdirektør",
             "kommune": "Teamleder; Afdelingsleder; Institutionsleder | Områdeleder; Afdelingschef"
                        " | Centerchef; Fagchef | Direktør; Kommunaldirektør",
             "privat": "Teamleder; Manager | Head of Department | Vice President; Divisionsdirektør"
                       " | Administrerende direktør; CEO"},
    "heldout": {"stat": "Enhedsleder; Chefkonsulent med personaleansvar | Enhedschef; Centerchef | Underdirektør;"
                        " Områdedirektør | Direktør; Afdelingschef i departementet",
                "region": "Afsnitsleder; Sektionsleder | Enhedschef; Stabschef | Centerdirektør; Områdechef"
                          " | Direktør for hospitalsenheden; Regionsdirektør",
                "kommune": "Daglig leder; Gruppeleder | Virksomhedsleder; Sektionschef | Forvaltningschef; Stabschef"
                           " | Fagdirektør; Administrerende direktør for forvaltningen",
                "privat": "Team Lead; Gruppeleder | Department Manager; Chef | Director; Senior Vice President"
                          " | Adm. direktør; Managing Director"},
    "independent": _independent.TITLES,
}  # fmt: skip
SPECIAL_TITLES = {  # (sector, domain) -> level -> titles
    "main": {("region", "health"): {1: "Ledende overlæge; Afdelingssygeplejerske", 2: "Cheflæge; Chefsygeplejerske",
                                    4: "Hospitalsdirektør"},
             ("kommune", "children"): {1: "Skoleleder; Dagtilbudsleder", 3: "Skolechef"},
             ("kommune", "employment"): {2: "Jobcenterchef"}, ("kommune", "elderly"): {1: "Plejecenterleder"},
             ("stat", "justice"): {2: "Politiinspektør", 3: "Vicepolitidirektør", 4: "Politidirektør"},
             ("stat", "research"): {2: "Institutleder", 3: "Dekan", 4: "Rektor"}},
    "heldout": {("region", "health"): {1: "Afsnitsledende sygeplejerske; Oversygeplejerske", 2: "Klinikchef",
                                       3: "Sygeplejefaglig vicedirektør; Lægefaglig vicedirektør"},
                ("kommune", "children"): {1: "Viceskoleleder; Leder af børnehus", 3: "Børne- og ungechef"},
                ("kommune", "employment"): {2: "Leder af jobcentret"},
                ("kommune", "elderly"): {1: "Leder af hjemmeplejen"},
                ("stat", "justice"): {3: "Chefanklager; Chefpolitiinspektør"},
                ("stat", "research"): {2: "Centerleder", 4: "Universitetsdirektør"}},
    "independent": _independent.SPECIAL_TITLES,
}  # fmt: skip
EDUCATION = {
    "main": ("cand.scient.pol.", "cand.polit.", "cand.jur.", "cand.merc.", "cand.med.", "cand.scient.adm.",
             "sygeplejerske og master i offentlig ledelse", "lærer og diplomuddannelse i ledelse", "civilingeniør",
             "pædagog og diplom i ledelse", "socialrådgiver og MPA", "HD i regnskab"),
    "heldout": ("Kandidat i statskundskab", "Økonom (kandidat)", "Jurist", "Læge med speciallægeuddannelse",
                "Uddannet sygeplejerske, master i sundhedsledelse", "Folkeskolelærer med lederuddannelse",
                "Uddannet pædagog, den offentlige lederuddannelse", "Cand.soc.", "Ingeniør (M.Sc.)", "MBA",
                "Cand.it.", "Erhvervsøkonom"),
    "independent": _independent.EDUCATION,
}  # fmt: skip
FIRST_NAMES = ("Anne Mette Hanne Susanne Lene Camilla Louise Maria Sofie Ida Karen Birgitte Line Tina Helle Julie "
               "Peter Jens Lars Henrik Søren Thomas Martin Michael Anders Jesper Rasmus Mads Niels Kasper Jonas Ole"
               ).split()  # fmt: skip
LAST_NAMES = ("Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen "
              "Madsen Kristensen Olsen Thomsen Poulsen Johansen Møller Mortensen Dahl Holm Lund Krogh Bech Skov "
              "Friis Vestergaard Kjær Bak Lauridsen").split()  # fmt: skip

TEMPLATES: dict[str, dict] = {
    "main": {
        "intro": ("{title} i {org} med {years} års ledererfaring inden for {dom}.",
                  "Jeg er {title_l} i {org} og har arbejdet med {dom} i {years} år som leder.",
                  "Leder med {years} års erfaring, i dag {title_l} i {org} med fokus på {dom}."),
        "concepts": ("Jeg har arbejdet meget med {x}.", "Mine kompetencer ligger særligt inden for {x}.",
                     "{X} har fyldt meget i mit arbejde.", "Jeg har haft ansvar for {x}.", "Styrker: {x}."),
        "identity": {
            "stat": ("Jeg kender maskinrummet i ministeriet og samspillet mellem departement og styrelse.",
                     "Jeg har arbejdet tæt på ministeren og kender den statslige styring indefra.",
                     "Erfaren i styrelsens drift og i at omsætte ministerens politik til praksis."),
            "region": ("Jeg har mange års erfaring fra hospitalsverdenen og regionens politiske organisation.",
                       "Arbejder tæt sammen med regionsrådet og hospitalets ledelse om patienternes behandling.",
                       "Min hverdag er præget af drift på hospitalet med patienterne i centrum."),
            "kommune": ("Jeg er vant til at arbejde i en politisk styret kommunal organisation med byrådet tæt på.",
                        "Borgerne og forvaltningens drift er omdrejningspunktet i mit arbejde.",
                        "Kender den kommunale virkelighed, fra byrådssalen til institutionerne."),
            "privat": ("Jeg kommer fra den private sektor med fokus på kunderne og bundlinjen.",
                       "Har ledet i en international koncern med bestyrelsen som nærmeste opdragsgiver.",
                       "Vant til et forretningsdrevet miljø med korte beslutningsveje."),
        },
        "personal": ("I fritiden løber jeg maraton og er formand for den lokale tennisklub.",
                     "Privat er jeg gift og har tre børn.", "Jeg er kendt for mit gode humør og min nysgerrighed."),
        "job": ("Ansvarlig for {x}.", "Opgaverne omfattede {x}.", "Arbejdede med {x}."),
        "job_domain": ("Leder inden for {dom}.", "Området var {dom}."),
        "vac_title": "{title}, {dom}",
        "vac_intro": ("{org} søger en {title_l} til {dom}.",
                      "Vil du være vores nye {title_l}? Hos {org} får du ansvaret for {dom}."),
        "vac_identity": {"stat": "Vi er en del af et ministerområde med tæt kontakt til departementet.",
                         "region": "Vi arbejder hver dag for at give patienterne den bedste behandling.",
                         "kommune": "Vi arbejder for god velfærd for kommunens borgere."},
        "vac_tasks": ("Du får ansvaret for {x}.", "Opgaverne omfatter blandt andet {x}."),
        "vac_profile": ("Vi forventer, at du har erfaring med {x}.", "Du har solid erfaring med {x}."),
        "vac_nice": ("Det er en fordel, hvis du kender til {x}.",),
        "vac_boiler": {"stat": "erfaring med politisk betjening",
                       "region": "erfaring fra en politisk styret organisation",
                       "kommune": "erfaring fra en politisk styret organisation"},
        "vac_boiler_sentence": "Du har {x}.",
        "vac_know_sentence": "Det er en fordel at have {x}.",
        "vac_know": {"stat": "kendskab til statens styring", "region": "kendskab til regionale forhold",
                     "kommune": "kendskab til den kommunale verden"},
        "vac_offer": ("Vi tilbyder et spændende job med dygtige kolleger og gode udviklingsmuligheder.",
                      "Stillingen er på fuld tid, og løn fastsættes efter gældende aftale."),
        "vac_deadline": "Ansøgningsfrist: 1. februar 2027.",
    },
    "heldout": {
        "intro": ("Som {title_l} hos {org} har jeg ansvaret for {dom}; samlet har jeg været leder i {years} år.",
                  "{years} år som leder, senest som {title_l} hos {org}, hvor {dom} er mit felt.",
                  "Erfaren {title_l} ({org}) med baggrund inden for {dom}."),
        "concepts": ("Jeg har stor erfaring med {x}.", "Min profil rummer {x}.", "Hos mig vægter {x} højt.",
                     "Jeg har især bidraget med {x}.", "Blandt mine styrker er {x}."),
        "identity": {
            "stat": ("Mine år i centraladministrationen har lært mig, hvordan lovgivning bliver til.",
                     "Erfaring fra både departement og underliggende myndighed.",
                     "Kender den statslige forvaltning og Folketingets arbejdsgange."),
            "region": ("Jeg har arbejdet på sygehuse i flere regioner, altid med fokus på patientforløbet.",
                       "Kender det regionale sundhedsvæsen og de politiske processer i regionen.",
                       "Har arbejdet i det regionale system med sygehusledelse og regionspolitikere."),
            "kommune": ("Jeg kender kommunens opgaver indefra og har arbejdet tæt med lokalpolitikerne.",
                        "Mit udgangspunkt er velfærden i kommunen og mødet med borgeren.",
                        "Har arbejdet i kommunal forvaltning under skiftende borgmestre."),
            "privat": ("Har gjort karriere i erhvervslivet, senest i en børsnoteret virksomhed.",
                       "Baggrund fra det private med fokus på vækst og kundeværdi.",
                       "Kommer fra en ejerledet virksomhed, hvor beslutningerne træffes hurtigt."),
        },
        "personal": ("Uden for arbejdet sejler jeg og synger i kor.", "Jeg bor med min familie tæt på skov og strand.",
                     "Kolleger beskriver mig som ligefrem og vedholdende."),
        "job": ("Havde ansvaret for {x}.", "Her stod jeg for {x}.", "Centrale opgaver var {x}."),
        "job_domain": ("Fagområde: {dom}.", "Stillingen dækkede {dom}."),
        "vac_title": "{title} til {dom}",
        "vac_intro": ("Vi leder efter en erfaren {title_l}, der kan stå i spidsen for {dom} hos {org}.",
                      "Hos {org} er stillingen som {title_l} med ansvar for {dom} ledig."),
        "vac_identity": {"stat": "Vi er en statslig myndighed med opgaver for hele landet.",
                         "region": "Vores sygehuse og centre behandler patienter fra hele regionen.",
                         "kommune": "Kommunen leverer velfærd tæt på borgerne."},
        "vac_tasks": ("Jobbet indebærer {x}.", "Du kommer til at arbejde med {x}."),
        "vac_profile": ("Du har dokumenterede resultater inden for {x}.",
                        "Vi lægger vægt på, at du kan vise erfaring med {x}."),
        "vac_nice": ("Har du også erfaring med {x}, er det et plus.",),
        "vac_boiler": {"stat": "erfaring fra centraladministrationen",
                       "region": "erfaring fra en politisk ledet organisation",
                       "kommune": "erfaring fra en politisk ledet organisation"},
        "vac_boiler_sentence": "Det er vigtigt, at du har {x}.",
        "vac_know_sentence": "Vi sætter pris på {x}.",
        "vac_know": {"stat": "indsigt i centraladministrationens arbejdsgange",
                     "region": "indsigt i det regionale sundhedsvæsen",
                     "kommune": "indsigt i kommunernes opgaver og styring"},
        "vac_offer": ("Du får engagerede kolleger og en arbejdsplads i udvikling.",
                      "Ansættelsen sker på kontrakt efter gældende chefaftale."),
        "vac_deadline": "Send din ansøgning senest 1. februar 2027.",
    },
    "independent": _independent.TEMPLATES,
}  # fmt: skip
