"""Names in places only a person fills, where no cue word says "patient" and no list may know
the name.

A word is taken as a name when the sentence gives it a person's part and the word reads as a
name (prepcli.phi.positions.name_like: listed, or no everyday English word), is no country,
people, company or product:
- names joined by "and" that do what people do, or are what people are: "Marrero and Murphy
  were precision engineers", "Okonkwo and Brennan both missed their refills";
- a list of people after a noun for people: "our 3 founders: Monjeau, Graves and Reed";
- the subject of a verb only a person is the subject of: "Tuilagi shouted at the courier",
  "Marchetti explained to the nurse";
- the speaker a reporting verb closes on: "... in that direction," says Hartvigsson.;
- a name after an occupation (prepcli.phi.occupations): "Producer Robinette Dennis", "retired
  welder Dzhabrail Umarov";
- the author of a work: "the Castro novel", "Meza's song", "the frank freud version";
- the owner of a family tie or a person's attribute, in lower case too: "the mother of kwame",
  "the true gender of lempi";
- a profile's name line above an occupation line ("Einojuhani Pyysalo\\n\\nBus driver"); above a
  clinical role the name is a clinician's (``profile_clinicians``);
- a company's person: "Dzhambek is from Civic Impulse LLC";
- the speakers of a dialogue, once one of them is a listed given name ("Leverett: What a wife.\\n
  Danielle: ...").
Clinicians named in the same places ("Dr. Okafor and Patel", "Oncologist Farid Haddad") are
found first (prepcli.phi.names.hcp_spans) and are off limits here.
"""

from __future__ import annotations

import re
from collections.abc import Container

from prepcli.phi.addresses import country_names
from prepcli.phi.companies import company_words
from prepcli.phi.names import (
    _CAP_TOKEN,
    _INSTITUTION,
    _SIGN_OFF_RE,
    _WORDLIKE_NAMES,
    _clean,
    _demonym,
    _trim,
    _usable,
    listed,
    name_lists,
    sentence_start,
)
from prepcli.phi.occupations import OCCUPATION_FORMS, OCCUPATIONS, clinical_role, occupation
from prepcli.phi.positions import _lower_name, name_like
from prepcli.phi.relatives import RELATIVE, RELATIVE_WORDS
from prepcli.phi.spans import WORD_START, Span
from prepcli.phi.word_names import word_names
from prepcli.phi.words import common, everyday

_WORD = r"[^\W\d_][\w'’-]*"
_ITEM = rf"{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?"
_LIST = rf"{_ITEM}(?:[ \t]*,[ \t]*{_ITEM}){{0,6}}[ \t]*,?[ \t]+(?:and|&)[ \t]+{_ITEM}"
_LIST_RE = re.compile(rf"(?<![\w'’-])(?P<list>{_LIST})(?P<after>(?:[ \t]+[a-z][\w'’-]*){{1,5}})")
_ITEM_RE = re.compile(_ITEM)

# What only people do or are, after names joined by "and" (the join makes "asked" or
# "missed" safe enough; a single name needs a stronger verb, below).
_PEOPLE_VERBS = frozenset(
    """shouted yelled screamed cried laughed smiled whispered complained insisted apologised
    apologized admitted confessed sighed promised panicked fainted explained told asked missed
    reported said say says want wants wanted need needs called rang came went visited live
    lived died retired married agreed refused prefer prefers felt feel worried forgot
    struggled hated loved met argued fought danced sang""".split()
)
_PEOPLE_PLURALS = frozenset(
    """friends neighbours neighbors siblings brothers sisters cousins twins married partners
    classmates colleagues spouses roommates patients""".split()
)
# Words one of which a list of people's predicate holds.
_PREDICATE_WORDS = _PEOPLE_VERBS | frozenset(("were", "are"))
_LINKING = frozenset("both all each also then were are was had have will would".split())
# Verbs only a person is the subject of, for a single word opening a sentence.
_SUBJECT_RE = re.compile(
    rf"(?P<name>{_CAP_TOKEN})[ \t]+(?:(?:shouted|yelled|screamed|cried|laughed|whispered|sighed"
    r"|complained|insisted|apologi[sz]ed|admitted|confessed|panicked|fainted|promised|begged"
    r"|pleaded|wept|sobbed|grumbled|moaned|joked|giggled|nodded|shrugged|winked|hugged|swore"
    r"|lied|smiled|frowned|grinned|blushed|gasped|groaned|muttered|mumbled|stammered)\b"
    r"|(?:explained|said|admitted|complained|confessed)[ \t]+to\b"
    r"|told[ \t]+(?:the|his|her|me|us|him)\b)"
)
_SUBJECT_WORDS = frozenset(
    """shouted yelled screamed cried laughed whispered sighed complained insisted apologised
    apologized admitted confessed panicked fainted promised explained said told begged pleaded
    wept sobbed grumbled moaned joked giggled nodded shrugged winked hugged swore lied smiled
    frowned grinned blushed gasped groaned muttered mumbled stammered""".split()
)
# A reporting verb closing on its speaker: `... direction," says Hartvigsson.`
_REPORTED_RE = re.compile(
    rf"\b(?:says|said|according[ \t]+to|recalls|recalled|explains|explained|adds|added"
    r"|reports|reported|writes|wrote)[ \t]+"
    rf"(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?)(?=[ \t]*(?:[.,;!?)]|$))"
)
# The speaker before the reporting verb, closing a clause: "..., Haapala says."
_SPEAKER_BEFORE_RE = re.compile(
    rf"[,.][ \t]+(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?)[ \t]+"
    r"(?:says|said|recalls|recalled|explains|explained|adds|added|writes|wrote)(?=[ \t]*[.,;!?])"
)
_REPORTED_WORDS = frozenset(
    "says said according recalls recalled explains explained adds added writes wrote reports "
    "reported".split()
)
_PEOPLE_NOUNS = (
    r"founders|co-founders|cofounders|members|partners|owners|winners|speakers|authors|siblings"
    r"|children|kids|guests|attendees|participants|volunteers|employees|friends|brothers|sisters"
    r"|grandchildren|sons|daughters|parents|twins|neighbou?rs|finalists|nominees|candidates"
    r"|hosts|people|players|directors|students"
)
_PEOPLE_LIST_RE = re.compile(
    rf"\b(?i:{_PEOPLE_NOUNS})[ \t]*:[ \t]*(?P<list>{_ITEM}(?:[ \t]*,[ \t]*{_ITEM}){{0,8}}"
    rf"(?:[ \t]*,?[ \t]+(?:and|&)[ \t]+{_ITEM})?)"
)
_PEOPLE_NOUN_WORDS = frozenset(_PEOPLE_NOUNS.replace("?", "").split("|")) | {
    "neighbors",
    "neighbours",
}
_OCCUPATION_ALT = "|".join(sorted(OCCUPATIONS, key=len, reverse=True))
# An occupation right before a name: "Producer Robinette Dennis", "retired welder X".
_OCCUPATION_RE = re.compile(
    rf"(?<![\w'’-])(?i:{_OCCUPATION_ALT})s?[ \t]+"
    rf"(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN}){{0,2}})"
)
# A work and its author: "the Castro novel", "a Calquín Cazares concert", "Meza's song".
_WORK = (
    r"novels?|memoirs?|biography|autobiography|songs?|albums?|concerts?|films?|movies?|poems?"
    r"|paintings?|symphony|opera|portrait|sculpture|versions?|recordings?|cookbook"
    r"|documentar(?:y|ies)|biopic"
)
_WORK_RE = re.compile(
    rf"\b(?i:the|a|an|that|this|his|her|their)[ \t]+(?P<name>{_ITEM})[ \t]+(?:{_WORK})\b"
    rf"|(?<![\w'’-])(?P<owner>{_ITEM})['’]s[ \t]+(?:(?:new|latest|first|last|old|best|famous"
    rf"|hit|debut)[ \t]+)?(?:{_WORK})\b"
)
_PRODUCT_WORK_RE = re.compile(r"(?:['’]s)?[ \t]+(?:[\w-]+[ \t]+)?(?:versions?|recordings?)\b")
_LOWER_WORK_RE = re.compile(
    rf"\bthe[ \t]+(?P<name>(?P<g>[a-z][\w'’-]+)(?:[ \t]+[a-z]\.?)?[ \t]+(?P<s>[a-z][\w'’-]+))"
    rf"[ \t]+(?:{_WORK})\b"
)
_WORK_WORDS = frozenset(
    """novel novels memoir memoirs biography autobiography song songs album albums concert
    concerts film films movie movies poem poems painting paintings symphony opera portrait
    sculpture version versions recording recordings cookbook documentary documentaries
    biopic""".split()
)
# A name said to be what people are: "Rościsław Dudek of Lexisnexis is the CEO", "Zargan
# Vedzizhev from Garcia-Roberson is the keynote speaker", "Haldorsen was a welder".
_IS_OCCUPATION_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN}){{0,2}})"
    rf"(?:[ \t]+(?:of|from|at)[ \t]+{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?)?"
    r"[ \t]+(?:is|was|has[ \t]+been|will[ \t]+be)[ \t]+(?:a|an|the|our|their)"
    r"(?P<job>(?:[ \t]+[\w-]+){1,3})"
)
_ORG_BEFORE_RE = re.compile(r"(?:\b(?:of|from|at|for)|\])[ \t]+$")
_COPULA_WORDS = frozenset("is was been be".split())
# What only a person has, owned by a name: "Alpatu Shervashidze's killers", "olga krylova's
# funeral".
_PERSON_THING = (
    r"killers?|murderers?|murder|funeral|obituary|grave|widow|widower|memorial|diary|wedding"
    r"|birthday|autopsy|ashes"
)
_OWNS_PERSON_THING_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}}?)['’]s[ \t]+(?:{_PERSON_THING})\b"
)
_PERSON_THING_WORDS = frozenset(
    """killer killers murderer murderers murder funeral obituary grave widow widower memorial
    diary wedding birthday autopsy ashes""".split()
)
# A tribute or dedication to a person: "A tribute to Ewan Richards", "in memory of X".
_TRIBUTE_RE = re.compile(
    r"\b(?i:tribute[ \t]+to|dedicated[ \t]+to|in[ \t]+memory[ \t]+of|in[ \t]+hono(?:u)?r[ \t]+of"
    r"|written[ \t]+by|sung[ \t]+by|composed[ \t]+by|painted[ \t]+by|directed[ \t]+by"
    r"|founded[ \t]+by|narrated[ \t]+by|illustrated[ \t]+by|performed[ \t]+by)[ \t]+"
    rf"(?P<name>{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN}){{0,2}})"
)
_TRIBUTE_WORDS = frozenset(
    "tribute dedicated memory honor honour written sung composed painted directed founded "
    "narrated illustrated performed".split()
)
# A name called out to: "Don't go to town, Mark!", "Remember the bin, Teodora!".
_VOCATIVE_RE = re.compile(rf",[ \t]*(?P<name>{_CAP_TOKEN})[ \t]*!")
# A family tie or an attribute only a person has, and whose it is: "the mother of kwame".
_OF_PERSON_RE = re.compile(
    rf"{WORD_START}\b(?i:{RELATIVE}|age|gender|birthday|funeral|wedding|widow|widower|parents)"
    rf"[ \t]+of[ \t]+(?P<name>{_WORD})"
)
_OF_PERSON_WORDS = RELATIVE_WORDS | frozenset(
    "age gender birthday funeral wedding widow widower parents".split()
)
# A company's person: "Dzhambek is from Civic Impulse LLC", "Vidica Zakoč of Fernandez Inc.".
_ORG_SUFFIX = r"(?:Inc|INC|inc|LLC|llc|Ltd|LTD|ltd|Corp|GmbH|PLC|plc|Co)\b"
_ORG_PERSON_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_WORD}(?:[ \t]+{_CAP_TOKEN})?)[ \t]+(?:(?:is|works)[ \t]+)?"
    rf"(?:from|of|at|for)[ \t]+(?:[\w'’&.-]+[ \t]+){{0,3}}{_ORG_SUFFIX}"
)
# A profile: a name alone on its line, then (past blank lines) an occupation alone on its.
_PROFILE_RE = re.compile(
    r"(?m)^[ \t>]*(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+(?:[A-Za-z]\.?|[^\W\d_][\w'’-]*)){1,2})"
    r"[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*(?P<job>[^\W\d_][^\n\d:]{1,60}?)[ \t]*$"
)
# A dialogue's speakers: "Leverett: What a wife.", "mika: \"who are you?\"".
_SPEAKER_RE = re.compile(r"(?m)^[ \t>]*(?P<name>[^\W\d_][\w'’-]+)[ \t]*:(?=[ \t]*\S)")


def _person_word(word: str, blocked: Container[str]) -> bool:
    """A capitalised word that can be a person's name here: reads as a name, and is no
    country, people, company or product."""
    w = _clean(word)
    return (
        name_like(w, blocked)
        and w not in company_words()
        and w not in country_names()
        and (not _demonym(w) or listed(w))  # "Mann" ends like a people's name
        and w.title() not in _INSTITUTION
    )


def _person_item(item: str, blocked: Container[str], *, joined: bool = False) -> bool:
    """Every word of a one- or two-word item reads as a name, and a lone unlisted word is no
    common word. ``joined``: the item stands in a list of people, where a surname that is
    also a word or a place ("Dale and White", "Graves and Reed") is a surname too."""
    parts = item.split()
    if joined and len(parts) == 1 and _surname_word(parts[0], blocked):
        return True
    if not all(_person_word(p, blocked) for p in parts):
        return False
    return len(parts) > 1 or listed(parts[0]) or not common(parts[0])


_NOT_SURNAMES = frozenset(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Spring Summer Autumn Fall Winter
    Christmas Easter""".split()
)


def _surname_word(word: str, blocked: Container[str]) -> bool:
    w = _clean(word)
    return (
        w.title() in name_lists()[1]
        and _usable(w, blocked)
        and w not in _NOT_SURNAMES
        and w not in company_words()
        and w not in country_names()
        and w.title() not in _INSTITUTION
    )


def _free(span: Span, off_limits: list[Span]) -> bool:
    return not any(span.start < o.end and o.start < span.end for o in off_limits)


def _items(text: str, m: re.Match[str], group: str) -> list[Span]:
    base = m.start(group)
    return [
        Span(base + i.start(), base + i.end(), "PATIENT-NAME")
        for i in _ITEM_RE.finditer(m.group(group))
    ]


def _people_predicate(after: str) -> bool:
    """Whether the words after a list of names say what people do or are: "were precision
    engineers", "both missed", "all reported"."""
    words = after.split()
    linked = False
    while words and words[0] in _LINKING:
        linked = linked or words[0] in ("were", "are")
        words = words[1:]
    if not words:
        return False
    if words[0] in _PEOPLE_VERBS:
        return True
    return linked and any(occupation(w) or w in _PEOPLE_PLURALS for w in words[:3])


def slot_names(
    text: str, words: frozenset[str], blocked: Container[str], off_limits: list[Span]
) -> list[Span]:
    """Names in a person's places (see the module's docstring); ``words``: the note's words
    (spans.words_of), ``off_limits``: clinicians' names, eponyms and companies."""
    out: list[Span] = []

    def add(span: Span | None) -> None:
        if span is not None and _free(span, off_limits):
            out.append(span)

    if (" and " in text or "&" in text) and not words.isdisjoint(_PREDICATE_WORDS):
        for m in _LIST_RE.finditer(text):
            if not sentence_start(text, m.start()) or not _people_predicate(m.group("after")):
                continue
            items = _items(text, m, "list")
            if all(_person_item(text[s.start : s.end], blocked, joined=True) for s in items):
                for s in items:
                    add(s)
    if ":" in text and not words.isdisjoint(_PEOPLE_NOUN_WORDS):
        for m in _PEOPLE_LIST_RE.finditer(text):
            items = _items(text, m, "list")
            if len(items) > 1 and all(
                _person_item(text[s.start : s.end], blocked, joined=True) for s in items
            ):
                for s in items:
                    add(s)
    if not words.isdisjoint(_SUBJECT_WORDS):
        for m in _SUBJECT_RE.finditer(text):
            if sentence_start(text, m.start()) and _person_item(m.group("name"), blocked):
                add(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    if not words.isdisjoint(_REPORTED_WORDS):
        for rx in (_REPORTED_RE, _SPEAKER_BEFORE_RE):
            for m in rx.finditer(text):
                if _person_item(m.group("name"), blocked):
                    add(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    if not words.isdisjoint(OCCUPATION_FORMS):
        for m in _OCCUPATION_RE.finditer(text):
            first = m.group("name").split()[0]
            if _person_word(first, blocked) and (listed(first) or not common(first)):
                add(_trim(text, m.start("name"), m.end("name"), blocked))
    if not words.isdisjoint(_WORK_WORDS):
        for m in _WORK_RE.finditer(text):
            g = "name" if m.group("name") is not None else "owner"
            # a product has versions and recordings too ("the Sorevia version of the pen"):
            # only a listed name is their author
            if _PRODUCT_WORK_RE.match(text, m.end(g)) and not all(
                listed(w) for w in m.group(g).split()
            ):
                continue
            if _person_item(m.group(g), blocked):
                add(Span(m.start(g), m.end(g), "PATIENT-NAME"))
        for m in _LOWER_WORK_RE.finditer(text):
            given, surname = m.group("g"), m.group("s")
            if (
                (
                    given.title() in name_lists()[0]
                    or given.title() in _WORDLIKE_NAMES
                    or not everyday(given)
                )
                and surname.title() in name_lists()[1]
                and _usable(given, blocked)
                and _usable(surname, blocked)
            ):
                add(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    if not words.isdisjoint(_COPULA_WORDS) and not words.isdisjoint(OCCUPATION_FORMS):
        for m in _IS_OCCUPATION_RE.finditer(text):
            # "X of Lexisnexis is the CEO": the organisation is no name
            if _ORG_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
                continue
            named = m.group("name").split()
            job = m.group("job").split()
            if not any(occupation(w) for w in job) or not _person_word(named[0], blocked):
                continue
            if len(named) == 1 and not (listed(named[0]) or not common(named[0])):
                continue
            add(_trim(text, m.start("name"), m.end("name"), blocked))
    if ("'" in text or "’" in text) and not words.isdisjoint(_PERSON_THING_WORDS):
        for m in _OWNS_PERSON_THING_RE.finditer(text):
            named = m.group("name").split()
            if named[0][:1].islower():
                first, last = name_lists()
                ok = (
                    len(named) > 1
                    and named[0].title() in first
                    and named[-1].title() in last
                    and all(_usable(w, blocked) for w in named)
                )
            else:
                ok = all(_person_word(w, blocked) for w in named) and (
                    len(named) > 1 or listed(named[0]) or not common(named[0])
                )
            if ok:
                add(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    if not words.isdisjoint(_TRIBUTE_WORDS):
        for m in _TRIBUTE_RE.finditer(text):
            first = m.group("name").split()[0]
            if _person_word(first, blocked) and (listed(first) or not common(first)):
                add(_trim(text, m.start("name"), m.end("name"), blocked))
    if "!" in text:
        for m in _VOCATIVE_RE.finditer(text):
            word = m.group("name")
            if _usable(word, blocked) and (
                word in name_lists()[0]
                or word in _WORDLIKE_NAMES
                or _person_word(word, blocked)
                and not everyday(word)
            ):
                add(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    if " of " in text and not words.isdisjoint(_OF_PERSON_WORDS):
        for m in _OF_PERSON_RE.finditer(text):
            word = m.group("name")
            if word[:1].islower():
                ok = _lower_name(word, blocked, text[m.end() :], strong=True)
            else:
                ok = _person_item(word, blocked)
            if ok:
                add(Span(m.start("name"), m.start("name") + len(_clean(word)), "PATIENT-NAME"))
    if not words.isdisjoint(("inc", "llc", "ltd", "corp", "gmbh", "plc", "co")):
        for m in _ORG_PERSON_RE.finditer(text):
            named = m.group("name").split()
            head = named[0]
            if head[:1].islower():
                ok = len(named) == 1 and _lower_name(head, blocked, "", strong=True)
            else:
                ok = all(_person_word(w, blocked) for w in named) and (
                    len(named) > 1 or listed(head) or not common(head)
                )
            if ok and (len(named) > 1 or sentence_start(text, m.start())):
                add(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    if "name" in words:
        for m in _SAID_NAME_RE.finditer(text):
            add(_said_name(text, m, blocked))
    if "\n" in text:
        for m, clinical in _profiles(text, blocked):
            if not clinical:
                add(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
        if ":" in text:
            out += [s for s in _speakers(text, blocked) if _free(s, off_limits)]
    return out


# A person's name said as one, in any case: "The patient's name is quasimodo", "his name is
# mark", "my name is Aroha Ngata" (a listed name in lower case after it is read elsewhere too).
_SAID_NAME_RE = re.compile(
    r"\b(?i:my|his|her|their|your|(?:the[ \t]+)?(?:patient|pt|caller|client|member|customer)['’]s)"
    r"[ \t]+(?i:name)[ \t]+(?:is|was)[ \t]+(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?)"
)


def _said_name(text: str, m: re.Match[str], blocked: Container[str]) -> Span | None:
    """The one or two words after "my name is" that read as a name: a listed given name or no
    common word ("my name is not important", "her name is on the list" name no one)."""
    start = end = m.start("name")
    for word in re.finditer(r"\S+", m.group("name")):
        w = word.group()
        after = text[m.start("name") + word.end() :]
        if w[:1].islower():
            ok = _lower_name(w, blocked, after, strong=True)
        else:
            ok = _person_word(w, blocked) and (listed(w) or not common(w))
        if not ok:
            break
        end = m.start("name") + word.end()
    return Span(start, end, "PATIENT-NAME") if end > start else None


def _profiles(text: str, blocked: Container[str]) -> list[tuple[re.Match[str], bool]]:
    """Profile blocks (a name line, then an occupation line) and whether the occupation is a
    clinical one."""
    found = []
    first, last = name_lists()
    for m in _PROFILE_RE.finditer(text):
        job = m.group("job").split()
        if len(job) > 6 or not (occupation(job[-1]) or clinical_role(job[-1])):
            continue
        named = [w for w in m.group("name").split() if len(w.rstrip(".")) > 1]
        if len({w[:1].isupper() for w in named}) != 1 or not all(
            _usable(w, blocked) and _clean(w).title() not in _INSTITUTION for w in named
        ):
            continue
        if named[0][:1].islower() and len(named) < 2:
            continue
        ok = any(listed(w) for w in named) or not any(everyday(w) for w in named)
        if ok:
            found.append((m, clinical_role(job[-1])))
    return found


def profile_clinicians(text: str) -> list[Span]:
    """The name line of a profile whose occupation line is a clinical role: a clinician's."""
    if "\n" not in text:
        return []
    return [
        Span(m.start("name"), m.end("name"), "HCP")
        for m, clinical in _profiles(text, ())
        if clinical
    ]


_SPEECH_RE = re.compile(r"[\"“”!?]|\b(?i:i|i'm|me|my|you|your|we|us|our)\b")


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _speakers(text: str, blocked: Container[str]) -> list[Span]:
    """Every speaker of a dialogue of two or more speakers, once one is a listed given name."""
    labels = _dialogue(text)
    first = name_lists()[0]
    if not any(m.group("name").title() in first for m in labels):
        return []
    out = []
    for m in labels:
        word = m.group("name")
        if word.isupper() or len(word) < 3:
            continue
        ok = (
            _lower_name(word, blocked, "", strong=True)
            if word[:1].islower()
            else (_person_word(word, blocked) and (listed(word) or not common(word)))
            # a given name that is also a word or a place, among named speakers: "Destiny:"
            or (word in word_names() and _usable(word, blocked))
        )
        if ok:
            out.append(Span(m.start("name"), m.end("name"), "PATIENT-NAME"))
    return out


# Places only a person fills, for a name the tagger found that no list knows or a place's name
# shares: the one shouted at, a film's star, someone titled, greeted or called to in a
# question.
_PERSON_BEFORE_RE = re.compile(
    r"(?:\b(?:shouted|yelled|screamed|smiled|winked|glared|stared|waved|laughed|snapped"
    r"|swore)[ \t]+at|\b(?:starring|co-starring|featuring|Mr|Mrs|Ms|Mx|Miss)\.?"
    r"|\b(?i:hi|hello|hey|dear|thanks|thank[ \t]+you|goodbye|bye)"
    # the speaker a quotation closes on, a work's credited maker: '... direction," says
    # Convey.', "Directed By:    Aria W Sorscher"
    r"|[,!?][\"”'’][ \t]+(?:says|said)"
    r"|\b(?i:directed|written|authored|composed|painted|narrated|produced)[ \t]+(?i:by)[ \t]*:?)"
    r"[ \t]+$"
)
# (money sent to someone: "transfer 50$ to Joschka")
_PAID_TO_RE = re.compile(
    r"\b(?i:transfer(?:red)?|send|sent|pay|paid|wire|wired|owe|owes|owed)[ \t]+"
    r"(?:[$€£]?[ \t]?\d[\d.,]*[ \t]?(?:[$€£]|dollars|euros|pounds)?|money)[ \t]+to[ \t]+$"
)
# (a name said as one: "my name is nivetha", "name morgan ssn 5897" opening a record)
_NAME_IS_RE = re.compile(r"(?:\b(?i:my|his|her|their|your)[ \t]+name[ \t]+is|^(?i:name))[ \t:]*$")
# (a family tie the name holds: "Darwin is a husband to Sara", "Kaia is the sister of Rangi")
_KIN_AFTER_RE = re.compile(
    rf"[ \t]+(?:is|was)[ \t]+(?:a|an|the|her|his|their)[ \t]+(?i:{RELATIVE})[ \t]+(?:to|of)\b"
)
# (what only a person is or undergoes, after the name or an id in brackets: "Nakasia
# (SH0670355200) is a 81 Y", "Arzella is from Plotwatt", "V'ISAHIA is the key person", "Dankovich
# was influenced by", "Waldowski supporte bien Cardelis", "Taine es la mayor", "İsra ble
# innlagt"; a drug is approved or prescribed, a company founded, none of these)
_PERSON_AFTER_RE = re.compile(
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+(?:"
    r"(?:is|was)[ \t]+an?[ \t]+\d{1,3}[ \t-]?(?i:y\b|yo\b|y/o|y\.o\.|years?\b|yrs?\b)"
    r"|(?:is|was)[ \t]+(?:the[ \t]+)?(?:key[ \t]+)?(?:person|patient|contact|caregiver)\b"
    r"|(?:is|was|comes)[ \t]+from\b"
    r"|(?:was|has[ \t]+been|had[ \t]+been)[ \t]+(?:examined|admitted|readmitted|discharged|seen"
    r"|born|diagnosed|referred|influenced|married|hospitali[sz]ed|intubated|evaluated)\b"
    r"|(?:tolerates|tolerated|supporte|tolère|toleriert|asked|told|complained|complains|feels"
    r"|felt|smiled|cried|lives|lived|died|wants|wanted|visited|thinks|thought|believes"
    r"|replied)\b"
    r"|(?:es|era|fue)[ \t]+(?:la|el)[ \t]+(?:mayor|menor|hij[oa]|madre|padre)\b"
    r"|(?:fue|ha[ \t]+sido)[ \t]+(?:ingresad[oa]|dad[oa][ \t]+de[ \t]+alta)\b"
    r"|(?:ble|blev)[ \t]+(?:innlagt|indlagt|inlagd|utskrevet|udskrevet)\b"
    r"|wurde[ \t]+(?:aufgenommen|entlassen)\b)"
)
# (after "of", "from", "at" a word is a company's or a place's: "Renee Bordash of Guidestar
# asked for the slides", "Sjúrður from Tórshavn is from the islands")
_OWNER_BEFORE_RE = re.compile(r"\b(?i:of|from|at|in|for|with|by|to)[ \t]+$")
# (the subject of a record's header: "RE: Velagic Medical Record #: 3572-42-40", "Dumanlı MR#:")
_RECORD_AFTER_RE = re.compile(
    r"[ \t]+(?i:(?:medical[ \t]+)?record[ \t]*(?:#|no\b|number)|mrn\b|mr[ \t]?[#:])"
)
_VOCATIVE_BEFORE_RE = re.compile(r"\b(?:me|you|us|him|her)[ \t]*,[ \t]*$")
_QUESTION_AFTER_RE = re.compile(r"[ \t]*[?!]")


# Where a name written in lower case stands in a person's place, as chat and hurried notes
# write one: after "patient" (not "pt": "PT eval" is a therapist's), a relative's word, or a
# verb of calling or speaking to someone ("her patient mason", "husband kyshawn", "call back
# mike re ...", "reply to heather's", "spoke with jen"); before a relative or a person's thing
# owned ("collin's mum", "bola's birthday"); and wherever ``person_context`` puts a person.
# The second name of a pair joined by "and" stands in the first's place ("daughters rohan and
# liyaqat").
_LOWER_PERSON_BEFORE_RE = re.compile(
    rf"\b(?:(?i:patient)|(?i:{RELATIVE})|(?:call|called|ring|rang|text|texted|phone|phoned)"
    r"(?:[ \t]+back)?|(?:reply|replied|spoke|speak|talked|talk|chatted)[ \t]+(?:to|with)"
    r"|met[ \t]+with|e-?mail(?:ed)?[ \t]+to)"
    r"(?:[ \t]+[a-z][\w'’-]*[ \t]+and)?[ \t]+$"
)
_LOWER_PERSON_AFTER_RE = re.compile(rf"['’]s[ \t]+(?i:{RELATIVE}|{_PERSON_THING})\b")


def lower_person_slot(text: str, span: Span) -> bool:
    """Whether a name the tagger found in lower case stands in a person's place (above); the
    tagger's reading and the place together take a word that is also an everyday word or no
    list's name ("mike", "mason", "liyaqat"), as neither does alone."""
    if any(w in RELATIVE_WORDS for w in text[span.start : span.end].split()):
        return False  # (the tagger's span holds the cue itself: "email to bro hi come down")
    before = text[max(0, span.start - 40) : span.start]
    return (
        _LOWER_PERSON_BEFORE_RE.search(before) is not None
        or _LOWER_PERSON_AFTER_RE.match(text, span.end) is not None
        or person_context(text, span)
    )


def person_context(text: str, span: Span) -> bool:
    """Whether a span stands where only a person does: after "shouted at", "starring", "Mr.",
    a greeting, a quotation's "says", "directed by", an occupation, money sent "to" or "my
    name is"; before "is a husband to", a record number's key or what only a person is or
    undergoes ("was admitted", "is a 81 Y"); called to at a question's end ("Remember me,
    Khailey?"); alone under a closing; or a speaker of a dialogue of two or more speakers who
    speak ("Maiyo: \\"Who are you?\\"")."""
    line_start = text.rfind("\n", 0, span.start) + 1
    before = text[line_start : span.start]
    if any(rx.search(before) for rx in (_PERSON_BEFORE_RE, _PAID_TO_RE, _NAME_IS_RE)):
        return True
    if _VOCATIVE_BEFORE_RE.search(before) and _QUESTION_AFTER_RE.match(text, span.end):
        return True
    if _KIN_AFTER_RE.match(text, span.end) or _RECORD_AFTER_RE.match(text, span.end):
        return True
    # (after its bearer's occupation: "Producer Immaculate Nxamalala explained")
    jobs = _OCCUPATION_RE.finditer(text, max(0, span.start - 40), span.end)
    if any(m.start("name") == span.start for m in jobs):
        return True
    if _PERSON_AFTER_RE.match(text, span.end) and not _OWNER_BEFORE_RE.search(before):
        return True
    if _signature(text, span):
        return True
    return any(m.start("name") == span.start and m.end("name") == span.end for m in _dialogue(text))


def _signature(text: str, span: Span) -> bool:
    """Whether a span is the name a letter's closing signs with (names._SIGN_OFF_RE:
    "Thanks,\\nSkylen", "All the best,\\n\\nAngel")."""
    return any(
        m.start("name") == span.start and m.end("name") == span.end
        for m in _SIGN_OFF_RE.finditer(text, max(0, span.start - 80), _line_end(text, span.end))
    )


def _dialogue(text: str) -> list[re.Match[str]]:
    """A dialogue's speaker labels, where at least two lines open with one and most speak."""
    labels = list(_SPEAKER_RE.finditer(text))
    if len(labels) < 2:
        return []
    # a form's labels ("Telefon: 0211 ...", "proph: protonix iv") are followed by values, a
    # dialogue's speakers by speech: a quote, a question, "I", "you"
    speech = [_SPEECH_RE.search(text, m.end(), _line_end(text, m.end())) for m in labels]
    return labels if sum(s is not None for s in speech) * 2 >= len(labels) else []
