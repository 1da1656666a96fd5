"""Argon2 password hashing and signed, single-use password-reset tokens."""

from __future__ import annotations

import hashlib
import hmac

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

_hasher = PasswordHasher()
MIN_LENGTH = 10
# Verified against when no account has the address, so a failed log-in takes as long either way.
_DUMMY_HASH = _hasher.hash("no account has this password")


def hash_password(password: str) -> str:
    """Hash a password with Argon2id."""
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """True when ``password`` matches; never raises on a malformed hash."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def verify_nothing(password: str) -> bool:
    """Spend the time one verification takes, for an address without an account; always False."""
    verify_password(_DUMMY_HASH, password)
    return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    return _hasher.check_needs_rehash(password_hash)


def _serializer(secret_key: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key, salt="password-reset")


def make_confirmation_token(secret_key: str, user_id: int, session_secret: str) -> str:
    """A token that confirms a new account's address; it dies when the account's session secret changes."""
    serializer = URLSafeTimedSerializer(secret_key, salt="confirm-account")
    return serializer.dumps({"user": user_id, "s": password_fingerprint(secret_key, session_secret)})


def read_confirmation_token(secret_key: str, token: str, max_age: int) -> tuple[int, str] | None:
    """Return (user id, fingerprint) from a valid, unexpired confirmation token, else ``None``."""
    try:
        data = URLSafeTimedSerializer(secret_key, salt="confirm-account").loads(token, max_age=max_age)
    except (SignatureExpired, BadSignature):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("user"), int):
        return None
    return data["user"], str(data.get("s", ""))


def password_fingerprint(secret_key: str, password_hash: str) -> str:
    """An HMAC of the current password hash: it changes with the password, and reveals nothing of the hash."""
    return hmac.new(secret_key.encode(), password_hash.encode(), hashlib.sha256).hexdigest()[:32]


def make_reset_token(secret_key: str, user_id: int, password_hash: str) -> str:
    """A token naming the user and a fingerprint of the current hash, so it dies once the password changes."""
    return _serializer(secret_key).dumps({"user": user_id, "h": password_fingerprint(secret_key, password_hash)})


def read_reset_token(secret_key: str, token: str, max_age: int) -> tuple[int, str] | None:
    """Return (user id, password fingerprint) from a valid, unexpired token, else ``None``."""
    try:
        data = _serializer(secret_key).loads(token, max_age=max_age)
    except (SignatureExpired, BadSignature):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("user"), int):
        return None
    return data["user"], str(data.get("h", ""))
