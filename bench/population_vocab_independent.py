"""The "independent" wording style of the benchmark population, written by another hand.

The ``main`` and ``heldout`` pools in ``population_vocab`` were written by the same hand that wrote the
ranker's competence taxonomy and glossary, so a ranker can look better on them than on text it has never
been near. The pools here say the same latent things (same concept keys, policy domains, sectors and
levels) the way Danish job ads and leader CVs tend to say them: wordy, inflected, with verbs and split
forms ("at få budgettet i balance", "har stået i spidsen for ..."), in both formal and everyday register.

They were written independently of Sektorbro's taxonomy, glossary and lexicon, without reading them, and
without reusing phrases from the ``main`` and ``heldout`` pools. Keep it that way: do not tune these
phrases towards the ranker's vocabulary, and do not copy phrases in from the ranker or the other styles.
``tests/bench/test_population_independent.py`` checks that the overlap stays small.

The blocks use the ``population_vocab`` line format ``<key> <sector> phrase; phrase; ...`` with sector S
(stat), R (region), K (kommune) or P (privat); keys follow the order of the ``main`` pools, and a key
and sector may run over several lines (their phrases are joined).
"""

from __future__ import annotations

CONCEPTS = """
pol_service S at klæde ministeren på til samråd og forhandlinger; talepapirer, ministersvar og beredskabsnotater
pol_service S tæt sparring med departementschefen og ministerens kontor
pol_service S sager og indstillinger, der skal forelægges ministeren
pol_service R at skrive sager til regionsrådets møder; at klæde regionspolitikerne på til svære beslutninger
pol_service R sekretariatsopgaver for regionsrådets udvalg
pol_service R løbende dialog med regionsrådsformanden og udvalgsformændene
pol_service K at skrive sagsfremstillinger til byrådet og de stående udvalg; at klæde udvalgsmedlemmerne godt på
pol_service K tæt sparring med borgmesteren; forberedelse af udvalgsmøder og politiske temadrøftelser
pol_service P at forberede bestyrelsesmøderne og indstillingerne til bestyrelsen
pol_service P den løbende dialog med bestyrelsesformanden; rapportering til ejerkredsen
pol_service P sekretariatsfunktionen for direktion og bestyrelse
legislation S at skrive lovforslag med tilhørende bemærkninger; at føre et lovforslag sikkert gennem Folketinget
legislation S at skrive bekendtgørelser og vejledninger; ændringer af regelgrundlaget på området
legislation R at omsætte ny sundhedslov til praksis på hospitalerne
legislation R regionale instrukser udarbejdet på baggrund af ny lovgivning
legislation R at sikre, at regionen lever op til lovens krav; juridisk rådgivning om sundhedslovens regler
legislation K at få ny lovgivning til at virke i den kommunale hverdag
legislation K at oversætte lovændringer til lokale retningslinjer
legislation K at fastlægge serviceniveauet inden for lovens rammer; juridisk overblik over den sociale lovgivning
legislation P at sikre, at virksomheden overholder lovkrav og standarder
legislation P dialog med tilsynsmyndighederne om de regulatoriske krav; opfølgning på nye EU-regler og branchekrav
legislation P virksomhedens compliance-program
authority S at træffe afgørelser over for borgere og virksomheder; tilsyn og kontrol med virksomhederne på området
authority S behandling af klager og rekurssager; at sagsbehandlingen sker efter forvaltningslovens regler
authority R at visitere patienterne til det rette behandlingstilbud; behandling af klager fra patienter og pårørende
authority R at patienternes rettigheder og frie valg bliver overholdt; afgørelser om behandling i udlandet
authority K at træffe afgørelser efter serviceloven; at styre visitationen til hjælp og ydelser
authority K retssikkerheden i sagsbehandlingen; hjemmelsgrundlag og partshøring i de konkrete sager
authority P behandling af reklamationer og kundehenvendelser; at skadesagerne bliver afgjort korrekt
authority P klagesagsbehandling over for kunderne; afgørelser i forsikringssager
crisis S at håndtere sager, der pludselig rammer forsiderne; at holde hovedet koldt, når en sag eksploderer i medierne
crisis S krisestyringen på ministerområdet under covid-19; at stå klar, når ministeren kommer i stormvejr
crisis R at lede hospitalet gennem covid-19-pandemien; at holde hospitalets beredskabsplan opdateret
crisis R håndtering af alvorlige hændelser, der når pressen; ledelse i kaotiske situationer på akutafdelingen
crisis K at håndtere sager med massiv opmærksomhed i lokalpressen
crisis K at lede kommunens krisestab under oversvømmelser og pandemi; at reagere hurtigt, når en sag brænder på
crisis K beredskabsplaner og kriseledelse i kommunen
crisis P at lede virksomheden gennem kriser og nedlukninger; håndtering af cyberangreb og driftsnedbrud
crisis P beredskab, når forsyningskæden bryder sammen; kriseledelse under finanskrisen
budget S at få bevillingerne på finansloven til at holde; forberedelse af finanslovsbidrag og aktstykker
budget S at holde forbruget inden for bevillingen; en bevilling på flere hundrede millioner kroner
budget R at få afdelingens budget til at hænge sammen; budgetansvar for et stort klinisk område
budget R at prioritere i regionens budget inden for økonomiaftalen; den månedlige opfølgning på forbrug og budget
budget K at få budgettet i balance; at stå i spidsen for budgetprocessen fra budgetseminar til vedtagelse
budget K at holde forvaltningen inden for servicerammen; budgetforslag og budgetforlig i byrådet
budget P at levere på budgettet år efter år; udarbejdelse af årsbudgettet og de løbende estimater
budget P budgettet for et helt forretningsområde; budgetarbejdet i en koncern
finance S at økonomien i styrelsen hænger sammen; at aflægge regnskab og skrive årsrapporten
finance S god økonomisk forvaltning og stærke interne kontroller; dialogen med Rigsrevisionen om regnskabet
finance R at økonomien hænger sammen i hospitalsdriften; det økonomiske overblik over et stort hospitalsområde
finance R at holde styr på udgifterne til medicin og personale; afdelingens regnskab sammen med økonomifunktionen
finance K at økonomien hænger sammen på tværs af institutionerne
finance K økonomisk ansvar for et område med mange decentrale enheder; at holde styr på pengene
finance K regnskabsafslutningen og årsregnskabet
finance P at tjene penge og holde omkostningerne nede; at drive en forretning med sund økonomi
finance P resultatopgørelse og pengestrømme; økonomisk ansvar for en enhed med 300 mio. kr. i omsætning
procurement S at gennemføre EU-udbud fra start til slut; at lave kontrakter med statens leverandører, der holder
procurement S indkøb gennem Statens og Kommunernes Indkøbsservice; opfølgning på leverandørernes leverancer
procurement R udbud af hospitalsudstyr og medicoteknik; at forhandle og følge op på kontrakterne med leverandørerne
procurement R indkøbsfunktionen for hospitalerne; at køre regionens udbudsprocesser
procurement K at sende driftsopgaver i udbud; kontrakter med private plejeleverandører og busselskaber
procurement K at holde leverandørerne fast på kontrakten; indkøbsarbejdet og de fælleskommunale udbud
procurement P at købe ind til den rigtige pris; forhandlinger med underleverandører og udvikling af leverandørbasen
procurement P at drive indkøbsfunktionen; at vinde offentlige udbud
construction S at bygge og vedligeholde statens bygninger; bygherreansvaret for store anlægsprojekter
construction S byggeprojekter fra idé til aflevering; statens ejendomme og lejemål
construction R at bygge et nyt supersygehus; byggerier på hospitalerne finansieret af kvalitetsfondsmidler
construction R hospitalets bygninger og tekniske drift; at flytte afdelingerne ind i nybyggeriet
construction K at bygge nye skoler og daginstitutioner; anlægsprojekter fra politisk beslutning til indvielse
construction K vedligeholdelsen af kommunens bygninger; at holde anlægsbudgettet
construction P at lede byggesager som entreprenør; ejendomsudvikling fra grund til indflytning
construction P at styre byggepladsen og underentreprenørerne; totalentrepriser
efficiency S at få mere ud af pengene i styrelsen; at indfri effektiviseringskrav og omprioriteringsbidrag
efficiency S at frigøre ressourcer gennem smartere arbejdsgange; analyser af, hvor opgaverne kunne løses billigere
efficiency R at behandle flere patienter for de samme penge; at skære spildtid ud af patientforløbene
efficiency R produktiviteten i operationsafsnittet; besparelser uden at gå på kompromis med kvaliteten
efficiency K at finde besparelser uden at ramme kerneopgaven; sparekataloger til budgetforhandlingerne
efficiency K at få mere velfærd for pengene; smartere arbejdsgange i forvaltningen
efficiency P at skære i omkostningerne; at optimere processerne og fjerne spild; et produktivitetsløft i produktionen
efficiency P lean-projekter på fabriksgulvet
kpi S at bruge tal og data til at styre efter; opbygning af ledelsesrapporteringen til direktionen
kpi S at følge udviklingen tæt med nøgletal; styringsdata til departementet
kpi R at bruge data om ventetider og aktivitet i hverdagen; ugentlige tal på afdelingens produktion
kpi R opfølgning på afdelingens nøgletal; at gøre data til et ledelsesværktøj i klinikken
kpi K at sammenligne os med andre kommuner på tallene; at bruge data i styringen af institutionerne
kpi K månedlige ledelsesrapporter til direktionen; nøgletal og tværkommunale sammenligninger
kpi P at styre efter tallene; rapportering af nøgletal til ledelsen; opbygning af dashboards i Power BI
kpi P datadrevet opfølgning på salg og drift
performance S at opstille og følge op på mål for styrelsen; resultatkontrakten med departementet
performance S at levere på de mål, ministeriet har sat; resultatmål for kontorerne
performance R aftaler med hospitalerne om aktivitet og resultater; at nå de fastsatte mål for ventetider og kvalitet
performance R at følge op på afdelingens mål; resultatopfølgning sammen med direktionen
performance K aftaler med institutionerne om mål og resultater; at sætte tydelige mål og følge op på dem
performance K opfølgning på byrådets målsætninger; styring gennem kontrakter med de decentrale enheder
performance P at sætte mål og holde folk op på dem; målstyring med scorecards
performance P at levere resultater kvartal efter kvartal; performance reviews og målsætninger
capacity S at planlægge bemandingen efter sagsmængden; at få sagsbehandlingstiderne ned
capacity S at styre pukler og restancer i sagsbehandlingen; produktionsplanlægning i en stor driftsorganisation
capacity R at få ventelisterne ned; at få sengepladser og personale til at passe sammen
capacity R planlægning af operationskapaciteten; at holde styr på belægningen og flowet af patienter
capacity K at have pladser nok i dagtilbud og på plejecentre; at planlægge efter befolkningsprognosen
capacity K fordeling af ressourcer efter demografien; at skaffe plads til flere ældre og flere børn
capacity P at planlægge produktionen efter ordrebogen; at have de rette folk på vagt
capacity P udnyttelsen af kapaciteten i produktionen; vagtplanlægning
strategy S at sætte retning for styrelsen mange år frem; at udvikle styrelsens strategi sammen med direktionen
strategy S langsigtede planer for ministerområdet; at omsætte politiske visioner til en strategi
strategy R at udvikle hospitalets strategi for de kommende år; at sætte kursen for afdelingen
strategy R strategiske planer for fremtidens sundhedsvæsen i regionen; arbejdet med regionens sundhedsplan
strategy K at sætte retning for området sammen med politikerne; at omsætte byrådets visioner til konkrete strategier
strategy K langsigtet planlægning af kommunens velfærd; at tegne kursen for de næste fire år
strategy P at lægge strategien for virksomheden; strategiske valg om markeder og produkter; koncernens strategiplan
strategy P at sætte retningen for forretningen
change S at lede medarbejderne gennem store forandringer; at få nye arbejdsgange til at slå igennem
change S at skabe opbakning til forandringerne i styrelsen; forandringer, hvor medarbejderne bliver taget med
change R at gennemføre store forandringer i klinikken; at få personalet med på en ny måde at arbejde på
change R at lede afdelingen gennem en omstilling; forandringer midt i en travl hospitalshverdag
change K at tage medarbejderne med gennem forandringer; at lede en organisation, der er i forandring
change K at skabe forståelse for nødvendige ændringer; at gennemføre omstillinger ude i institutionerne
change P at lede forandringer i en virksomhed under pres; at vende en forretning, der gik den forkerte vej
change P transformationsprojekter; at skabe momentum bag forandringerne
reorg S at samle to styrelser til én organisation; udflytningen af arbejdspladser fra København
reorg S at bygge en ny organisation op fra bunden; omlægningen af kontorstrukturen
reorg R at lægge afdelinger sammen på tværs af matrikler; at forberede sammenlægningen til Region Østdanmark
reorg R en ny organisering af hospitalets ledelse; at samle specialerne på færre hospitaler
reorg K at lægge afdelinger og centre sammen; en ny organisering af forvaltningen; at bygge en ny centerstruktur op
reorg K omorganiseringen af institutionsområdet
reorg P integrationen af opkøbte virksomheder; fusionen af to virksomheder; at opbygge en ny organisationsstruktur
reorg P udskillelse og frasalg af forretningsområder
innovation S at afprøve nye måder at løse opgaverne på; frikommuneforsøg; at skabe rum for nye idéer i styrelsen
innovation S nye løsninger udviklet sammen med virksomheder og forskere
innovation R at tage ny sundhedsteknologi i brug; at udvikle nye måder at behandle patienterne på
innovation R samarbejdet med medico- og life science-virksomheder om nye løsninger
innovation R at skalere gode idéer fra klinikken
innovation K at udvikle nye løsninger sammen med borgerne; at tage ny teknologi i brug i velfærden
innovation K forsøg med nye arbejdsformer; løsninger skabt i fællesskab med civilsamfundet
innovation P at udvikle nye produkter og services; at bringe nye idéer på markedet; vækst gennem nye forretningsidéer
innovation P udvikling af nye koncepter
project S at styre store projekter sikkert i mål; et stort tværgående program med mange delprojekter
project S projekter med mange interessenter og stramme tidsplaner; styregruppearbejde og projektgovernance
project R at lede projekter på tværs af hospitaler og afdelinger; at styre projekterne i mål i klinikken
project R at sidde for bordenden i styregrupper på store projekter; projekter med mange faggrupper involveret
project K at drive projekter fra idé til drift; at lede tværgående projekter i kommunen
project K projektstyring med styregrupper og milepæle; at få projekterne til at lande i driften
project P at levere projekter til tiden og inden for budgettet; agile udviklingsprojekter
project P styring af en projektportefølje; projektledelse efter PRINCE2
reform S at få en politisk aftale til at virke i virkeligheden; at gennemføre en stor reform på området
reform S opfølgning på nye politiske aftaler; at udmønte en reform sammen med kommuner og regioner
reform R at gøre regionen klar til sundhedsreformen; at omsætte nationale planer til hverdag på hospitalerne
reform R forberedelsen af de kommende sundhedsråd; omstillingen efter en ny national sundhedsplan
reform K at få nationale reformer til at virke lokalt; at få nye regler fra Christiansborg ind i driften
reform K at lande en reform i kommunens hverdag; forberedelsen af opgaveflytningen i 2027
reform P tilpasning af forretningen til ny lovgivning på markedet; at omstille forretningen, når reglerne ændrer sig
reform P forberedelse på kommende EU-krav; at navigere i ændrede rammebetingelser
digital S at digitalisere styrelsens ydelser; at sætte retning for den digitale udvikling
digital S at flytte kontakten med borgerne over på digitale kanaler; digitalisering af arbejdsgange i staten
digital R at få de digitale løsninger til at understøtte patientforløbet; hjemmemålinger og videokonsultationer
digital R at gøre hospitalet mere digitalt; digitalisering af arbejdsgangene i klinikken
digital K at gøre borgerservice digital; at bruge teknologi til at frigøre tid i velfærden
digital K digitalisering af kommunens sagsgange; digital selvbetjening for borgerne
digital P at gøre forretningen digital; digitale salgskanaler og webshop; at digitalisere kunderejsen
digital P digitale services til kunderne
it_projects S at få store it-systemer sikkert i drift; anskaffelsen af nye it-systemer
it_projects S styring af it-leverandører på store kontrakter; udskiftning af forældede systemer i styrelsen
it_projects R indførelsen af nye it-systemer på hospitalerne; at få journalsystemet til at fungere i klinikken
it_projects R it-kontrakter med store leverandører; udrulning af nye systemer til tusindvis af brugere
it_projects K at skifte fagsystemer uden at driften går i stå; nye it-løsninger i samarbejde med KOMBIT
it_projects K indkøb af it-systemer til forvaltningen; at rulle nye systemer ud til medarbejderne
it_projects P udrulning af et nyt ERP-system; it-projekter fra kravspecifikation til go-live
it_projects P at styre it-leverandører og konsulenter; systemskifter i en stor virksomhed
data_ai S at bruge kunstig intelligens i behandlingen af sager; at få værdi ud af styrelsens data
data_ai S analyser og modeller på store datasæt; maskinlæring og sprogmodeller i forvaltningen
data_ai R kunstig intelligens til at aflæse billeder og scanninger; at udnytte sundhedsdata til bedre behandling
data_ai R dataanalyser af patientforløb; AI-projekter i klinikken
data_ai K at bruge data til at forudsige borgernes behov; kunstig intelligens i kommunens administration
data_ai K at få gavn af data i velfærden; analyser, der understøtter beslutninger i forvaltningen
data_ai P at skabe forretningsværdi med data; kunstig intelligens i produkterne
data_ai P avancerede analyser og prognosemodeller; opbygning af dataplatforme
infosec S at beskytte følsomme oplysninger; at persondata bliver behandlet korrekt; beredskab mod cyberangreb
infosec S sikkerhedsstandarder for styrelsens systemer
infosec R at passe på patienternes oplysninger; sikkerheden i hospitalets it-systemer
infosec R regler for behandling af persondata i regionen; beskyttelse mod ransomware
infosec K at passe på borgernes data; at kommunen overholder reglerne om databeskyttelse
infosec K sikkerhedsbrud og anmeldelser til Datatilsynet; it-sikkerheden i institutionerne
infosec P at beskytte virksomheden mod cyberangreb; beskyttelsen af kundernes data
infosec P ISO 27001-certificeringen; sikkerhedspolitikker og kontroller
people S den daglige ledelse af medarbejderne i kontoret; et kontor med 25 medarbejdere
people S at være en nærværende leder for medarbejderne; MUS-samtaler og den løbende opfølgning med hver medarbejder
people R at lede et afsnit med 60 medarbejdere; at være synlig og tilgængelig for personalet
people R daglig ledelse i et døgnafsnit; medarbejdersamtaler og vagtplaner
people K at være leder for medarbejderne i dagligdagen; personaleansvar for omkring 40 ansatte
people K at lede en institution med mange deltidsansatte; at være tæt på medarbejderne i hverdagen
people P at lede et team på 15 personer; den daglige ledelse af medarbejderne; at coache og motivere medarbejderne
people P medarbejdere i flere lande
leaders S at lede kontorcheferne i afdelingen; at være chef for chefer; at udvikle en stærk chefgruppe
leaders S en række kontorer med egne chefer
leaders R at lede afdelingsledelserne på hospitalet; en gruppe af cheflæger og chefsygeplejersker
leaders R at sætte rammen for lederne længere ude i organisationen; flere afdelinger med hver deres ledelse
leaders K at lede lederne af institutionerne; at stå i spidsen for en lederkreds på 12
leaders K at bygge et stærkt ledelseslag op
leaders K sparring med lederne ude på institutionerne
leaders P at lede en gruppe af ledere; at være chef for flere afdelingsledere
leaders P ledere i tre lande som medlem af koncernledelsen; at udvikle mellemlederne
professionals S at lede højtuddannede specialister; faglig sparring med jurister og økonomer
professionals S at lede eksperter, der ved mere end en selv; ledelse af fuldmægtige og specialkonsulenter
professionals R at lede læger og sygeplejersker; ledelse af et tværfagligt klinisk personale
professionals R at skabe fagligt stærke miljøer for klinikerne; fagligt lederskab i et specialiseret sundhedsmiljø
professionals K at lede lærere, pædagoger og socialrådgivere; at styrke fagligheden blandt medarbejderne
professionals K at skabe rum for faglig udvikling i personalegruppen; fagligt lederskab over for erfarne fagfolk
professionals P at lede ingeniører og udviklere; ledelse af konsulenter i en rådgivningsvirksomhed
professionals P at lede specialister med stor selvstændighed; fagligt lederskab i et vidensmiljø
work_env S at skabe et godt sted at gå på arbejde; opfølgning på trivselsmålingerne; indsatsen mod stress
work_env S et sundt psykisk klima i et travlt kontor
work_env R at få sygefraværet ned; trivslen i en presset hverdag på afsnittet
work_env R at forebygge vold og trusler mod personalet; arbejdsmiljøindsatser i klinikken
work_env K at nedbringe sygefraværet; trivselsundersøgelser med tilhørende handleplaner
work_env K et arbejdsmiljø, hvor folk har lyst til at blive; forebyggelse af stress blandt medarbejderne
work_env P at skabe en kultur, hvor folk trives; sikkerheden på arbejdspladsen og nul ulykker; medarbejdertilfredshed
work_env P trivselsmålinger og opfølgning på dem
cooperation S et godt samarbejde med tillidsrepræsentanterne; at være formand for samarbejdsudvalget
cooperation S at inddrage medarbejderne gennem SU; samarbejdet med de faglige organisationer lokalt
cooperation R at lede det lokale MED-udvalg som formand; tæt dialog med tillids- og arbejdsmiljørepræsentanter
cooperation R at inddrage medarbejderne via MED-systemet; samarbejdet med de tillidsvalgte om forandringer
cooperation K formandsposten i MED-udvalget; at inddrage de tillidsvalgte tidligt
cooperation K konstruktiv dialog med tillidsrepræsentanten og arbejdsmiljørepræsentanten
cooperation K medindflydelse gennem MED-aftalen
cooperation P samarbejdet med fagforeningerne; dialog med klubben og tillidsfolkene
cooperation P medarbejdervalgte bestyrelsesmedlemmer; at forhandle lokalaftaler med medarbejderne
recruitment S at tiltrække dygtige akademikere til styrelsen; ansættelse af nye medarbejdere og chefer
recruitment S at holde på de dygtige folk; at gøre styrelsen til en attraktiv arbejdsplads
recruitment R at skaffe sygeplejersker nok; at holde på erfarne medarbejdere i klinikken
recruitment R ansættelse af speciallæger i en tid med mangel; at tiltrække personale til et yderområde
recruitment K at tiltrække kvalificerede medarbejdere i et presset arbejdsmarked; at holde på medarbejderne
recruitment K ansættelser og introduktion af nye kolleger; at skaffe hænder nok til velfærden
recruitment P at finde og ansætte de rigtige folk; at tiltrække talenterne; ansættelsesprocesser med test og cases
recruitment P at holde personaleomsætningen nede
development S at udvikle medarbejdernes kompetencer; efteruddannelse og kurser for personalet
development S at give medarbejderne nye udfordringer og læring; lederudvikling for nye chefer
development R at sikre, at personalet er fagligt opdateret; uddannelsen af nye læger og sygeplejestuderende
development R udviklingsplaner for afsnittets medarbejdere; oplæring af nyansatte
development K at løfte medarbejdernes kompetencer; uddannelse af ufaglærte til faglærte
development K efteruddannelsesforløb for personalet; at udvikle medarbejderne fagligt
development P at udvikle medarbejdere og talenter; træningsprogrammer og e-læring; karriereudvikling; mentorordninger
pay S at forhandle løn med organisationerne; at fastsætte løn og tillæg; at sætte løn i forhold til resultater
pay S lønforhandlingerne med tillidsrepræsentanterne
pay R forhandling af tillæg med de faglige organisationer; lønforhandlinger for sygeplejersker og læger
pay R at bruge lønnen til at fastholde personale; lokale lønaftaler
pay K at forhandle løn med TR; forhandlingerne om lokal løn; at bruge lønmidlerne strategisk
pay K tillæg og lønforhandlinger i institutionerne
pay P løn- og bonusforhandlinger; at fastsætte løn og incitamenter; aflønningsstrategi; lønbenchmarking
cross_sector S at arbejde tæt sammen med kommuner og regioner; at forstå, hvordan lovgivningen lander ude i kommunerne
cross_sector S samarbejde på tværs af stat, regioner og kommuner; fælles projekter med KL og Danske Regioner
cross_sector R samarbejdet med kommunerne om udskrivelser
cross_sector R sammenhæng for patienterne mellem hospital, kommune og egen læge
cross_sector R at bygge bro mellem hospital og kommune; samarbejdet i sundhedsklyngen
cross_sector K samarbejdet med hospitalet om borgere, der bliver udskrevet; at bygge bro til region og stat
cross_sector K fælles indsatser med andre kommuner; samarbejdet med de praktiserende læger og psykiatrien
cross_sector P erfaring med offentlige opdragsgivere; at arbejde sammen med kommuner og regioner
cross_sector P offentlig-privat innovation; dialogen med myndighederne
stakeholders S at håndtere mange forskellige interessenter; dialog med brancheorganisationer og fagforbund
stakeholders S at skabe opbakning hos eksterne parter; relationer til organisationer og interessegrupper
stakeholders R at navigere mellem de mange interessenter i sundhedsvæsenet
stakeholders R kontakten til faglige selskaber og foreninger
stakeholders R at skabe opbakning hos de mange parter omkring hospitalet; godt samspil med patientforeningerne
stakeholders K at navigere mellem politikere, borgere og medarbejdere
stakeholders K dialog med erhvervsliv og foreninger i lokalsamfundet; at skabe opbakning i lokalsamfundet
stakeholders K relationen til de lokale aktører
stakeholders P at pleje relationen til ejere og investorer; at balancere hensynet til mange interessenter
stakeholders P kontakt til kunder, leverandører og myndigheder; relationerne til de vigtigste kunder
citizens S at tænke borgerne og virksomhederne ind fra start; at se sagerne fra borgerens side
citizens S brugertest af nye løsninger; dialog med borgere og erhvervsliv
citizens R at inddrage patienterne i beslutninger om egen behandling; patientens perspektiv i alt, vi gør
citizens R samarbejde med patient- og pårørenderåd; at gøre patienter og pårørende til partnere
citizens K at inddrage borgerne tidligt; borgermøder og dialog med brugerne; at sætte borgeren i centrum
citizens K samarbejde med forældrebestyrelser og ældreråd
citizens P at sætte kunden først; at lytte til kunderne; målinger af kundetilfredsheden; kundeservice i verdensklasse
communication S at tale med journalister; kommunikation om komplicerede sager
communication S at forklare svære beslutninger offentligt; interviews og pressekontakt på styrelsens vegne
communication R at stille op i medierne på hospitalets vegne; at kommunikere klart til patienter, personale og presse
communication R kontakten til pressen i svære sager; den interne kommunikation på et stort hospital
communication K at stille op til interview med lokalavisen; at forklare beslutningerne for borgerne
communication K kommunikation på de sociale medier; klar og letforståelig kommunikation
communication P at være virksomhedens ansigt udadtil; presse- og investorkommunikation; markedsføring og kommunikation
communication P at fortælle virksomhedens historie
negotiation S at forhandle med andre ministerier og organisationer; at sidde ved forhandlingsbordet
negotiation S forhandlingerne om økonomiaftalerne med KL og Danske Regioner; at finde kompromiser, alle kan leve med
negotiation R at forhandle med kommunerne og staten om opgaver og penge; forhandlingerne med de praktiserende læger
negotiation R at finde løsninger, som parterne kan stå på mål for; forhandlinger om driftsaftaler
negotiation K at forhandle kontrakter på plads med leverandørerne
negotiation K at finde fælles fodslag med de faglige organisationer; forhandlinger i KKR og med nabokommunerne
negotiation K at skabe aftaler, der holder
negotiation P at forhandle store kontrakter hjem; forhandlinger med kunder og leverandører; at lukke aftaler
negotiation P forhandling af samarbejdsaftaler
partnerships S at bygge alliancer med erhvervsliv og forskning; offentlige-private samarbejder
partnerships S at lede gennem netværk frem for hierarki; partnerskaber med organisationer og fonde
partnerships R samarbejdet med universiteterne om uddannelse og forskning; alliancer med virksomheder om nye løsninger
partnerships R netværk på tværs af landets hospitaler; partnerskaber med kommuner og foreninger
partnerships K at bygge partnerskaber med foreninger og frivillige; samarbejde med fonde og lokale virksomheder
partnerships K at få civilsamfundet med som medspiller; netværksbaseret ledelse
partnerships P at opbygge strategiske samarbejder; joint ventures; samarbejdet med forhandlere og partnere
partnerships P partnerprogrammer
eu_intl S at forhandle i EU's rådsarbejdsgrupper; udstationering ved EU-repræsentationen i Bruxelles
eu_intl S samarbejdet med de nordiske lande; internationale møder i OECD og FN
eu_intl R internationale forskningssamarbejder; at søge EU-midler til regionale projekter
eu_intl R udveksling med hospitaler i udlandet; nordisk samarbejde på sundhedsområdet
eu_intl K at søge EU-midler til lokale projekter; samarbejde med kommuner i andre lande
eu_intl K grænseoverskridende samarbejde med Tyskland; internationale netværk af byer
eu_intl P at drive forretning på internationale markeder; datterselskaber i udlandet
eu_intl P salg til kunder i hele Europa; erfaring fra arbejde i Asien og USA
quality S at sikre høj kvalitet i afgørelserne; kvalitetstjek af sagsbehandlingen; at lære af fejl og klager
quality S ensartet praksis på tværs af kontorerne
quality R at sikre en høj patientsikkerhed; at lære af de utilsigtede hændelser; de kliniske kvalitetsdatabaser
quality R at forbedre kvaliteten af behandlingen
quality K at sikre god kvalitet i tilbuddene; tilsyn med plejecentre og dagtilbud
quality K opfølgning på kvaliteten i indsatsen over for borgerne; at udvikle kvaliteten i det daglige arbejde
quality P at sikre kvaliteten i leverancerne; kvalitetsstyring efter ISO-standarderne; en nul-fejl-kultur
quality P løbende forbedringer
"""

DOMAINS = """
health S den nationale sundhedspolitik; regulering af sygehuse og praksislæger; lægemidler og medicintilskud
health S folkesundheden på landsplan
health R driften af et stort hospital; sygehusvæsenet; de akutte patienter og skadestuerne
health R behandlingen af patienterne på hospitalet
health K den kommunale sundhedsindsats; genoptræning efter udskrivelse; forebyggende indsatser for borgerne
health K hjemmesygeplejen og akutfunktionen
health P det private sundhedsmarked; private klinikker; medicinsk udstyr; sundhedsforsikringer
elderly S den nationale ældrepolitik; reglerne for hjemmehjælp og plejehjem; tilsynet med ældreplejen i hele landet
elderly R behandling af ældre og svækkede patienter; de geriatriske afdelinger; ældre patienter med flere sygdomme
elderly K ældreplejen; plejehjem og hjemmehjælp; omsorgen for kommunens ældre borgere
elderly K hverdagsrehabilitering og plejeboliger
elderly P private plejehjem; hjemmehjælp som privat leverandør; ydelser til ældre kunder
children S folkeskolen og dagtilbuddene på nationalt plan; reglerne for undervisning og pasning
children S gymnasierne og erhvervsskolerne
children R børn og unge med psykiske lidelser; hospitalets børneafdeling; syge børn og deres familier
children K skolerne og daginstitutionerne; børn, unge og familier; vuggestuer, børnehaver og skoler; skole og fritid
children P private børnehaver; digitale læremidler; undervisningsmaterialer
employment S arbejdsmarkedet og dagpengesystemet; reglerne for ledige og sygemeldte
employment S den aktive beskæftigelsesindsats på landsplan
employment R uddannelse til det regionale arbejdsmarked; manglen på arbejdskraft i regionen
employment R erhvervsuddannelser og arbejdsmarked
employment K jobcentret; ledige, sygemeldte og unge uden job; kontanthjælp og integration på arbejdsmarkedet
employment K virksomhedsservice og jobformidling til virksomhederne
employment P rekrutteringsbranchen; private jobformidlere; vikarer og bemanding
social S reglerne for udsatte og handicappede; den nationale socialpolitik; hjemløshed og misbrug
social R bosteder og specialiserede tilbud; tilbud til mennesker med svære handicap; regionens sociale institutioner
social K udsatte familier og anbragte børn; handicap, psykiatri og misbrug; bostøtte og botilbud
social K det specialiserede socialområde
social P private bosteder; socialøkonomiske virksomheder; behandlingstilbud til unge
social P NGO'er og frivillige organisationer
environment S klima, miljø og natur; veje, broer og jernbaner; energi og forsyning
environment R busser og lokaltog; jordforureninger og råstoffer; den regionale trafikplan; klimaindsatsen i regionen
environment K veje, parker og forsyning; byggesager og lokalplaner; klima og kloakering; natur, miljø og byudvikling
environment P rådgivning om byggeri og anlæg; energiselskaber; vand og affald
digital S statens fælles digitale infrastruktur; MitID og Digital Post; den fællesoffentlige it
digital R hospitalernes it; journalsystemer og sundhedsplatforme; regionens it-afdeling
digital K kommunens it-drift; digitale løsninger i kommunen; it og teknologi i forvaltningen
digital P softwarevirksomheder; konsulenthuse inden for it; cloud og hosting
finance S statens budget; skatter, afgifter og økonomisk politik; Finansministeriets område
finance R regionens økonomifunktion; økonomien på tværs af hospitalerne; regionens budget og regnskab
finance K kommunens økonomifunktion; budget og regnskab i kommunen; kommunens centrale økonomiafdeling
finance P banker og pensionskasser; revisionshuse; finansielle tjenester
hr S HR i staten; ansættelse og personaleforhold i staten; HR-funktionen i et ministerium
hr R HR på hospitalerne; personaleadministration og løn i regionen; regionens HR-funktion
hr K kommunens HR-afdeling; personale og løn; HR-funktionen i forvaltningen
hr P HR i en større virksomhed; rekrutterings- og HR-rådgivning; personalefunktionen i en produktionsvirksomhed
justice S politiet; retsvæsen og fængsler; skat og told
justice R psykiatriske patienter dømt til behandling; retspsykiatrien; den sikrede afdeling
justice K tryghed og forebyggelse af kriminalitet; samarbejdet mellem skole, socialforvaltning og politi
justice K unge i risiko for kriminalitet
justice P vagtselskaber; advokatbranchen; compliance i finanssektoren
culture S kulturinstitutioner og kunst; museer og arkiver; medier og public service
culture R kulturprojekter i regionen; kultur og turisme i regionen; oplevelser og turisme
culture K biblioteker, kulturhuse og idrætshaller; foreningslivet og fritidsaktiviteterne; kulturlivet i byen
culture P medier og forlag; koncerter og festivaler; underholdningsbranchen
research S forskningsmidler og universiteter; videregående uddannelser og forskning; universiteterne
research R forskningen på hospitalerne; kliniske forsøg; sundhedsforskning
research K unge under 25 uden uddannelse; voksen- og efteruddannelse; vejledning af unge om uddannelse
research P forskning og udvikling i industrien; laboratorier og test; udviklingsafdelingen
"""

# fit-neutral items that people and employers add anyway
NOISE = (
    "Excel; svensk og norsk; Teams og SharePoint; god til referater; spansk; grundig; energisk; humoristisk;"
    " pålidelig; positiv"
)

# stat organisations: "name = domains it can employ leaders in" (real names, none shared with the other styles)
STAT_ORGS = """Finanstilsynet = finance justice
Vurderingsstyrelsen = finance
Udviklings- og Forenklingsstyrelsen = finance digital
Danmarks Statistik = finance digital research
Forsvarsministeriets Personalestyrelse = hr
Udenrigsministeriet = hr finance
Statens Serum Institut = health research
Styrelsen for Patientklager = health elderly
Fødevarestyrelsen = health environment
Social- og Boligstyrelsen = social elderly children
Danmarks Evalueringsinstitut = children research
Arbejdsmarkedets Erhvervssikring = employment
Styrelsen for International Rekruttering og Integration = employment social
Udlændingestyrelsen = social justice
Naturstyrelsen = environment
Kystdirektoratet = environment
Bolig- og Planstyrelsen = environment social
Klimadatastyrelsen = environment digital
Søfartsstyrelsen = environment justice
Toldstyrelsen = justice finance
Motorstyrelsen = justice finance digital
Københavns Politi = justice
Midt- og Vestjyllands Politi = justice
Rigsarkivet = culture digital
Statens Museum for Kunst = culture
Det Kongelige Teater = culture
Aalborg Universitet = research hr
Roskilde Universitet = research
IT-Universitetet i København = research digital
Copenhagen Business School = research finance"""

# region code -> (administration, hospitals, psychiatry)
REGION_ORGS = {
    1081: ("Koncernstaben i Region Nordjylland", ("Aalborg Universitetshospital, Thisted",
           "Regionshospital Nordjylland, Frederikshavn"), "Aalborg Universitetshospital – Psykiatrien"),
    1082: ("Koncernstaben i Region Midtjylland", ("Regionshospitalet Viborg", "Regionshospitalet Silkeborg",
           "Hammel Neurocenter"), "Aarhus Universitetshospital Psykiatrien"),
    1083: ("Koncernstaben i Region Syddanmark", ("Svendborg Sygehus", "Esbjerg Sygehus", "Aabenraa Sygehus"),
           "Psykiatrisk Afdeling Odense"),
    1084: ("Koncernstaben i Region Hovedstaden", ("Bornholms Hospital", "Rigshospitalet, Glostrup",
           "Steno Diabetes Center Copenhagen", "Frederiksberg Hospital"), "Psykiatrisk Center Sct. Hans"),
    1085: ("Koncernstaben i Region Sjælland", ("Sjællands Universitetshospital, Roskilde", "Slagelse Sygehus"),
           "Psykiatrisk Afdeling Roskilde"),
}  # fmt: skip

# kommune organisations read "<name> Kommune, <unit>"; one unit per policy domain, in DOMAINS order
KOMMUNE_UNITS = ("Træning og Sundhed", "Senior og Omsorg", "Dagtilbud og Skoler", "Arbejdsmarked og Ydelser",
                 "Voksen, Handicap og Psykiatri", "By, Natur og Miljø", "IT og Digitale Løsninger",
                 "Budget og Regnskab", "Personale og Organisation", "Kriminalpræventivt Sekretariat",
                 "Kultur, Idræt og Biblioteker", "Ungeenheden")  # fmt: skip

PRIVATE_PREFIX = ("Kildegaard", "Lærkevang", "Birkelund", "Ahornhøj", "Hedegaard", "Tjørnebo", "Klitgaard",
                  "Vibeholm", "Marielund")  # fmt: skip
# one industry per policy domain, in DOMAINS order
PRIVATE_INDUSTRY = ("Klinikker A/S", "Seniorservice ApS", "Børnehuse ApS", "Rekruttering & Karriere A/S",
                    "Opholdssteder ApS", "Miljørådgivning A/S", "Data & Systemer A/S", "Pension A/S",
                    "Personaleservice A/S", "Vagtservice A/S", "Forlag A/S", "Pharma A/S")  # fmt: skip

TITLES = {  # sector -> titles for level 1, 2, 3, 4 (separated by |)
    "stat": "Ledende chefkonsulent; Fagteamleder | Sektorchef; Chef for fagkontoret"
            " | Afdelingsdirektør; Fagdirektør i styrelsen | Generaldirektør; Øverste chef for styrelsen",
    "region": "Koordinerende leder; Leder af funktionsområde | Kontorchef i koncernstaben; Chef for enheden"
              " | Direktør for koncernstaben; Vicehospitalsdirektør"
              " | Administrerende hospitalsdirektør; Direktør i koncerndirektionen",
    "kommune": "Distriktsleder; Souschef; Driftsleder | Centerleder; Funktionschef"
               " | Sekretariatschef; Chef for fagcentret | Koncerndirektør; Direktør i kommunens direktion",
    "privat": "Supervisor; Fagleder | Senior Manager; Funktionschef | Executive Vice President; Landechef"
              " | Ejerleder og direktør; Chief Executive Officer",
}  # fmt: skip
SPECIAL_TITLES = {  # (sector, domain) -> level -> titles
    ("region", "health"): {1: "Ledende radiograf; Ledende jordemoder; Ledende bioanalytiker",
                           2: "Ledende oversygeplejerske; Klinikleder", 3: "Lægelig direktør",
                           4: "Sygehusdirektør"},
    ("kommune", "children"): {1: "Daginstitutionsleder; Leder af fritidsordningen", 2: "Skoleafdelingschef",
                              4: "Direktør for Børn og Unge"},
    ("kommune", "employment"): {2: "Jobcenterleder", 3: "Arbejdsmarkedschef"},
    ("kommune", "elderly"): {1: "Leder af plejehjemmet; Hjemmeplejeleder", 3: "Ældrechef"},
    ("kommune", "social"): {1: "Forstander; Leder af bostedet", 3: "Socialchef"},
    ("stat", "justice"): {1: "Politikommissær", 2: "Fængselsinspektør", 3: "Statsadvokat", 4: "Rigspolitichef"},
    ("stat", "research"): {1: "Forskningsleder", 2: "Prodekan", 3: "Prorektor"},
}  # fmt: skip

EDUCATION = ("cand.oecon.", "cand.psych.", "cand.mag. i historie", "cand.scient.soc.", "politolog fra Aarhus",
             "fysioterapeut med master i rehabilitering", "ergoterapeut og diplomuddannet leder",
             "socialrådgiver med Master of Public Governance", "bygningskonstruktør og HD(O)", "akademiøkonom",
             "Executive MBA fra Copenhagen Business School", "officer fra Forsvarsakademiet")  # fmt: skip

TEMPLATES: dict = {
    "intro": ("Lige nu er jeg {title_l} i {org}, hvor jeg arbejder med {dom}. Jeg har været leder i {years} år.",
              "I dag arbejder jeg som {title_l} hos {org} med ansvar for {dom} og har i alt {years} års"
              " erfaring som leder.",
              "Gennem {years} år har jeg haft lederansvar, og i dag er jeg {title_l} i {org} inden for {dom}.",
              "Min nuværende stilling er {title_l} i {org}, hvor {dom} er mit område."),
    "concepts": ("Jeg har de seneste år især stået i spidsen for {x}.",
                 "{X} er noget, jeg har brugt mange kræfter på.",
                 "I mit arbejde har jeg haft hænderne dybt nede i {x}.",
                 "Kolleger kommer ofte til mig, når det handler om {x}.",
                 "Jeg har god erfaring med {x}."),
    "identity": {
        "stat": ("Jeg ved, hvad det kræver, når ministeren ringer klokken ti om aftenen.",
                 "Jeg har siddet både i et departement og i en styrelse og kender snitfladen mellem dem.",
                 "Jeg er vant til, at sagerne kan ende på forsiden og i Folketingssalen."),
        "region": ("Jeg er vokset op i sundhedsvæsenet og har altid haft patienterne tæt på.",
                   "Jeg kender hospitalets hverdag med døgndrift, akutte patienter og travle gange.",
                   "Regionens politiske system og hospitalernes drift er min hjemmebane."),
        "kommune": ("Jeg er kommunal af hjertet og ved, hvad det betyder at være tæt på borgerne.",
                    "Jeg har siddet med ved bordet, når byrådet skulle træffe svære beslutninger.",
                    "Jeg kender kommunens maskinrum fra både forvaltning og institutioner."),
        "privat": ("Min baggrund er det private erhvervsliv, hvor tempoet er højt.",
                   "Jeg har ledet i en privat virksomhed med fokus på indtjening og kunder.",
                   "Jeg kommer fra en virksomhed, hvor resultaterne gøres op hvert kvartal."),
    },
    "personal": ("Jeg cykler på arbejde hele året og spiller badminton om torsdagen.",
                 "Derhjemme er der to teenagere og en hund, der holder mig i gang.",
                 "Folk, der kender mig, siger, at jeg er rolig og har humor."),
    "job": ("Her havde jeg ansvaret for {x}.", "Jeg stod blandt andet for {x}.", "Arbejdet handlede især om {x}."),
    "job_domain": ("Stillingen lå inden for {dom}.", "Jeg arbejdede med {dom}."),
    "vac_title": "{title} med ansvar for {dom}",
    "vac_intro": ("{org} har en ledig stilling som {title_l} inden for {dom}.",
                  "Brænder du for {dom}? Så kan du blive ny {title_l} hos {org}."),
    "vac_identity": {"stat": "Vores opgaver løses tæt på ministeren og i samspil med resten af ministeriet.",
                     "region": "Hos os er der patienter døgnet rundt, og der er kort fra beslutning til virkelighed.",
                     "kommune": "Vi er en kommune, hvor velfærden skabes i dialog med borgere og politikere."},
    "vac_tasks": ("Du kommer til at have ansvaret for {x}.", "Som vores nye leder kommer du til at stå for {x}.",
                  "I jobbet skal du blandt andet tage dig af {x}."),
    "vac_profile": ("Du har prøvet kræfter med {x}.", "Vi forestiller os, at du har stået i spidsen for {x}.",
                    "Du har en god ballast, når det gælder {x}."),
    "vac_nice": ("Det tæller positivt, hvis du har arbejdet med {x}.",),
    "vac_boiler": {"stat": "fornemmelse for, hvordan et ministerium fungerer",
                   "region": "erfaring med at arbejde under et folkevalgt regionsråd",
                   "kommune": "erfaring med at arbejde i en kommune med byrådet som øverste ledelse"},
    "vac_boiler_sentence": "Du skal have {x}.",
    "vac_know_sentence": "Det vil være et plus, hvis du har {x}.",
    "vac_know": {"stat": "fortrolighed med, hvordan staten er skruet sammen",
                 "region": "fortrolighed med, hvordan en region er skruet sammen",
                 "kommune": "fortrolighed med, hvordan en kommune er skruet sammen"},
    "vac_offer": ("Til gengæld får du en meningsfuld arbejdsplads med stor indflydelse og gode kolleger.",
                  "Vi kan tilbyde et job med masser af udfordringer, frihed under ansvar og et stærkt fagligt miljø."),
    "vac_deadline": "Ansøgningsfristen er den 1. februar 2027.",
}  # fmt: skip
