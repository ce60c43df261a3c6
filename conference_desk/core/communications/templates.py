"""Mail merge: Jinja2 templates per message kind and language, a plain-text and an HTML part.

Templates are package data: ``templates/<lang>/<name>.txt`` (the subject is set in the
template with ``{% set subject %}…{% endset %}``) and ``templates/<lang>/<name>.html``
(extends ``base.html``).  HTML is auto-escaped: a participant's name or an organiser's free
text can never inject markup.  Rendering reads the database and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from .people import LANGS, ConferenceFacts, PersonFacts

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATES = ("confirmation", "invitation", "hotel", "agenda", "certificate", "message")

# What each kind of message carries, as (kind, file name pattern).
ATTACHMENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "confirmation": (("badge_pdf", "badge-{id}.pdf"), ("badge_png", "badge-{id}.png")),
    "invitation": (("letter", "invitation-letter-{id}.pdf"),),
    "hotel": (),
    "agenda": (("agenda", "agenda-{id}.pdf"),),
    "certificate": (("certificate", "certificate-{id}.pdf"),),
    "message": (),
}


@dataclass
class Rendered:
    template: str
    lang: str
    participant_id: int
    to_address: str
    to_name: str
    subject: str
    text: str
    html: str
    attachments: list[dict[str, str]] = field(default_factory=list)


_envs: dict[bool, Environment] = {}


def environment(html: bool) -> Environment:
    if html not in _envs:
        _envs[html] = Environment(
            loader=FileSystemLoader(str(TEMPLATE_DIR)),
            autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=html),
            undefined=StrictUndefined, keep_trailing_newline=True, trim_blocks=False,
        )
    return _envs[html]


def render(template: str, conference: ConferenceFacts, person: PersonFacts, *, badge_code: str = "",
           certificate_code: str = "", custom_subject: str = "", custom_body: str = "") -> Rendered:
    if template not in TEMPLATES:
        raise ValueError(f"unknown template {template!r}: one of {', '.join(TEMPLATES)}")
    lang = person.lang if person.lang in LANGS else "en"
    context: dict[str, Any] = {
        "lang": lang, "conference": conference, "person": person, "stay": person.stay,
        "badge_code": badge_code, "certificate_code": certificate_code,
        "custom_subject": custom_subject, "custom_body": custom_body,
    }
    text_template = environment(False).get_template(f"{lang}/{template}.txt")
    module = text_template.make_module(context)
    text = str(module).strip() + "\n"
    subject = " ".join(str(getattr(module, "subject", "")).split())
    html = environment(True).get_template(f"{lang}/{template}.html").render({**context, "subject": subject})
    attachments = [{"kind": kind, "filename": pattern.format(id=person.id)}
                   for kind, pattern in ATTACHMENTS[template]]
    return Rendered(template, lang, person.id, person.email, person.latin_name, subject, text, html, attachments)
