"""The sandbox templates run in: Jinja2's immutable sandbox (no way to Python internals), with the
`html` block autoescaped, and bounds on what a render may take, since a template is user code.

    MAX_DEPTH    tags and brackets nested in a template: Jinja2 parses them, and Python compiles
                 what it makes of them, by recursion (checked on the tokens, so the error has a
                 line)
    MAX_CHARS    (sizes) the longest message, and the longest text or list a template may build
    MAX_WORK     the text one render may write in all, counting what a macro, a `set` block or
                 a `filter` block builds and then drops
    MAX_LOOPS    the iterations of all the loops of one render, `range` included

Every operation that can multiply text is sized *before* it runs (`sizes`), so `{{ 'x' * 10**9
}}` is refused instead of allocated. Each refusal is a SecurityError, which the render turns
into a RenderError with the template's line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.lexer import TokenStream
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

from sequencer.spec.sizes import (
    MAX_CHARS,
    TOO_LONG,
    bounded_filter,
    check,
    check_binop,
    check_call,
    size,
    sized,
)

MAX_DEPTH = 20
MAX_WORK = 1_000_000
MAX_LOOPS = 10_000

TOO_MUCH = (
    f"the template writes more than {MAX_WORK:,} characters in all (counting what macros and "
    "loops build and drop): look for a loop that runs away"
)


class TemplateRefused(TemplateSyntaxError):
    """A template too large or too deeply nested to compile: the message is whole."""


@dataclass
class Budget:
    """What one render may still spend."""

    loops: int = MAX_LOOPS
    work: int = MAX_WORK
    message: int = MAX_CHARS


_budget: ContextVar[Budget] = ContextVar("template_budget")


def start_render(message: int = MAX_CHARS) -> None:
    """A fresh budget for the render about to run (in this thread or task)."""
    _budget.set(Budget(message=message))


def _current() -> Budget:
    # Outside a render (Jinja2 folding constants while it compiles) nothing adds up.
    return _budget.get(None) or Budget()


def spend(chars: int) -> str:
    """Charge text written; called by the compiled template for its literal text."""
    budget = _current()
    budget.work -= chars
    if budget.work < 0:
        raise SecurityError(TOO_MUCH)
    return ""


def message_allowance() -> int:
    """How much more text the message may have."""
    return _current().message


def write(chars: int) -> None:
    """Charge text the message is made of."""
    budget = _current()
    budget.message -= chars
    if budget.message < 0:
        raise SecurityError(TOO_LONG)


def _spend_loops(count: int) -> None:
    budget = _current()
    budget.loops -= count
    if budget.loops < 0:
        raise SecurityError(
            f"the template loops more than {MAX_LOOPS} times: a message never needs that many"
        )


def budgeted_range(*args: int) -> range:
    numbers = range(*args)
    _spend_loops(len(numbers))
    return numbers


def counted(iterable: Any) -> Any:
    """What a `for` loop goes through, each item charged (a range was, as it was made)."""
    if isinstance(iterable, range):
        return iterable
    return _each_charged(iterable)


def _each_charged(iterable: Iterable[Any]) -> Iterator[Any]:
    for item in iterable:
        _spend_loops(1)
        yield item


def charged(value: Any) -> Any:
    """A `{{ value }}` in a loop or a macro, before it is turned into text: sized, and charged
    as work (written once, a value is only as long as the sizes allow)."""
    chars = len(value) if type(value) is str else size(value)
    check(chars)
    spend(chars)
    return value


def bounded(value: Any) -> Any:
    """A list, tuple or dict written in the template: its items may each be long."""
    check(size(value))
    return value


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, bounded as this module says, with the `html` block escaped."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.code_generator_class = _Generator
        # Each template is lexed once: its tokens (by source) serve the nesting check, the
        # compiler's parse and the checks' own (`MessageTemplate.tree`). Lexed three times,
        # it cost `validate` 3% of its time.
        self._lexed: dict[str, list[tuple[int, str, str]]] = {}
        self.filters = {name: bounded_filter(name, f) for name, f in self.filters.items()}
        self.globals["range"] = budgeted_range
        del self.globals["lipsum"]  # a message needs no lorem ipsum, and lipsum(10**9) is huge

    # What the compiled templates call, as `environment.<name>`.
    spend = staticmethod(spend)
    sized = staticmethod(sized)
    counted = staticmethod(counted)
    charged = staticmethod(charged)
    bounded = staticmethod(bounded)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        return super().call(context, obj, *check_call(obj, args, kwargs), **kwargs)

    def check_nesting(self, source: str, name: str | None, filename: str | None) -> None:
        """TemplateSyntaxError, with the line, where tags and brackets nest beyond MAX_DEPTH."""
        depth = 0
        for line, kind, value in _tokens(self._lex_once(source, name, filename)):
            depth = max(depth + _nesting(kind, value), 0)
            if depth > MAX_DEPTH:
                raise TemplateRefused(
                    f"nested deeper than {MAX_DEPTH} levels (tags and brackets): a message "
                    "needs a few; take some of it apart",
                    line,
                    name,
                    filename,
                )

    def _lex_once(
        self, source: str, name: str | None, filename: str | None
    ) -> Iterator[tuple[int, str, str]]:
        """The raw tokens of `source`, kept once all were read (a lexing error, or a check
        that stops early, keeps nothing) for `_tokenize` to parse them from."""
        tokens = self._lexed.get(source)
        if tokens is not None:
            yield from tokens
            return
        tokens = []
        for token in self.lex(source, name, filename):
            tokens.append(token)
            yield token
        self._lexed[source] = tokens

    def _tokenize(
        self, source: str, name: str | None, filename: str | None = None, state: str | None = None
    ) -> TokenStream:
        """As Jinja2's own, from the tokens the nesting check read (no extension changes the
        source or the tokens here: the sandbox has none)."""
        tokens = self._lexed.get(source) if state is None and not self.extensions else None
        if tokens is None:
            return super()._tokenize(source, name, filename, state)
        return TokenStream(self.lexer.wrap(iter(tokens), name, filename), name, filename)


def _tokens(raw: Iterator[tuple[int, str, str]]) -> Iterator[tuple[int, str, str]]:
    """The template's tokens, each tag's name marked (the name after `{%`)."""
    tag_next = False
    for line, kind, value in raw:
        if kind == "whitespace":
            continue
        yield line, "tag" if tag_next and kind == "name" else kind, value
        tag_next = kind == "block_begin"


_OPENING_TAGS = frozenset({"if", "for", "block", "macro", "call", "filter", "with", "autoescape"})


def _nesting(kind: str, value: str) -> int:
    if kind == "operator":
        return 1 if value in "([{" else -1 if value in ")]}" else 0
    if kind == "tag":
        return 1 if value in _OPENING_TAGS else -1 if value.startswith("end") else 0
    return 0


def _autoescaped(body: list[nodes.Node]) -> list[nodes.Node]:
    """The body as `{% autoescape true %}` makes it."""
    option = nodes.Keyword("autoescape", nodes.Const(True))
    return [nodes.ScopedEvalContextModifier([option], body)]


def _call(name: str, argument: nodes.Node) -> nodes.Call:
    """`environment.<name>(argument)` in a template."""
    function = nodes.EnvironmentAttribute(name, lineno=argument.lineno)
    return nodes.Call(function, [argument], [], None, None, lineno=argument.lineno)


class _Bounds(NodeTransformer):
    """Loops charged per item; lists, tuples and dicts written in the template sized (unless
    all constant, so bounded by the template's own size)."""

    # generic_visit changes the node in place (and returns it).
    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = _call("counted", node.iter)
        return node

    def visit_List(self, node: nodes.List) -> nodes.Node:
        self.generic_visit(node)
        return self._sized(node, node.items)

    def visit_Tuple(self, node: nodes.Tuple) -> nodes.Node:
        self.generic_visit(node)
        return node if node.ctx != "load" else self._sized(node, node.items)

    def visit_Dict(self, node: nodes.Dict) -> nodes.Node:
        self.generic_visit(node)
        return self._sized(node, [part for pair in node.items for part in (pair.key, pair.value)])

    def _sized(self, node: nodes.Expr, items: list[nodes.Expr]) -> nodes.Node:
        return node if all(isinstance(i, nodes.Const) for i in items) else _call("bounded", node)


def _charge_repeated(tree: nodes.Template) -> set[int]:
    """Charge each value written in a loop or a macro as it is written; the ids of the Output
    nodes there, whose literal text is charged too (text written once is bounded by the
    template's own size)."""
    repeated = set()
    for body in tree.find_all((nodes.For, nodes.Macro, nodes.CallBlock)):
        for output in body.find_all(nodes.Output):
            if id(output) not in repeated:
                output.nodes = [
                    c if isinstance(c, nodes.TemplateData) else _call("charged", c)
                    for c in output.nodes
                ]
                repeated.add(id(output))
    return repeated


class _Generator(CodeGenerator):
    """Jinja2's compiler, with the html block escaped and the bounds written in."""

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        for block in list(node.find_all(nodes.Block)):
            if block.name == "html":  # the one part that is HTML: candidate data is escaped
                block.body = _autoescaped(block.body)
        _Bounds().visit(node)
        self._repeated = _charge_repeated(node)
        super().visit_Template(node, frame)

    def visit_Output(self, node: nodes.Output, frame: Frame) -> None:
        text = sum(len(c.data) for c in node.nodes if isinstance(c, nodes.TemplateData))
        if text and id(node) in self._repeated:
            self.writeline(f"environment.spend({text})")
        super().visit_Output(node, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        # Jinja2's own, with the parts sized before they are joined.
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        else:
            join = "markup_join" if frame.eval_ctx.autoescape else "str_join"
        self.write(f"{join}(environment.sized((")
        for part in node.nodes:
            self.visit(part, frame)
            self.write(", ")
        self.write(")))")
