"""Checks of the template a step uses: it exists, compiles, has the blocks its channels need,
uses only variables the sequence provides, and reads well (warnings).

The wording checks run on a sample candidate; `preview` repeats the length checks with each
real candidate's data.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import jinja2

from sequencer.errors import RenderError, Severity
from sequencer.spec import content, sms, textlint, true_words
from sequencer.spec.candidate_fields import STANDARD_CANDIDATE_FIELDS
from sequencer.spec.channel import Channel
from sequencer.spec.fieldtypes import did_you_mean
from sequencer.spec.report import Report
from sequencer.spec.sandbox import TemplateRefused
from sequencer.spec.templates import (
    BLOCKS,
    GLOBALS,
    KNOWN_BLOCKS,
    Fields,
    Message,
    MessageTemplate,
    TemplateLibrary,
)
from sequencer.spec.templates import context as template_context
from sequencer.spec.yamlsource import PosDict, Position

# Plausible, slightly long values, so length warnings err on the side of caution.
SAMPLE_CANDIDATE = {
    "email": "alexandra.whitfield@example.com",
    "phone": "+14155550142",
    "first_name": "Alexandra",
    "last_name": "Whitfield",
    "full_name": "Alexandra Whitfield",
    "timezone": "America/New_York",
    "linkedin_url": "https://www.linkedin.com/in/alexandra-whitfield",
    "company": "Globex Corporation",
    "current_company_domain": "globex.example",
    "title": "Senior Software Engineer",
    "preferred_channel": "email",
    "sms_consent": True,
    "call_consent": True,
    "country": "US",
    "state": "NY",
}
SAMPLE_CUSTOM_VALUE = "a sample value of about thirty chars"
# As long as a real one: a Calendly link with its token (engine.links.booking_link).
SAMPLE_BOOKING_LINK = "https://calendly.com/dana-northwind/intro?utm_content=b1." + "x" * 27


def check_step_template(
    report: Report,
    raw: PosDict,
    step: PosDict,
    library: TemplateLibrary,
    extra: dict[str, Any] | None = None,
) -> None:
    """`extra`: variables this template sees besides every step's, with sample values (the
    check-back's `check_back`)."""
    extra = extra or {}
    name = step.get("template")
    if not isinstance(name, str):
        return
    template = _load(report, step, name, library)
    if template is None:
        return
    channels = _channels(step)
    _check_blocks(report, step, template, channels)
    extra = _sample_facts(template, library) | extra
    if _check_content(report, template, library) & _check_variables(
        report, raw, template, set(extra)
    ):
        for channel in channels:
            _check_rendering(report, raw, step, template, channel, extra)
    _check_spam_wording(report, template)
    _check_html_escaping(report, template)
    _check_true_words(report, template)


def _load(
    report: Report, step: PosDict, name: str, library: TemplateLibrary
) -> MessageTemplate | None:
    at = step.value_positions["template"]
    try:
        return library.get(name)
    except jinja2.TemplateNotFound:
        hint = did_you_mean(name, library.names())
        report.add(at, f"template {name!r} not found: expected {library.path_of(name)}{hint}")
    except jinja2.TemplateSyntaxError as exc:
        prefix = "" if isinstance(exc, TemplateRefused) else "template syntax error: "
        report.add(Position(exc.lineno, 1), f"{prefix}{exc.message}", path=library.path_of(name))
    return None


def _channels(step: PosDict) -> list[Channel]:
    fallback = step.get("fallback")
    names = [step.get("channel"), *(fallback if isinstance(fallback, list) else [fallback])]
    return list(dict.fromkeys(filter(None, map(Channel.named, names))))


def _check_blocks(
    report: Report, step: PosDict, template: MessageTemplate, channels: list[Channel]
) -> None:
    for channel in channels:
        needed = [b for b in BLOCKS[channel] if not (b == "subject" and "thread" in step)]
        missing = [b for b in needed if b not in template.blocks]
        if missing:
            blocks = ", ".join(f"{{% block {b} %}}" for b in missing)
            report.add(
                step.value_positions["template"],
                f"template {template.name!r} has no {blocks}: "
                f"a {channel} message needs {' and '.join(BLOCKS[channel])}",
            )
    for block in sorted(template.blocks - KNOWN_BLOCKS):
        report.add(
            _find(template, f"block {block}"),
            f"unknown block {block!r}{did_you_mean(block, KNOWN_BLOCKS)}: "
            f"blocks are {', '.join(sorted(KNOWN_BLOCKS))}",
            path=template.path,
        )


def _check_variables(
    report: Report, raw: PosDict, template: MessageTemplate, extra: set[str]
) -> bool:
    """Reports variables nothing provides; True when there are none."""
    known = _known_variables(raw) | extra
    unknown = [use for use in template.variables() if use.name not in known]
    for use in unknown:
        report.add(
            _find(template, use.name, use.line),
            _unknown_variable(use.name, known),
            path=template.path,
        )
    return not unknown


def _known_variables(raw: PosDict) -> set[str]:
    custom = map(str, raw.list_at("candidate_fields"))
    known = {f"candidate.{f}" for f in (*STANDARD_CANDIDATE_FIELDS, *custom)}
    for scope in ("role", "sender"):
        known |= {f"{scope}.{k}" for k in raw.dict_at(scope)}
    if raw.dict_at("sender").get("booking_url"):
        known.add("booking_link")  # the scheduling link, signed (engine.compose)
    return known | GLOBALS


def _unknown_variable(name: str, known: set[str]) -> str:
    if name == "check_back":
        return "check_back is known only to the template of check_back: (the not-now's resume)"
    hint = did_you_mean(name, known) or did_you_mean(f"candidate.{name}", known)
    if name == "booking_link":
        how = "add booking_url under sender: your Calendly or Cal.com scheduling link"
    elif name.startswith("candidate."):
        how = "add the column to candidate_fields"
    elif "." in name:
        how = f"add {name.partition('.')[2]!r} under {name.partition('.')[0]}: in the sequence"
    else:
        how = (
            "variables are candidate.*, role.*, sender.*, content.*, deadline, channel, "
            "consent.sms, consent.call, voicemail_left and booking_link"
        )
    return f"unknown variable {name!r}{hint}: {how}"


def _check_rendering(
    report: Report,
    raw: PosDict,
    step: PosDict,
    template: MessageTemplate,
    channel: Channel,
    extra: dict[str, Any],
) -> None:
    try:
        message = template.render(channel, _sample_context(raw, step, channel) | extra)
    except RenderError as exc:
        reason = str(exc).removeprefix(f"{template.path}:{exc.line}: ")
        report.add(
            Position(exc.line or 1, 1),
            f"cannot render with a sample candidate: {reason}",
            path=template.path,
        )
        return
    _check_message(report, template, message)


def _check_message(report: Report, template: MessageTemplate, message: Message) -> None:
    """Wording that depends on what is rendered, not on how the template is written."""
    body = _find(template, "block body")
    warnings = []
    if not textlint.has_easy_out(f"{message.body}\n{message.script or ''}"):
        warnings.append(
            f"no easy way out in the {message.channel}: tell the person how to say no or stop, "
            "e.g. \"if the timing isn't right, just say so and I'll stop\""
        )
    if message.channel is Channel.SMS:
        warnings.append(sms.length_warning(message.body) or "")
        if not textlint.sms_has_opt_out(message.body):
            warnings.append('a text must say how to opt out: end it with "Reply STOP to opt out."')
    for warning in filter(None, warnings):
        report.add(body, warning, Severity.WARNING, path=template.path)


def _sample_context(raw: PosDict, step: PosDict, channel: Channel) -> dict[str, Any]:
    custom = {str(f): SAMPLE_CUSTOM_VALUE for f in raw.list_at("candidate_fields")}
    role, sender = raw.dict_at("role"), raw.dict_at("sender")
    deadline = date(2027, 1, 22) if "deadline" in step else None
    booking = {"booking_link": SAMPLE_BOOKING_LINK} if sender.get("booking_url") else {}
    return template_context(
        SAMPLE_CANDIDATE | custom, role, sender, deadline=deadline, channel=channel, **booking
    )


def _sample_facts(template: MessageTemplate, library: TemplateLibrary) -> dict[str, Any]:
    """What happened, as a sample person who consented to everything would have it."""
    return {
        "consent": Fields("consent", {"sms": True, "call": True}),
        "voicemail_left": True,
        "content": content.sample_scope(template, library.content, SAMPLE_CUSTOM_VALUE),
    }


def _check_content(report: Report, template: MessageTemplate, library: TemplateLibrary) -> bool:
    """Reports `content.*` reads the content folder cannot give; True when there are none."""
    problems = content.check_uses(template, library.content)
    for use, problem in problems:
        report.add(_find(template, use.name, use.line), problem, path=template.path)
    return not problems


def _check_true_words(report: Report, template: MessageTemplate) -> None:
    for claim in true_words.unchecked_claims(template):
        at = _find(template, claim.words, claim.line)
        report.add(at, claim.message, Severity.WARNING, path=template.path)


def _check_spam_wording(report: Report, template: MessageTemplate) -> None:
    # On the source (so each finding has its template line), less the {# comments #}.
    for finding in textlint.spam_triggers(_without_comments(template.source)):
        report.add(
            _find(template, "", finding.line), finding.message, Severity.WARNING, path=template.path
        )


def _check_html_escaping(report: Report, template: MessageTemplate) -> None:
    # The html block escapes every value it writes; `| safe` undoes that.
    for use in template.unescaped_candidate_data():
        report.add(
            _find(template, use.name, use.line),
            f"{use.name} is marked safe in the html block, so a candidate's own text would go "
            "into the HTML as markup: remove | safe (the html block escapes every value)",
            Severity.WARNING,
            path=template.path,
        )


def _without_comments(source: str) -> str:
    """The source with each Jinja comment blanked out, line breaks kept so lines still match."""
    return re.sub(r"\{#.*?#\}", lambda m: re.sub(r"[^\n]", " ", m.group()), source, flags=re.S)


def _find(template: MessageTemplate, text: str, line: int | None = None) -> Position:
    """Where `text` appears in the template (on `line` if given), for a precise column."""
    lines = template.source.splitlines() or [""]
    numbers = [line] if line else range(1, len(lines) + 1)
    for number in numbers:
        column = lines[number - 1].find(text) if 0 < number <= len(lines) else -1
        if column >= 0:
            return Position(number, column + 1)
    return Position(line or 1, 1)
