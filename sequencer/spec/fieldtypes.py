"""The field types of sequence files: text that YAML holds and a parser reads ("3-5 business
days", "09:00-20:00"), the strict base model every part of a sequence file is built on, and the
"did you mean" hint of every unknown name."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, PlainSerializer, WithJsonSchema

from sequencer.spec.timetext import TimeRange, Wait


class Model(BaseModel):
    """Unknown keys are errors, and a loaded sequence never changes."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def did_you_mean(word: str, options: Any) -> str:
    import difflib  # only for a mistake: every `preview` and `validate` would import it

    match = difflib.get_close_matches(word, [str(o) for o in options], n=1, cutoff=0.6)
    return f" (did you mean {match[0]!r}?)" if match else ""


def text_of(kind: type[Any], example: str) -> BeforeValidator:
    """Validates a value written as text in YAML and parsed by `kind.parse`."""

    def parse(value: Any) -> Any:
        if isinstance(value, kind):
            return value
        if not isinstance(value, str):
            raise ValueError(f"write this as text, e.g. {example!r}")
        return kind.parse(value)

    return BeforeValidator(parse)


WaitText = Annotated[
    Wait,
    text_of(Wait, "3-5 business days"),
    PlainSerializer(str),
    WithJsonSchema({"type": "string", "examples": ["3-5 business days", "4 hours", "2-3 weeks"]}),
]
HoursText = Annotated[
    TimeRange,
    text_of(TimeRange, "09:00-20:00"),
    PlainSerializer(str),
    WithJsonSchema({"type": "string", "examples": ["09:00-20:00"]}),
]
