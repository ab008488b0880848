"""Find possible adverse events in free text, for pharmacovigilance: pure functions, no store.

A possible case is one of the company's products (also typed with one slip: "Zelvorra") linked,
in one sentence, to an event or a special situation (pregnancy or breast-feeding exposure,
overdose, medication error, product defect, lack of effect). Three ways in, so that new wordings
are not lost to a missing word:
- an event word from ``safety_lexicon.toml`` (lay and clinical, by body system);
- fail closed on structure: a patient to whom something changed (stopped, held, taken off, went
  to urgent care, called in, complained, worse, new...), or a patient on the product of whom the
  sentence says anything more ("pt on Kyraxa - zentic blotches") is a possible case without any
  listed word;
- special situations in their general forms (wrong strength/route/patient/storage/device,
  missed or doubled doses, someone else swallowing the tablets, paternal exposure, failure).
Context rules keep out what is not a case: a denied event ("no side effects so far", "no one
has had to stop"), a question or worry, a figure from a label or trial, the HCP's own headache,
an event on another company's drug (unless taken together with ours), an event the reporter
rules unrelated or that came before the product, good news, payer talk and head counts. Denial
and supposition reach only what follows them ("if a pt took...") and the clause they are in: an
event told first, in a clause of its own, stands ("pens kept in the freezer - Dr worried...").
A sentence that names no product still counts when it speaks of a specific patient or of
treatment and the record is about one of the company's products.

Plain rules, not a model, so a reviewer can read why each flag was raised; bench/safety.py
measures them, their structure alone (the event word list emptied) and NegEx (negspacy) for the
negation step. Flag only: nothing here files a report.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

LEXICON_PATH = Path(__file__).with_name("safety_lexicon.toml")
KINDS = ("adverse_event", "pregnancy", "overdose", "medication_error", "lack_of_effect")
ELEMENTS = ("patient", "reporter", "product", "event")
# Special situations about how a product was handled: reportable even with no patient named.
_HANDLING_KINDS = frozenset({"medication_error", "overdose"})
# Special situations that may befall someone other than the patient (a partner, a child).
_EXPOSURE_KINDS = _HANDLING_KINDS | {"pregnancy"}
# Words that only say "something happened"; dropped when a sentence also names what happened.
_GENERIC = re.compile(
    r"^(?:side[- ]?effects?|adverse (?:drug )?(?:events?|reactions?|effects?)|s?aes?|s/e|adrs?)$",
    re.I,
)
_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "vs", "e.g", "i.e", "approx", "pt", "pts", "no", "st"}
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*\s+|\n+|\s+/\s+|;\s+|\s+\|\s+")
# A dash between words and a closed aside end a clause too: "(not indicated) - one had chest
# tightness" denies nothing after the bracket.
_CLAUSE_BREAK = re.compile(r",|;|:|\)|\s[-–—]+\s|\b(?:but|however|although|though|except)\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_POSSESSIVE = re.compile(r"^(?:['’]s)?\s*")
# "AE captured and forwarded to PV": a generic word in the reporting sentence names no event.
_REPORTING_AFTER = re.compile(
    r"\s*(?:was |were )?(?:captured|forwarded|reported|sent|submitted|logged|filed|form)\b", re.I
)
# "Neurevia in chronic migraine": the condition is the indication asked about, not an event.
_INDICATION_GAP = re.compile(
    r"^\s+(?:(?:since|from) [\w-]+\s+)?(?:(?:in|for)\s+){1,2}(?!(?:a|an|the|her|his|their|my)\s)"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)


_INDICATION_AFTER = re.compile(
    r"\s+(?:patients?|pts?|days?|frequency|severity|scores?|activity|control|burden|history|"
    r"baseline|indication|population)\b"
)
# What follows a product that tells what it is for, how long or with what: no event in itself.
_REGIMEN_AFTER = re.compile(r"^\W*(?:for|since|per|plus|and|as|in|at|x|q\d|every|daily|weekly)\b")


def _lower_pattern(term: str) -> str:
    """A pattern for lower-cased text: letters lowered, escapes such as \\D left alone."""
    return re.sub(r"(\\.)|([A-Z])", lambda m: m.group(1) or m.group(2).lower(), term)


def _alternation(terms: Sequence[str]) -> re.Pattern[str]:
    # Matched against lower-cased text: several times faster than re.IGNORECASE over ~300
    # alternatives, which is most of the cost of checking a note.
    body = "|".join(f"(?:{_lower_pattern(t)})" for t in terms)
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)")


def _lower(text: str) -> str:
    """Lower-case without moving any character (a few letters lower to two characters)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# Letters of any alphabet: "übelkeit" and "éruption" are anchored by their first letters too.
_TOKEN = re.compile(r"[^\W_]+")
# Words too common in call notes to pick a pattern's anchor by, when it has a rarer one.
_COMMON_WORDS = frozenset(
    "a an the no not is was of on in to at for with after had took went dose doses dosing renal "
    "response patient patients pt pts liver kidney heart blood high low grade skin injection "
    "site weight back chest muscle joint eye eyes face leg legs feet dry red label labels pen pens "
    "box pack script level levels count counts lab labs".split()
)


def _anchors(term: str) -> list[str]:
    """Words one of which every match of a (lower-cased) pattern starts a token with:
    ["side"] for "side[- ]?effects?", ["reaction"] for "(?:skin|infusion) reactions?",
    ["skin", "rash"] for "(?:skin|rash)". [] when no such word can be told."""
    runs: list[str] = []
    run, token_initial, depth, i = "", True, 0, 0
    groups: list[str] = []
    while i < len(term):
        c = term[i]
        if depth == 0 and (c.isalnum() or c == "_"):
            run += c
        else:
            quantified = term[i : i + 1] in ("?", "*") or term[i : i + 2] == "{0"
            if run and token_initial:
                runs.append(run[:-1] if quantified else run)
            run = ""
            if c == "(":
                depth += 1
                if depth == 1:
                    group_start = i
            elif c == ")":
                depth -= 1
                lookaround = term[group_start + 1 : group_start + 3] in ("?!", "?=", "?<")
                if depth == 0 and term[i + 1 : i + 2] not in ("?", "*") and not lookaround:
                    groups.append(term[group_start + 1 : i])
            elif c == "\\" and depth == 0:
                i += 1  # an escape (\\d, \\.) is no literal word
            # A word starts a token only after a mandatory separator.
            token_initial = depth == 0 and c in " -'/" and term[i + 1 : i + 2] not in ("?", "*")
        i += 1
    if run and token_initial:
        runs.append(run)
    usable = [r for r in runs if len(r) >= 2]
    rare = [r for r in usable if r not in _COMMON_WORDS]
    if rare:
        return [max(rare, key=len)]
    choices: list[tuple[int, int, list[str]]] = []
    for group in groups:
        body = group[2:] if group.startswith("?:") else group
        parts, level, start = [], 0, 0
        for j, c in enumerate(body):
            level += c == "("
            level -= c == ")"
            if c == "|" and level == 0:
                parts.append(body[start:j])
                start = j + 1
        parts.append(body[start:])
        found = [_anchors(part) for part in parts]
        alternatives = [a for f in found for a in f]
        if all(found):
            choices.append((len(_COMMON_WORDS & set(alternatives)), len(choices), alternatives))
    # The group with the fewest common words: "(?:went|rose|...)" rather than "(?:label|pen|...)".
    best = min(choices, default=None)
    if best is not None and (best[0] == 0 or not usable):
        return best[2]
    if usable:
        return [max(usable, key=len)]
    return best[2] if best else []


class _Finder:
    """Every match of several patterns (kind -> terms). A text is tokenised once; only the terms
    one of whose anchor words starts one of its tokens are then tried, as a small alternation.
    Most notes hold no event word, and ~300 alternatives tried at every character would cost
    most of an ingest."""

    def __init__(
        self,
        kinds: dict[str, list[str]],
        endings: Mapping[str, tuple[str, ...]] | None = None,
        slips: tuple[Collection[str], Collection[str]] = ((), ()),
    ) -> None:
        self.terms = [(kind, term) for kind, terms in kinds.items() for term in terms]
        # Terms found by how a token ends ("...itis"): tried when some token ends so.
        self.by_ending: list[tuple[tuple[str, ...], int]] = []
        self.short: dict[str, list[int]] = {}
        # Short anchors cut before an optional letter ("qt" of "QTc?"): they start a token.
        self.short_prefix: dict[str, list[int]] = {}
        self.by_prefix: dict[str, list[tuple[str, int]]] = {}
        anywhere: list[int] = []
        for n, (_, term) in enumerate(self.terms):
            if endings and term in endings:
                self.by_ending.append((endings[term], n))
                continue
            low_term = _lower_pattern(term)
            found = _anchors(low_term)
            if not found:
                anywhere.append(n)
            for anchor in found:
                if len(anchor) < 3 and re.search(re.escape(anchor) + r"[a-z0-9][?*]", low_term):
                    self.short_prefix.setdefault(anchor, []).append(n)
                elif len(anchor) < 3:
                    self.short.setdefault(anchor, []).append(n)
                else:
                    self.by_prefix.setdefault(anchor[:3], []).append((anchor, n))
        self.anywhere = frozenset(anywhere)
        self.endings = tuple(e for ends, _ in self.by_ending for e in ends)
        self.anywhere_pattern = (
            _alternation([self.terms[n][1] for n in anywhere]) if anywhere else None
        )
        # Words typed with one slip ("pnemonia", "hospitalzed"): each slip is a term of the kind
        # its word is found as, tried only when a token is that slip.
        self.by_token: dict[str, int] = {}
        words, not_slips = slips
        kinds_of = {word: self._kind_of(word) for word in words}
        for slip, word in _misspellings(frozenset(words)).items():
            kind = kinds_of[word]
            if kind is None or slip in not_slips:
                continue
            self.by_token[slip] = len(self.terms)
            self.terms.append((kind, re.escape(slip)))

    def _kind_of(self, word: str) -> str | None:
        found = [k for k, _ in self.find(word, self.matching(word, self.candidates(word)))]
        return next((k for k in found if k != "happening"), None)

    def candidates(self, low: str) -> frozenset[int]:
        """The terms that may match somewhere in ``low`` (empty: none can)."""
        found: set[int] = set()
        if self.anywhere_pattern is not None and self.anywhere_pattern.search(low):
            found.update(self.anywhere)
        for token in set(_TOKEN.findall(low)):
            if token in self.by_token:
                found.add(self.by_token[token])
            if token.endswith(self.endings):
                found.update(n for ends, n in self.by_ending if token.endswith(ends))
            found.update(self.short.get(token, ()))
            found.update(self.short_prefix.get(token[:2], ()))
            found.update(n for a, n in self.by_prefix.get(token[:3], ()) if token.startswith(a))
        return frozenset(found)

    @cache  # noqa: B019  (one finder per lexicon, kept for the life of the program)
    def _pattern(self, n: int) -> re.Pattern[str]:
        # One pattern per term, compiled when first needed: a pattern per set of candidates
        # would compile again for nearly every note (~700 terms make many sets).
        return _alternation([self.terms[n][1]])

    def matching(self, low: str, terms: frozenset[int]) -> frozenset[int]:
        """The candidate terms that do match somewhere in ``low``."""
        return frozenset(n for n in terms if self._pattern(n).search(low))

    def find(self, low: str, terms: frozenset[int]) -> list[tuple[str, re.Match[str]]]:
        return [
            (self.terms[n][0], m) for n in sorted(terms) for m in self._pattern(n).finditer(low)
        ]


def _ending_term(endings: Sequence[str], not_endings: Sequence[str]) -> str:
    """One pattern for a word of at least two letters before one of ``endings``, not one of
    ``not_endings`` ("myositis", not "diagnosis")."""
    words = "|".join(re.escape(w) for w in not_endings)
    ends = "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True))
    guard = f"(?!(?:{words})(?!\\w))" if words else ""
    return f"{guard}[^\\W\\d_]{{2,}}(?:{ends})"


@dataclass(frozen=True)
class Lexicon:
    version: int
    finder: _Finder
    context: dict[str, re.Pattern[str]]
    reported: re.Pattern[str]
    unreported: re.Pattern[str]
    other_drugs: re.Pattern[str]
    drug_suffixes: tuple[str, ...]

    @classmethod
    def load(cls, path: Path = LEXICON_PATH) -> Lexicon:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        events = data["events"]
        endings = tuple(events.get("endings", ()))
        by_ending = _ending_term(endings, events.get("not_endings", ())) if endings else None
        return cls(
            version=int(data["version"]),
            finder=_Finder(
                {
                    "adverse_event": [*events["terms"], *([by_ending] if by_ending else [])],
                    **data["special_situations"],
                    "happening": data["context"]["happening"],
                },
                {by_ending: endings} if by_ending else None,
                (events.get("slip_words", ()), frozenset(events.get("not_slips", ()))),
            ),
            context={k: _alternation(v) for k, v in data["context"].items()},
            reported=_alternation(data["reported"]["done"]),
            unreported=_alternation(data["reported"]["undone"]),
            other_drugs=_alternation(data["other_drugs"]["names"]),
            drug_suffixes=tuple(data["other_drugs"]["suffixes"]),
        )


@cache
def default_lexicon() -> Lexicon:
    return Lexicon.load()


@dataclass(frozen=True)
class Finding:
    field: str
    product: str
    kind: str  # one of KINDS
    event: str  # the words found, "; "-joined
    sentence: str


@dataclass(frozen=True)
class Assessment:
    findings: tuple[Finding, ...]
    reported: bool
    elements: dict[str, bool] = field(default_factory=dict)


def split_sentences(text: str) -> list[str]:
    """Sentences and note fragments ("AE: rash / sent to PV" is two), keeping "Dr. Okafor" whole."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start : m.start()].rsplit(None, 1)
        last = before[-1].lower().rstrip(".") if before else ""
        if m.group().startswith(".") and last in _ABBREVIATIONS:
            continue
        head = text[start : m.start()] if ")" in m.group() else ""
        if head.count("(") > head.count(")"):
            continue  # "(off label?) having nightmares": an aside, not the sentence's end
        out.append(text[start : m.start() + (1 if m.group().startswith("?") else 0)])
        start = m.end()
    out.append(text[start:])
    pieces = [p for s in out for p in _cut(s)]
    return [s.strip(" -•*\t") for s in pieces if s.strip(" -•*\t")]


_LONGEST_SENTENCE = 400


def _cut(sentence: str) -> list[str]:
    """A run-on of thousands of words in pieces of at most ~400 characters, cut at spaces: the
    context rules look a few words around each match, and an unbounded sentence would make
    every look cost the whole note."""
    pieces = []
    while len(sentence) > _LONGEST_SENTENCE:
        cut = sentence.rfind(" ", 0, _LONGEST_SENTENCE)
        cut = cut if cut > 0 else _LONGEST_SENTENCE
        pieces.append(sentence[:cut])
        sentence = sentence[cut:]
    return [*pieces, sentence]


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    name: str
    company: bool


def _window_before(sentence: str, start: int, words: int) -> str:
    """Up to ``words`` words before ``start``, not reaching back over a clause break."""
    head = sentence[:start]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    if breaks:
        head = head[breaks[-1].end() :]
    return " ".join(head.split()[-words:])


def _ends_with(pattern: re.Pattern[str], text: str) -> bool:
    return any(m.end() == len(text) for m in pattern.finditer(text))


def _drug_mentions(
    sentence: str,
    products: re.Pattern[str] | None,
    lex: Lexicon,
    original: str = "",
    event_starts: Sequence[int] = (),
) -> list[_Mention]:
    """Drugs in a sentence that a patient may be taking: the company's (not named only for a
    program or a piece, nor only considered) and others' (not named only as the alternative).
    Another drug counts when the sentence ties it to a patient or to an event ("on Keytruda",
    "from amoxicillin", "Mignova pts", "fulvestrant injection-site pain")."""
    found: list[_Mention] = []
    taken: list[tuple[int, int]] = []
    if products is not None:
        for m in products.finditer(sentence):
            taken.append(m.span())
            after = _POSSESSIVE.sub("", sentence[m.end() :])
            heading = _HEADING.match(after)
            if lex.context["non_exposure_after_product"].match(after) and not (
                heading and _specific_patient(after[heading.end() :], lex)
            ):
                continue
            if _ends_with(
                lex.context["non_exposure_before_product"], _window_before(sentence, m.start(), 4)
            ):
                continue
            found.append(_Mention(m.start(), m.end(), m.group(), True))
    others = list(lex.other_drugs.finditer(sentence))
    for brand in _UNKNOWN_BRAND.finditer(original):
        group = 1 if brand.group(1) else 2
        word = _WORD.match(sentence, brand.start(group))
        if word is None or word.group().strip("'-") in _NOT_BRANDS:
            continue
        if group == 2 and not _coined(word.group(), lex):
            continue  # "Psoriasis pts", "Elderly pts": a condition or a kind of patient
        others.append(word)
    others += [
        w
        for w in _WORD.finditer(sentence)
        if len(w.group()) >= 7 and w.group().lower().endswith(lex.drug_suffixes)
    ]
    for m in others:
        if any(s <= m.start() < e for s, e in taken):
            continue
        taken.append(m.span())
        if any(_TREATS_EVENT.fullmatch(sentence, m.end(), s) for s in event_starts):
            continue  # "a course of antibiotics for chest infections": the treatment, not a suspect
        before = " ".join(sentence[: m.start()].split()[-3:])
        if _ends_with(lex.context["alternative_before"], before):
            continue
        if before.lower().endswith("from") and re.match(r"\s+to\b", sentence[m.end() :]):
            continue  # "switched from Humira to Zelvora": the drug before, not the one taken
        # "on high-dose aspirin": the tie may sit one word back; "Mignova pts" ties after.
        tied = (
            bool(_UNKNOWN_BRAND.match(original, m.start()))
            or any(lex.context["suspect_before"].fullmatch(w) for w in before.split()[-2:])
            or lex.context["suspect_after"].match(sentence[m.end() :].lstrip())
            or _ends_with(lex.context["blamed_before"], _window_before(sentence, m.start(), 6))
            or (
                _named_drug(m.group(), lex)
                and any(_EVENT_RIGHT_AFTER.fullmatch(sentence, m.end(), s) for s in event_starts)
            )
        )
        if not tied:
            continue
        found.append(_Mention(m.start(), m.end(), m.group(), False))
    return found


# "Cardelis update from Dr Owusu: the older of her two pts had a fall": the product heads what
# follows the colon, which is about its patients, though "update" alone names no exposure.
_HEADING = re.compile(r"[^.;:!?()]{0,40}:\s")


# The product opening a note as its heading: "Rheumora: ...", "Kyraxa - ...".
_HEADING_MARK = re.compile(r"\s*(?::|[-–—]\s)")


def _named_drug(word: str, lex: Lexicon) -> bool:
    """A drug by name, not by a suffix alone ("cholesterol" ends like a beta-agonist)."""
    return bool(lex.other_drugs.fullmatch(word.lower())) or word.lower().endswith(_BIOLOGIC_ENDS)


# Endings only drugs have: antibodies, kinase inhibitors ("-tinib", "-sertib"), fusion proteins.
_BIOLOGIC_ENDS = ("mab", "ib", "cept")
# Another drug given for the event: "antibiotics for chest infections", "steroids to treat it".
_TREATS_EVENT = re.compile(r"\s+(?:for|to treat|to manage|to control)\s+(?:[\w-]+\s+){0,2}")
# Up to two words between another drug and an event word: "fulvestrant injection-site pain",
# "infliximab infusion reaction" tie the event to that drug.
_EVENT_RIGHT_AFTER = re.compile(r"[ \t]+(?:[\w-]+[ \t]+){0,2}")

# A capitalised name a patient is on that is not ours ("a patient on Vyndaqel"): another
# company's drug even when no list holds it, so that its events are not put on ours.
_UNKNOWN_BRAND = re.compile(
    r"\b(?:on|taking|using|receiving|prescribed|switched from|started on|from|after|with|quit|"
    r"stopped|off|discontinued) "
    r"([A-Z][a-z]{3,})\b"
    # Named for its patients, its device or what it did ("Mignova pts", "Duralin pen
    # malfunction", "Tolvexa-induced", "Tolvexa gave her pts headaches").
    r"|\b([A-Z][a-z]{3,})(?: (?:pts?|patients?|users?|pens?|autoinjectors?|auto-injectors?|"
    r"devices?|vials?|syringes?|inhalers?)\b|-(?:induced|related|associated)\b|"
    r" (?:caused|causes|gave|gives)\b)"
)
_NOT_BRANDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december medicare medicaid tricare call leave "
    "vacation holiday christmas thanksgiving easter zoom teams video site facebook instagram "
    "twitter reddit youtube tiktok linkedin epic veeva cerner".split()
)


# Capitalised words that come before "pts" or "pen" and are no drug: kinds of patient,
# settings, and the ordinary endings of English adjectives ("Diabetic", "Younger", "Naive").
_PATIENT_KINDS = frozenset(
    "most many some other others older elderly female male young adult senior these those both "
    "several few new current private commercial clinic hospital trial study all such naive "
    "biologic insulin cancer migraine asthma covid their your what which whose every each "
    "black white asian hispanic latino kidney heart liver transplant dialysis hospice nursing "
    "home rural urban primary community this that same last first second third fourth fifth next "
    "prior index peds paeds pedi obese frail sick post onc renal cardio neuro derm rheum endo "
    "psych onco icu another any one two three four five six seven eight nine ten your our whose "
    "same that's this one's".split()
)
_ADJECTIVE_END = re.compile(
    r"(?:ly|ic|al|ed|ing|ous|ive|er|est|ent|ant|ary|ory|ese|ish|ful|less|logy|ogy)$"
)


def _coined(word: str, lex: Lexicon) -> bool:
    """A capitalised word that may be another company's brand: not a kind of patient, not an
    English adjective, not a condition or event the lexicon knows."""
    low = word.lower()
    if low in _PATIENT_KINDS or _ADJECTIVE_END.search(low):
        return False
    return not lex.finder.matching(low, lex.finder.candidates(low))


def _event_matches(
    sentence: str, lex: Lexicon, terms: frozenset[int]
) -> list[tuple[str, re.Match[str]]]:
    """(kind, match) for every event and special-situation word, overlaps resolved longest-first."""
    raw = [(k, m) for k, m in lex.finder.find(sentence, terms) if k != "happening"]
    raw.sort(key=lambda km: (km[1].start(), -(km[1].end() - km[1].start())))
    kept: list[tuple[str, re.Match[str]]] = []
    for kind, m in raw:
        if kept and m.start() < kept[-1][1].end():
            continue
        kept.append((kind, m))
    specific = [km for km in kept if not _GENERIC.match(km[1].group())]
    return specific or kept


def _happening(
    sentence: str, lex: Lexicon, terms: frozenset[int]
) -> list[tuple[str, re.Match[str]]]:
    """No listed event word, yet a patient to whom something happened: fail closed."""
    ctx = lex.context
    if not ctx["patient"].search(sentence) or ctx["positive"].search(sentence):
        return []
    if ctx["access"].search(sentence):
        return []  # payer and logistics talk about a patient: no event
    for kind, m in lex.finder.find(sentence, terms):
        if kind == "happening" and not _negated(sentence, m, lex):
            return [("adverse_event", m)]
    return []


_CLAUSE_REST = re.compile(r"[^,;:.!?()]*[a-z][^,;:.!?()]*")


def _exposed_patient(
    sentence: str, products: re.Pattern[str] | None, lex: Lexicon
) -> list[tuple[str, re.Match[str]]]:
    """No event word and no change listed, yet a patient on one of the company's products of
    whom the sentence says something more ("pt on Kyraxa - skin peeling on palms"): a possible
    case, fail closed. What is said of the patient stands for the event."""
    ctx = lex.context
    mentions = list(products.finditer(sentence)) if products is not None else []
    if not mentions or not ctx["patient"].search(sentence):
        return []  # most sentences: no product or no patient, nothing more to check
    guards = ("positive", "access", "census", "routine", "benefit_after", "benefit_before")
    if any(ctx[k].search(sentence) for k in guards):
        return []
    for m in mentions:
        head = sentence[: max(sentence.rfind(c, 0, m.start()) for c in ",;:.!?()") + 1]
        before = sentence[len(head) : m.start()]
        after = sentence[m.end() :].lstrip()
        if lex.context["non_exposure_after_product"].match(_POSSESSIVE.sub("", after)):
            continue
        exposure = _suffix(ctx["exposure_before"], before) or _suffix(
            ctx["exposure_relation"], before
        )
        if exposure is None and not ctx["exposure_after"].match(after):
            continue
        if ctx["negation"].search(_window_before(sentence, m.start(), 8)):
            continue
        said = _said_of_patient(sentence, m, len(head), exposure)
        if said is not None and said.start() >= m.end() and _REGIMEN_AFTER.match(said.group()):
            continue  # "on Veltrana for metastatic NSCLC", "plus letrozole"
        if said is not None and not ctx["negation"].search(said.group()):
            return [("adverse_event", said)]
    return []


def _suffix(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The match of ``pattern`` that ends ``text`` (trailing spaces aside), if any."""
    text = text.rstrip()
    return next((m for m in pattern.finditer(text) if m.end() == len(text)), None)


def _said_of_patient(
    sentence: str, product: re.Match[str], clause_start: int, exposure: re.Match[str] | None
) -> re.Match[str] | None:
    """At least two words said of the exposed patient: the rest of the product's clause, the
    clause after a colon or dash ("Veltrana: pt's skin peeling"), else the clause before it
    less the words naming the exposure ("patient's eyes became red on")."""
    after = _CLAUSE_REST.match(sentence, product.end())
    if after is not None and len(_WORD.findall(after.group())) >= 2:
        return after
    following = re.compile(r"\s*[:\-–]\s*").match(sentence, after.end() if after else product.end())
    if following is not None:
        nxt = _CLAUSE_REST.match(sentence, following.end())
        if nxt is not None and len(_WORD.findall(nxt.group())) >= 2:
            return nxt
    before = _CLAUSE_REST.match(sentence, clause_start)
    if before is None or before.end() < product.start():
        return None
    words = sentence[clause_start : product.start()]
    if exposure is not None:
        words = words.rstrip()[: exposure.start()]
    return before if len(_WORD.findall(words)) >= 2 else None


def _prior_failure(sentence: str, m: re.Match[str], lex: Lexicon) -> bool:
    """A failure said of an earlier treatment or of another drug ("Otezla failed"), not ours."""
    if lex.context["prior_failure"].match(sentence, m.start()):
        return True
    before = sentence[: m.start()].split()[-1:]
    return bool(before) and _is_other_drug(before[0].strip(",;:()"), lex)


def _is_other_drug(word: str, lex: Lexicon) -> bool:
    return bool(lex.other_drugs.fullmatch(word)) or (
        len(word) >= 7 and word.lower().endswith(lex.drug_suffixes)
    )


_NORMAL_RESULT = re.compile(
    r"^[^.;!?]{0,40}?(?<!ab)\b(?:normal|wnl|within (?:normal )?(?:limits|range)|in range|"
    r"unremarkable|unchanged|stable)\b"
)


# A denial reaches no further than a new verb joined on: "without gloves and got a rash",
# "no fever, then developed hives" (NegEx's scope terminators).
_SCOPE_END = re.compile(
    r"\b(?:and|then|so|but|yet|which|who)\b (?:\w+ )?(?:got|had|has|developed|became|went|"
    r"started|needed|ended|complained|noticed|presented|broke|came|was|were|is|now)\b"
)


def _denies(lex: Lexicon, window: str) -> bool:
    """A negation in ``window`` whose scope runs to its end."""
    denials = list(lex.context["negation"].finditer(window))
    return bool(denials) and not _SCOPE_END.search(window, denials[-1].end())


def _negated(sentence: str, m: re.Match[str], lex: Lexicon) -> bool:
    if _GENERIC.match(m.group()) and _REPORTING_AFTER.match(sentence[m.end() :]):
        return True
    if lex.context["tests"].fullmatch(m.group()) and _NORMAL_RESULT.match(sentence[m.end() :]):
        return True  # "checked LFTs in her pt: normal"
    if any(p.start() <= m.start() < p.end() for p in lex.context["procedure"].finditer(sentence)):
        return True  # "admitted for a hernia repair": the stay is for the procedure
    if _ends_with(lex.context["intent_before"], _window_before(sentence, m.start(), 4).rstrip()):
        return True  # "planned a pregnancy", "to avoid nausea"
    if _denies(lex, _window_before(sentence, m.start(), 8)):
        return True
    clause = _window_before(sentence, m.start(), 40)
    if lex.context["negated_subject"].match(clause):
        return True
    if _ends_with(lex.context["benefit_before"], _window_before(sentence, m.start(), 2)):
        return True
    after = sentence[m.end() : m.end() + 30].lstrip()
    return bool(
        lex.context["negation_after"].match(after) or lex.context["benefit_after"].match(after)
    )


# Words that join the items of a list: "denies nausea, vomiting or abdominal pain".
_LIST_JOIN = re.compile(r"\s*(?:,|/)?\s*(?:(?:and|or|nor)\s+)?")


# A denial, then list items of up to three words each, up to the event: "denies low mood,
# anxiety and sleep problems" denies the last item too.
_DENIED_LIST = re.compile(
    r"\b(?:no|denies|denied|deny|denying|without|negative for|free of|absent)\s+"
    r"(?:[\w/'-]+(?:\s+[\w/'-]+){0,2}\s*(?:,\s*(?:(?:and|or|nor)\s+)?|\s+(?:and|or|nor)\s+)){1,6}$"
)


_LIST_JOIN_BEFORE = re.compile(r"(?:,|/|\band|\bor|\bnor)\s*$")


def _undenied(
    sentence: str, matched: Sequence[tuple[str, re.Match[str]]], lex: Lexicon
) -> list[tuple[str, re.Match[str]]]:
    """The event words not denied. A denial reaches along a list of event words ("no rash,
    itching or swelling"), across the commas that otherwise end its clause."""
    out: list[tuple[str, re.Match[str]]] = []
    previous_denied_end = -1
    for kind, m in matched:
        denied = (
            _negated(sentence, m, lex)
            or (
                previous_denied_end >= 0
                and _LIST_JOIN.fullmatch(sentence, previous_denied_end, m.start()) is not None
            )
            or (
                _LIST_JOIN_BEFORE.search(sentence, max(0, m.start() - 6), m.start()) is not None
                and _DENIED_LIST.search(sentence, max(0, m.start() - 160), m.start()) is not None
            )
        )
        previous_denied_end = m.end() if denied else -1
        if not denied:
            out.append((kind, m))
    return out


_NEGATED_VERB = re.compile(r"(?:n't|n’t|\bnot|\bnever)$")
_RELATIVE = re.compile(r"\b(?:who|that|which|whose)$")


def _asserted(sentence: str, m: re.Match[str], lex: Lexicon) -> bool:
    """The words at ``m`` tell what happened: not denied ("none of her pts have had", "haven't
    had") nor supposed ("if a pt took", "whether she developed"). A relative clause after a
    supposition still tells ("whether a patient who had a rash could restart")."""
    before = _window_before(sentence, m.start(), 6)
    if lex.context["negation"].search(before) or _NEGATED_VERB.search(before):
        return False
    return not lex.context["conditional"].search(before) or bool(_RELATIVE.search(before))


def _tells_of_a_case(sentence: str, lex: Lexicon, *, lenient: bool) -> bool:
    """A specific patient to whom something happened (or, for an inquiry, who is on the drug)."""
    if not lex.context["patient"].search(sentence):
        return False
    if any(_asserted(sentence, m, lex) for m in lex.context["actual"].finditer(sentence)):
        return True
    if any(
        not lex.context["negation"].search(_window_before(sentence, m.start(), 6))
        for m in lex.context["actual_time"].finditer(sentence)
    ):
        return True
    return lenient and any(
        _asserted(sentence, m, lex) for m in lex.context["ongoing"].finditer(sentence)
    )


def _in_scope(trigger: re.Pattern[str], sentence: str, m: re.Match[str]) -> bool:
    """An event after a hypothetical or inquiring word ("asked whether it could cause a rash"),
    or before one in the same clause ("liver problems are a risk"). An event told in a clause
    before the worry or the question ("hair coming out, asked if she should stop") stands."""
    for h in trigger.finditer(sentence):
        if h.start() < m.start():
            return True
        if not _CLAUSE_BREAK.search(sentence[m.end() : h.start()]) and not re.search(
            r"\s[-–]\s", sentence[m.end() : h.start()]
        ):
            return True
    return False


_ASIDE = re.compile(r"\([^()]*\?[^()]*\)")
_LABEL_WORDS = re.compile(r"\b(?:label|pi|smpc|leaflet|prescribing information|package insert)\b")


def _context_rules_out(
    sentence: str,
    lex: Lexicon,
    events: Sequence[tuple[str, re.Match[str]]] = (),
    *,
    about_a_patient: bool = False,
    patient_before: bool = False,
    product_heads: bool = False,
) -> bool:
    ctx = lex.context
    # A label named in an error ("read the label wrong", "the label said 20 mg but...") is no
    # figure from a label.
    kinds = {kind for kind, _ in events}
    # "(is that in label?)": a question aside in brackets frames nothing outside it.
    sentence = _ASIDE.sub(lambda b: " " * len(b.group()), sentence)
    setting = ctx["trial_setting"].search(sentence)
    # "although the label says fasting": in an error, the label is what was not followed.
    label_in_error = bool(kinds & _HANDLING_KINDS) and bool(
        setting and _LABEL_WORDS.search(setting.group())
    )
    if setting and not kinds <= _HANDLING_KINDS and not label_in_error:
        return True  # the patients are a trial's or a publication's
    if ctx["unrelated"].search(sentence):
        return True  # the reporter, or the timing, rules the product out
    label = ctx["label_or_trial"].search(sentence) and not kinds & _HANDLING_KINDS
    # An event told before a worry or a question, in a clause of its own, stands when the
    # sentence is about a patient ("pt storing pens in the freezer - Dr worried about...").
    patient = _specific_patient(sentence, lex)

    def framed_by(trigger: re.Pattern[str]) -> bool:
        return bool(trigger.search(sentence)) and (
            not patient or all(_in_scope(trigger, sentence, m) for _, m in events)
        )

    if (framed_by(ctx["hypothetical"]) or label) and not _tells_of_a_case(
        sentence, lex, lenient=False
    ):
        return True
    inquiry = framed_by(ctx["inquiry"]) or sentence.rstrip().endswith("?")
    if inquiry and not about_a_patient and not _tells_of_a_case(sentence, lex, lenient=True):
        return True
    # A relative's own illness ("pt's mother had seizures"), unless the relative is exposed
    # (a partner's pregnancy, a child who swallowed tablets, a husband on the drug, or our
    # product heading the sentence: "Glyvance - pt's dad has zero appetite").
    if (
        not kinds & _EXPOSURE_KINDS
        and not product_heads
        and ctx["relative_event"].search(sentence)
        and not ctx["relative_exposed"].search(sentence)
    ):
        return True
    # The HCP's own complaint, unless she is on our product herself ("she is 8 weeks pregnant
    # and has been on Kyraxa"): then she is the patient. So is the "he" of a sentence that
    # follows one about a patient ("...started on Kyraxa; two days later he had a seizure"). A
    # product handled wrongly is a case whoever handled it ("stabbed his own thumb with her pen").
    return bool(
        not patient_before
        and not kinds & _HANDLING_KINDS
        and ctx["hcp_self"].search(sentence)
        and not ctx["patient"].search(sentence)
        and not ctx["ongoing"].search(sentence)
    )


def _sentence_findings(
    sentence: str,
    original: str,
    products: re.Pattern[str] | None,
    fallback: Sequence[str],
    lex: Lexicon,
    terms: frozenset[int],
    about_a_patient: bool = False,
    previous: str = "",
    patients_before: bool = False,
    headed: bool = False,
) -> dict[tuple[str, str], list[str]]:
    """{(product, kind): [event words]} for one sentence, given lower-cased and as written.
    ``previous``, the sentence before (lower-cased): when it tells of a specific patient, a "she"
    or "he" opening this one is that patient ("...in a 15-year-old; she got an acne flare"); when
    it tells of our product's start, an event in this one followed it. ``patients_before``: an
    earlier sentence of the field spoke of patients, so a list item opening "one..." or "the
    other..." is one of them ("Neurevia pts: one fine; one stopped (nightmares)"). ``headed``:
    the field opens with our product as its heading ("Rheumora: DAS28 5.8 -> 5.6; Dr calls it a
    non-response"), so what each of its sentences tells is about that product."""
    matched = _event_matches(sentence, lex, terms)
    events = [
        (kind, m)
        for kind, m in _undenied(sentence, matched, lex)
        if not (kind == "lack_of_effect" and _prior_failure(sentence, m, lex))
    ]
    if not events:
        # What the structure finds must not bring back an event word denied in it ("pts on
        # Kyraxa have been rash-free"); a sentence that denies an event ("11 pts past six
        # months, not one infection") says nothing more of its patients than that.
        denied = [m.span() for _, m in matched]
        events = [
            (kind, m)
            for kind, m in _happening(sentence, lex, terms)
            or (_exposed_patient(sentence, products, lex) if not denied else [])
            if not any(m.start() <= s and e <= m.end() for s, e in denied)
        ]
    patient_before = bool(_PRONOUN_SUBJECT.match(sentence)) and _specific_patient(previous, lex)
    opening = products.match(sentence) if products is not None else None
    product_heads = opening is not None and bool(_HEADING_MARK.match(sentence, opening.end()))
    if not events or _context_rules_out(
        sentence,
        lex,
        events,
        about_a_patient=about_a_patient,
        patient_before=patient_before,
        product_heads=product_heads,
    ):
        return {}
    if products is not None and _before_our_product(sentence, products):
        return {}
    drugs = _drug_mentions(sentence, products, lex, original, [m.start() for _, m in events])
    company = [d for d in drugs if d.company]
    # "the rash turned out to be from amoxicillin": the reporter names another drug as the cause.
    blamed = any(
        not d.company
        and _ends_with(lex.context["blamed_before"], _window_before(sentence, d.start, 6))
        for d in drugs
    )
    if blamed and company and not any(_interacting(sentence, d, drugs, lex) for d in company):
        return {}
    # "after Glyvance was added, his INR on warfarin jumped": ours is what changed before it.
    started = [d for d in company if _started_before_event(sentence, d, lex)]
    named = [m.end() for m in products.finditer(sentence)] if products is not None else []
    out: dict[tuple[str, str], list[str]] = {}
    for kind, m in events:
        if any(
            end <= m.start() and _INDICATION_GAP.match(sentence[end : m.start()]) for end in named
        ):
            continue
        if kind == "adverse_event" and _INDICATION_AFTER.match(sentence, m.end()):
            continue  # "her migraine patients", "migraine days": the condition treated
        if kind in _HANDLING_KINDS and lex.context["not_used"].search(sentence):
            continue  # stock that never reached a patient ("expired boxes returned")
        if company:
            # The drug in the event's own clause first: "X gave two pts angioedema, so she is
            # glad Y has a clean record" puts the event on X though Y is nearer.
            nearest = min(
                drugs, key=lambda d: (_apart(sentence, d, m), _distance(d, m), not d.company)
            )
            if not nearest.company:
                nearest = min(company, key=lambda d: (_apart(sentence, d, m), _distance(d, m)))
                if nearest not in started and not _interacting(sentence, nearest, drugs, lex):
                    continue  # the event belongs to another company's drug
            names = [nearest.name]
        elif kind in _HANDLING_KINDS and named:
            # Samples dispensed past their date: the product was handled, not only discussed.
            names = list(dict.fromkeys(m.group() for m in products.finditer(sentence)))  # type: ignore[union-attr]
        elif drugs or named or not fallback or lex.context["other_cause"].search(sentence):
            continue  # another drug, or ours named only as considered: not the suspect
        elif (
            _specific_patient(sentence, lex)
            or patient_before
            or (patients_before and _ELLIPTIC_SUBJECT.match(sentence))
            or (_STARTED.search(previous) and products is not None and products.search(previous))
            or lex.context["drug_relation"].search(sentence)
            or headed
        ):
            names = list(fallback)
        else:
            continue
        for name in names:
            words = out.setdefault((name, kind), [])
            if original[m.start() : m.end()] not in words:
                words.append(original[m.start() : m.end()])
    return out


# "Rheumora started 6 wk ago; ANC now 0.8", "pt started fluconazole while on Neurevia; next day
# severe dizziness": the sentence before, naming our product, told of a start.
_STARTED = re.compile(r"\b(?:started|initiated|began|begun|restarted|commenced)\b")
# "she got...", "he's had...": the patient of the sentence before, when that one named a patient.
# A few words of time may come first: "on day 9 she experienced...", "two days later he...".
_PRONOUN_SUBJECT = re.compile(
    r"^(?:(?:and|then|now|on|by|within|after|at|the|next|that|a|two|three|few|day|days|week|weeks|"
    r"later|night|morning|\d+),? ){0,4}(?:she|he|they)(?:['’](?:s|d|ve))?\s"
)

# A list item whose subject is one of the patients told of before it: "one stopped (nightmares)",
# "the other had to come off", "2nd pt ...", "pt B ...".
_ELLIPTIC_SUBJECT = re.compile(
    r"^(?:and |but |then )?(?:one|another|the other|other one|a (?:second|third|fourth)|"
    r"(?:the )?(?:first|second|third|fourth|last|1st|2nd|3rd|4th|latest|newest)"
    r"(?: one| pt| patient)?|two|three|both|some|\d+|pt [a-z0-9#]|#\d|[b-hj-z](?=[:.)]? ))\b"
)

# The event placed before the product was ever taken ("was in 2021, before Rheumora", "before she
# ever filled the Glyvance"), with nothing after it saying it came back or got worse on it.
_BEFORE_PRODUCT = re.compile(
    r"\bbefore (?:(?:she|he|they|the (?:pt|patient)|pt|the patient) )?(?:(?:ever|even|first) )?"
    r"(?:(?:started|filled|took|began|went on|got|picked up|tried|was (?:put )?on|were (?:put )?on)"
    r"(?: on)? )?(?:the |her |his |their |any )?$"
)
_SINCE_ON_IT = re.compile(
    r"(?<!n't )(?<!not )(?<!never )"
    r"\b(?:since|after|now|worse|worsen\w*|again|recurr\w*|came back|returned|but|until|flared)\b"
)


def _before_our_product(sentence: str, products: re.Pattern[str]) -> bool:
    for m in products.finditer(sentence):
        if _BEFORE_PRODUCT.search(sentence[max(0, m.start() - 60) : m.start()]):
            return not _SINCE_ON_IT.search(sentence[m.end() :])
    return False


_GENERIC_PATIENTS = frozenset({"pts", "patients", "pateints", "paitents", "patinets"})


def _specific_patient(sentence: str, lex: Lexicon) -> bool:
    """A patient the sentence tells of ("a pt", "2 of her pts", "Mrs K"), not patients in
    general ("fatigue is what bothers pts most"): only the first can be a case when no drug
    is named."""
    return any(
        m.group() not in _GENERIC_PATIENTS for m in lex.context["patient"].finditer(sentence)
    )


_COMPARED = re.compile(r"[,;:]|\b(?:than|vs|versus|compared|instead|rather|not|or)\b")


def _interacting(sentence: str, ours: _Mention, drugs: Sequence[_Mention], lex: Lexicon) -> bool:
    """Our product and another drug joined as taken together ("X plus Y", "X with Y"), or the
    other named as taken beside it ("pt also on itraconazole") or added to it ("a 29-year-old on
    Neurevia developed serotonin toxicity after tramadol was added")."""
    for other in drugs:
        if other.company:
            continue
        if _ends_with(lex.context["comedication"], _window_before(sentence, other.start, 4)):
            return True
        if other.start > ours.end and _started_before_event(sentence, other, lex):
            return True
        gap = sentence[min(ours.end, other.end) : max(ours.start, other.start)]
        if len(gap.split()) > 4 or _COMPARED.search(gap):
            continue
        if lex.context["interaction"].search(gap):
            return True
    return False


_ADDED_AFTER = re.compile(
    r"\s+(?:was|were|got|had been|has been) (?:just |recently )?"
    r"(?:added|started|begun|initiated|introduced)\b"
)


def _started_before_event(sentence: str, ours: _Mention, lex: Lexicon) -> bool:
    """Our product named as the change the event followed ("after Glyvance was added", "since
    starting Kyraxa"): a suspect even when another drug is named nearer the event."""
    if _ADDED_AFTER.match(sentence, ours.end):
        return True
    return _ends_with(lex.context["started_before"], _window_before(sentence, ours.start, 6))


def _distance(d: _Mention, m: re.Match[str]) -> int:
    return max(d.start - m.end(), m.start() - d.end, 0)


def _apart(sentence: str, d: _Mention, m: re.Match[str]) -> bool:
    """A clause break lies between a drug and an event."""
    between = sentence[min(d.end, m.end()) : max(d.start, m.start())]
    return bool(_CLAUSE_BREAK.search(between))


def is_reported(text: str, lexicon: Lexicon | None = None) -> bool:
    """The text says the case went to PV ("sent to PV", "safety intake form"), not that it will."""
    lex = lexicon or default_lexicon()
    for sentence in split_sentences(_lower(text)):
        if sentence.rstrip().endswith("?"):
            continue  # "has this been reported to PV?" asks, it does not say
        for m in lex.reported.finditer(sentence):
            if not lex.unreported.search(_window_before(sentence, m.start(), 5)):
                return True
    return False


def note_elements(
    text: str, case_sentences: Sequence[str], lexicon: Lexicon | None = None
) -> dict[str, bool]:
    """Which of the four elements of a valid case the note holds. The patient may be named
    anywhere in the note; the reporter is the HCP of record unless a sentence telling of the case
    passes on hearsay ("heard from a colleague that..."). Product and event come with a finding."""
    lex = lexicon or default_lexicon()
    return {
        "patient": bool(lex.context["patient"].search(_lower(text))),
        "reporter": not any(lex.context["hearsay"].search(_lower(s)) for s in case_sentences),
        "product": True,
        "event": True,
    }


def _product_pattern(products: Collection[str]) -> re.Pattern[str] | None:
    return _compiled_products(frozenset(p.strip() for p in products if p and p.strip()))


@cache
def _compiled_products(names_set: frozenset[str]) -> re.Pattern[str] | None:
    names = sorted(names_set, key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.I)


@cache
def _names(
    products: tuple[str, ...], aliases: tuple[tuple[str, str], ...]
) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """Every name of the company's products (casefolded -> product) and one pattern for them:
    built once per product list, not once per note (callers must not change the dict)."""
    canonical = {**{a.casefold(): p for a, p in aliases}, **_canonical(products)}
    return canonical, _product_pattern([*canonical.values(), *(a for a, _ in aliases)])


def _canonical(products: Collection[str]) -> dict[str, str]:
    return {p.strip().casefold(): p.strip() for p in products if p and p.strip()}


@cache
def _misspellings(names: frozenset[str]) -> dict[str, str]:
    """Every spelling one slip away from a product name of six letters or more (a letter
    dropped, doubled, swapped with its neighbour or mistyped): "Zelvorra", "Kyrxaa", "Veltrna"
    -> the name. Product names are coined words, so a slip seldom makes another real one."""
    out: dict[str, str] = {}
    for name in names:
        if len(name) < 6 or not name.isalpha():
            continue
        variants = set()
        for i in range(len(name)):
            variants.add(name[:i] + name[i + 1 :])
            variants.add(name[:i] + name[i] + name[i:])
            variants.update(name[:i] + c + name[i + 1 :] for c in "abcdefghijklmnopqrstuvwxyz")
            if i + 1 < len(name):
                variants.add(name[:i] + name[i + 1] + name[i] + name[i + 2 :])
        for v in variants - names:
            out.setdefault(v, name)
    return out


def _with_misspellings(text: str, canonical: dict[str, str]) -> dict[str, str]:
    """``canonical`` plus the slips of its names that ``text`` holds (slip -> product)."""
    slips = _misspellings(frozenset(canonical))
    found = {t: canonical[slips[t]] for t in set(_TOKEN.findall(_lower(text))) if t in slips}
    return {**canonical, **found} if found else canonical


def _rules_out_the_one_before(sentence: str, lex: Lexicon, terms: frozenset[int]) -> bool:
    """A sentence that only says the event before it is unrelated ("Broke an ankle; Dr says
    unrelated to it."): it speaks of no event of its own."""
    low = _lower(sentence)
    return bool(lex.context["unrelated"].search(low)) and not _event_matches(low, lex, terms)


# "Veltrana (zoravetinib)", "zoravetinib (Veltrana)": how the company's own material gives a
# product's other name. One lower-case word, not an English word by its ending ("(tablets)").
_ALIAS_WORD = r"[a-z]{6,}"
_NOT_ALIAS = re.compile(r"(?:ion|ions|ed|ing|ly|ous|ive|able|ible|ment|ness|ity|ets|ules|ers|al)$")


def generic_names(texts: Sequence[str], products: Collection[str]) -> dict[str, str]:
    """Other names (generics) the company's content gives its products: {"zoravetinib":
    "Veltrana"}. A note that names a product only by its generic still names the company's
    product; without this the generic would read as another company's drug."""
    out: dict[str, str] = {}
    names = [p.strip() for p in products if p and p.strip()]
    if not names:
        return out
    brand = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pairs = re.compile(
        rf"(?<!\w)({brand})\s*\(\s*({_ALIAS_WORD})\s*\)|(?<![\w-])({_ALIAS_WORD})\s*\(\s*({brand})\s*\)",
        re.I,
    )
    canonical = _canonical(names)
    for text in texts:
        for m in pairs.finditer(text or ""):
            product, alias = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            if alias != alias.lower() or _NOT_ALIAS.search(alias) or alias.casefold() in canonical:
                continue
            out.setdefault(alias, canonical[product.casefold()])
    return out


def assess(
    fields: Mapping[str, str | None],
    products: Collection[str],
    row_products: Sequence[str] = (),
    lexicon: Lexicon | None = None,
    aliases: Mapping[str, str] | None = None,
) -> Assessment:
    """Possible cases in one record's free-text ``fields`` ({"notes": ..., "subject": ...}).

    ``products`` are the company's products (every name prepcli knows from content, interactions
    and restricted lists); ``row_products`` the ones the record is about, used when a sentence
    speaks of a patient or of treatment without naming the drug; ``aliases`` other names of
    those products (generic -> product, see ``generic_names``), found as the product."""
    lex = lexicon or default_lexicon()
    canonical, pattern = _names(tuple(products), tuple((aliases or {}).items()))
    row_company = [canonical[p.casefold()] for p in row_products if p.casefold() in canonical]
    findings: list[Finding] = []
    for name, text in fields.items():
        if not text:
            continue
        names = _with_misspellings(text, canonical)
        if names is not canonical:
            pattern, canonical = _product_pattern(names), names
        low = _lower(text)
        # Only the terms that match the whole text are tried sentence by sentence.
        terms = lex.finder.matching(low, lex.finder.candidates(low))
        if not terms and (pattern is None or not pattern.search(text)):
            continue  # most notes: no product and no event word, nothing more to do
        named_in_field = (
            list(dict.fromkeys(canonical[m.group().casefold()] for m in pattern.finditer(text)))
            if pattern
            else []
        )
        fallback = named_in_field or row_company
        # "Is X reported with Y? Asking because of a patient of mine": the question is a case.
        about_a_patient = bool(lex.context["about_a_patient"].search(low))
        sentences = split_sentences(text)
        opening = pattern.match(text.lstrip()) if pattern is not None else None
        headed = opening is not None and bool(_HEADING_MARK.match(text.lstrip(), opening.end()))
        for n, sentence in enumerate(sentences):
            low_sentence = _lower(sentence)
            # Asked only of a sentence that opens like a list item: most never do.
            patients_before = bool(_ELLIPTIC_SUBJECT.match(low_sentence)) and any(
                lex.context["patient"].search(_lower(s)) for s in sentences[:n]
            )
            found = _sentence_findings(
                low_sentence,
                sentence,
                pattern,
                fallback,
                lex,
                terms,
                about_a_patient,
                previous=_lower(sentences[n - 1]) if n else "",
                patients_before=patients_before,
                headed=headed,
            )
            later = sentences[n + 1] if n + 1 < len(sentences) else ""
            if found and later and _rules_out_the_one_before(later, lex, terms):
                continue
            for (product, kind), words in found.items():
                findings.append(
                    Finding(
                        field=name,
                        product=canonical.get(product.casefold(), product),
                        kind=kind,
                        event="; ".join(words),
                        sentence=sentence,
                    )
                )
    whole = "\n".join(t for t in fields.values() if t)
    return Assessment(
        findings=tuple(findings),
        reported=is_reported(whole, lex) if findings else False,
        elements=note_elements(whole, [f.sentence for f in findings], lex) if findings else {},
    )
