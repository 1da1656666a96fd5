"""Account forms."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, EmailField, PasswordField, RadioField, SelectField, StringField, validators

from matcher import geography

from ..forms import BaseForm, email_address, max_length, optional, required, through_contract
from ..labels import PUBLIC_SECTOR_CHOICES, options
from ..services import contracts
from ..services.fields import LINE_MAX
from ..services.passwords import MIN_LENGTH
from ..widgets import int_or_none, municipality_field


class LoginForm(BaseForm):
    """E-mail and password."""

    email = EmailField(_l("E-mail"), [required(), email_address()])
    password = PasswordField(_l("Adgangskode"), [required()])


class _NewPassword:
    password = PasswordField(
        _l("Adgangskode"),
        [required(), validators.Length(min=MIN_LENGTH, message=_l("Mindst %(n)d tegn.", n=MIN_LENGTH))],
        description=_l("Mindst %(n)d tegn.", n=MIN_LENGTH),
    )
    confirm = PasswordField(
        _l("Gentag adgangskode"),
        [required(), validators.EqualTo("password", message=_l("De to adgangskoder er ikke ens."))],
    )


class LeaderRegistrationForm(_NewPassword, BaseForm):
    """A leader signs up with e-mail and password; the profile comes next."""

    email = EmailField(_l("E-mail"), [required(), email_address(), max_length(254)])


class EmployerRegistrationForm(_NewPassword, BaseForm):
    """An employer signs up and picks or creates the organisation they recruit for."""

    email = EmailField(_l("E-mail"), [required(), email_address(), max_length(254)])
    organisation_mode = RadioField(
        _l("Organisation"),
        choices=options(
            [("existing", _l("Vælg en eksisterende organisation")), ("new", _l("Opret en ny organisation"))]
        ),
        default="existing",
    )
    organisation_id = SelectField(_l("Eksisterende organisation"), coerce=int_or_none, validate_choice=False)
    organisation_name = StringField(
        _l("Navn på ny organisation"),
        [optional(), max_length(LINE_MAX)],
        description=_l("En administrator placerer en ny organisation i hierarkiet, før din konto bliver godkendt."),
    )
    organisation_sector = SelectField(_l("Sektor"), choices=options(PUBLIC_SECTOR_CHOICES), default="stat")
    organisation_municipality = municipality_field(
        _l("Kommune (hvor organisationen har adresse)"), validate_choice=False
    )
    organisation_parent_id = SelectField(
        _l("Overordnet organisation (valgfri)"),
        coerce=int_or_none,
        validate_choice=False,
        description=_l(
            "Fx ministeriet over en styrelse, regionen over et hospital eller kommunen over en forvaltning."
        ),
    )

    def validate(self, extra_validators=None) -> bool:
        """Require the fields of the chosen organisation mode."""
        ok = super().validate(extra_validators)
        valid_ids = {choice.value for choice in self.organisation_id.choices if choice.value}
        if self.organisation_mode.data == "new":
            if not (self.organisation_name.data or "").strip():
                self.organisation_name.errors.append(_l("Skriv organisationens navn."))
                ok = False
            if self.organisation_municipality.data is None or not geography.find_municipality(
                self.organisation_municipality.data
            ):
                self.organisation_municipality.errors.append(_l("Vælg en kommune."))
                ok = False
            if self.organisation_parent_id.data is not None and self.organisation_parent_id.data not in valid_ids:
                self.organisation_parent_id.errors.append(_l("Vælg en af mulighederne."))
                ok = False
        elif self.organisation_id.data not in valid_ids:
            self.organisation_id.errors.append(_l("Vælg din organisation."))
            ok = False
        if ok and self.organisation_mode.data == "new":
            return self._new_organisation_valid()
        return ok

    def _new_organisation_valid(self) -> bool:
        """The new organisation by its contract (``services.contracts.Organisation``), as a leader's new
        organisation and an import's are: ``self.contract`` then holds it as it is stored."""
        data = {
            "name": self.organisation_name.data or "",
            "sector": self.organisation_sector.data,
            "municipality_code": self.organisation_municipality.data,
        }
        fields = {"name": self.organisation_name, "sector": self.organisation_sector}
        return through_contract(
            self,
            contracts.Organisation,
            data,
            lambda location: fields.get(location[0] if location else "", self.organisation_municipality),
        )


class ForgotPasswordForm(BaseForm):
    """Ask for a reset link."""

    email = EmailField(_l("E-mail"), [required(), email_address()])


class ResetPasswordForm(_NewPassword, BaseForm):
    """Choose a new password; every session ends, and the API keys too if the user asks."""

    revoke_tokens = BooleanField(
        _l("Tilbagekald også alle mine API-nøgler"),
        default=True,
        description=_l("Gør det, hvis du tror, at andre kan have fået adgang til din konto."),
    )
