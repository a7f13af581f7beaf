"""Message templates: sandboxed Jinja2, one file per message, one named block per part.

A template cannot reach Python internals (the sandbox), and a variable that is missing for a
candidate is an error that names the variable and how to give it a fallback — never a silently
empty "Hi ,".
"""

from __future__ import annotations

from collections.abc import Generator, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path
from types import TracebackType
from typing import Any, NoReturn, cast

import jinja2
import jinja2.runtime
from jinja2 import meta, nodes
from jinja2.exceptions import SecurityError
from jinja2.parser import Parser

from sequencer.errors import RenderError
from sequencer.spec import sandbox, yamlsource
from sequencer.spec.channel import Channel
from sequencer.spec.datefilters import longdate, shortdate
from sequencer.spec.sandbox import BoundedSandbox, TemplateRefused
from sequencer.spec.sizes import TOO_LONG

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
# What happened, for each message (`engine.compose`); `content.<file>.<key>`: `spec.content`.
GLOBALS = frozenset({*SCOPES, "channel", "consent", "voicemail_left", "deadline", "content"})


class Fields(dict[str, Any]):
    """A scope of template variables (`candidate`, `role`, `sender`) that knows its own name."""

    def __init__(self, label: str, values: Mapping[str, Any]) -> None:
        super().__init__(values)
        self.label = label

    def explain(self, key: str) -> str | None:
        """Why `key` is missing, and what to do, when this scope knows better than a default."""
        return None


# What `getattr(fields, name)` finds: anything else on a Fields is one of its keys.
_FIELDS_ATTRIBUTES = frozenset({*dir(Fields), "label"})


class MissingValue(jinja2.UndefinedError):
    """An empty or missing `candidate.x`, `role.x` or `sender.x`; `name` says which, so a
    caller can name the field (`RenderError.missing`) without reading the message."""

    def __init__(self, message: str | None = None, name: str | None = None) -> None:
        super().__init__(message)
        self.name = name


class _Undefined(jinja2.StrictUndefined):
    """StrictUndefined whose message tells a recruiter which value is missing and what to do."""

    def __init__(
        self,
        hint: str | None = None,
        obj: Any = jinja2.utils.missing,
        name: str | None = None,
        exc: type[jinja2.exceptions.TemplateRuntimeError] = jinja2.UndefinedError,
    ) -> None:
        plainly_missing = exc is jinja2.UndefinedError and hint is None  # not the sandbox's
        if plainly_missing and isinstance(obj, Fields) and isinstance(name, str):
            exc = cast(type[MissingValue], partial(MissingValue, name=f"{obj.label}.{name}"))
        super().__init__(hint, obj, name, exc)

    @property
    def _undefined_message(self) -> str:
        owner = self._undefined_obj
        if isinstance(owner, Fields):
            name = f"{owner.label}.{self._undefined_name}"
            explained = owner.explain(str(self._undefined_name))
            if explained:
                return explained
            return (
                f"{name} is empty or missing: fill it in, or write "
                f'{{{{ {name} | default("...") }}}} in the template'
            )
        return super()._undefined_message


class _Sandbox(BoundedSandbox):
    """The bounded sandbox, with a short way to the values templates read most."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        # `candidate.first_name` is read dozens of times per message. The sandbox first asks
        # for a Python attribute, and on a Fields key that raises and is caught before the
        # item lookup. A name that is no attribute of a Fields goes straight to the item: the
        # same value, or the same undefined, without the exception.
        if isinstance(obj, Fields) and attribute not in _FIELDS_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


def _environment(loader: jinja2.BaseLoader) -> _Sandbox:
    env = _Sandbox(
        loader=loader,
        undefined=_Undefined,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # messages are plain text; the html block is escaped (sandbox)
    )
    env.filters.update(longdate=longdate, shortdate=shortdate)
    return env


@dataclass(frozen=True)
class Message:
    channel: Channel
    body: str
    subject: str | None = None
    html: str | None = None
    script: str | None = None
    notes: tuple[str, ...] = ()  # for the preview: the content it read
    warnings: tuple[str, ...] = ()  # and words that may not be true for this person


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

    @cached_property
    def tree(self) -> nodes.Template:
        """The template parsed, for the checks that walk it: once a template, not once a
        check (`validate` parsed each template four times; it is read, never changed)."""
        return self.template.environment.parse(self.source)

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
        sandbox.start_render()

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
            text = self._text_of(block, context)
        except Exception as exc:  # a template is user code: any failure is a RenderError
            line = _failing_line(exc, self.template)
            missing = exc.name if isinstance(exc, MissingValue) else None
            raise RenderError(f"{self.path}:{line}: {exc}", self.path, line, missing) from exc
        return text.strip()

    def _text_of(self, block: str, context: jinja2.runtime.Context) -> str:
        # Joined at full speed: the budget keeps what a block writes to a few MB at most.
        allowance = sandbox.message_allowance()
        text = "".join(self.template.blocks[block](context))
        if len(text) > allowance:
            # Again, watched piece by piece this time, to find the line that went over.
            sandbox.start_render(message=allowance)
            _refuse_where_too_long(self.template.blocks[block](context))
        sandbox.write(len(text))
        return text

    def variables(self) -> Iterator[VariableUse]:
        """Every `scope.field` and bare global the template reads, with its line."""
        tree = self.tree
        for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
            assert isinstance(node, nodes.Getattr | nodes.Getitem)
            name = _scoped_name(node)
            if name:
                yield VariableUse(name, node.lineno)
        undeclared = meta.find_undeclared_variables(tree)
        for name_node in tree.find_all(nodes.Name):
            if name_node.name in undeclared - GLOBALS and name_node.ctx == "load":
                yield VariableUse(name_node.name, name_node.lineno)

    def unescaped_candidate_data(self) -> Iterator[VariableUse]:
        """Each `candidate.*` the html block writes unescaped (`| safe`, `{% autoescape false
        %}`): a candidate's own text would go into the HTML as markup."""
        tree = self.tree
        for unescaped in _unescaped_in_html(tree):
            reads = unescaped.find_all((nodes.Getattr, nodes.Getitem))
            for node in (unescaped, *reads):
                name = (
                    _scoped_name(node) if isinstance(node, nodes.Getattr | nodes.Getitem) else None
                )
                if name and name.startswith("candidate."):
                    yield VariableUse(name, node.lineno)


def _unescaped_in_html(tree: nodes.Template) -> Iterator[nodes.Node]:
    """What the html block writes unescaped: under `| safe` or `{% autoescape false %}`."""
    for block in tree.find_all(nodes.Block):
        if block.name != "html":
            continue
        for node in block.find_all((nodes.Filter, nodes.ScopedEvalContextModifier)):
            if isinstance(node, nodes.Filter) and node.name == "safe" and node.node is not None:
                yield node.node
            elif isinstance(node, nodes.ScopedEvalContextModifier) and any(
                option.key == "autoescape"
                and isinstance(option.value, nodes.Const)
                and not option.value.value
                for option in node.options
            ):
                yield from node.body


def _refuse_where_too_long(pieces: Iterator[str]) -> NoReturn:
    """Refuse a block's text where it passes the message's allowance, thrown into the block
    where it stands, so that its traceback names the template line being written."""
    allowance, length = sandbox.message_allowance(), 0
    for piece in pieces:
        length += len(piece)
        if length > allowance:
            refusal = SecurityError(TOO_LONG)
            if isinstance(pieces, Generator):
                pieces.throw(refusal)
            raise refusal
    raise SecurityError(TOO_LONG)  # not again: then say so without a line


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

    def __init__(
        self,
        root: Path,
        sources: Mapping[str, str] | None = None,
        content: Any = None,
    ) -> None:
        self.root = root
        self.content = content  # a spec.content.Content; never stored with a version
        loader: jinja2.BaseLoader = (
            jinja2.FileSystemLoader(root)
            if sources is None
            else jinja2.DictLoader({f"{name}{SUFFIX}": text for name, text in sources.items()})
        )
        self.env = _environment(loader)
        self._on_disk = sources is None  # stored sources were checked as files
        self._cache: dict[str, MessageTemplate] = {}

    def path_of(self, name: str) -> Path:
        return self.root / f"{name}{SUFFIX}"

    def names(self) -> list[str]:
        return sorted(name.removesuffix(SUFFIX) for name in self.env.list_templates([SUFFIX[1:]]))

    def get(self, name: str) -> MessageTemplate:
        """Raises jinja2.TemplateNotFound or jinja2.TemplateSyntaxError (with its lineno; a
        `TemplateRefused` for one too large or too deeply nested to compile)."""
        if name not in self._cache:
            self._cache[name] = self._compile(name)
        return self._cache[name]

    def _compile(self, name: str) -> MessageTemplate:
        file_name, path = f"{name}{SUFFIX}", self.path_of(name)
        if self._on_disk and path.is_file() and path.stat().st_size > yamlsource.MAX_BYTES:
            message = yamlsource.too_large(path.stat().st_size, "a template")
            raise TemplateRefused(message, 1, file_name, str(path))
        assert self.env.loader is not None
        source, filename, _ = self.env.loader.get_source(self.env, file_name)
        self.env.check_nesting(source, file_name, filename)
        try:
            template = self.env.get_template(file_name)
        except (RecursionError, SyntaxError) as exc:  # Jinja2's parser, Python's compiler
            raise TemplateRefused(
                "an expression too long or too deeply nested to compile: take it apart",
                _compiling_line(exc),
                file_name,
                filename,
            ) from None
        return MessageTemplate(name, path, source, template)


def _compiling_line(exc: BaseException) -> int:
    """The template line Jinja2 was reading or compiling when `exc` was raised (1 if unknown):
    the deepest frame of its parser (its current token) or code generator (its node)."""
    line, tb = 1, exc.__traceback__
    while tb is not None:
        names = tb.tb_frame.f_locals
        if isinstance(names.get("node"), nodes.Node):
            line = names["node"].lineno or line
        elif isinstance(names.get("self"), Parser):
            line = names["self"].stream.current.lineno
        tb = tb.tb_next
    return line


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
    return {name: scope(name, values) for name, values in given.items()}


def scope(name: str, values: Mapping[str, Any]) -> Fields:
    """One of `scopes`, alone: `candidate` for each person, when role and sender are shared."""
    return Fields(name, {k: v for k, v in values.items() if v not in (None, "")})
