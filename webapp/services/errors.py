"""Domain errors: one class per rule a service enforces, carrying data and no words.

A service says WHICH rule was broken (the class), about WHICH domain attribute (``field``: ``"email"``,
``"deadline"``, never a form field's Danish name) and the values a message needs (``limit``, ``version``, ...).
The edge chooses the words and the status: ``webapp/error_messages.py`` holds the Danish message of every class
listed here (a test checks none is missing), ``webapp/errors.py`` the page and ``webapp/api/problems.py`` the
problem+json. The bases say the status: ``NotFound`` 404, ``Forbidden`` 403, ``Conflict`` 409,
``Unavailable`` 503; a plain ``ServiceError`` about a field is the API's 422 (else 409).
"""

from __future__ import annotations

from typing import Any, ClassVar


class ServiceError(Exception):
    """A rule of the service was broken; ``field`` is the domain attribute it is about (None: the whole action)."""

    field: ClassVar[str | None] = None

    def __init__(self, field: str | None = None, **data: Any):
        super().__init__(type(self).__name__, *(f"{key}={value!r}" for key, value in data.items()))
        self.field = field if field is not None else type(self).field  # type: ignore[misc]
        self.data = data
        self.__dict__.update(data)


class NotFound(ServiceError):
    """The thing asked for does not exist (or is not visible to the asker)."""


class Forbidden(ServiceError):
    """The asker may not do this."""


class Conflict(ServiceError):
    """The change clashes with existing data or with the day (an e-mail already in use, a passed deadline)."""


class Unavailable(ServiceError):
    """The service cannot do this right now, through no fault of the asker (try again later)."""

    retry_after = 30  # seconds


class AwaitsConfirmation(ServiceError):
    """The right password, but the address was never confirmed: the person may be told so (they proved who they
    are), which a wrong password never is."""

    field = "email"


# ---- shared field rules (the same words wherever they apply) ----------------------------------------------


class TooLong(ServiceError):
    """A text is longer than ``limit`` characters (the form words it at the field)."""


class NameTooLong(TooLong):
    """A name (of an API key or a saved search) is longer than ``limit`` characters."""

    field = "name"


class MessageTooLong(TooLong):
    """A message (to a candidate, to a mentor) is longer than ``limit`` characters."""

    field = "message"


class SearchNameMissing(ServiceError):
    """A saved search (vacancies or talent) needs a name."""

    field = "name"


class RegionNotAChoice(ServiceError):
    """The region is none of the country's regions."""

    field = "region"


class LevelNotAChoice(ServiceError):
    """The management level is none of the levels."""

    field = "level"


class NotApprovedToSeeCandidates(Forbidden):
    """An employer sees candidates only once an administrator has approved the account."""


class CandidateNotFound(NotFound):
    """The candidate does not exist or may not be seen by the asker."""


class ContactRequestNotFound(NotFound):
    """No such contact request of the asker's."""


class TargetSectorNotAChoice(ServiceError):
    """The sector a leader considers moving to is none of the sectors."""

    field = "target_sector"


# ---- accounts ---------------------------------------------------------------------------------------------


class UserNotFound(NotFound):
    """No such user."""


class PasswordTooShort(ServiceError):
    """A password has fewer than ``limit`` characters."""

    field = "password"


class AddressTaken(Conflict):
    """The address already has an account (``user``); the web form must not say so, but mail its owner."""

    field = "email"


class RemovesOwnAdminRole(ServiceError):
    """An administrator cannot take away their own role."""


class DeactivatesSelf(ServiceError):
    """An administrator cannot deactivate their own account."""


class NotAnEmployer(ServiceError):
    """Only employers' accounts are approved or rejected."""


class OrganisationNotPlaced(ServiceError):
    """An employer is approved only once their organisation (``name``) is placed in the hierarchy."""


class AlreadyApproved(Conflict):
    """An approved employer is not rejected (deactivated instead)."""


class AlreadyClosed(Conflict):
    """The account is already closed."""


class ReasonMissing(ServiceError):
    """A rejection needs a reason, which is sent to the employer."""

    field = "reason"


class ReasonTooLong(TooLong):
    """A rejection's reason is longer than ``limit`` characters."""

    field = "reason"


class EmailNotConfirmed(ServiceError):
    """Erasing an account asks for its e-mail address, typed again."""

    field = "email"


# ---- API keys ---------------------------------------------------------------------------------------------


class TokenNameMissing(ServiceError):
    """An API key needs a name."""

    field = "name"


class ScopeNotAChoice(ServiceError):
    """An API key reads or has full access."""

    field = "scope"


class TooManyTokens(ServiceError):
    """A person has at most ``limit`` active API keys."""


class ExpiryOutOfRange(ServiceError):
    """An API key expires in ``low`` to ``high`` days, or never."""


class TokenNotFound(NotFound):
    """No such API key of the asker's."""


# ---- vacancies --------------------------------------------------------------------------------------------


class OfferKindNotAChoice(Conflict):
    """The kind is none of post, rotation, secondment or job shadowing."""

    field = "kind"


class DurationWithoutOffer(Conflict):
    """Only an offer (not a post) has a duration."""

    field = "duration_months"


class StartMonthWithoutOffer(Conflict):
    """Only an offer (not a post) has a start month."""

    field = "start_month"


class HomePaysWithoutOffer(Conflict):
    """Only for an offer can the home employer pay the salary."""

    field = "home_employer_pays"


class DurationMissing(Conflict):
    """An offer needs its duration in months."""

    field = "duration_months"


class DurationOutOfRange(Conflict):
    """An offer lasts 1 to 6 whole months."""

    field = "duration_months"


class StartMonthNotAMonth(Conflict):
    """A start month is the first day of a month."""

    field = "start_month"


class StartMonthPassed(Conflict):
    """An offer cannot start in a month that has passed."""

    field = "start_month"


class StartMonthTooFar(Conflict):
    """An offer starts at most ``months`` months ahead."""

    field = "start_month"


class DeadlineInPast(Conflict):
    """A new deadline lies before today."""

    field = "deadline"


class PublishedDeadlineInPast(DeadlineInPast):
    """A published vacancy cannot get a deadline that has passed."""


class DraftDeadlinePassed(DeadlineInPast):
    """A draft's saved deadline passed since it was saved."""


class DeadlinePassed(Conflict):
    """A vacancy whose deadline has passed is not published."""

    field = "deadline"


class NoOrganisation(Forbidden):
    """The account belongs to no organisation."""


class VacancyNotFound(NotFound):
    """No such vacancy."""


class OtherOrganisation(Forbidden):
    """The vacancy belongs to another organisation."""


class NotApproved(Forbidden):
    """The employer's account awaits an administrator's approval."""


class NotApprovedToPublish(NotApproved):
    """Only approved employers publish vacancies."""


class NotApprovedToSearch(NotApproved):
    """Only approved employers search for talent."""


class OnlyOwnVacanciesUntilApproved(NotApproved):
    """Until approved, an employer sees only the vacancies they created."""


class VacancyNotPublished(NotFound):
    """The vacancy does not exist or is no longer published."""


# ---- saved searches and talent searches -------------------------------------------------------------------


class FunctionNotAChoice(ServiceError):
    """The function is none of the functions."""

    field = "function"


class FrequencyNotAChoice(ServiceError):
    """How often the e-mail comes is none of the choices."""

    field = "frequency"


class SearchNameTaken(Conflict):
    """The person already has a saved search with that name."""

    field = "name"


class TalentSearchNameTaken(SearchNameTaken):
    """The employer already has a talent search with that name."""


class TooManySearches(Conflict):
    """A person saves at most ``limit`` searches."""


class TooManyTalentSearches(TooManySearches):
    """An employer saves at most ``limit`` talent searches."""


class SearchNotFound(NotFound):
    """No such saved search of the asker's."""


class TalentSearchNotFound(SearchNotFound):
    """No such talent search of the asker's."""


class SearchUnsubscribeLinkBroken(NotFound):
    """An unsubscribe link names no saved search (it may have been deleted)."""


class CandidateNotVisible(NotFound):
    """The candidate does not exist or is no longer visible to the employer's organisation."""


class SearchTextTooLong(TooLong):
    """A search text is longer than ``limit`` characters."""

    field = "text"


class SectorNotAChoice(ServiceError):
    """The sector is none of the public sectors."""

    field = "sector"


class VacancyKindNotAChoice(ServiceError):
    """The kind is none of the kinds a search narrows to."""

    field = "kind"


# ---- contacts, interest, candidates -----------------------------------------------------------------------


class NotOwnVacancyToContact(Forbidden):
    """An employer contacts candidates only for their own organisation's vacancies."""


class ContactMessageMissing(ServiceError):
    """A contact request needs a message to the candidate."""

    field = "message"


class AlreadyContacted(Conflict):
    """The candidate was already asked about this vacancy."""


class AlreadyAnswered(Conflict):
    """The contact request was already answered."""


class NoProfileForInterest(ServiceError):
    """A leader shows interest only with a profile."""


class HiddenProfileForInterest(ServiceError):
    """A hidden profile's interest could not be seen by employers."""


class VacancyHiddenFrom(ServiceError):
    """The vacancy is the leader's own organisation's or a near unit's, which the discreet profile hides from."""


class NotOwnVacancyToReview(Forbidden):
    """An employer reviews candidates only for their own organisation's vacancies."""


class NotACandidate(NotFound):
    """The profile is not among the vacancy's candidates."""


class RejectReasonNotAChoice(ServiceError):
    """The reason is none of the listed reasons."""

    field = "reason"


class NoteTooLong(TooLong):
    """A note is longer than ``limit`` characters."""

    field = "note"


class VacancyNotPublishedToContact(ServiceError):
    """Candidates are contacted about a published vacancy only, so they can read it."""


# ---- outcomes ---------------------------------------------------------------------------------------------


class DateMissing(ServiceError):
    """An outcome needs a date."""

    field = "occurred_on"


class DateTooFarAhead(ServiceError):
    """An outcome's date lies at most a year ahead."""

    field = "occurred_on"


class DateBeforeContact(ServiceError):
    """An outcome's date cannot lie before the contact request."""

    field = "occurred_on"


class NotOwnVacancyForOutcome(Forbidden):
    """An employer records outcomes only for their own organisation's vacancies."""


class OutcomeBeforeAccepted(Conflict):
    """An outcome is recorded once the candidate has accepted contact."""


class OutcomeKindNotAChoice(ServiceError):
    """The outcome is none of the listed outcomes."""

    field = "kind"


class NoProfileForJob(Forbidden):
    """A leader records a new job only with a profile."""


class NewSectorNotAChoice(ServiceError):
    """A new job's sector is none of the sectors."""

    field = "to_sector"


class NewLevelNotAChoice(ServiceError):
    """A new job's management level is none of the levels."""

    field = "level_after"


class JobAlreadyRecorded(Conflict):
    """The leader already recorded a new job in that sector on that date."""


# ---- mentoring --------------------------------------------------------------------------------------------


class NoProfile(Forbidden):
    """Mentoring needs a profile."""


class NoSectorMove(Forbidden):
    """Only a leader whose profile shows a move between sectors offers to mentor."""


class OfferTextMissing(ServiceError):
    """A mentor says what they can help with."""

    field = "text"


class MenteeCountOutOfRange(ServiceError):
    """A mentor takes 1 to ``limit`` mentees."""

    field = "max_mentees"


class HiddenMentorNotConfirmed(ServiceError):
    """A hidden profile is shown as a mentor only when the leader says so."""

    field = "shown_while_hidden"


class NotAMentor(NotFound):
    """The leader has no active mentor offer."""


class MentorNotFound(NotFound):
    """No such mentor shown to leaders."""


class MentorMessageMissing(ServiceError):
    """A request to a mentor needs a message."""

    field = "message"


class AlreadyAsked(Conflict):
    """The mentee already asked this mentor and waits for an answer."""


class MentorAlreadyAccepted(Conflict):
    """The mentor already said yes to this mentee."""


class MentorDeclined(Conflict):
    """The mentor said no, so the mentee cannot ask again."""


class MentorFull(Conflict):
    """The mentor takes no more mentees now."""


class TooManyOpenRequests(Conflict):
    """A mentee has ``waiting`` requests awaiting an answer, the most allowed."""


class MentorRequestNotFound(NotFound):
    """No such mentor request of the asker's."""


class RequestAlreadyClosed(Conflict):
    """The mentor request was already answered or withdrawn (the mentor's side)."""


class RequestAlreadyAnswered(Conflict):
    """The mentor request was already answered (the mentee's side)."""


class SameSector(ServiceError):
    """A leader looks for mentors into another sector than their own."""

    field = "target_sector"


# ---- organisations, weights, notifications, follow-ups, guides, ranking -----------------------------------


class OrganisationNotFound(NotFound):
    """No such organisation."""


class OrganisationNameTaken(Conflict):
    """An organisation with this ``name`` exists."""

    field = "name"


class NotListed(ServiceError):
    """A leader's organisation (``name``) is not one we know; ``suggestion`` is the closest placed name, if any."""

    field = "organisation"


class ParentNotAChoice(ServiceError):
    """An organisation is placed under a placed organisation that is not below it."""

    field = "parent_id"


class NoPositiveWeight(ServiceError):
    """At least one weight is above 0."""

    field = "weights"


class WeightSetNotFound(NotFound):
    """No such version of the weights."""


class WeightNoteMissing(ServiceError):
    """A change of the weights says why."""

    field = "note"


class WeightsUnchanged(ServiceError):
    """The weights rank as the active ``version`` does."""


class WeightsAlreadyActive(ServiceError):
    """The weights of ``version`` are the active ones."""


class NoSuggestion(ServiceError):
    """There is no suggested set of weights to apply."""


class LanguageNotAChoice(ServiceError):
    """The language is none of the languages."""

    field = "language"


class DeliveryNotAChoice(ServiceError):
    """How a kind of notification is delivered is none of the choices (``field`` is the kind)."""


class UnsubscribeLinkBroken(NotFound):
    """An unsubscribe link names no setting of that kind."""


class NotificationNotFound(NotFound):
    """No such notification of the asker's."""


class AlreadyMailed(Conflict):
    """Another run of the digest mailed these notifications first."""


class FollowUpNotFound(NotFound):
    """No such follow-up question of the asker's."""


class FactorNotAChoice(ServiceError):
    """What helped or hindered is none of the factors."""


class FollowUpAlreadyAnswered(Conflict):
    """The person already answered the follow-up."""


class ColleagueAnswered(Conflict):
    """A colleague already answered for the organisation."""


class WorksNotAChoice(ServiceError):
    """How well it works is none of the scale's steps."""

    field = "works"


class HelpedAndHindered(ServiceError):
    """The same factor cannot both have helped and hindered."""

    field = "hindered"


class FollowUpOutdated(Conflict):
    """The hire changed, so the question no longer applies."""


class GuideNotFound(NotFound):
    """No guide for that sector."""


class ProfileHidden(Forbidden):
    """A hidden profile is in no ranking, so it is in no top 10 either."""


class IndexUnavailable(Unavailable):
    """No usable index in this process: ``reason`` says why (Danish, for operators, not users)."""

    def __init__(self, reason: str):
        super().__init__(reason=reason)


def all_errors(base: type[ServiceError] = ServiceError) -> list[type[ServiceError]]:
    """Every error class below ``base``: what the message catalogue must word."""
    found = []
    for sub in base.__subclasses__():
        found += [sub, *all_errors(sub)]
    return found


# What is never raised itself, only its kinds: the status groups. The catalogue words them too, for an error
# from elsewhere (a test's, a plugin's), but no service raises one bare.
BASES = (ServiceError, NotFound, Forbidden, Conflict, Unavailable)
