"""The name an e-mail gives a person beside the address: the display name before an address in
angle brackets or a "[mailto:...]" ("On Jan 27, Mark Twain <mark@twain.com> wrote:", "De :
Brendan xxx [mailto:brendan@example.com]", "skrev Test user <test@example.com>", '"Ham Spam"
<to@example.com>').

Reps paste e-mail threads into notes, and a quoted reply's header names its sender whatever the
name lists hold. The address goes as an e-mail; the display name is the same person's, so it
goes too (fail closed): up to four words, one of them at least capitalised and a listed given
name or no English word ("Mark XXX", "Brendan xxx"). What stays: a mailbox that names a team or
a company ("Pfizer Medical Information", "Mail Delivery Subsystem", "Discover Card"), words
that only a sentence or a placeholder holds ("Please reply to", "Someone Else"), a clinician's
name after a title ("Dr. Amara Okafor"), a product's mailbox ("Lumexa Savings"), and the names
on a copy line ("Cc:"), which are the rep's colleagues (``prepcli.phi.staff``).
"""

from __future__ import annotations

import re
from collections.abc import Container

from prepcli.phi.companies import company_words
from prepcli.phi.names import listed, name_lists
from prepcli.phi.spans import Span
from prepcli.phi.words import everyday

_ADDRESS = r"(?:<(?P<local>[^<>@\s]+)@[^<>\s]+>|\[mailto:(?P<to>[^\]@\s]+)@[^\]\s]+\])"
# Up to four words of letters before the address, or a quoted display name.
_WORD = r"[^\W\d_][^\W\d_.'’-]*(?:[.'’-][^\W\d_]*)*\.?"
_DISPLAY_RE = re.compile(
    rf"(?<![\w@.])(?:[\"'](?P<q>[^\"'<>\n]{{1,60}})[\"']+|(?P<w>{_WORD}(?:[ \t]+{_WORD}){{0,3}}))"
    rf"[ \t]*{_ADDRESS}"
)
# Words a header puts before the name ("From", "De", "skrev", "wrote", "AM"), dropped from
# the name's front.
_HEADER_WORDS = frozenset(
    """from to de à a von an van aan fra til från till da para sender reply-to skrev wrote
    schrieb écrit escribió scrisse schreef kirjoitti am pm on at""".split()
)
# A mailbox of a team, a service or an organisation, not a person.
_MAILBOX_WORDS = frozenset(
    """team support service services info information medical office desk department dept
    admin administrator noreply no-reply newsletter notification notifications customer
    customers sales billing pharmacy clinic hospital center centre group inc ltd llc gmbh
    company helpdesk system subsystem mailer daemon postmaster delivery bot portal accounts
    account hr payroll marketing communications news alerts card""".split()
)
# A surname's particles in lower case ("Ana de la Cruz", "Jan van Dijk").
_PARTICLES = frozenset("de del della der di da das dos du la le van von bin ibn al el".split())
# A clinician's title in the display name (its full stop trimmed) or right before it.
_TITLES = frozenset("dr doctor prof professor".split())
_TITLE_BEFORE_RE = re.compile(r"\b(?:Dr|Prof)\.?[ \t]*$")
_COPY_LINE_RE = re.compile(r"(?i:b?cc)[ \t]*:")


def mail_names(text: str, blocked: Container[str]) -> list[Span]:
    """Display names beside e-mail addresses, as PATIENT-NAME spans (see the module); a display
    name holding a word ``blocked`` holds, as written or capitalised, is a product's or the
    company's mailbox ("Lumexa Savings <...>") and stays."""
    out: list[Span] = []
    for m in _DISPLAY_RE.finditer(text):
        group = "q" if m["q"] is not None else "w"
        words = list(re.finditer(r"\S+", m[group]))
        while words and words[0].group().lower() in _HEADER_WORDS:
            words.pop(0)
        # (another language's header word in lower case before a capitalised name: "W dniu ...
        # użytkownik Zoe Qvist <...> napisał:")
        while (
            len(words) > 1
            and words[0].group().islower()
            and words[0].group() not in _PARTICLES
            and any(w.group()[:1].isupper() for w in words[1:])
        ):
            words.pop(0)
        if not words:
            continue
        base = m.start(group)
        values = [w.group().strip("'’\".,") for w in words]
        line_start = text.rfind("\n", 0, m.start()) + 1
        if (
            _COPY_LINE_RE.match(text, line_start)
            or _TITLE_BEFORE_RE.search(text, max(0, base - 8), base)
            or any(v in blocked or v.title() in blocked for v in values)
            or not _a_person(values, (m["local"] or m["to"]).lower())
        ):
            continue
        out.append(Span(base + words[0].start(), base + words[-1].end(), "PATIENT-NAME"))
    return out


def _a_person(values: list[str], local: str) -> bool:
    """Whether display-name words are a person's: not a team's or a company's mailbox, no
    clinician's title in them, no everyday word in lower case but a surname's particle, and a
    single word capitalised, not in capitals ("SIU", a unit's). One word at least is written as
    a name: capitalised, and a listed given name, or no English word, or a listed name that the
    address's ``local`` part spells too ("Mark Twain <mark@...>")."""
    lowered = [v.lower() for v in values]
    if any(v in _MAILBOX_WORDS or v in company_words() or v in _TITLES for v in lowered):
        return False
    if len(values) == 1 and values[0].isupper():
        return False
    # (a sentence's words before an address: "My email is <...>", "Please reply to <...>")
    if any(v.islower() and v not in _PARTICLES and everyday(v) for v in values):
        return False
    given = name_lists()[0]
    return any(
        v[:1].isupper()
        and (
            v.title() in given
            or not everyday(v)
            or (len(values) > 1 and listed(v) and v.lower() in local)
        )
        for v in values
    )
