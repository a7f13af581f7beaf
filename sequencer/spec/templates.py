"""Message templates: sandboxed Jinja2, one file per message, one named block per part.

A template cannot reach Python internals (the sandbox), and a variable that is missing for a
candidate is an error that names the variable and how to give it a fallback — never a silently
empty "Hi ,".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
import jinja2.runtime
from jinja2 import meta, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from sequencer.errors import RenderError
from sequencer.spec.channel import Channel

SUFFIX = ".j2"
# What each channel sends; a step that can fall back to email needs the email blocks too.
BLOCKS = {
    Channel.EMAIL: ("subject", "body"),
    Channel.SMS: ("body",),
    Channel.VOICEMAIL: ("script", "subject", "body"),
    Channel.LINKEDIN: ("body",),
}
KNOWN_BLOCKS = frozenset({"subject", "body", "html", "script"})
SCOPES = ("candidate", "role", "sender")
GLOBALS = frozenset({*SCOPES, "deadline", "channel"})


class Fields(dict[str, Any]):
    """A scope of template variables (`candidate`, `role`, `sender`) that knows its own name."""

    def __init__(self, label: str, values: Mapping[str, Any]) -> None:
        super().__init__(values)
        self.label = label


# What `getattr(fields, name)` finds: anything else on a Fields is one of its keys.
_FIELDS_ATTRIBUTES = frozenset({*dir(Fields), "label"})


class _Undefined(jinja2.StrictUndefined):
    """StrictUndefined whose message tells a recruiter which value is missing and what to do."""

    @property
    def _undefined_message(self) -> str:
        owner = self._undefined_obj
        if isinstance(owner, Fields):
            name = f"{owner.label}.{self._undefined_name}"
            return (
                f"{name} is empty or missing: fill it in, or write "
                f'{{{{ {name} | default("...") }}}} in the template'
            )
        return super()._undefined_message


def longdate(value: date | None) -> str:
    """Friday, December 18"""
    day = _date(value)
    return f"{day:%A}, {day:%B} {day.day}"


def shortdate(value: date | None) -> str:
    """Dec 18"""
    day = _date(value)
    return f"{day:%b} {day.day}"


def _date(value: date | None) -> date:
    if not isinstance(value, date):
        # `deadline` is None on a step without `deadline:`; say so rather than fail obscurely.
        raise jinja2.TemplateRuntimeError(
            f"expected a date, got {value!r}: is `deadline:` set on this step?"
        )
    return value


# The sandbox stops a template from reaching Python, but not from looping 10^10 times with
# nested ranges; a message needs a handful of iterations, so each render gets a budget.
LOOP_BUDGET = 10_000
_loop_budget: ContextVar[list[int]] = ContextVar("loop_budget")


def _budgeted_range(*args: int) -> range:
    numbers = range(*args)
    remaining = _loop_budget.get(None) or [LOOP_BUDGET]
    remaining[0] -= len(numbers)
    if remaining[0] < 0:
        raise SecurityError(
            f"the template loops more than {LOOP_BUDGET} times: a message never needs that many"
        )
    return numbers


class _Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with a short way to the values templates read most."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        # `candidate.first_name` is read dozens of times per message. The sandbox first asks
        # for a Python attribute, and on a Fields key that raises and is caught before the
        # item lookup. A name that is no attribute of a Fields goes straight to the item: the
        # same value, or the same undefined, without the exception.
        if type(obj) is Fields and attribute not in _FIELDS_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


def _environment(loader: jinja2.BaseLoader) -> ImmutableSandboxedEnvironment:
    env = _Sandbox(
        loader=loader,
        undefined=_Undefined,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # messages are plain text; the html block escapes by hand (| e)
    )
    env.filters.update(longdate=longdate, shortdate=shortdate)
    env.globals["range"] = _budgeted_range
    return env


@dataclass(frozen=True)
class Message:
    channel: Channel
    body: str
    subject: str | None = None
    html: str | None = None
    script: str | None = None


@dataclass(frozen=True)
class VariableUse:
    name: str  # "candidate.first_name", or a bare name such as "first_name"
    line: int


@dataclass(frozen=True)
class MessageTemplate:
    name: str
    path: Path
    source: str
    template: jinja2.Template
    # The environment's globals (`range` and Jinja2's own), merged once: otherwise Jinja2
    # reads them out of a ChainMap twice for every message.
    _globals: dict[str, Any] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_globals", dict(self.template.globals))

    @property
    def blocks(self) -> frozenset[str]:
        return frozenset(self.template.blocks)

    def render(self, channel: Channel, variables: Mapping[str, Any]) -> Message:
        # One context for all blocks. This is Template.new_context's own helper, given the
        # globals already merged (as a dict, not Jinja2's ChainMap, which is slow to read).
        context = jinja2.runtime.new_context(
            self.template.environment,
            self.template.name,
            self.template.blocks,
            {**self._globals, **variables},
            shared=True,
            globals=self._globals,
        )
        _loop_budget.set([LOOP_BUDGET])

        def part(block: str) -> str | None:
            return self._render_block(block, context)

        subject = part("subject")
        return Message(
            channel=channel,
            body=part("body") or "",
            subject=" ".join(subject.split()) if subject is not None else None,
            html=part("html") if channel is Channel.EMAIL else None,
            script=part("script") if channel is Channel.VOICEMAIL else None,
        )

    def _render_block(self, block: str, context: jinja2.runtime.Context) -> str | None:
        if block not in self.template.blocks:
            return None
        try:
            text = "".join(self.template.blocks[block](context))
        except Exception as exc:  # a template is user code: any failure is a RenderError
            line = _failing_line(exc, self.template)
            raise RenderError(f"{self.path}:{line}: {exc}", self.path, line) from exc
        return text.strip()

    def variables(self) -> Iterator[VariableUse]:
        """Every `scope.field` and bare global the template reads, with its line."""
        tree = self.template.environment.parse(self.source)
        for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
            assert isinstance(node, nodes.Getattr | nodes.Getitem)
            name = _scoped_name(node)
            if name:
                yield VariableUse(name, node.lineno)
        undeclared = meta.find_undeclared_variables(tree)
        for name_node in tree.find_all(nodes.Name):
            if name_node.name in undeclared - GLOBALS and name_node.ctx == "load":
                yield VariableUse(name_node.name, name_node.lineno)


def _scoped_name(node: nodes.Getattr | nodes.Getitem) -> str | None:
    owner = node.node
    if not (isinstance(owner, nodes.Name) and owner.name in SCOPES):
        return None
    if isinstance(node, nodes.Getattr):
        return f"{owner.name}.{node.attr}"
    if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
        return f"{owner.name}.{node.arg.value}"
    return None


def _failing_line(exc: BaseException, template: jinja2.Template) -> int:
    """The template line being rendered when `exc` was raised (0 when unknown)."""
    tb: TracebackType | None = exc.__traceback__
    line = 0
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == template.filename:
            line = template.get_corresponding_lineno(tb.tb_lineno)
        tb = tb.tb_next
    return line


class TemplateLibrary:
    """The templates under one root, each compiled once however many candidates use it.

    With `sources` it serves stored templates instead of files: an enrollment keeps running
    the templates it started with, whatever is edited on disk later.
    """

    def __init__(self, root: Path, sources: Mapping[str, str] | None = None) -> None:
        self.root = root
        loader: jinja2.BaseLoader = (
            jinja2.FileSystemLoader(root)
            if sources is None
            else jinja2.DictLoader({f"{name}{SUFFIX}": text for name, text in sources.items()})
        )
        self.env = _environment(loader)
        self._cache: dict[str, MessageTemplate] = {}

    def path_of(self, name: str) -> Path:
        return self.root / f"{name}{SUFFIX}"

    def names(self) -> list[str]:
        return sorted(name.removesuffix(SUFFIX) for name in self.env.list_templates([SUFFIX[1:]]))

    def get(self, name: str) -> MessageTemplate:
        """Raises jinja2.TemplateNotFound or jinja2.TemplateSyntaxError (with its lineno)."""
        if name not in self._cache:
            file_name = f"{name}{SUFFIX}"
            assert self.env.loader is not None
            source, _, _ = self.env.loader.get_source(self.env, file_name)
            template = self.env.get_template(file_name)
            self._cache[name] = MessageTemplate(name, self.path_of(name), source, template)
        return self._cache[name]


def context(
    candidate: Mapping[str, Any],
    role: Mapping[str, Any],
    sender: Mapping[str, Any],
    **extra: Any,
) -> dict[str, Any]:
    """The variables every template sees; empty values are left out so `default()` applies."""
    return scopes(candidate, role, sender) | extra


def scopes(
    candidate: Mapping[str, Any], role: Mapping[str, Any], sender: Mapping[str, Any]
) -> dict[str, Fields]:
    """The `candidate`, `role` and `sender` of `context`: the same for every message to one
    person, so a caller rendering several may build them once (templates cannot change them:
    the sandbox is immutable)."""
    given = {"candidate": candidate, "role": role, "sender": sender}
    return {
        name: Fields(name, {k: v for k, v in values.items() if v not in (None, "")})
        for name, values in given.items()
    }
