"""The field types of the API's request bodies, each stating in the OpenAPI document every rule the code applies.

Schemathesis (``tests/webapp/test_schemathesis.py``) sends what the document allows and what it forbids, so a
rule the code keeps to itself is a bug either way. Hence: patterns are checked on the value as sent (surrounding
whitespace is trimmed only afterwards, see ``schemas.Body``), a required text must hold more than whitespace
(``FILLED_*``), ``2.0`` is the whole number 2 (JSON Schema's ``integer`` says so), and a year's ``maximum`` is
this year.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError

from matcher import geography

# What Python's str.strip() removes besides the ASCII space and the control characters every pattern refuses.
_UNICODE_BLANKS = r"\x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000"
_FILLED = rf"[^\x00-\x20\x7F{_UNICODE_BLANKS}]"  # one character that is neither whitespace nor a control

# Text without control characters (PostgreSQL refuses NUL; the others only hide things); lines have no breaks.
LINE_PATTERN = r"^[^\x00-\x1F\x7F]*$"
TEXT_PATTERN = r"^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F]*$"
# The same, holding at least one character that is not whitespace (written so that no regex engine backtracks).
FILLED_LINE_PATTERN = rf"^[\x20{_UNICODE_BLANKS}]*{_FILLED}[^\x00-\x1F\x7F]*$"
FILLED_TEXT_PATTERN = rf"^[\t\n\r\x20{_UNICODE_BLANKS}]*{_FILLED}[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F]*$"
# The import's e-mail check (services/records.py), without whitespace or control characters anywhere.
_ADDRESS = rf"@\x00-\x20\x7F{_UNICODE_BLANKS}"
EMAIL_PATTERN = rf"^[^{_ADDRESS}]{{1,64}}@[^{_ADDRESS}]+\.[^{_ADDRESS}.]{{2,}}$"

EARLIEST_YEAR = 1950  # the import's earliest year, kept for leaders with long careers
MUNICIPALITY_CODES = sorted(m.code for m in geography.MUNICIPALITIES)
REGION_CODES = sorted(geography.REGION_CODES)


def _whole(value):
    """JSON has one kind of number: ``2.0`` is the whole number 2 (``2.5``, ``"2"`` and ``true`` stay refused)."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


# The kind of error a contract raises for a typed domain error (``ctx["problem"]``, a ServiceError).
DOMAIN_ERROR = "domain_error"


def refused(kind: str, **context) -> PydanticCustomError:
    """A contract rule of our own, broken: pydantic places it at its field like its own errors, and each door
    words it by ``kind`` from ``context`` (``webapp/contract_messages.py``). Pydantic's ``msg`` is the kind itself,
    since no words are made in services."""
    return PydanticCustomError(kind, kind, context)


def _known_municipality(code: int) -> int:
    if geography.find_municipality(code) is None:
        raise refused("unknown_municipality_code")
    return code


def _known_region(code: int) -> int:
    if code not in REGION_CODES:
        raise refused("unknown_region_code")
    return code


def _not_in_future(year: int | None) -> int | None:
    if year is not None and year > date.today().year:
        raise refused("year_in_future")
    return year


def _this_year_at_most(schema: dict) -> None:
    schema["maximum"] = date.today().year  # the document is rebuilt when the year turns (openapi.document)


def whole(**limits):
    """A whole number within ``limits`` (pydantic ``Field`` keywords), which JSON may write as ``2`` or ``2.0``."""
    return Annotated[int, Field(**limits), BeforeValidator(_whole)]  # limits first, or the document loses them


Level = whole(ge=1, le=4)
Year = Annotated[whole(ge=EARLIEST_YEAR, json_schema_extra=_this_year_at_most), AfterValidator(_not_in_future)]
LINE_MAX = 200  # a name, a title, an organisation (the columns are String(200))
PHRASE_MAX = 120  # one competence
ShortLine = Annotated[str, Field(min_length=1, max_length=LINE_MAX, pattern=FILLED_LINE_PATTERN)]
Phrase = Annotated[str, Field(min_length=1, max_length=PHRASE_MAX, pattern=FILLED_LINE_PATTERN)]
Email = Annotated[str, Field(max_length=254, pattern=EMAIL_PATTERN), AfterValidator(str.lower)]
MunicipalityCode = Annotated[
    whole(description="Kommunekode (DAGI), one of the 98 kommuner.", json_schema_extra={"enum": MUNICIPALITY_CODES}),
    AfterValidator(_known_municipality),
]
RegionCode = Annotated[int, Field(json_schema_extra={"enum": REGION_CODES}), AfterValidator(_known_region)]
Weight = Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)]


def free_text(max_length: int, filled: bool = False):
    """Free text (line breaks and tabs allowed) of at most ``max_length`` characters; ``filled``: not blank."""
    if filled:
        return Annotated[str, Field(min_length=1, max_length=max_length, pattern=FILLED_TEXT_PATTERN)]
    return Annotated[str, Field(max_length=max_length, pattern=TEXT_PATTERN)]
