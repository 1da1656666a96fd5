"""The languages Sektorbro speaks, Danish first: one definition for the app's config (Flask-Babel), the
languages a person may choose for their mails, and the sector guides' texts."""

LANGUAGES: tuple[str, ...] = ("da", "en")
DEFAULT_LANGUAGE = LANGUAGES[0]
