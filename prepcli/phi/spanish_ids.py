"""Record, episode, beneficiary and social-security numbers in Spanish running text.

Spanish notes name a patient's numbers in a sentence rather than a field: "identificada con el
número de historia clínica HC-0047712", "el número de beneficiario de la mutua es
MF-44712093", "queda registrado bajo el identificador EP-2023-118845", "número de afiliación a
la Seguridad Social 28 12345678 40". The words between the noun and its value change with
every sentence, so the noun is read as the cue and the value by its shape, a few words on in
the same clause. The shapes: a hospital's letters and digits ("HC-2024-0047", "AN0123456789",
the Tarjeta Sanitaria's CIP-SNS "BBBBBBBBQR648597"), a register's digit groups (the Seguridad
Social's NUSS: province, sequence, control, "28/12345678/40"), a DNI-like number and letter.
References: es.wikipedia.org "Número de la Seguridad Social" (12 digits, control = mod 97),
Ministerio de Sanidad "Tarjeta Sanitaria Individual" (CIP-SNS), Andalucía's NUHSA.

With no noun, a hospital's code of letters, a dash and digits after an article ("se verifica
que el B-87654321 se encuentra activo", "asociado al HC-2024-789432") is a record number, and
ten digits or more in groups after "el"/"bajo el" a register's ("recibidos bajo el 46 08 28
123 45"): Spanish sentences put an article before such a number, and never before a dose, a
date or a phone.
"""

from __future__ import annotations

import re

from prepcli.phi.spans import Span

# The nouns that name a patient's number in Spanish (any case, with or without accents).
_NOUN = (
    r"n[úu]mero|n\.?[º°]|c[óo]digo|identificador|identificativo|referencia|documento|p[óo]liza"
    r"|episodio|expediente|afiliaci[óo]n|aseguramiento|beneficiari[oa]|tarjeta[ \t]+sanitaria"
    r"|historia[ \t]+cl[íi]nica|nuss|naf|nuhsa|cip(?:-sns)?|nhc|id_[a-z_]+|id"
)
# A hospital's code: letters (a dash may follow), then digits with dashes, a check letter or
# digit; or a year, letters and a sequence ("2024-EP-778812"); a DNI-like number and letter.
_CODE = (
    # a regional health card's CIP with its four letters apart from the digits (CatSalut's
    # surname letters, then sex, birth date and a check: "MRGR 1610305003", "BBBB 123456 78")
    r"[A-Z]{4}(?:[ ]\d{2,10}){1,3}(?![ ]?\d)"
    r"|[A-Z]{1,10}(?:-[A-Z]{1,5})?-?\d+[A-Z]?(?:-(?:\d+|[A-Z]))*"
    r"|\d{4}-[A-Z]{1,4}-\d{4,}"
    r"|\d{7,9}-?[A-Z]"
)
# A register's digits: one run or groups apart by a space, a slash or a dash (a check digit
# may close them alone: "46 08 20 12345 6").
_GROUPS = r"\d{2,}(?:[ /-]\d{2,}){0,4}(?:[ ]\d(?![\d.,]))?"
_VALUE = rf"(?P<v>(?:{_CODE}|{_GROUPS}))(?![\w/-]|[.,]\d)"
_CUED_RE = re.compile(
    rf"\b(?i:{_NOUN})\b(?P<between>(?:[ \t]+(?!\d)[^\s\d.;:]+){{0,9}}?)[ \t]*:?[ \t]*\**[ \t]*"
    + _VALUE
)
# (markdown's bold may wrap the number: "el ** E-28-9876543-1**")
_ARTICLE_RE = re.compile(r"\b(?:[Ee]l|al|del|[Bb]ajo[ \t]+el|es|con)[ \t]+(?:\*+[ \t]*)?" + _VALUE)
# What a noun numbers that is no patient's: a phone, a postcode, a product's lot or series, a
# barcode, an order or invoice, a clinician's registration ("número de colegiado"), a law.
_NOT_PERSONAL = re.compile(
    r"(?i:tel[ée]fono|m[óo]vil|fax|contacto(?![ \t]+asistencial)|postal|lote|serie|barras"
    r"|pedido|factura|albar[áa]n"
    r"|colegiad|colegiaci[óo]n|decreto|orden|ley|art[íi]culo|cuenta|iban|tarjeta[ \t]+de[ \t]+cr"
    r"|matr[íi]cula|veh[íi]culo|autos|procedimiento|recurso|sentencia|judicial)"
)
_SSN_NOUN_RE = re.compile(
    r"(?i:afiliaci|aseguramiento|seguridad[ \t]+social|nuss|naf|dni|nie|identidad)"
)
# Spanish words only: gate for the cued pattern.
_CUE_HINTS = (
    "número", "numero", "código", "codigo", "identifica", "referencia", "documento", "póliza",
    "poliza", "episodio", "expediente", "afiliaci", "aseguramiento", "beneficiari", "nuss",
    "nuhsa", "cip", "nhc", "historia", "id_", "nº", "n.º", "tarjeta",
)  # fmt: skip
_DATE_RE = re.compile(r"\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|(?:19|20)\d{2}[/-]\d{1,2}(?:[/-]\d{1,2})?")


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def spanish_ids(text: str, low: str) -> list[Span]:
    """MRN- and SSN-type spans for Spanish patients' numbers (module docstring)."""
    spans: list[Span] = []
    if any(h in low for h in _CUE_HINTS):
        for m in _CUED_RE.finditer(text):
            value = m.group("v")
            lead = text[max(0, m.start() - 12) : m.start()] + m.group()[: m.start("v") - m.start()]
            if _NOT_PERSONAL.search(lead) or _DATE_RE.fullmatch(value):
                continue
            # (a bare run needs the length of a record's number: "número 3" is a count)
            if _digits(value) < (6 if any(c.isalpha() for c in value) else 7):
                continue
            kind = "SSN" if _SSN_NOUN_RE.search(m.group()) else "MRN"
            spans.append(Span(m.start("v"), m.end("v"), kind))
    if any(w in low for w in (" el ", " al ", " del ", " es ", " con ")):
        for m in _ARTICLE_RE.finditer(text):
            value = m.group("v")
            letters = any(c.isalpha() for c in value)
            if letters and "-" in value and value[0].isalpha() and _digits(value) >= 6:
                spans.append(Span(m.start("v"), m.end("v"), "MRN"))
            elif not letters and " " in value and _digits(value) >= 10:
                spans.append(Span(m.start("v"), m.end("v"), "SSN"))
    return spans
