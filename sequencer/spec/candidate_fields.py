"""The candidate fields a sequence may name: part of the contract between sequence files and
candidates files. `people` reads and checks these columns; templates and deadlines may use each
as `candidate.<field>`, besides the custom columns a sequence lists in `candidate_fields`."""

from __future__ import annotations

# The standard columns of a candidates file, by their canonical names.
STANDARD_COLUMNS = (
    "email", "phone", "first_name", "last_name", "timezone", "linkedin_url", "company",
    "current_company_domain", "title", "preferred_channel", "sms_consent", "call_consent",
    "country", "state",
)  # fmt: skip

# What templates may read as candidate.*: the standard columns, and full_name.
STANDARD_CANDIDATE_FIELDS = (*STANDARD_COLUMNS, "full_name")
