"""The English catalogue covers every user-facing string in the code and templates."""

from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
METHODS = [("**.py", "python"), ("**/templates/**.html", "jinja2")]
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "_l": None, "lazy_gettext": None}


def test_every_message_has_an_english_translation():
    with open(ROOT / "webapp/translations/en/LC_MESSAGES/messages.po", "rb") as handle:
        catalogue = read_po(handle)
    found = {
        message if isinstance(message, str) else message[0]
        for _file, _line, message, _comments, _context in extract_from_dir(
            str(ROOT / "webapp"), METHODS, keywords=KEYWORDS
        )
    }
    missing = sorted(m for m in found if not catalogue.get(m) or not catalogue.get(m).string)
    fuzzy = sorted(str(m.id) for m in catalogue if m.id and m.fuzzy)
    assert not missing, f"untranslated (run `make messages` and translate): {missing[:10]}"
    assert not fuzzy, f"fuzzy translations to check: {fuzzy[:10]}"
