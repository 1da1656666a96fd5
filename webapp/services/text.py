"""Text hygiene shared by forms, searches and imports."""

import re

# C0 controls except tab, newline and carriage return, plus DEL: never typed, and NUL cannot be stored.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def one_line(text: str | None) -> str:
    """One line of text: control characters (NUL cannot even be stored in PostgreSQL) and runs of space go."""
    return " ".join("".join(ch if ch >= " " else " " for ch in text or "").split())


def without_controls(text: str) -> str:
    """``text`` without control characters (tabs and line breaks stay)."""
    return _CONTROLS.sub("", text)


def has_controls(text: str) -> bool:
    """True when ``text`` contains a control character other than tab or a line break."""
    return _CONTROLS.search(text) is not None


def clean_phrases(phrases: list[str]) -> list[str]:
    """Trim, drop empties and case-insensitive duplicates, keep the order the leader chose."""
    seen: set[str] = set()
    out = []
    for phrase in phrases:
        phrase = " ".join(phrase.split())
        if phrase and phrase.lower() not in seen:
            seen.add(phrase.lower())
            out.append(phrase)
    return out
