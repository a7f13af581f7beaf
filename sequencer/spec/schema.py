"""The JSON Schema of sequence files, for editors (yaml-language-server) and for review.

Published at schema/sequence.schema.json; a test keeps that file equal to what the models say.
"""

from __future__ import annotations

import json
from typing import Any

from sequencer.spec.sequence import Sequence

SCHEMA_ID = "https://github.com/sequencer/sequencer/schema/sequence.schema.json"


def sequence_schema() -> dict[str, Any]:
    schema = Sequence.model_json_schema(by_alias=True)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
        "title": "sequencer sequence file",
        "description": "An outreach sequence: steps, waits, send windows and what follows.",
    }


def schema_text() -> str:
    return json.dumps(sequence_schema(), indent=2, ensure_ascii=False) + "\n"
