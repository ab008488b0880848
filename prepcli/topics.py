"""The words field notes, commitments and content titles use for what a call was about.

Shared by ``digest`` (which sentences matter, what a commitment promises, whether a later
interaction fulfilled it) and ``materials`` (which piece answers which request). Pure regexes
over plain text: no store, no model. Patterns are written from how reps and MSLs actually write
("PA denied x3 @ payer", "f/u: drop off dosing cards"), not from any one data source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_I = re.IGNORECASE

# What a rep needs to know before a call. A sentence carrying any of these is substance.
SUBSTANCE: dict[str, re.Pattern[str]] = {
    "access": re.compile(
        r"prior auth|\bPAs?\b|\bePA\b|\bdenied|\brejected|denial|appeal|step edit|step therap|"
        r"formulary|\bP&T\b|\btier \d|non-preferred|coverage|\bcovered\b|\bpayer|copay|co-pay|"
        r"deductible|specialty pharmacy|\bhub\b|benefits verification|\bLMN\b|medical necessity|"
        r"reimbursement|dossier|out-of-pocket|Medicare|Medicaid|enrollment|enrolled",
        _I,
    ),
    "objection": re.compile(
        r"objection|pushed back|push ?back|pricey|expensive|costs? too much|\bprice|\bcost\b|"
        r"\$\$|hesita|concern|worried|skeptic|unconvinced|abandon|side effects?|tolerabil|"
        r"d/c'd|stopped \w+ because|hard to justify|didn't land|barrier",
        _I,
    ),
    # Case matters for the brand that follows: "prefers Lumaxis", not "prefer samples on Tuesdays".
    "competitor": re.compile(
        r"(?i:competit|loyal|comfortable with|won't switch|reason to switch|by default|"
        r"default to|\buser\b|rep (?:has been |in )|entrenched)|"
        r"(?:[Pp]refers?|[Ll]eaning|compared with|\bvs\.?) [A-Z][a-z]"
    ),
    "clinical": re.compile(
        r"efficacy|endpoint|\bPFS\b|\bOS\b|HbA1c|ACR50|migraine days|hazard ratio|\bHR\b|"
        r"\btrial|\bdata\b|results|subgroup|\bpa?ts? on\b|patients on|new starts?|"
        r"next appropriate|dosing|\bdose|titration|indication|mechanism|publication|"
        r"journal club|clinically|patient selection|durability|right patient",
        _I,
    ),
    "request": re.compile(
        r"asked (?:for|about|whether|if|to)|requested|\brequest|\bwants?\b|would like|"
        r"needs? more|ran out|\bf/u\b|to ?do:|next time bring|promised|"
        r"will (?:send|bring|drop|follow|check|share|leave|order)",
        _I,
    ),
}

# How, where and in what mood a call happened: worth a sentence only when nothing else is said.
LOGISTICS = re.compile(
    r"^(?:met|saw|stopped by|caught|office lunch|scheduled appointment|quick stop|"
    r"sample drop at|virtual call|video call|zoom|teams|phone call|phone exchange|spoke with|"
    r"sent approved email|approved email sent|triggered the approved|dinner program,|"
    r"speaker program at|live webinar|opened|clicked|not opened|unopened|no open|"
    r"[a-z]+ webinar\.)"
    r"|\bgood call\b|positive tone|short but productive|was rushed|running behind|"
    r"keep it brief|next touchpoint|\breschedul|\bcalendar\b|\baudio\b|\bvideo\b|"
    r"between patients|in the hallway|front desk|over teams|over zoom",
    _I,
)


# E-mail tracking and bare "sent" lines: the engagement section already counts them.
TRACKING = re.compile(
    r"^(?:opened|clicked|not opened|unopened|no open|sent approved email|approved email sent|"
    r"triggered the approved|shared:|attached:|done:|dropped off the samples promised)",
    _I,
)
# How much each kind of substance matters to a rep walking in: where access and objections
# stand first, then competitors, then what was asked for, then clinical talk.
WEIGHTS = {"access": 4, "objection": 4, "competitor": 3, "request": 2, "clinical": 1}


# Python's re is slow on long case-insensitive alternations; the same patterns in lower case
# over lower-cased text say the same and run about twice as fast. The competitor pattern keeps
# its case: a capital letter marks the brand after "prefers".
_LOWER = {name: re.compile(p.pattern.lower()) for name, p in SUBSTANCE.items() if p.flags & re.I}


@lru_cache(maxsize=4096)
def categories(sentence: str) -> frozenset[str]:
    """The substance categories a sentence carries (empty for small talk and logistics). A
    briefing asks about the same sentence several times (history, points, facts): cached."""
    low = sentence.lower()
    return frozenset(
        name
        for name, pattern in SUBSTANCE.items()
        if (_LOWER[name].search(low) if name in _LOWER else pattern.search(sentence))
    )


def weight(sentence: str) -> int:
    """How much a sentence carries, by the categories in it (0 for tracking lines)."""
    if TRACKING.search(sentence.strip(" -*•")):
        return 0
    return sum(WEIGHTS[c] for c in categories(sentence))


def is_logistics(sentence: str) -> bool:
    """Scheduling, audio, tone or meeting place, and nothing a rep needs to act on."""
    text = sentence.strip(" -*•")
    return bool(TRACKING.search(text)) or (
        bool(LOGISTICS.search(text)) and not categories(sentence)
    )


@dataclass(frozen=True)
class Kind:
    """What a commitment promises, and how to recognise a piece or a later note delivering it.

    ``specific``: the commitment names which one ("SRL on pancreatic adenocarcinoma"), so the
    piece must carry the commitment's other words too, not just be of the same kind."""

    name: str
    asks: re.Pattern[str]
    piece: re.Pattern[str] | None
    specific: bool = False


def _k(name: str, asks: str, piece: str | None, specific: bool = False) -> Kind:
    return Kind(name, re.compile(asks, _I), re.compile(piece, _I) if piece else None, specific)


# Order matters: the first kind that matches a commitment is its kind.
KINDS: tuple[Kind, ...] = (
    _k("ddi_letter", r"\bDDI\b|drug[- ]drug|drug interaction", r"drug-drug interaction"),
    _k("renal_letter", r"\brenal\b|\bCrCl\b|dialysis|\beGFR\b", r"renal impairment"),
    _k("ae_letter", r"\bAE\b management|management of|AE mgmt", r"management of"),
    _k(
        "response_letter",
        r"response letter|\bSRL\b|standard response",
        r"standard response|response letter",
        specific=True,
    ),
    _k("poster", r"poster", r"poster"),
    _k("moa_deck", r"\bMoA\b|mechanism|binding data", r"mechanism of action"),
    _k("rwe", r"\bRWE\b|real-world", r"real-world"),
    _k("faq", r"\bFAQ\b", r"\bFAQ\b"),
    _k("reprint", r"reprint|publication|\bpub\b|\bpaper\b", r"reprint|publication", True),
    _k("dosing_card", r"dosing (?:card|guide|reference)|laminated card", r"dosing"),
    _k(
        "access_guide",
        r"\bLMN\b|medical necessity|PA (?:guide|checklist)|access guide",
        r"prior authorization|access guide",
    ),
    # Kits and forms are handed over, not a content piece: only a note can say they were.
    _k("enrollment_kit", r"enrollment (?:kits?|forms?)", None),
    _k(
        "enrollment",
        r"enrollment|copay card|copay program|support program|\b\w+Connect\b",
        r"support program|enrollment|copay",
    ),
    _k("safety_summary", r"safety (?:profile|summary)", r"safety profile|safety summary"),
    _k("patient_guide", r"patient (?:guide|brochure|education)", r"guide for patients|brochure"),
    # Joining the speaker bureau is the company's decision, not a piece anyone can hand over.
    _k("speaker_bureau", r"as a speaker|speaker bureau|speakers? bureau|join .{0,20}bureau", None),
    _k("speaker_invite", r"speaker|\bRSVP\b|dinner program|re-?invite", r"speaker program"),
    _k("leave_behind", r"leave[- ]behind", r"efficacy overview"),
    _k("efficacy", r"efficacy (?:data|overview|piece)", r"efficacy|highlights|clinical data"),
    _k("samples", r"\bsamples?\b|sample packs?|starter|vouchers?|pen kits", None),
)

# What a note says when a piece of that kind would help: a piece is matched to a note only on
# these, so a prior-authorization guide is never justified by a note about dosing cards.
EVIDENCE: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, _I)
    for name, pattern in {
        "access_guide": r"prior auth|\bPAs?\b|denied|denial|appeal|step edit|formulary|P&T|"
        r"\btier|\bLMN\b|medical necessity|coverage",
        "enrollment": r"copay|co-pay|deductible|out-of-pocket|\bhub\b|enrollment|enrolled|"
        r"support program|\w+Connect\b|abandon|\bcost\b|price|pricey|\$\$",
        "safety_summary": r"side effects?|tolerab|d/c'd|\bISI\b|safety",
        "dosing_card": r"dosing|\bdose\b|starting dose|titration steps|administration",
        "efficacy": r"efficacy|endpoint|results|\bPFS\b|HbA1c|ACR50|migraine days|core (?:msg|"
        r"message)|clinically meaningful|durability",
        "speaker_invite": r"speaker program|speaker bureau|as a speaker|attended the \w+ "
        r"(?:webinar|dinner program)|\bRSVP\b|re-?invite",
        "reprint": r"reprint|publication|journal club",
        "patient_guide": r"patient education|counsel(?:ing)? patients|patients? (?:asks?|"
        r"questions)|brochure",
        "ddi_letter": r"interaction|coadmin|\bDDI\b|\bCYP",
        "renal_letter": r"\brenal|\bCrCl|\beGFR|dialysis",
        "ae_letter": r"adverse|\bAE\b|side effect",
        "response_letter": r"off-label|outside the label",
        "moa_deck": r"mechanism|\bMoA\b|selectivity|binding",
        "poster": r"poster|congress|booth|late-breaker|debrief",
        "rwe": r"real-world|registry|claims|persistence|\bRWE\b",
    }.items()
}

# Words that say a thing was delivered ("Shared: ...", "left 4 dosing cards", "f/u done").
DELIVERED = re.compile(
    r"\b(?:sent|shared|dropped(?: off)?|left|delivered|gave|given|brought|emailed|attached|"
    r"restocked|routed|handed|done|completed|received)\b|^shared:|^attached:",
    _I,
)

_STOP = frozenset(
    "send bring drop off order more get give share follow up with for the a an and of to on in "
    "copy new their her his our next visit time will i'll promised asked wants want request "
    "requested leave please f/u todo do kit kits letter response standard srl".split()
)
_WORD = re.compile(r"[a-z0-9][a-z0-9-]+", _I)


def kind_of(text: str) -> Kind | None:
    """The first deliverable kind a commitment's text names, or None for an action ("check
    the appeal outcome", "follow up after P&T")."""
    return next((k for k in KINDS if k.asks.search(text)), None)


def words(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in _WORD.findall(text)} - _STOP


def piece_kinds(piece: dict[str, object]) -> set[str]:
    """The kinds a content piece delivers, from its title and kind."""
    return set(_label_kinds(f"{piece.get('title') or ''} {piece.get('kind') or ''}"))


@lru_cache(maxsize=8192)
def _label_kinds(label: str) -> frozenset[str]:
    # Asked for every piece against every commitment it might close: cached by its label.
    label = label.replace("_", " ")
    return frozenset(k.name for k in KINDS if k.piece is not None and k.piece.search(label))


def piece_words(piece: dict[str, object]) -> set[str]:
    parts = [str(piece.get("title") or ""), str(piece.get("kind") or "")]
    parts += [str(p) for p in piece.get("products") or []]  # type: ignore[attr-defined]
    parts += [str(p) for p in piece.get("indications") or []]  # type: ignore[attr-defined]
    return words(" ".join(parts))


def delivers(piece: dict[str, object], kind: Kind, text: str, product_names: set[str]) -> bool:
    """Does ``piece`` deliver a commitment of ``kind`` worded ``text``? A specific kind also
    needs the commitment's own words (trial, setting) in the piece, beyond the kind's and the
    product's names."""
    if kind.name not in piece_kinds(piece):
        return False
    if not kind.specific:
        return True
    named = words(kind.asks.sub(" ", text)) - {p.lower() for p in product_names}
    return named <= piece_words(piece)
