"""Court docket numbers: a court's, never a patient's.

Letters of other countries cite rulings by their docket ("Aktenzeichen", "sygnatura akt",
"autos"), written as a case number over its year after a division's numeral and a register's
letters: Germany's "1 BvR 2835/17" (the Federal Constitutional Court's first senate, register
BvR), "VI ZR 123/20" (the Federal Court of Justice's sixth civil senate), "L 5 KR 456/18";
Poland's "II FSK 1234/22", "I ACa 123/19", "K 12/19" (de.wikipedia.org "Aktenzeichen
(Deutschland)", pl.wikipedia.org "Sygnatura akt"); Spain's "autos 345/2022", "procedimiento
abreviado 78/2023", "recurso de casación n.º 1234/2022". Number-over-year values after an
acronym read as an identifier's label, and register letters in capitals read as a name, so
the spans here are off limits to both.
"""

from __future__ import annotations

import re

from prepcli.phi.spans import Span

_NUMBER_YEAR = r"\d{1,6}/(?:\d{2}|(?:19|20)\d{2})(?![\w/])"
# A division's numeral (Roman or Arabic; a German social court's "L 5"), the register's
# letters (one to three words of up to four letters, capitalised), the number over its year.
# (the court's acronym may lead: "BGH, VI ZR 123/20")
_REGISTER_RE = re.compile(
    r"(?<![\w/.-])(?:[A-Z]{2,6},?[ \t]+)?(?:[A-Z][ \t]+)?(?:[IVX]{1,5}|\d{1,2})[ \t]+"
    r"[A-Z][A-Za-z]{0,3}(?:[ \t]+[A-Z][A-Za-z]{0,3}){0,2}[ \t]+" + _NUMBER_YEAR
)
# A docket's word before it, whatever stands between (a court's acronym, "n.º"): "sygn. akt",
# "Az.", "Aktenzeichen", "Urteil", "wyrok", "autos", "recurso de casación".
_CUED_RE = re.compile(
    r"\b(?:(?i:sygn(?:atura)?\.?(?:[ \t]+akt)?|az\.?|aktenzeichen|gesch[äa]ftszeichen"
    r"|urteils?|beschlusse?s?|wyrok(?:u|iem)?|postanowieni[ea]|uchwał[aey]|autos"
    r"|procedimiento(?:[ \t]+abreviado|[ \t]+ordinario)?|recurso(?:[ \t]+de[ \t]+[^\W\d_]+)?"
    r"|diligencias(?:[ \t]+previas)?|sumario|rollo|sentencia|expediente[ \t]+judicial))"
    r"[ \t]*:?(?:[ \t]+(?:des[ \t]+)?[A-Z][A-Za-z]{0,4}\b\.?,?){0,3}[ \t]*"
    r"(?:(?i:n\.?[º°]\.?|núm\.?|nr\.?)[ \t]*)?(?P<d>" + _NUMBER_YEAR + ")"
)
# (the gates: a docket's number over its year needs a slash; its words the cue)
_CUE_WORDS = (
    "sygn", "az", "aktenzeichen", "geschäftszeichen", "geschaftszeichen", "urteil", "beschluss",
    "wyrok", "postanowien", "uchwał", "autos", "procedimiento", "recurso", "diligencias",
    "sumario", "rollo", "sentencia", "expediente",
)  # fmt: skip


def docket_spans(text: str, low: str) -> list[Span]:
    """The docket numbers in ``text`` (``low``: the text folded, for the cue's gate)."""
    if "/" not in text:
        return []
    spans = [Span(m.start(), m.end(), "DOCKET") for m in _REGISTER_RE.finditer(text)]
    if any(w in low for w in _CUE_WORDS):
        spans += [Span(m.start("d"), m.end("d"), "DOCKET") for m in _CUED_RE.finditer(text)]
    return spans
