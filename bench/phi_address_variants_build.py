"""Build bench/phi_address_variants.jsonl: address variants for issue 18, written by hand.

Each snippet is a call-note sentence around an address laid out as a country's postal
administration describes it (the UPU's "Postal addressing systems" pages, one per member
country, and the national posts' own guides, cited per case), or a negative holding what an
address rule could swallow (institutions, products with doses, lot numbers, dates, times,
clinicians). Written before any rule was changed for them; the first, untuned score is
recorded in the commit that added them. Addresses are invented; their layout is the source's.

Marks: [[...]] is an ADDRESS, {{...}} a PATIENT-NAME, <<...>> an HCP (kept).
Run: python bench/phi_address_variants_build.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent / "phi_address_variants.jsonl"
UPU = "https://www.upu.int/en/Postal-Solutions/Programmes-Services/Addressing-Solutions"
WIKI = "https://en.wikipedia.org/wiki/Address"
LIBADDR = "https://github.com/google/libaddressinput/wiki/AddressValidationMetadata"

# (group, source url, record, marked text)
CASES: list[tuple[str, str, str, str]] = [
    # street words in other languages, with the house number beside them
    (
        "round1:street_words",
        UPU,
        "Estonia: street, house number; postcode before town",
        "Pt's daughter lives at [[Metsa tee 14, 76505 Saue]], will collect the starter kit.",
    ),
    (
        "round1:street_words",
        UPU,
        "Estonia: maantee, house/flat",
        "Courier for {{Kalle Tamm}} goes to [[Tartu mnt 83-12, 10115 Tallinn]].",
    ),
    (
        "round1:street_words",
        UPU,
        "Hungary: körút with number and floor/door",
        "Beteg címe [[Szent István krt. 21. II/5, 1137 Budapest]] - delivered Mon.",
    ),
    (
        "round1:street_words",
        UPU,
        "Hungary: rakpart, town first line",
        "Patient moved: [[Budapest, Belgrád rakpart 9., 1056]].",
    ),
    (
        "round1:street_words",
        UPU,
        "Finland: compound -katu, staircase and flat, postcode town",
        "Sample kit returned from [[Hämeenkatu 14 B 22, 33100 Tampere]] yesterday.",
    ),
    (
        "round1:street_words",
        UPU,
        "Finland: compound -tie, staircase and flat",
        "Home nurse visits [[Koivistontie 3 A 5]] twice a week, per {{Aino Virtanen}}.",
    ),
    (
        "round1:street_words",
        UPU,
        "Turkey: Cadde/Sokak with No:",
        "Hastanın adresi [[Atatürk Cad. No: 112 D:4, 35220 Konak/İzmir]], iletildi.",
    ),
    (
        "round1:street_words",
        UPU,
        "Turkey: Sokak and Mahalle",
        "Pt {{Elif Şahin}} - [[Gül Sokak No 7, Moda Mah., Kadıköy]] - asked about copay.",
    ),
    (
        "round1:street_words",
        UPU,
        "Romania: Strada, bloc, apartament",
        "Adresa pacientului: [[Str. Florilor nr. 12, bl. A3, ap. 14, Cluj-Napoca 400123]].",
    ),
    (
        "round1:street_words",
        UPU,
        "Romania: Bulevardul",
        "Kit sent to [[Bulevardul Unirii 45, București 030119]] on the 4th.",
    ),
    (
        "round1:street_words",
        UPU,
        "Croatia: ulica after name",
        "Pacijent živi u [[Ilica 242, 10000 Zagreb]]; call before noon.",
    ),
    (
        "round1:street_words",
        UPU,
        "Serbia: Bulevar",
        "Isporuka na [[Bulevar kralja Aleksandra 73, 11000 Beograd]] potvrđena.",
    ),
    (
        "round1:street_words",
        UPU,
        "Iceland: -vegur compound, 3-digit postcode",
        "Patient's home [[Laugavegur 77, 101 Reykjavík]] - needs the Icelandic leaflet.",
    ),
    (
        "round1:street_words",
        UPU,
        "Lithuania: pr. (prospektas) after name, LT- postcode",
        "Siuntinys: [[Gedimino pr. 20-5, LT-01103 Vilnius]].",
    ),
    (
        "round1:street_words",
        UPU,
        "Latvia: iela",
        "Pt address [[Brīvības iela 120-7, Rīga, LV-1001]].",
    ),
    (
        "round1:street_words",
        UPU,
        "Czech: náměstí",
        "Vzorky doručit na [[Náměstí Míru 9, 120 00 Praha 2]].",
    ),
    (
        "round1:street_words",
        UPU,
        "Slovenia: cesta",
        "Pt {{Maja Kovač}} now at [[Celovška cesta 150, 1000 Ljubljana]].",
    ),
    (
        "round1:street_words",
        UPU,
        "Portugal: Travessa, postcode NNNN-NNN",
        "Carta para [[Travessa do Carmo 4, 2º Esq., 1200-095 Lisboa]] devolvida.",
    ),
    (
        "round1:street_words",
        UPU,
        "Italy: Vicolo with town and province",
        "Paziente in [[Vicolo Stretto 6, 40125 Bologna BO]] richiede il kit.",
    ),
    (
        "round1:street_words",
        UPU,
        "Spain: Paseo with floor",
        "Enviar a [[Paseo de Gracia 21, 4º 2ª, 08007 Barcelona]].",
    ),
    (
        "round1:street_words",
        UPU,
        "Poland: osiedle",
        "Pacjent: [[os. Piastów 12/44, 31-624 Kraków]].",
    ),
    (
        "round1:street_words",
        UPU,
        "Netherlands: -kade compound, NNNN AA",
        "Returned via [[Prinsengracht 263, 1016 GV Amsterdam]] - relative's home.",
    ),
    (
        "round1:street_words",
        UPU,
        "Norway: gate separate, 4-digit postcode",
        "Courier to [[Kirkegata 15, 0153 Oslo]] for the patient's son.",
    ),
    (
        "round1:street_words",
        UPU,
        "Denmark: Vej separate word",
        "Pt's flat is at [[Gammel Kongevej 60, 1850 Frederiksberg C]].",
    ),
    # layouts with no street word
    (
        "round1:layouts",
        UPU,
        "town and postcode after 'in', no street",
        "Patient's sister is in [[Vaasa 65100]] now and will take over the injections.",
    ),
    (
        "round1:layouts",
        UPU,
        "postcode-first town after 'to'",
        "{{Rui Costa}} moved to [[4050-234 Porto]] last spring.",
    ),
    (
        "round1:layouts",
        UPU,
        "town + postcode on its own line",
        "New contact for the carer:\n[[Ringsted 4100]]\nprefers e-mail.",
    ),
    (
        "round1:layouts",
        UPU,
        "continental street name number, postcode town (no street word)",
        "Delivered to [[Zmajevac 4, 18300 Pirot]] on Tuesday, signed by the wife.",
    ),
    (
        "round1:layouts",
        UPU,
        "multi-line block with country and postcode",
        "Send the travel letter to:\n[[Kuusiku 14\nKorter 3\nRapla\nEstonia 79513]]\nThanks.",
    ),
    (
        "round1:layouts",
        UPU,
        "multi-line block ending in country alone",
        "Pt relocating abroad, new address\n[[Rruga e Kavajës 52\nTiranë 1001\nAlbania]]",
    ),
    (
        "round1:layouts",
        UPU,
        "postcode-town then country on one line",
        "Mail to [[Rämistrasse 71, 8006 Zürich, Switzerland]] after discharge.",
    ),
    (
        "round1:layouts",
        UPU,
        "Brazil CEP after city",
        "Paciente mora na [[Rua Augusta 1500, apto 32, São Paulo - SP, 01304-001]].",
    ),
    (
        "round1:layouts",
        LIBADDR,
        "Argentina: street number, postcode locality",
        "Domicilio [[Av. Santa Fe 3253, C1425BGH Buenos Aires]], enviar muestra.",
    ),
    (
        "round1:layouts",
        UPU,
        "Greece: Odos, postcode NNN NN",
        "Διεύθυνση [[Ερμού 25, 105 63 Αθήνα]] για τον ασθενή.",
    ),
    (
        "round1:layouts",
        UPU,
        "Sweden: town in capitals after postcode",
        "Pt moved to [[Björkvägen 8, 523 33 ULRICEHAMN]] in May.",
    ),
    (
        "round1:layouts",
        UPU,
        "Belgium: postcode town, number before bus",
        "Retour à [[Rue Haute 120 bte 3, 1000 Bruxelles]], la fille signe.",
    ),
    # negatives: what must not be swallowed
    (
        "round1:negatives",
        "",
        "institution with a number and a town",
        "Met <<Dr. Anneli Kask>> at Tartu University Hospital, Ward 3, about the 2025 protocol.",
    ),
    (
        "round1:negatives",
        "",
        "product and dose after 'in'",
        "Two patients in Glyvance 20 mg arm switched to 40 mg in Week 12.",
    ),
    (
        "round1:negatives",
        "",
        "lot numbers and a clinic",
        "Lot 4471 and Lot 4472 shipped to Mayo Clinic pharmacy, expiry 03/2027.",
    ),
    (
        "round1:negatives",
        "",
        "city and year, study code",
        "Advisory board in Lisbon 2026; study VX-2201 readout in Q3 2025.",
    ),
    (
        "round1:negatives",
        "",
        "conference with city and a count",
        "At ESMO in Barcelona 1200 posters; <<Prof. Lena Haug>> presented 3 of them.",
    ),
    (
        "round1:negatives",
        "",
        "time and room",
        "Lunch and learn at 12:30 in Room 204, Helsinki office; 15 attendees.",
    ),
    (
        "round1:negatives",
        "",
        "dose schedule with numbers",
        "Titrate Veltrana 50 mg to 100 mg over 14 days, then 150 mg daily.",
    ),
    (
        "round1:negatives",
        "",
        "institution street-word lookalike",
        "Call with <<Dr. Kowalski>> from Park Hospital, Line 2 therapy discussed for 45 min.",
    ),
    (
        "round1:negatives",
        "",
        "company name with city and postcode-looking code",
        "Order via Pharmakon Distribution Tallinn, account 10115, invoice 2024-118.",
    ),
    (
        "round1:negatives",
        "",
        "percentages and counts after 'to'",
        "Response rose to 62 percent; enrolment went to Cohort 4 with 38 patients.",
    ),
]

_MARK_RE = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}|<<(.+?)>>", re.S)
_TYPES = ("ADDRESS", "PATIENT-NAME", "HCP")


def _parse(marked: str) -> tuple[str, list[dict]]:
    text, spans, pos = [], [], 0
    out_len = 0
    for m in _MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        text.append(before)
        out_len += len(before)
        kind = next(i for i in range(3) if m.group(i + 1) is not None)
        value = m.group(kind + 1)
        spans.append(
            {"start": out_len, "end": out_len + len(value), "type": _TYPES[kind], "text": value}
        )
        text.append(value)
        out_len += len(value)
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), spans


def main() -> None:
    with OUT.open("w", encoding="utf-8") as f:
        for group, url, record, marked in CASES:
            text, spans = _parse(marked)
            source = {"repo": "", "commit": "", "path": "", "url": url, "record": record}
            case = {"text": text, "spans": spans, "source": source, "group": group}
            f.write(json.dumps({**case, "split": "variants"}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
