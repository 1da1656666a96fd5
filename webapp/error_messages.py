"""The words for every service error: the web pages, form actions and the API all ask ``message_for``.

Services raise typed errors with data and no text (the ``services/errors`` package); here each class gets its Danish
message (translated lazily, so it is worded in the language of the request that shows it). A message with
values names them as the error's data does (``%(limit)d`` for ``TooLong(limit=80)``), and ``message_for`` fills
them in from that data, so one formatter serves every entry; a function stands in the table only where a message
needs more than its placeholders filled. ``show_at_field`` puts a message at the form field that holds the error's
domain attribute, so views map attribute names to their forms' fields in one place each.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from flask_babel import lazy_gettext as _l
from flask_babel.speaklater import LazyString

from .services import errors as e

# A msgid whose placeholders are the error's data keys, or a function for a message that decides something.
Words = LazyString | Callable[[e.ServiceError], str]

MESSAGES: dict[type[e.ServiceError], Words] = {
    # the status groups, for an error no rule of ours words
    e.ServiceError: _l("Handlingen blev ikke udført. Prøv igen."),
    e.NotFound: _l("Siden findes ikke"),
    e.Forbidden: _l("Du har ikke adgang"),
    e.Conflict: _l("Det kan ikke lade sig gøre nu"),
    e.Unavailable: _l("Tjenesten er midlertidigt utilgængelig"),
    e.AwaitsConfirmation: _l(
        "Du skal først bekræfte din e-mailadresse: følg linket i den mail, vi sendte. Har du ikke fået "
        "den, så opret kontoen igen med samme adresse, så sender vi linket igen."
    ),
    # shared field rules
    e.TooLong: _l("Højst %(limit)d tegn."),
    e.NameTooLong: _l("Navnet må højst have %(limit)d tegn."),
    e.MessageTooLong: _l("Beskeden må højst have %(limit)d tegn."),
    e.SearchNameMissing: _l("Giv søgningen et navn."),
    e.RegionNotAChoice: _l("Vælg en af regionerne."),
    e.LevelNotAChoice: _l("Vælg et af ledelsesniveauerne."),
    e.NotApprovedToSeeCandidates: _l("Din konto skal godkendes af en administrator, før du kan se kandidater."),
    e.CandidateNotFound: _l("Kandidaten findes ikke."),
    e.ContactRequestNotFound: _l("Kontaktanmodningen findes ikke."),
    e.TargetSectorNotAChoice: _l("Vælg den sektor, du overvejer."),
    # accounts
    e.UserNotFound: _l("Brugeren findes ikke."),
    e.PasswordTooShort: _l("Adgangskoden skal have mindst %(limit)d tegn."),
    e.AddressTaken: _l("Der findes allerede en konto med denne e-mailadresse."),
    e.RemovesOwnAdminRole: _l("Du kan ikke fjerne din egen administratorrolle."),
    e.DeactivatesSelf: _l("Du kan ikke deaktivere din egen konto."),
    e.NotAnEmployer: _l("Kun arbejdsgiverkonti skal godkendes."),
    e.OrganisationNotPlaced: _l(
        "Organisationen %(name)s er ikke placeret i hierarkiet endnu. Placér den under Organisationer, "
        "før du godkender arbejdsgiveren."
    ),
    e.AlreadyApproved: _l("Arbejdsgiveren er allerede godkendt. Deaktivér kontoen i stedet."),
    e.AlreadyClosed: _l("Kontoen er allerede lukket."),
    e.ReasonMissing: _l("Skriv en begrundelse for afvisningen. Den sendes til arbejdsgiveren."),
    e.ReasonTooLong: _l("Begrundelsen må højst have %(limit)d tegn."),
    e.EmailNotConfirmed: _l("Skriv den e-mailadresse, du logger ind med."),
    # API keys
    e.TokenNameMissing: _l("Giv nøglen et navn."),
    e.ScopeNotAChoice: _l("Vælg enten læseadgang eller fuld adgang."),
    e.TooManyTokens: _l("Du kan højst have %(limit)d aktive nøgler. Tilbagekald en, du ikke bruger."),
    e.ExpiryOutOfRange: _l("En nøgle kan udløbe om %(low)d til %(high)d dage – eller aldrig."),
    e.TokenNotFound: _l("Nøglen findes ikke."),
    # vacancies
    e.OfferKindNotAChoice: _l(
        "Vælg, om det er en stilling, et rotationsforløb, en udstationering eller en følordning."
    ),
    e.DurationWithoutOffer: _l("Kun et forløb har en varighed. Vælg forløbets type, eller fjern varigheden."),
    e.StartMonthWithoutOffer: _l("Kun et forløb har en startmåned. Vælg forløbets type, eller fjern måneden."),
    e.HomePaysWithoutOffer: _l("Kun ved et forløb kan hjemmearbejdspladsen betale lønnen."),
    e.DurationMissing: _l("Vælg, hvor mange måneder forløbet varer (1–6)."),
    e.DurationOutOfRange: _l("Et forløb varer fra 1 til 6 hele måneder."),
    e.StartMonthNotAMonth: _l("Angiv startmåneden som en måned (åååå-mm)."),
    e.StartMonthPassed: _l("Startmåneden kan ikke ligge før denne måned."),
    e.StartMonthTooFar: _l("Startmåneden kan højst ligge %(months)d måneder fremme."),
    e.DeadlineInPast: _l("Fristen kan ikke ligge før i dag. Vælg i dag eller en senere dato."),
    e.PublishedDeadlineInPast: _l(
        "En offentliggjort stilling kan ikke få en frist, der er overskredet. "
        "Vælg i dag eller en senere dato, eller luk stillingen."
    ),
    e.DraftDeadlinePassed: _l(
        "Fristen er passeret, siden kladden blev gemt. Vælg en ny frist: i dag eller en senere dato."
    ),
    e.DeadlinePassed: _l("Ansøgningsfristen er overskredet. Ret fristen, før du offentliggør."),
    e.NoOrganisation: _l("Din konto er ikke knyttet til en organisation."),
    e.VacancyNotFound: _l("Stillingen findes ikke."),
    e.OtherOrganisation: _l("Stillingen tilhører en anden organisation."),
    e.NotApproved: _l("Din konto skal godkendes af en administrator, før du kan se kandidater."),
    e.NotApprovedToPublish: _l("Din konto skal godkendes af en administrator, før du kan offentliggøre stillinger."),
    e.NotApprovedToSearch: _l("Din konto skal godkendes af en administrator, før du kan søge efter kandidater."),
    e.OnlyOwnVacanciesUntilApproved: _l(
        "Indtil din konto er godkendt, kan du kun se de stillinger, du selv har oprettet."
    ),
    e.VacancyNotPublished: _l("Stillingen findes ikke eller er ikke længere slået op."),
    # saved searches and talent searches
    e.FunctionNotAChoice: _l("Vælg en af funktionerne."),
    e.FrequencyNotAChoice: _l("Vælg, hvor ofte du vil have e-mailen."),
    e.SearchNameTaken: _l("Du har allerede en søgning med det navn."),
    e.TalentSearchNameTaken: _l("Du har allerede en talentsøgning med det navn."),
    e.TooManySearches: _l("Du kan højst gemme %(limit)d søgninger. Slet en, før du gemmer en ny."),
    e.TooManyTalentSearches: _l("Du kan højst gemme %(limit)d talentsøgninger. Slet en, før du gemmer en ny."),
    e.SearchNotFound: _l("Søgningen findes ikke."),
    e.TalentSearchNotFound: _l("Talentsøgningen findes ikke."),
    e.CandidateNotVisible: _l("Kandidaten findes ikke, eller kandidaten er ikke længere synlig for jer."),
    e.SearchTextTooLong: _l("Søgeteksten må højst have %(limit)d tegn."),
    e.SectorNotAChoice: _l("Vælg en af sektorerne."),
    e.VacancyKindNotAChoice: _l("Vælg en af typerne."),
    # contacts, interest, candidates
    e.NotOwnVacancyToContact: _l("Du kan kun kontakte kandidater til din egen organisations stillinger."),
    e.ContactMessageMissing: _l("Skriv en besked til kandidaten."),
    e.AlreadyContacted: _l("Du har allerede sendt en kontaktanmodning til denne kandidat om stillingen."),
    e.AlreadyAnswered: _l("Du har allerede svaret på denne kontaktanmodning."),
    e.NoProfileForInterest: _l("Udfyld din profil, før du viser interesse for en stilling."),
    e.HiddenProfileForInterest: _l(
        "Din profil er skjult for arbejdsgivere. Gør den synlig eller diskret, hvis de skal kunne se din interesse."
    ),
    e.VacancyHiddenFrom: _l(
        "Stillingen hører til din egen organisation eller en nær enhed, som din diskrete profil er skjult for."
    ),
    e.NotOwnVacancyToReview: _l("Du kan kun behandle kandidater til din egen organisations stillinger."),
    e.NotACandidate: _l("Kandidaten findes ikke blandt stillingens kandidater."),
    e.RejectReasonNotAChoice: _l("Vælg en grund fra listen."),
    e.NoteTooLong: _l("Noten må højst have %(limit)d tegn."),
    e.VacancyNotPublishedToContact: _l("Offentliggør stillingen, før du kontakter kandidater, så de kan læse den."),
    # outcomes
    e.DateMissing: _l("Skriv en dato (åååå-mm-dd)."),
    e.DateTooFarAhead: _l("Datoen må højst ligge et år ude i fremtiden."),
    e.DateBeforeContact: _l("Datoen kan ikke ligge før kontaktanmodningen."),
    e.NotOwnVacancyForOutcome: _l("Du kan kun registrere udfald for din egen organisations stillinger."),
    e.OutcomeBeforeAccepted: _l("Du kan registrere et udfald, når kandidaten har sagt ja til kontakt."),
    e.OutcomeKindNotAChoice: _l("Vælg et udfald fra listen."),
    e.NoProfileForJob: _l("Udfyld din profil, før du registrerer et nyt job."),
    e.NewSectorNotAChoice: _l("Vælg sektor."),
    e.NewLevelNotAChoice: _l("Vælg ledelsesniveau."),
    e.JobAlreadyRecorded: _l("Du har allerede registreret et nyt job i den sektor med den dato."),
    # mentoring
    e.NoProfile: _l("Udfyld din profil først."),
    e.NoSectorMove: _l("Din profil viser ikke, at du har skiftet sektor, så du kan ikke tilbyde dig som mentor."),
    e.OfferTextMissing: _l("Skriv, hvad du kan hjælpe med."),
    e.MenteeCountOutOfRange: _l("Vælg et tal fra 1 til %(limit)d."),
    e.HiddenMentorNotConfirmed: _l(
        "Din profil er skjult. Sæt kryds her, hvis andre ledere alligevel må se dig som mentor."
    ),
    e.NotAMentor: _l("Du er ikke mentor."),
    e.MentorNotFound: _l("Mentoren findes ikke."),
    e.MentorMessageMissing: _l("Skriv en besked til mentoren."),
    e.AlreadyAsked: _l("Du har allerede spurgt denne mentor. Vent på svar."),
    e.MentorAlreadyAccepted: _l("Mentoren har allerede sagt ja til at tale med dig."),
    e.MentorDeclined: _l("Mentoren har sagt nej tak til din anmodning, så du kan ikke spørge igen."),
    e.MentorFull: _l("Mentoren tager ikke imod flere lige nu."),
    e.TooManyOpenRequests: _l(
        "Du har allerede %(waiting)d anmodninger, der venter på svar. Vent på et svar, eller træk en tilbage, "
        "før du spørger flere."
    ),
    e.MentorRequestNotFound: _l("Anmodningen findes ikke."),
    e.RequestAlreadyClosed: _l("Anmodningen er allerede afsluttet."),
    e.RequestAlreadyAnswered: _l("Anmodningen er allerede besvaret."),
    e.SameSector: _l("Vælg en anden sektor end den, du er i nu."),
    # organisations, weights, notifications, follow-ups, guides, ranking
    e.OrganisationNotFound: _l("Organisationen findes ikke."),
    e.OrganisationNameTaken: _l("Organisationen %(name)s findes allerede."),
    # Not only formatting: which sentence comes first depends on whether there is a suggestion.
    e.NotListed: lambda error: " ".join(
        (
            _l("Mente du »%(name)s«?") % {"name": error.suggestion}
            if error.suggestion is not None
            else _l("»%(name)s« er ikke på listen.") % {"name": error.name},
            str(_l("Vælg organisationen på listen, eller sæt kryds, hvis din organisation ikke er der.")),
        )
    ),
    e.ParentNotAChoice: _l("Vælg en placeret organisation, der ikke ligger under denne."),
    e.NoPositiveWeight: _l("Mindst én vægt skal være større end 0."),
    e.WeightSetNotFound: _l("Versionen findes ikke."),
    e.WeightNoteMissing: _l("Skriv en note om, hvorfor vægtene ændres."),
    e.WeightsUnchanged: _l("Vægtene er de samme som i den aktive version %(version)d."),
    e.WeightsAlreadyActive: _l("Vægtene i version %(version)d er allerede de aktive."),
    e.NoSuggestion: _l("Der er ikke noget forslag at anvende."),
    e.LanguageNotAChoice: _l("Vælg et af sprogene."),
    e.DeliveryNotAChoice: _l("Vælg en af mulighederne."),
    e.UnsubscribeLinkBroken: _l("Linket til afmelding virker ikke."),
    e.NotificationNotFound: _l("Beskeden findes ikke."),
    e.AlreadyMailed: _l("Beskederne er allerede sendt."),
    e.FollowUpNotFound: _l("Spørgsmålet findes ikke."),
    e.FactorNotAChoice: _l("Vælg blandt mulighederne."),
    e.FollowUpAlreadyAnswered: _l("Du har allerede svaret. Tak for det."),
    e.ColleagueAnswered: _l("En kollega har allerede svaret for jeres organisation. Tak alligevel."),
    e.WorksNotAChoice: _l("Vælg, hvor godt det fungerer."),
    e.HelpedAndHindered: _l("Det samme kan ikke både have hjulpet og stået i vejen. Vælg det ene."),
    e.FollowUpOutdated: _l("Ansættelsen er ændret, så spørgsmålet gælder ikke længere."),
    e.GuideNotFound: _l("Der findes ingen guide til den sektor."),
    e.ProfileHidden: _l("Din profil er skjult, så du er ikke med i nogen rangering – heller ikke i andre sektorer."),
    e.IndexUnavailable: _l("Rangeringen er ikke klar endnu. Den vises, når indekset er bygget – prøv igen om lidt."),
    e.EvaluationUnavailable: _l("Evalueringssættet kræver mappen bench/ fra kildekoden på Python-stien."),
    e.ProfileKeyUnknown: _l("Ukendt profil: %(key)s"),
    e.VacancyKeyUnknown: _l("Ukendt stilling: %(key)s"),
    # delivering the mail spool (the operator's commands and the background sender)
    e.MailSettingsUnsafe: _l(
        "E-mailindstillingerne er usikre eller modstridende. Der sendes ingen e-mails, før de er rettet."
    ),
    e.TlsAndSslBoth: _l(
        "MAIL_USE_TLS og MAIL_USE_SSL er begge sat: vælg STARTTLS eller implicit TLS. "
        "Der sendes ingen e-mails, før det er rettet."
    ),
    e.CredentialsWithoutTls: _l(
        "MAIL_USERNAME er sat uden MAIL_USE_TLS eller MAIL_USE_SSL: adgangsoplysninger sendes aldrig uden TLS. "
        "Der sendes ingen e-mails, før det er rettet."
    ),
    e.MailServerMissing: _l("MAIL_SERVER er ikke sat: %(waiting)d e-mails venter i %(outbox)s."),
    e.MailsNotSent: _l("%(failed)d e-mails kunne ikke sendes (se loggen); de ligger i %(outbox)s og prøves igen."),
    e.DigestsNotSent: _l("%(failed)d e-mails kunne ikke sendes; de prøves igen ved næste kørsel."),
    e.MailsWaiting: _l("%(waiting)d e-mails venter i udbakken (se loggen); de prøves igen."),
    # backup and restore (the operator's commands)
    e.BackupError: _l("Backuppen eller gendannelsen mislykkedes."),
    e.DatabaseNotSupported: _l("Backup understøtter kun SQLite og PostgreSQL, ikke %(backend)s."),
    e.InMemoryDatabase: _l("En SQLite-database i hukommelsen kan ikke tages backup af."),
    e.BackupUnreadable: _l("Kan ikke læse %(path)s: %(reason)s"),
    e.BackupUnwritable: _l("Kan ikke skrive %(path)s: %(reason)s"),
    e.BackupMissing: _l("%(path)s findes ikke."),
    e.NotASqliteBackup: _l("%(path)s er ikke en SQLite-backup; databasen er SQLite."),
    e.NotAPostgresBackup: _l("%(path)s er ikke en PostgreSQL-backup (pg_dump -Fc); databasen er PostgreSQL."),
    e.BackupDamaged: _l("%(path)s er beskadiget (%(verdict)s); intet er gendannet."),
    e.SqliteCopyFailed: _l("SQLite-kopien mislykkedes: %(reason)s"),
    e.ClientProgramMissing: _l(
        "%(program)s findes ikke på PATH. Installer PostgreSQL's klientprogrammer i samme hovedversion som "
        "serveren (Debian og Ubuntu: apt-get install postgresql-client)."
    ),
    e.ClientProgramFailed: _l("%(program)s mislykkedes (%(code)d): %(output)s"),
    # Not only formatting: the tables that hold data are listed with their row counts.
    e.DatabaseInUse: lambda error: (
        _l(
            "Databasen indeholder allerede data: %(tables)s. Gendannelsen ville overskrive dem; "
            "tag en backup først, og brug så --force for at overskrive."
        )
        % {"tables": ", ".join(f"{name} ({count})" for name, count in sorted(error.rows.items()))}
    ),
}


def message_for(error: e.ServiceError) -> str:
    """The error's message in the request's language (the nearest worded class, for a kind of our own)."""
    for kind in type(error).__mro__:
        words = MESSAGES.get(kind)
        if words is not None:
            return str(words) % error.data if isinstance(words, LazyString) else str(words(error))
    raise TypeError(f"{type(error).__name__} is no service error")


def field_for(
    form, error: e.ServiceError, fields: Mapping[str, str] | None = None, default: str | None = None
) -> str | None:
    """The name of the form field that holds the error's domain attribute (``fields`` maps attribute names that
    differ from the form's), else ``default``; None when that leaves no field of the form."""
    name = (fields or {}).get(error.field, error.field) if error.field else None
    if name is None or name not in form:
        name = default
    return name if name is not None and name in form else None


def show_at_field(
    form, error: e.ServiceError, fields: Mapping[str, str] | None = None, default: str | None = None
) -> bool:
    """Add the error's message to its form field (``field_for``). False when that leaves no field of the form, so
    the view says it elsewhere (a flash, say)."""
    name = field_for(form, error, fields, default)
    if name is None:
        return False
    form[name].errors = [*form[name].errors, message_for(error)]
    return True
