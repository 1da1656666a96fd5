"""One input contract per entity: what a profile and a vacancy may hold, whichever way they come in.

A profile or a vacancy arrives by three doors: the web form, the API and the JSON-lines import. Each door reads
its own shape (form fields, a JSON body, a file line) but validates it as the one pydantic model here, so a value
one door accepts the others accept, and a value one refuses the others refuse by the same rule. The API's
schemas extend these models with API-only documentation, the import's records with the file's own fields
(``external_id``, ``status``, an organisation's sector), the forms state the same limits through
``webapp.forms.contract_rules`` and validate their values through the model before saving. The limits are the
largest the database allows that a demanding user needs (the columns are ``Text``, ``String(200)``, JSON lists).

One function per entity maps the contract to the model's columns (``profile_columns``, ``vacancy_columns``,
``organisation_columns``), and one maps a saved profile or vacancy back to the contract's values
(``profile_values``, ``vacancy_values``): the API shows them and merges a PATCH into them, the export writes them.

The other entities a person types keep theirs here too: a new organisation (``Organisation``: the registration,
the profile's "not on the list" and the import), the ranking weights (``WeightShares``, ``WeightChange``) and a
saved search (``SavedSearch``, ``TalentSearch``, ``TalentSearchChange``), whose services, like the profile's,
take the contract as its door checked it (a form's ``contract``; ``checked`` for a caller holding plain values)
and keep only the rules that need the database.

A contract refuses without words, like every service: pydantic's own error types, rules of ours by kind
(``fields.refused``) and a service's typed error (``vacancies.offer_terms_problem``) carried whole as a
``domain_error`` at its field. Each door words them (``webapp/contract_messages.py``): the form in the visitor's
language, the API with the error's stable ``code``, the import at the edge that shows its line errors.

``base`` holds what every contract shares (the strict ``Contract``, the vocabularies, phrase lists, ``checked``);
each other module holds one entity's contract. This package gathers them all, so a caller reads any contract as
``services.contracts.X`` without knowing its module (as ``services.errors`` gathers its areas).
"""

from . import base, organisations, profiles, searches, vacancies, weights
from .base import *  # noqa: F403
from .organisations import *  # noqa: F403
from .profiles import *  # noqa: F403
from .searches import *  # noqa: F403
from .vacancies import *  # noqa: F403
from .weights import *  # noqa: F403

ENTITIES = (base, organisations, profiles, vacancies, weights, searches)
__all__ = [name for entity in ENTITIES for name in entity.__all__]
