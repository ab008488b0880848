"""What a UK patient letter holds that reads like a person's name and is none.

A letter written to the patient (the Academy of Medical Royal Colleges' "Please, write to me"
guidance) opens with the health body's name, often in Welsh and English ("Betsi Cadwaladr
University Health Board | Bwrdd Iechyd Prifysgol Betsi Cadwaladr"), and may put a headline
right under its salutation ("Dear Mrs Evans,\\nPeak Allergy Season Approaching!"). Health
bodies are named after people and places the name lists hold (Aneurin Bevan, Betsi Cadwaladr,
Hywel Dda, Glasgow, Clyde), and a headline is two or more capitalised words: both were read as
names. The spans returned here are off limits to every name detector, like a clinician's.

A Welsh street named without a house number after a hospital or practice in a letterhead
("Morriston Hospital, Heol Maes Eglwys") stays too.

Health bodies by their shape: "... (University|Teaching) Health Board", "NHS ... Trust",
"... Health and Social Care Trust", Scotland's "NHS Greater Glasgow and Clyde", and Welsh
"Bwrdd Iechyd ...", "Ymddiriedolaeth GIG ...", "Ysbyty ..." (hospital), "Meddygfa ..." (GP
surgery), "Canolfan Iechyd ..." (health centre); the names as the Wales FHIR implementation
guide's glossary lists them (NHSWalesFHIR/NHSWales-fhir-profiles-R4).
"""

from __future__ import annotations

import re

from prepcli.phi.names import name_lists
from prepcli.phi.spans import Span
from prepcli.phi.words import everyday

_WORD = r"[A-Z][\w'’-]*"
# (a title opens a person, never a body's next word: "NHS Wales Mrs Jones")
_BODY_WORD = rf"(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Re|Dear)\b){_WORD}"
_HEALTH_BODY_RE = re.compile(
    # "Cwm Taf Morgannwg University Health Board", "Powys Teaching Health Board"
    rf"(?:{_BODY_WORD}[ \t]+(?:(?:and|a['’]r)[ \t]+)?){{1,4}}"
    r"(?:(?:University|Teaching|Local|Regional|Special)[ \t]+)*Health[ \t]+Board\b"
    # "Velindre University NHS Trust", "Belfast Health and Social Care Trust"
    rf"|(?:{_BODY_WORD}[ \t]+(?:and[ \t]+)?){{0,5}}"
    r"(?:NHS|Care|Health|Hospitals?|University|Healthcare|Services?|Ambulance)[ \t]+"
    r"(?:Foundation[ \t]+)?Trust\b"
    # "NHS Greater Glasgow and Clyde", "NHS Lothian"
    rf"|\bNHS(?:[ \t]+(?:and[ \t]+)?{_BODY_WORD}){{1,4}}"
    # Welsh: health board, NHS trust, hospital, GP surgery, health centre
    r"|\b(?:Bwrdd[ \t]+Iechyd|Ymddiriedolaeth[ \t]+GIG|Ysbyty|Meddygfa|Canolfan[ \t]+Iechyd)"
    rf"(?:[ \t]+(?:(?:a['’]r|yr?)[ \t]+)?{_WORD}){{1,5}}"
)
# A Welsh street named without its number after a hospital or practice, as a letterhead gives
# it ("Morriston Hospital, Heol Maes Eglwys"): the institution's place, not a person.
_WELSH_STREET_RE = re.compile(
    r"\b(?:Hospital|Ysbyty|Surgery|Meddygfa|Centre|Clinic|Practice|Unit|Board|Trust),?[ \t]+"
    rf"(?P<s>(?:Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Cilgant)(?:[ \t]+(?:yr?[ \t]+)?{_WORD}){{1,2}})"
)
_WELSH_STREET_HINTS = ("Heol", "Ffordd", "Stryd", "Lôn", "Lon ", "Rhodfa", "Cilgant")
_HEALTH_BODY_HINTS = ("Board", "Trust", "NHS", "Bwrdd", "Ymddiriedolaeth", "Ysbyty", "Meddygfa")
_HEALTH_BODY_HINT = "Canolfan Iechyd"

# The line under a letter's salutation, blank lines between.
_HEADLINE_RE = re.compile(
    r"(?m)^[ \t]*(?:Dear|Hi|Hello)\b[^\n]*\n(?:[ \t]*\n)*"
    r"[^\w\n]*(?P<h>[A-Z][^\n]*?)[^\w\n]*$"
)
# A headline names no one: no title, label or number in it.
_PERSON_MARK_RE = re.compile(
    r"\d|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Re|RE|Name|Patient|NHS)\b|:[ \t]*[A-Z][a-z]+[ \t]+[A-Z]"
)


def letter_kept(text: str) -> list[Span]:
    """Health bodies' names and a hospital's unnumbered Welsh street in ``text``."""
    spans: list[Span] = []
    if any(h in text for h in _HEALTH_BODY_HINTS) or _HEALTH_BODY_HINT in text:
        spans += [Span(m.start(), m.end(), "KEEP") for m in _HEALTH_BODY_RE.finditer(text)]
    if any(h in text for h in _WELSH_STREET_HINTS):
        spans += [Span(m.start("s"), m.end("s"), "KEEP") for m in _WELSH_STREET_RE.finditer(text)]
    return spans


def _may_name_someone(words: list[str]) -> bool:
    """A listed name that is no everyday word, or a listed given name before another
    capitalised word that a surname list knows or that is no everyday word ("Follow-up of Mary
    Jones", "Review of Tom Baker in clinic", "Follow-up of Mary Xqzt today"): the
    headline may name the patient, so it is not kept and its words stay names elsewhere in
    the letter (fail closed). "Season Approaching" is two everyday words and stays a headline."""
    first, last = name_lists()
    for word in words:
        w = word.strip(".,;:!?'’\"()-").title()
        if w[:1].isupper() and (w in first or w in last) and not everyday(w):
            return True  # "Results for Jones": a name the lists know and no everyday word
    for given, after in zip(words, words[1:], strict=False):
        g, a = (w.strip(".,;:!?'’\"()-").title() for w in (given, after))
        if a[:1].isupper() and g in first and (a in last or not everyday(a) or not everyday(g)):
            return True
    return False


def letter_headlines(text: str) -> list[Span]:
    """A headline under the salutation: three or more words, most of the capitalised ones
    everyday English words ("Peak Allergy Season Approaching!"), nothing that names a person.
    Its words are no name anywhere in the letter ("the peak allergy season")."""
    if "\n" not in text or not ("Dear" in text or "Hi" in text or "Hello" in text):
        return []
    out = []
    for m in _HEADLINE_RE.finditer(text):
        line = m.group("h")
        words = line.split()
        caps = [w for w in words if w[:1].isupper()]
        if len(words) < 3 or len(caps) < 2 or _PERSON_MARK_RE.search(line):
            continue
        if _may_name_someone(words):
            continue
        if 2 * sum(everyday(w) for w in caps) > len(caps):
            out.append(Span(m.start("h"), m.end("h"), "KEEP"))
    return out
