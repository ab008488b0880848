"""Postal addresses, US and international, on one line or over several.

An address is found from an anchor (a numbered street, a P.O. box or military box, an
apartment or suite, an "address:" cue) and then grown over the following comma- or
line-separated parts while they still look like address parts: apartment, city, region code,
postcode, country. That growth is what keeps the city, postcode and country of a multi-line
address from being left behind.

Libraries weighed (bench/phi_address_parsers.py; bench/PHI.md has the figures): pyap 0.3.1,
its maintained fork pyap2 0.2.20 (argyle-engineering/pyap, MIT) and commonregex 1.5.4 find
US/CA/GB addresses in free text, but on the tune part, every development set and six rounds
of English-speaking countries' addresses written for it, added to these rules they find no
address the rules miss, and pyap2 costs 0.9-2.3x the whole scrubber's time. usaddress labels
the parts of a string already known to be an address; it does not find one in free text.

Layouts of the English-speaking countries beyond the street (no outside list: written from
the posts' own addressing guides): bags and boxes ("Private Bag X12", "Locked Bag 7", RMB,
military ships and ZIP+4), rural deliveries ("RD 3", "RR 1 Site 5 Comp 12"), South African
erven, stands, extensions and farms, Singapore S-codes and units before the block, Philippine
barangays, Indian villages, quarters, wards and block-letter houses, Irish counties after a
town, British houses known by their name and flats known by their floor, developments named
after a flat, lower-case British, Canadian, Australian and New Zealand tails, a landmark
closing an address, a street someone lives on.

Street words of 60 languages come from libpostal's dictionaries (street_words.py); a town and
its postcode with no street is found after "in/at/to" or on a line of its own (_towns).
Layouts with no street word at all are read by their shape: a name, a number and a town after
a comma (_named_streets), a house number before an Indian locality, a British named building,
a landmark between street and town, and Japanese, Chinese and Korean administrative units
(cjk_addresses.py).

A patient's town alone is an address too: HIPAA's Safe Harbor removes every geographic unit
smaller than a state, so a town after a living cue goes ("lives in Dayton", "woonachtig te
Zwolle", "domiciliée à Nantes"); a state or a country stays. A company's seat cited after its
product ("Omnipaque 300, GE Healthcare, Oslo, Norway") is no one's address.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources

from prepcli.phi.cjk_addresses import find_cjk_addresses
from prepcli.phi.companies import COMPANIES
from prepcli.phi.dates import TENS_WORDS, UNIT_WORDS
from prepcli.phi.spans import folded, letter_runs, words_of
from prepcli.phi.street_words import find_streets, street_words
from prepcli.phi.words import common, everyday

# USPS Publication 28 street suffixes (the common ones) and their abbreviations.
_US_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl"
    r"|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Squares|Sq|Pike|Row"
    r"|Loop|Plaza|Alley|Bend|Bluff|Bluffs|Branch|Bridge|Brook|Brooks|Burg|Bypass|Camp|Canyon"
    r"|Cape|Causeway|Center|Centers|Cliff|Cliffs|Club|Common|Commons|Corner|Corners|Course"
    r"|Courts|Cove|Coves|Creek|Crescent|Crest|Crossing|Crossroad|Curve|Dale|Dam|Divide|Drives"
    r"|Estate|Estates|Expressway|Extension|Extensions|Falls|Ferry|Field|Fields|Flat|Flats"
    r"|Ford|Fords|Forest|Forge|Forges|Fork|Forks|Fort|Freeway|Garden|Gardens|Gateway|Glen"
    r"|Glens|Green|Greens|Grove|Groves|Harbor|Harbors|Haven|Heights|Hill|Hills|Hollow|Inlet"
    r"|Island|Islands|Isle|Junction|Junctions|Key|Keys|Knoll|Knolls|Lake|Lakes|Landing|Light"
    r"|Lights|Lock|Locks|Lodge|Manor|Manors|Meadow|Meadows|Mews|Mill|Mills|Mission|Motorway"
    r"|Mount|Mountain|Mountains|Neck|Orchard|Oval|Overpass|Park|Parks|Pass|Passage|Path|Pine"
    r"|Pines|Plain|Plains|Point|Points|Port|Ports|Prairie|Radial|Ramp|Ranch|Rapid|Rapids|Rest"
    r"|Ridge|Ridges|River|Roads|Route|Shoal|Shoals|Shore|Shores|Skyway|Spring|Springs|Spur"
    r"|Spurs|Station|Stravenue|Stream|Streets|Summit|Throughway|Trace|Track|Trafficway"
    r"|Tunnel|Turnpike|Underpass|Union|Unions|Valley|Valleys|Viaduct|View|Views|Village"
    r"|Villages|Ville|Vista|Walk|Walks|Wall|Ways|Well|Wells)"
)
# Thoroughfare words of British and Irish addresses that USPS does not list ("27 Harrow Close",
# "7 Kings Parade", "9 Kestrel Rise"; Royal Mail's PAF descriptors): only after a house number
# and a capitalised name, so "close" and "cross" in prose stay.
_UK_SUFFIX = (
    r"(?:Close|Rise|Parade|Wynd|Chase|Croft|Drove|Vale|Yard|Wharf|Quay|Approach|Broadway"
    r"|Embankment|Esplanade|Promenade|Mead|Garth|Cross)"
)
# Continental street words: as a word ending (Parijsstraat, Kiannonkatu) or a leading word
# (Rue de Tanger, ul. Narewska).
_EU_ENDINGS: tuple[str, ...] = tuple(
    """straat strasse straße str. gade gaden vej vejen katu kuja tie gatan gata vägen väg veien
    vei vegen laan lei weg gasse platz plein allee dreef kade gracht steeg torget utca út stræde
    straede stig ring ulica gränd bakken polku rinne kaari tori markt strjitte singel dijk dyk
    plantsoen gt.""".split()
)  # ("gt.": Norway's gate cut short, "Storgt. 5")
_EU_LEADING_WORDS = frozenset(
    """rue avenue av. via viale piazza piazzale corso largo vicolo calle avenida avda. rua
    travessa praça plaza paseo camino carrer ul. ulica al. aleja plac os. boulevard chemin route
    place quai impasse allée carretera ronda praceta estrada strada c/ jr. jirón pasaje psje.
    carrera cra. diagonal transversal""".split()
)
_EU_WORDS = frozenset(
    "u. út tér utca str str. terrasse vej gade gate gata vei weg laan straat".split()
)


def _alternation(words: Iterable[str], *, title: bool = False) -> str:
    forms = {w.capitalize() if title else w for w in words}
    return "(?:" + "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True)) + ")"


_EU_ENDING = _alternation(_EU_ENDINGS)
_EU_LEADING = (
    "(?:" + _alternation(_EU_LEADING_WORDS, title=True) + "|ul\\.|al\\.|os\\.|C/(?=[ \t]?[A-Z]))"
)
# French, Spanish, Portuguese and Italian write the street word in lower case ("12 bis, rue
# des Lilas", "via Roma 25"); these words are no English ones, so they lead in any case.
# ("place", "route", "avenue" are left to the capitalised list: "2 place settings".)
_EU_LOWER_LEADING_WORDS = frozenset(
    """rue calle rua avenida avda. carrer chemin allée impasse quai travessa praça paseo viale
    piazza piazzale vicolo strada estrada ulica aleja boulevard boul. montée""".split()
)
_EU_LOWER_LEADING = _alternation(_EU_LOWER_LEADING_WORDS)
# A house number as the Latin countries write it: "12 bis", "4-123" (unit-civic), "17a".
_HOUSE_NUMBER = r"\d{1,6}(?:-\d{1,6})?(?:[ ]?(?:bis|ter|quater)\b|[A-Za-z]\b)?"
_EU_SEPARATE_WORDS = _EU_WORDS | {"strasse", "straße", "ulica", "gasse", "platz", "allee"}
# German and Scandinavian notes capitalise the separate word ("Mariahilfer Straße 45").
_EU_WORD = _alternation(_EU_SEPARATE_WORDS | {w.capitalize() for w in _EU_SEPARATE_WORDS})
_WORD = r"[^\W\d_][\w'’.-]*"
_STREET_WORD = r"[^\W\d_]{2,}(?:[-'’][^\W\d_]+)*"
# Things notes count ("1200 Patients 3 arms"), which a street name never is.
_COUNTED = (
    r"(?i:patients?|pts?|subjects?|cases?|doses?|cycles?|units?|tablets?|tabs?|vials?|samples?"
    r"|sites?|centers?|arms?|weeks?|months?|years?|days?|hours?|visits?|calls?|reps?|HCPs?)"
)
# What a number in a note labels other than a house ("Week 12, 2025 Update", "Lot 4471,
# 10000 Units"): never a street before a continental postcode.
_LABELLED = (
    r"(?i:week|visit|cycle|day|table|figure|fig|dose|arm|part|phase|step|grade|stage|version"
    r"|page|room|floor|level|slide|chapter|section|item|question|lot|batch|ref|order|invoice"
    r"|study|protocol|cohort|patient|pt|line|tier|module|group|no|nr|number|box|total|sum"
    r"|amount|count|score|qty|quantity|price|cost|fee|balance|copay|target|goal|ytd|mtd)"
)
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# 12, 17a, 10/12, 45/3/12 (house, stair, door), 12-III (a floor), 12 B
# (a Dutch floor may follow the number: "Kalverstraat 92-3hg", "Jan Steenstraat 12-hs")
_NUM = (
    r"\d{1,5}[A-Za-z]?(?:[/-](?:\d{1,4}(?:hg|hs|bg|bv)?\b|[IVX]{1,4}\b|(?:hg|hs|bg|bv)\b)){0,3}"
    r"(?:[ ][A-H]\b(?=,))?\.?"
)

# Numbered US streets, P.O. and military boxes: anchors that start at a digit or a keyword.
_US_ANCHOR_RE = re.compile(
    r"(?=[-\dPCUAFDBSpcuafdbs])(?:"
    # 1420 Oak Street / 903 83 Dora Creek / 22 W. Elm Ave / 912-914 8TH ST / 16 1/2 Windward
    # Road / 55 “Elm” Street / 921 83 street
    # (on one line: a date's year ending the line above is no house number, "Date of birth:
    # 23 October 1950\nDear Dr ...")
    # (an Australian flat before the house number: "3/12 Smith St")
    r"(?<![\w/])(?<!\d\.)(?=[-\d])(?:\d{1,6}[ \t]+|\d{1,4}/)?-?\d{1,6}(?:-\d{1,6})?[A-Z]?"
    r"(?:[ \t]+1/2|½)?[ \t]+"
    r"(?:(?:[NSEW]|North|South|East|West|NE|NW|SE|SW)\.?[ \t]+)?"
    r"(?:(?:[“\"‘']?[A-Z][\w'’-]*[”\"’']?|\d{1,3}(?i:st|nd|rd|th))\.?[ \t]+){1,3}"
    # The suffix in any case, so capitals pass ("103 BEAL PKWY SE"); find_addresses drops a
    # lower-case one ("2 Main street" is prose far more often).
    rf"(?P<suffix>(?i:{_US_SUFFIX}|{_UK_SUFFIX}))\b\.?"
    r"(?:\s+(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\b\.?)?"
    r"|(?<![\w/.-])\d{1,6}\s+\d{1,3}\s+(?i:street|avenue|road)\b"
    # P.O. Box 104 / PSC 7951, Box 9972 / Unit 5146 Box 1772 / USNV Vincent
    r"|(?<![\w/.-])(?:\d{1,6}\s+)?(?:(?i:p\.?\s?o\.?\s*box)|Post\s+Office\s+Box"
    # the same in Dutch, German, Norwegian and Danish, French, Polish, Spanish, Portuguese:
    # Postbus 1234, Postfach 10 12 34, Postboks 12
    r"|Postbus|Postfach|Postboks|Bo[îi]te[ \t]+postale|Skrytka[ \t]+pocztowa"
    r"|Apartado(?:\s+(?:de\s+correos|(?i:postal|a[ée]reo)))?|Apdo\.?|Casilla"
    r"|Caixa\s+Postal"
    # South African, Australian and Nigerian bags and boxes: "Private Bag X12", "Locked Bag
    # 7", "PMB 1012", "Postnet Suite 145"
    r"|(?:Private|Locked|Mail)\s+Bag(?:\s+X)?|Private\s+Mail\s+Bag|PMB|Postnet\s+Suite)\s*\d{1,6}\b"
    # a box's letter ("Apartado Postal 27-B"), or its post office's code ("P.O. Box
    # 30197-00100", Kenya)
    r"(?:-[A-Z]\b|-\d{3,5}\b)?"
    # Military addresses in any case: "psc 5420, box 2708\napo aa 33879" in lower-case notes.
    r"|\b(?i:PSC|CMR|Unit)\s+\d{3,5},?\s+(?i:Box)\s+\d{1,5}\b"
    # (a ship's whole name and its hull number: "USS Ronald Reagan (CVN 76)")
    r"|\b(?i:USNS|USNV|USS|USCGC)\s+[^\W\d_]{2,}(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
    r"(?:[ \t]*\([A-Z]{2,4}[- ]?\d{1,4}\))?"
    r"|\b(?i:APO|FPO|DPO)\s+(?i:AA|AE|AP)\s+\d{5}(?:-\d{4})?\b)",
    re.UNICODE,
)
# Norway and Denmark name a street's part after it: "Tindvegen nedre 44B", "Strandgade søndre 3".
_NORDIC_SIDES = frozenset("nedre øvre søndre nordre vestre østre indre ytre".split())
_NORDIC_SIDE = _alternation(_NORDIC_SIDES)
# 41086 Kiannonkatu 98 / Erzsébet tér 19. / 29 Rue de Tanger / ul. Narewska 94. Costly to try
# at every word, so only run where _EU_HINT_RE saw a street word.
_EU_ANCHOR_RE = re.compile(
    # Street type as its own word after the name: Erzsébet tér 19., Piroska u. 97.
    rf"(?<![\w/.-])(?:\d{{1,6}}\s+)?(?:{_WORD}\s+){{1,2}}{_EU_WORD}\s+{_NUM}|"
    # a name's particle may lead: Van Baerlestraat 12, De Clercqstraat 4, Sint Jansstraat 2
    rf"(?<![\w/.-])(?:\d{{1,6}}\s+)?(?:(?:[Vv]an|[Dd]e|[Vv]on|[Ll]e|[Ll]a|Sint|Oude|Nieuwe|Korte"
    rf"|Lange)\s+){{0,2}}[^\W\d_]*{_EU_ENDING}(?:\s+{_NORDIC_SIDE})?\s+{_NUM}"
    # (Latin America writes "#" or "No." before the number: "Calle Hidalgo #123")
    rf"|(?<![\w/.-])(?:\d{{1,6}}\s+)?{_EU_LEADING}\s+(?:{_WORD}\s+){{0,4}}?"
    rf"(?:#[ \t]?|N[º°o]\.?[ \t]*)?{_NUM}"
    rf"|(?<![\w/.-]){_HOUSE_NUMBER},?\s+(?:{_EU_LEADING}|{_EU_LOWER_LEADING})"
    rf"(?:[ \t]+{_WORD}){{1,4}}"
    # the street's name, a comma, then its number: "Rua das Flores, 123", "C/ Mayor, 15"
    rf"|(?<![\w/.-])(?:{_EU_LEADING}|{_EU_LOWER_LEADING})(?:[ \t]+{_WORD}){{1,5}}?,?[ \t]+"
    rf"(?:(?:n[º°o]\.?|n[úu]mero|n[úu]m\.)[ \t]*)?{_NUM}(?![\w%])",
    re.UNICODE,
)
# Indian localities and streets (India Post's addressing guide: house, street, locality,
# landmark, town, PIN), capitalised as addresses write them.
_IN_LOCALITY = (
    r"(?:Nagar|Marg|Salai|Colony|Layout|Enclave|Vihar|Puram|Bagh|Chowk|Gali|Peth|Wadi|Pally"
    r"|Palli|Halli)"
)
# South Asian and Eastern European shapes, run only where _OTHER_HINT_RE says they can be:
# "42/118, Banerjee Road" (a house number with a slash and a comma before the street), "House
# 17, Street 9, F-8/3" (house, street and a sector code), "вул. Шевченка, 12, кв. 7" (a
# Cyrillic street word before the name and the number).
_OTHER_ANCHOR_RE = re.compile(
    # a block's letter and plot in a numbered sector: "C-45, Sector 62"
    r"(?<![\w/-])[A-Z]-\d{1,4}[A-Z]?,[ \t]*(?:Sector|Block|Phase|Pocket)[ \t]+[A-Z\d]{1,3}\b"
    # or before a locality no street word names: "B-14, Lajpat Nagar II"
    rf"|(?<![\w/-])[A-Z]-\d{{1,4}}[A-Z]?,[ \t]*(?:[A-Z][\w'’-]*[ \t]+){{1,3}}{_IN_LOCALITY}\b"
    # a plot or house and then its street with no number: "Plot 5, Adeola Odeku Street"
    r"|\b(?:Plot|House|Flat|Block|Bldg|Building)[ \t]*\d{1,5}[A-Z]?,[ \t]*"
    r"(?:[A-Z][\w'’-]*[ \t]+){1,3}"
    r"(?:Street|Road|Avenue|Close|Crescent|Way|Lane|Drive)\b"
    r"|(?<![\w/])\d{1,5}/\d{1,5}[A-Z]?,[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}"
    r"(?:Road|Rd|Street|St|Lane|Marg|Nagar|Salai|Path|Colony|Avenue)\b\.?"
    # ("House No. 5, Street 22, G-10/4")
    r"|\b(?:(?:House|Plot|Flat)(?:[ \t]*No\.?)?|H\.?[ \t]?No\.?|Bungalow)[ \t]*#?[ \t]*"
    r"\d{1,5}[A-Z]?,[ \t]*(?:Street|St\.?|Road|Lane|Gali|Block|Sector)[ \t]*#?[ \t]*\d{1,4}[A-Z]?"
    r"(?:,[ \t]*(?:[A-Z]-\d{1,2}(?:/\d{1,2})?|(?:Block|Sector|Phase)[ \t]+[A-Z\d]{1,3}))?"
    # (the town may lead, "г. Москва, ул. Ленина, д. 5", as Russian and Ukrainian forms write it)
    r"|(?<![\w])(?:(?:г|м)\.[ \t]*[А-ЯЁЄІЇҐ][\w'’-]+(?:[ \t-]+[А-ЯЁЄІЇҐ][\w'’-]+)?,[ \t]*)?"
    r"(?:вул|ул|просп|пр-т|пров|бульв|бул|пл|наб|ш|пер)\.[ \t]*"
    r"[А-ЯЁЄІЇҐ][\w'’-]+(?:[ \t]+[А-ЯЁЄІЇҐ][\w'’-]+)?,?[ \t]*(?:(?:д|дом|буд)\.?[ \t]*)?"
    r"\d{1,4}[а-яА-Я]?\b"
    # a Thai house number and its village ("99/12 Moo 4", "45/1 M. 3")
    r"|(?<![\w/])\d{1,5}(?:/\d{1,4})?[ \t]+(?:Moo|M\.)[ \t]?\d{1,2}\b"
    # an Indian house number before its locality, which no street word names: "14/2 Gandhi
    # Nagar", "221 MG Marg"
    rf"|(?<![\w/])\d{{1,5}}(?:/\d{{1,5}})?[A-Z]?,?[ \t]+(?:[A-Z][\w'’-]*[ \t]+){{1,3}}"
    rf"{_IN_LOCALITY}\b"
)
_OTHER_HINT_RE = re.compile(
    r"\d/\d|\bMoo\b|\b(?:House|H\.?[ \t]?No|Plot|Flat|Bungalow|Block|Bldg|Building)\b"
    rf"|\b{_IN_LOCALITY}\b"
    r"|[а-яі]\.[ \t]*[А-ЯЁЄІЇҐ]|[A-Z]-\d{1,4}[A-Z]?,"
)
# The same, asked the cheap way first: a slash between digits or a capital, dash and digit
# (patterns led by one character are scanned for quickly), else a word _OTHER_HINT_RE needs
# ("No" of "H.No") or a Cyrillic letter.
_OTHER_HINT_FAST = (re.compile(r"\d/\d"), re.compile(r"[A-Z]-\d{1,4}[A-Z]?,"))
_OTHER_HINT_WORDS = (
    "Moo House No Plot Flat Bungalow Block Bldg Building Nagar Marg Salai Colony Layout Enclave"
    " Vihar Puram Bagh Chowk Gali Peth Wadi Pally Palli Halli"
).split()
# A Vietnamese address: house number, street, ward and district, up to the city, which
# closes it ("12 Trần Hưng Đạo, Phường 5, Quận 1, TP. Hồ Chí Minh"). Street names are
# people's names there, so no street word marks them.
_VN_CITY = (
    r"(?:Hà[ \t]+Nội|(?:TP\.?[ \t]*)?Hồ[ \t]+Chí[ \t]+Minh|TP\.?[ \t]*HCM|Đà[ \t]+Nẵng"
    r"|Hải[ \t]+Phòng|Cần[ \t]+Thơ|Huế|Sài[ \t]+Gòn)"
)
_VN_ADDRESS_RE = re.compile(
    r"(?<![\w/.-])\d{1,4}[A-Z]?(?:/\d{1,4})*[ \t]+(?:[^\W\d_][\w.]*,?[ \t]+|\d{1,3},?[ \t]+){1,12}?"
    rf"{_VN_CITY}\b"
)
_VN_CITY_RE = re.compile(_VN_CITY)
# (a match inside a word after a letter would have matched one character sooner: the search
# fails there at once instead of reading the rest of the word; after a digit, the previous
# match's end, it may start)
_BEFORE_NUMBER_RE = re.compile(r"(?<![^\s\d])(\S+)\s+\d")
# Building number, street name, house number: "0269 Stensås terrasse 38", "760 Passauer
# Strasse 33" - the shape of a continental address written with a leading number.
_NUMBERED_RE = re.compile(
    # (what may stand before it is read after its first digit: quicker to scan for)
    rf"\d(?<![\w/.:-]\d)\d{{0,5}} {{1,2}}(?!(?:{_MONTHS}|{_COUNTED})\b)"
    rf"(?![a-zß-öø-ÿ]|[A-Z]{{2}}){_STREET_WORD}"
    rf"(?: {{1,2}}(?:(?![a-zß-öø-ÿ]){_STREET_WORD}|{_EU_WORD})){{0,2}} {{1,2}}\d{{1,5}}\b\.?"
    r"(?![\d%/:,.]\d)",
    re.UNICODE,
)
# A house in a named development, then its street with no number ("3 The Maltings, Bray
# Road"), and a street named in prose with its number apart ("Birchwood Crescent, number 14",
# "number 8 on Ferry Road").
_STREET_NAMED = rf"(?:[A-Z][\w'’-]+[ \t]+){{1,3}}(?:{_US_SUFFIX}|{_UK_SUFFIX})\b\.?"
_NUMBER_WORD = r"(?:house[ \t]+)?(?:number|no\.?|nr\.?|#)[ \t]*\d{1,5}[A-Za-z]?\b"
_PROSE_STREET_RE = re.compile(
    rf"(?<![\w/.-])\d{{1,4}}[A-Z]?[ \t]+The[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{0,2}},"
    rf"[ \t]+{_STREET_NAMED}"
    rf"|(?<![\w'’-]){_STREET_NAMED},?[ \t]+{_NUMBER_WORD}"
    rf"|\b{_NUMBER_WORD}[ \t]+(?:on|in|at)[ \t]+(?:the[ \t]+)?{_STREET_NAMED}"
)
# Whether _PROSE_STREET_RE can match: "number 8", "No. 14", "# 3", "3 The ..."; each led by a
# character the re module scans for quickly.
_PROSE_STREET_HINTS = (
    re.compile(r"[Nn](?i:umber|o\.?|r\.?)[ \t]*\d"),
    re.compile(r"#[ \t]*\d"),
    re.compile(r"\d[A-Z]?[ \t]+The[ \t]"),
)
# Japanese and Korean addresses in Latin letters: a block number or a building number and a
# street, then a ward or district by its suffix ("2-21-1 Shibuya, Shibuya-ku, Tokyo", "123
# Sejong-daero, Jongno-gu, Seoul 03172").
_ROMANISED_EAST_ASIAN_RE = re.compile(
    r"(?<![\w/-])\d{1,4}(?:-\d{1,4}){0,3}[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?,[ \t]+"
    r"[A-Z][\w'’]+-(?:ku|gu|shi|si|gun|cho|machi|dong)\b"
)
# "the corner of Elm Street and 5th Avenue"
_CORNER_RE = re.compile(
    r"\b(?:the\s+)?corner\s+of\s+(?:[^\n.,;?!]|\.(?=[ \t]*\w)){2,60}?\s+(?:and|&)\s+"
    r"[^\n.,;?!]{2,60}?"
    r"(?=\s*(?:$|[\n.,;?!]))",
    re.IGNORECASE,
)

# Parts that may follow an anchor, each after a comma, a line break or a space.
_UNIT = (
    # (longest first: "apto" is no "Apt" and an "o")
    r"(?:(?i:Apartment|apartamento|apto|Apt|app|Unit|Suite|Ste|Floor|Fl|Flat|Rm|Room|Bldg"
    r"|Building|Box|#"
    # other languages' flats, floors and doors: apto 12, piso 3, Whg. 4, Stiege 2, bte 5
    r"|piso|dpto|depto|puerta|esc|interno|int|scala|étage|etage|bte|boîte|Whg|Stiege|Top"
    # a plot, block, phase or villa in a development: "Blk 5 Lot 12, Phase 2", "Bloco K"
    r"|Lot|Blk|Block|Bloco|Phase|Villa"
    r"|lgh"
    # Romanian block and flat ("bl. A3, ap. 14"), Turkish flat and floor ("Daire 4", "Kat 2"),
    # Estonian flat ("Korter 3")
    r"|bl|ap|daire|kat|korter"
    # Russian and Ukrainian flat, building, block, in Cyrillic and in Latin letters ("kv. 3")
    # (the word ends there: "boxes", "flights" hold no unit)
    r"|кв|квартира|буд|корп|к|kv|kvartira|korp|korpus)\.?:?(?:(?<=[.:#])|\b|(?=\d))"
    r"(?:\s*(?i:No\.?|#))?\s*[\w-]{1,6}\b"
    # 3º B, 2ª: a Spanish or Portuguese floor and door
    # a door's side after it: "3º Izda.", "2º Dcha", "1º Esq."
    # a Hungarian floor and door ("II/5"), a Turkish door ("D:4")
    r"|[IVX]{1,4}/\d{1,3}\b|(?:D|K):[ \t]?\d{1,3}\b"
    r"|\d{1,2}[ºª](?:[ \t]*(?:(?i:izq(?:uierda|da)?|izda|dcha|dcho|der(?:echa)?|esq|dto|drt)\.?"
    r"|[A-Z]\b))?"
    r"|\d{1,3}(?i:st|nd|rd|th)\s+(?i:Floor|Fl)\b\.?"
    # a Danish floor and side ("2. th.", "st. tv."), a Polish flat ("m. 5"), a rural route
    # or delivery number ("RR 1", "RD 2", "Site 5", "Comp 12")
    r"|(?:\d{1,2}|st)\.[ \t]?(?:th|tv|mf)\b\.?|m\.[ \t]?\d{1,4}\b"
    r"|(?:RR|RD|Site|Comp)[ \t]+\d{1,4}\b"
    # an Indonesian neighbourhood and hamlet ("RT 02/RW 05")
    r"|RT[ \t]?\d{1,3}[ \t]*/[ \t]*RW[ \t]?\d{1,3}\b"
    # a South African township's extension ("Zola Extension 3", "Ext 2")
    r"|Ext(?:ension)?\.?[ \t]?\d{1,3}\b)"
)
_POSTCODE = (
    # Dutch: 1234 AA, 1234AA, before the place's name (not "1200 MG TID", "2020 MD")
    # (nor a four-digit code before a word of prose: "Paraparaumu 5032 in March")
    r"(?:\d{4}[ ]?(?!(?i:mg|ml|kg|mm|cm|hr|pm|am|md|do|rn|po|iv|im|sc|qd|bp|hz|mo|wk|yr)\b"
    r"|(?:in|on|at|to|of|by|or|as|is|it|an|be|we|he|me|my|no|so|up|us|if|go)\b)"
    r"(?:[A-Z]{2}|[a-z]{2})(?=,?[ \t]+[A-Z])|"  # (a form's comma may follow: "1234ST, Ede")
    # a country's letters may lead the code: D-70173, CH-8001, A-1060
    r"(?:(?:[A-Z]{1,3}-)?\d{3,6}(?:-\d{2,4}| \d{2}(?!\d))?"  # 43015, 75534-030, 394 13
    r"|\d{2}-\d{3}(?=[ \t]+[A-Z])"  # Polish: 00-590 Warszawa
    r"|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"  # E2 2AA
    r"|[A-Z]\d[A-Z]\s?\d[A-Z]\d"  # K1A 0B1
    r"|[A-Z]\d{4}[A-Z]{3}"  # Argentina: C1043AAZ
    r"|[A-Z]\d{4}(?=[ \t]+[A-Z])"  # and without its block's letters: C1043 CABA
    r"|[AC-FHKNPRTV-Y]\d[\dW][ ]?[\dAC-FHKNPRTV-Y]{4}(?![\w-])"  # Ireland's Eircode: A98 X2Y3
    r"|〒[ \t]?\d{3}-\d{4}"  # Japanese
    r"|S[ ]?\(?\d{6}\)?(?![\w-])))"  # Singapore: S310012, S(310012)
)
# Capitalised: Python's re has no \p{Lu}, so common lower-case first letters are ruled out.
_PLACE_WORD = r"(?:(?![a-zß-öø-ÿ])[^\W\d_][^\W\d_'’.-]*(?:[-'’./][^\W\d_]+)*\.?)"
_PARTICLE = (
    r"(?:de|da|do|del|della|di|la|le|les|am|an|der|den|van|von|upon|sur|sous|y|i|e|on|nad|pod|u"
    r"|na|im|bei|ob|aan|op|zum|zur|en)"
)
# "ΑΣΚΕΙΑ (ΑΣΣΕΙΑ)": a parenthesised other name stays with the place. "nan" is how a blank
# field comes out of a spreadsheet export ("Lyss, nan 50662").
_PLACE = (
    # ("Municipality of Patras", "City of Westminster")
    r"(?:(?:(?:Municipality|City|Borough|District|County|Province|Region)[ \t]+of[ \t]+)?"
    rf"{_PLACE_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_PLACE_WORD}){{0,3}}"
    r"(?:[ \t]*\((?![a-z])[^()\n]{1,30}\))?|nan)"
)
# A continental address by its layout alone, the street's word not being one we list: name,
# house number, comma, postcode, place ("Am Markt 3, 04109 Leipzig", "Na Příkopě 15, 110 00
# Praha 1"). A four-digit code that reads as a year is left: "Visit 3, 2025 Update".
_EU_TAIL_RE = re.compile(
    rf"(?<![\w/.-])(?:(?:(?![a-zß-öø-ÿ])[^\W\d_][\w'’.-]*|{_PARTICLE})[ \t]+){{0,2}}"
    rf"(?!{_LABELLED}\b)(?![a-zß-öø-ÿ])[^\W\d_][\w'’.-]+[ \t]+"
    r"\d{1,5}[a-zA-Z]?(?:[/-]\w{1,4}){0,3},"
    r"[ \t]+(?:(?:[A-Z]{1,3}-)?(?:\d{5}|(?!(?:19|20)\d\d\b)\d{4}|\d{3}[ ]\d{2}|\d{2}-\d{3})[ \t]+"
    rf"(?!{_COUNTED}\b)(?![a-zß-öø-ÿ])[^\W\d_]{{2,}}(?:[ \t]+\d{{1,2}}\b)?"
    # (Poland's code may close the line with its town left off: "Żorska 11, 47-400")
    r"|\d{2}-\d{3}(?=[ \t]*(?:$|\n))"
    # (Israel's seven digits follow the town: "Herzl 12, Haifa 3303123")
    r"|(?![a-zß-öø-ÿ])[^\W\d_]{2,}(?:[ \t-][A-Z][^\W\d_]+){0,2}[ \t]+\d{7}(?![\w-]))",
    re.UNICODE,
)
_EU_TAIL_HINT_RE = re.compile(r"\d,[ \t]+(?:[A-Z]{1,3}-)?\d{2}|\d(?<=[ \t]\d)\d{6}(?![\w-])")
_END = r"(?=\s*(?:$|[,\n>?!;)]|\.(?:\s|$)|\((?!\d)|[-–—][ \t]))"
# A postcode closes an address, so prose may follow it; a bare place name must end its part.
_CODE_END = r"(?![\w-]|[ \t]\d)"
_PART_RE = re.compile(
    rf"{_UNIT}|(?:{_PLACE}[ \t]*,?[ \t]+(?:nan[ \t]+)?)?{_POSTCODE}"
    # (a postcode says the capitalised words after it are its town, prose may follow them:
    # "33100 Tampere yesterday")
    rf"(?:[ \t]*,?[ \t]+{_PLACE}(?:{_END}|(?=[ \t]+[a-zß-öø-ÿ])))?{_CODE_END}"
    rf"|(?:{_PLACE}|[A-Z]{{2}}|nan){_END}"
    # A Chinese or Japanese part with its block and house number: 桜丘町26-1, 中关村东路1号
    r"|[\u3040-\u30ff\u3400-\u9fff]{1,20}\d{1,5}(?:-\d{1,5}){0,3}[号號]?",
    re.UNICODE,
)
_UNIT_RE = re.compile(rf"{_UNIT}|{_POSTCODE}{_CODE_END}", re.UNICODE)
# A street as a part of its own after a comma or a line break, behind a flat or a building:
# "12 Beach Rd", "1-2-3 Minami-Aoyama", "Street 5", "Al Barsha 1", "Jalan SS 2/24".
_STREET_PART_RE = re.compile(
    # (an ordinal names a Bangalore cross or main road: "3rd Cross", "5th Main")
    # (Singapore numbers a street after its name: "26 Jurong West St 91")
    rf"\d{{1,5}}(?:st|nd|rd|th|[A-Za-z])?(?:-\d{{1,4}}){{0,3}}[ \t]+{_PLACE}"
    rf"(?:[ \t]+\d{{1,3}})?{_END}"
    # a town and a British outward code alone: "Milton Keynes MK4"
    rf"|{_PLACE}[ \t]+[A-Z]{{1,2}}\d[A-Z\d]?(?:{_END}|(?=[ \t]+[a-zß-öø-ÿ]))"
    rf"|{_PLACE}[ \t]+\d{{1,4}}[A-Z]?(?:/\d{{1,4}})?{_END}",
    re.UNICODE,
)
_PARTICLE_RE = re.compile(_PARTICLE)
_LOWER_TOWN_RE = re.compile(r"[a-zß-öø-ÿ][\w'’-]{2,}(?=[ \t]*(?:$|[,.;!?)\n]))")
_LOWER_LAST_TOWN_RE = re.compile(r"[a-zß-öø-ÿ][\w'’-]{2,}(?=[ \t]*(?:$|[.;!?)\n]))")
_CAPITAL_RE = re.compile(r"[A-Z]")
# A landmark as Indian addresses give one between the street and the town, up to its comma.
_LANDMARK_RE = re.compile(
    r"(?i:near|opp\.?|opposite(?:[ \t]+to)?|behind|beside|next[ \t]+to|adjacent[ \t]+to|off"
    r"|in[ \t]+front[ \t]+of)[ \t]+[^\n,;.]{2,40}?(?=,)"
)
# A development's or building's name with "at"/"on"/"of" inside, after a flat.
_NAMED_BUILDING_RE = re.compile(
    r"The(?:[ \t]+[A-Z][\w'’-]+){1,3}(?:[ \t]+(?:at|on|of)(?:[ \t]+[A-Z][\w'’-]+){1,3})?"
    r"(?=[ \t]*[,\n])"
)
# The same after an address's last part, a capitalised name up to the sentence's end.
_END_LANDMARK_RE = re.compile(
    r"(?i:near|opp\.?|opposite(?:[ \t]+to)?|behind|beside|next[ \t]+to|adjacent[ \t]+to"
    r"|in[ \t]+front[ \t]+of)[ \t]+(?:the[ \t]+)?[A-Z][^\n,;.]{1,38}?"
    r"(?=[ \t]*(?:\.(?:\s|$)|[;\n]|$))"
)
# A flat or suite on its own is part of an address, except a suite right after an
# institution's name ("Mercy Heart Institute, Suite 300"): the clinic's, not a person's.
_LONE_UNIT_RE = re.compile(r"(?<![\w-])(?:Apt|Apartment|Suite|Ste)\.?\s*#?\s*\d[\w-]{0,5}\b")
# A flat, house, plot or villa that opens an address ("No. 12, Allen Avenue, Ikeja", "Villa 12,
# Street 5, Al Barsha 1, Dubai", "Unit 4, Sunset Villas, 12 Beach Rd"): only with parts after it.
_OPENING_UNIT_WORDS = (
    "Unit Flat Villa Blk Block Lot No House Plot Bldg Building Door Erf Stand Qr Qtr Quarter"
    " RD RR #"
).split()
_OPENING_UNIT_RE = re.compile(
    # (a South African erf or township stand: "Erf 2217", "Stand 456, Ext 2")
    r"(?<![\w-])(?:Unit|Flat|Villa|Blk|Block|Lot|No\.|House|Plot|Bldg|Building|Erf|Stand"
    # an Indian house or door number: "H.No 4-56", "D.No. 12-3-45", "Door No 7"
    r"|[HD]\.?[ \t]?No\.?|Door[ \t]No\.?"
    # an Indian quarter or municipal ward ("Qr. No. 45", "Ward No. 9"), a rural delivery
    # ("RD 3", "RR 2"), a Singapore unit before its block ("#12-104")
    r"|Qr\.?|Qtr\.?|Quarter|Ward(?=[ \t]No)|RD|RR|#(?=\d{2}-\d))[ \t]*(?:#|No\.?)?[ \t]*"
    r"\d{1,5}[A-Z]?(?:[-/]\d{1,4}){0,2}(?=,|[ \t]+(?:Lot|Blk|Block|Phase)\b)"
    # a British flat known by its floor ("Basement Flat, 7 Elm Grove", "Ground Floor Flat")
    r"|(?<![\w-])(?:Basement|Lower[ \t]Ground|Ground|First|Second|Third|Top)(?:[ \t]Floor)?"
    r"[ \t]Flat(?=,)"
)
_INSTITUTION_RE = re.compile(
    r"\b(?:Hospital|Clinic|Cent(?:er|re)|Infirmary|Medical|College|Institute|Dispensary)\b"
)
_EXTENSION_RE = re.compile(r"Ext(?:ension)?\.?[ \t]?\d{1,3}")
# A town and a four-digit postcode that is no year, or a six-digit one: "Tembisa 1632",
# "Bokaro Steel City 827004".
_TOWN_AND_CODE_RE = re.compile(
    r"(?:[A-Z][\w'’-]+[ \t]+){1,3}(?!(?:19|20)\d\d\b)(?:\d{4}|\d{6})", re.UNICODE
)
_INSTITUTION_BEFORE_RE = re.compile(
    r"(?i:clinic|cent(?:er|re)|hospital|institute|medical|health|office|associates|practice|"
    r"pharmacy|building|group|university)\b[ \t,(]{1,3}$"
)
_DIGIT_RE = re.compile(r"\d")
# " - " too, as Brazilian and Indian addresses separate their parts ("Centro, Curitiba - PR",
# "Bengaluru - 560038"): the part after it must still look like one.
_SEP_RE = re.compile(r"[ \t]*(?:[,\n][ \t>]*)+|[ \t]+[-–][ \t]+|[ \t]+")
# Lower-case marks of a place's kind in Cyrillic addresses: town, settlement, village, region,
# district, street, avenue, house, flat ("г. Москва", "ул. Советская", "д. 18").
_LOWER_PLACE_MARKS = frozenset("г. гор. пос. с. обл. р-н ул. пр. пр-т д. кв. м. смт".split())
# A region's kind after its name ("Lagos State", "Kent County"): common words that still end
# a place.
_ADMIN_WORDS = frozenset("State Province County District Region Prefecture Oblast".split())
# Words that end an address in running text even when capitalised.
_STOP = frozenset(
    "I He She They We It The This That And Or But If On In At To For With Was Were Is Are "
    "Has Had Have Will Would Should Can Could Please Thanks Thank Call Phone Tel Fax Email "
    "Mobile Cell Dr Doctor Mr Mrs Ms Patient Pt Plan Follow Discussed".split()
)
# Words one of which every _CUE_RE match contains (a cheap test before the pattern).
_CUE_WORDS = frozenset(
    """address addresses lives live resides located sent send mail mailed deliver delivered
    return returned ship shipped sending mailing delivering returning shipping zip postcode
    post meet arrived drops drop""".split()
)
_CUE_RE = re.compile(
    r"\b(?:address(?:es)?(?:\s+is)?|lives\s+(?:at|on)|resides\s+at|located\s+at|"
    r"meet\s+(?:me|you|us|him|her|them)\s+at|arrived\s+at|drops?\s+(?:\w+\s+)?off\s+at|"
    r"(?:sent|send|mail|deliver|return|ship)\w*\s+(?:\w+\s+){0,3}to|zip(?:\s*code)?|postcode|"
    r"post\s+code)\s*(?:is\s+)?[:\-]?\s*",
    re.IGNORECASE,
)


_BARE_TAIL_RE = re.compile(
    r"(?:St|Street|Ave|Avenue|Rd|Road)\b\.?"
    # or any capitalised words that end the line ("Hauptstrasse 31 Lindenweg")
    rf"|{_PLACE}(?=[ \t]*(?:\n|$))"
    r"|(?:[^\W\d_a-zß-öø-ÿ][^\W\d_a-zß-öø-ÿ'’.-]+)(?:[ \t]+[^\W\d_a-zß-öø-ÿ]{2,}){0,2}"
    r"(?:[ \t]+nan)?(?=\s*(?:$|[,\n>?!;)]|\.(?:\s|$)|[ \t]+\d))",
    re.UNICODE,
)


# "Oakland CA 94789", "Signal Hill CA 90755", "Montréal QC H3Z 2Y7": a city, a region code
# and a postcode after a street without commas.
_PROSE_PLACE_RE = re.compile(
    rf"{_PLACE}(?:[ \t]+(?:[A-Z]{{2}}|nan))?(?=[ \t]+[a-zß-öø-ÿ])", re.UNICODE
)
_CITY_STATE_RE = re.compile(
    rf"{_PLACE}[ \t]*,?[ \t]+[A-Z]{{2}}\.?,?[ \t]+{_POSTCODE}{_CODE_END}", re.UNICODE
)
_US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR"
).split()
_STATE_SET = frozenset(_US_STATES)
_LOWER_US_TAIL_RE = re.compile(
    r"(?:[a-z][a-z.'’-]*[ \t]+){1,3}"
    rf"(?:(?:{'|'.join(s.lower() for s in _US_STATES)})\.?,?[ \t]+\d{{5}}(?:-\d{{4}})?"
    # a British or Canadian postcode in lower case: "hove bn3 2wh", "guelph on n1g 2w1"
    r"|[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2}|[a-z]\d[a-z][ \t]?\d[a-z]\d"
    # an Australian state and postcode: "kalgoorlie wa 6430"
    r"|(?:nsw|vic|qld|tas|act|nt|sa|wa)[ \t]+\d{4})(?![\w-])"
)
_LOWER_TOWN_CODE_RE = re.compile(
    r"(?:[a-z][a-z'’-]*[ \t]+){1,3}(?!(?:19|20)\d\d\b)\d{4,6}(?![\w-])"
)
# A street in lower case after a flat, as web forms write it: "flat 3, 41 kingsway, hove
# bn3 2wh"; kept only when a lower-case town and postcode follow it.
_LOWER_STREET_PART_RE = re.compile(r"\d{1,5}[a-z]?(?:[ \t]+[a-z][\w'’-]*){1,3}(?=[ \t]*[,\n])")
# Postcodes whose shape alone says "address": British (EC1N 8QX), Canadian (H3Z 2Y7), and a US
# state code with its ZIP (WA 99403). An address ends with them, so it is grown backwards.
# A state written in full before a ZIP: "Columbus, Ohio 43215".
_US_STATE_NAMES = (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia "
    "Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts "
    "Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon "
    "Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming"
).split() + [
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "West Virginia",
]

# A house number read out in words, as a call's transcript writes it ("one eight six eight
# seven Santa Rosa Drive", "sixty-seven dash thirty-seven Rose Avenue"), with the town and state
# after it and their ZIP read out too ("..., Houston, Texas, seven seven zero eighty-two").
_NUMBER_WORDS = frozenset(
    """zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand""".split()
)
_NUMBER_WORD = (
    rf"(?:{TENS_WORDS}(?:-{UNIT_WORDS})?|zero|oh|{UNIT_WORDS}|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|thousand)"
)
_SPOKEN_NUMBER = rf"(?i:{_NUMBER_WORD}(?:[ \t]+(?:dash[ \t]+)?{_NUMBER_WORD})*)"
_SPOKEN_STREET_RE = re.compile(
    rf"(?<![\w-])(?P<number>{_SPOKEN_NUMBER})[ \t]+(?:[A-Z][\w'’-]*[ \t]+){{1,3}}{_US_SUFFIX}\b"
    rf"(?:(?:,[ \t]*|[ \t]+in[ \t]+|[ \t]+)(?:[A-Z][\w'’-]*[ \t]+){{0,2}}[A-Z][\w'’-]*,?[ \t]+"
    rf"(?:{'|'.join(_US_STATE_NAMES)})\b(?:[,.]?[ \t]+{_SPOKEN_NUMBER}\b)?)?"
)


# What says a place follows, in the words before it: "my street address is", "I live in", "she
# is at", "ship it to".
_SPOKEN_STREET_CUE_RE = re.compile(
    r"(?i:\baddress|\blives?\b|\bliving\b|\blocated\b|\breside"
    r"|\b(?:I['’]?m|am|is|are)[ \t]+(?:in|at)\b|\bship|\bsend\b|\bmail\b|\bdeliver"
    r"|\bmov(?:e|ed|ing)\b)"
)


def _spoken_streets(text: str) -> Iterator[tuple[int, int]]:
    """Streets after a house number in words, where the words before say a place follows
    ("He walks twenty two Acacia Avenue laps a day" stays): two number words at least, or one
    that is two ("sixty-seven"), so "one Main Street" in a sentence about one street stays."""
    for m in _SPOKEN_STREET_RE.finditer(text):
        number = m["number"]
        if (len(number.split()) >= 2 or "-" in number) and _SPOKEN_STREET_CUE_RE.search(
            text, max(0, m.start() - 60), m.start()
        ):
            yield m.span()


_TAIL_RE = re.compile(
    # (every alternative opens with a capital: most positions fail at once)
    r"(?=[A-Z])(?:"
    rf"(?<![\w-])(?:{'|'.join(_US_STATE_NAMES)}),?[ \t]+\d{{5}}(?:-\d{{4}})?(?![\w-])|"
    r"(?<![\w-])(?=[A-Z]{1,2}\d|[A-Z][A-Za-z]{1,2}\.?,?[ \t]+\d)"
    # (a TNM stage, "T2N1M0", is no Canadian postcode)
    r"(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|(?!T\d[a-c]?N\d[a-c]?M\d)[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
    rf"|(?:{'|'.join(_US_STATES)})\.?,?[ \t]+\d{{5}}(?:-\d{{4}})?"
    # an Australian state and postcode: "PleasantVille, Vic 3999", "Sydney NSW 2000"
    r"|(?:NSW|VIC|Vic|QLD|Qld|TAS|Tas|ACT|NT|SA|WA)\.?,?[ \t]+\d{4}"
    # an Irish Eircode: "Co. Wicklow, A98 X2Y3"
    r"|[AC-FHKNPRTV-Y]\d[\dW][ \t][\dAC-FHKNPRTV-Y]{4})(?![\w-]))"
)
_FOUR_DIGITS_END_RE = re.compile(r"[A-Za-z.,][ \t]+\d{4}$")
# State codes that are also words or abbreviations in a note ("ID", "IN", "OR", "ME", "OK").
_STATE_WORD_RE = re.compile(r"(?:ID|IN|OR|ME|OK|HI|OH|PA|MA|AL|DE|LA|MD|MO|CO|CT|SC|ND|MS|NE|VA)\b")
# Other names for countries than libphonenumber's English ones, as addresses write them.
_COUNTRY_ALIASES: tuple[str, ...] = (
    *"UK U.K. USA U.S.A. England Scotland Wales Deutschland Danmark Sverige Norge Suomi".split(),
    *"España Espana México Italia Nederland Polska România Österreich Schweiz Suisse".split(),
    *"Svizzera Belgique België Brasil Magyarország Česko Hrvatska Ελλάδα Россия Türkiye".split(),
    "Republic of Korea",
    "West Indies",
    "W.I.",
    "W.I",
    "Great Britain",
)


@cache
def _country_re() -> re.Pattern[str]:
    """Country names in English: libphonenumber's name for each region it knows, written out once
    into data/countries.txt (importing its geocoder at run time costs most of a second), plus the
    usual short forms."""
    text = resources.files("prepcli.phi").joinpath("data", "countries.txt").read_text("utf-8")
    names = {line.strip() for line in text.splitlines() if line.strip()}
    names |= set(_COUNTRY_ALIASES)
    # "Cyprus (Greek)": a parenthesised qualifier stays with the country.
    return re.compile(_alternation(names) + r"(?:[ \t]*\([^()\n]{1,30}\))?(?![\w-])", re.IGNORECASE)


# A town joined to its street by a preposition of the note's language (in, a, à, en, em, i, w,
# te, u), a comma before it or not ("Avenida de la Albufera 127, en Barcelona"), a postcode
# before it or not, before prose or punctuation.
_TOWN_AFTER_STREET_RE = re.compile(
    r",?[ \t]+(?:in|a|à|en|em|i|w|te|u)[ \t]+(?:(?:[A-Z]{1,3}-)?\d{4,5}[ \t]+)?"
    # (no dot inside: "in Lansdowne. Pt's" ends at the town)
    r"(?P<place>(?![a-zß-öø-ÿ])[^\W\d_][\w'’-]*(?:[ \t]+(?![a-zß-öø-ÿ])[^\W\d_][\w'’-]*)?)"
    r"(?=[ \t]*(?:$|[,.;:!?)\n])|[ \t]+[a-zß-öø-ÿ])"
)


_ROMANCE_TOWN_PREP_RE = re.compile(r",?[ \t]+(?:en|em|à|w|te)[ \t]")
# The town's state after it: "in Corona, California", "in Long Beach, CA" (a town that is a
# dictionary's word is a town all the same).
_STATE_AFTER_TOWN_RE = re.compile(
    rf",[ \t]+(?:{'|'.join(_US_STATE_NAMES)}|(?:{'|'.join(_US_STATES)})(?=[ \t]*(?:$|[,.;:!?)\n])))"
    r"(?![\w-])"
)


def _grow(text: str, end: int) -> int:
    """Extend an address over the parts that follow it."""
    parts = 0
    last_was_unit = _UNIT_RE.search(text, max(0, end - 12), end) is not None
    before_landmark: int | None = None
    town = _TOWN_AFTER_STREET_RE.match(text, end)
    # (a dictionary word after English "in" or "a" is prose: "12 Oak Road, a Victorian
    # house"; after "en", "em", "à", "w", "te" a capitalised word is the town even where an
    # English dictionary holds it: "Avenida de la Albufera 127, en Barcelona")
    state = _STATE_AFTER_TOWN_RE.match(text, town.end()) if town is not None else None
    if town is not None and (
        _ROMANCE_TOWN_PREP_RE.match(text, end) is not None
        or state is not None
        or not any(common(w) for w in town["place"].split())
    ):
        # the town after the street in the sentence's own words: "Kerkweg 12 in Utrecht",
        # "via Garibaldi 18 a Torino", "Lindenstraße 4 in 79098 Freiburg"
        end = town.end() if state is None else state.end()
    while parts < 8:
        sep = _SEP_RE.match(text, end)
        if sep is None:
            break
        start = sep.end()
        country = _country_re().match(text, start)
        if country is not None and "\n\n" not in text[end:start]:
            # A country closes an address wherever it stands ("..., Tallinn, Estonia for this
            # card"), so it needs none of the line-end evidence a bare place name does.
            m: re.Match[str] | None = country
        elif "\n\n" in text[end:start].replace(" ", "").replace(">", "") and parts == 0:
            # A blank line after the street still continues a postal block, but only into an
            # address-shaped part, never into prose.
            m = _UNIT_RE.match(text, start)
        elif sep.group().strip(" \t") == "":
            # After a bare space only an apartment or postcode continues the address, or a
            # place name that ends the line right after one ("Suite 833 Milford New Zealand").
            # So can a city in capitals ("Apt. 085 BODØ") or a trailing street type after a
            # house number ("Dalmatinova 68 St.").
            m = (
                _UNIT_RE.match(text, start)
                or _CITY_STATE_RE.match(text, start)
                or _BARE_TAIL_RE.match(text, start)
            )
            if m is None and last_was_unit:
                m = _PART_RE.match(text, start)
            if m is None and last_was_unit and text[start : start + 1].islower():
                # a lower-case box and its town: "po box 512 kalgoorlie wa 6430"
                lower = _LOWER_US_TAIL_RE.match(text, start)
                if lower is not None:
                    end = lower.end()
                    break
            if m is None and last_was_unit and parts > 0:
                # a street, its flat, then the town before prose: "... Apt. 209 Montehermoso
                # Cáceres tomorrow" (a suite alone is left: "Suite 300 Conference Room booked")
                m = _PROSE_PLACE_RE.match(text, start)
        else:
            m = _PART_RE.match(text, start)
            if m is None or text.startswith(". ", m.end()):
                # the longer reading: "Road No. 12" is a street and its number, not "Road No"
                street = _STREET_PART_RE.match(text, start)
                if street is not None and (m is None or street.end() > m.end()):
                    m = street
            if m is None and last_was_unit:
                # a development's name after a flat ("Unit 1203, The Residences at Greenbelt")
                m = _NAMED_BUILDING_RE.match(text, start)
            if m is None and ("," in sep.group() or "\n" in sep.group()):
                landmark = _LANDMARK_RE.match(text, start)
                if landmark is not None:
                    # an Indian landmark between the street and the town ("near Hanuman
                    # Temple", "opp. SBI ATM"): the address's only when more of it follows
                    before_landmark = end if before_landmark is None else before_landmark
                    end, parts, last_was_unit = landmark.end(), parts + 1, False
                    continue
                # the street's town, then prose: "31 Seneca Place, Marshland tomorrow", "Calle
                # 72 #10-34, Chapinero, Bogotá desde enero" (not a common word of English: "12
                # Main St, Mark called"; a dictionary's rarer words are towns as often:
                # "Tarragona", "Wantage"); the prose ends the address
                m = _PROSE_PLACE_RE.match(text, start)
                if m is not None and any(
                    common(w) and w not in _ADMIN_WORDS for w in m.group().split()
                ):
                    m = None
                if m is not None:
                    end, before_landmark = m.end(), None
                    break
        lower_town = _LOWER_TOWN_RE.match(text, start) if m is None and last_was_unit else None
        if lower_town is not None and not everyday(lower_town.group()):
            # a lower-case note's town after its postcode: "kirkeveien 5 2000 lillestrøm"
            end = lower_town.end()
            break
        if m is None and "," in sep.group() and not _CAPITAL_RE.search(text, max(0, end - 30), end):
            # a lower-case note's town after its street's comma, closing the sentence: "calle
            # de alcalá 50, madrid." (not "22 oak rd, tomorrow.")
            last_town = _LOWER_LAST_TOWN_RE.match(text, start)
            if last_town is not None and not common(last_town.group()):
                end = last_town.end()
                break
        if m is None and sep.group().strip(" \t"):
            # a web form's lower case: "po box 1123, taos nm 87571" (a state and a ZIP make
            # the lower-case words a city)
            lower = _LOWER_US_TAIL_RE.match(text, start)
            if lower is None and last_was_unit:
                street = _LOWER_STREET_PART_RE.match(text, start)
                after = _SEP_RE.match(text, street.end()) if street is not None else None
                if after is not None:
                    lower = _LOWER_US_TAIL_RE.match(text, after.end())
            if lower is not None:
                end = lower.end()
                break
            code = _LOWER_TOWN_CODE_RE.match(text, start)
            after = _SEP_RE.match(text, code.end()) if code is not None else None
            country = _country_re().match(text, after.end()) if after is not None else None
            if country is not None:
                # a lower-case town, its postcode and its country: "nelson 7010, new zealand"
                end = country.end()
                break
            if parts > 0:
                # a landmark after the last part, closing the sentence: "..., Delhi 110089,
                # near Shiv Mandir."
                landmark = _END_LANDMARK_RE.match(text, start)
                if landmark is not None:
                    end, before_landmark = landmark.end(), None
                    break
        if m is None or m.end() == start:
            break
        words = m.group().split()
        unit = _UNIT_RE.fullmatch(m.group()) is not None  # "apto 12", "bte 5": any case
        if m.re is _NAMED_BUILDING_RE:
            last_was_unit, end, before_landmark = False, m.end(), None
            parts += 1
            continue
        # after a flat, a named building may follow: "Apt 4, The Maltings, Bray"
        named_building = last_was_unit and words[0] == "The" and len(words) > 1
        if (
            not unit
            and words[0].rstrip(".,") in _STOP
            and not named_building
            or not unit
            and not all(
                not w[0].islower()
                or w in _LOWER_PLACE_MARKS
                or w[0].isdigit()
                or w in ("nan", "#")
                or _PARTICLE_RE.fullmatch(w)
                or w[0] >= "\u3040"
                for w in (w.lstrip("(") or "(" for w in words)
            )
        ):
            break
        last_was_unit = unit
        end, before_landmark = m.end(), None
        parts += 1
    return end if before_landmark is None else before_landmark


_UNIT_AFTER_RE = re.compile(
    r"[ \t]*(?i:mg|mcg|µg|ug|ml|g|kg|mmol|iu|units?|x|%|hrs?|hours?|days?|weeks?|months?"
    r"|years?|patients?|pts?|doses?|tabs?|tablets?|caps?|vials?|cycles?|times?|min|percent)\b"
)


def _numbered_alone(found: str) -> bool:
    """A building's number, a street's name and its house number with nothing after them
    ("87818 Dalmatinova 68", "077 Příční 1429"): an address when the building's number is long
    or zero-led, no year, and the name no English word ("250 Advil 200" is a dose, "1200
    Patients 3" a count)."""
    first, *name, last = found.rstrip(".").split()
    return (
        (len(first) >= 4 or first.startswith("0"))
        and not (len(first) == 4 and first[:2] in ("19", "20"))
        and not any(everyday(w) for w in name)
    )


# A street that no street word names, its house number and, after a comma, its town: the
# layout of much of Central and Eastern Europe and Latin America ("Zmajevac 12, Pirot", "Husova
# 1124/5, Kolín", "Am Lindenhof 3, Bamberg", "Los Aromos 1234, depto 5, Ñuñoa", "Nygatan 40 c
# 2, Gävle"). The pattern takes the name and the number; _named_streets keeps them only where
# a town follows.
_NAME_PARTICLES = frozenset(
    "Am An Im Auf Zum Zur Los Las La El Le Les De Del Di Da Na Pod Nad U Al Het Den Der".split()
)
# (the number and its comma first, the name looked for behind it: far cheaper than trying a
# name at every capital)
_NUMBER_COMMA_RE = re.compile(
    r"(?<![\w/.,:-])(?P<number>\d{1,5})[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?"
    r"(?:[ \t][a-hA-H](?:[ \t]\d{1,3})?)?(?=,[ \t])"
)
_NAME_BEFORE_RE = re.compile(r"(?<![\w'’./-])(?:(?![a-zß-öø-ÿ])[^\W\d_][\w'’-]+[ \t]+){1,3}$")
_NOT_STREET_NAME_RE = re.compile(rf"(?:{_LABELLED}|{_COUNTED}|{_MONTHS})$")
# A part after the street that shows it is one: a place with no digit, or a postcode and town.
_TOWN_PART_RE = re.compile(r"[ \t]*(?:(?:[A-Z]{1,3}-)?\d{3,5}(?:[ -]\d{2,3})?[ \t]+)?[^\W\d_]")


# What an eponym names when it is no town: a score, a scale, a test, a sign.
_CLINICAL_AFTER_RE = re.compile(
    r"[ \t]+(?i:scores?|scales?|criteria|tests?|signs?|syndrome|disease|grade|stage"
    r"|classification|index|maneuv(?:er|re)|manoeuvre|reflex|procedure)\b"
)


_MAKER_AFTER_RE = re.compile(
    r",[ \t]*(?:[A-Z][\w&.-]*[ \t]+){0,3}(?:Healthcare|Pharma\w*|Inc\.?|Ltd\.?|GmbH|AG|S\.A\."
    r"|Labs?|Laboratories|Corp\.?|Biotech|Biosciences|Therapeutics|Medical)\b"
)


def _maker_before(text: str, start: int, end: int) -> bool:
    """Whether a company stands among the parts before a town and its country: a maker's seat
    cited after its product ("Omnipaque 300, GE Healthcare, Oslo, Norway"), not a patient's
    address."""
    if _MAKER_AFTER_RE.search(text, start, end):
        return True
    parts = (p.strip() for p in text[start:end].split(","))
    return any(p in _company_names() for p in parts)


def _maker_after(text: str, pos: int) -> bool:
    """Whether the part after a comma at ``pos`` is a company ("..., Bayer, Leverkusen")."""
    if _MAKER_AFTER_RE.match(text, pos):
        return True
    part = _NEXT_PART_RE.match(text, pos)
    return part is not None and part.group(1) in _company_names()


_NEXT_PART_RE = re.compile(r",[ \t]*([^,\n]{2,40}?)[ \t]*(?=,)")


@cache
def _company_names() -> frozenset[str]:
    return frozenset(COMPANIES)


def _named_streets(text: str) -> list[tuple[int, int]]:
    """Streets that no word marks, kept only where a town follows them after a comma."""
    spans = []
    for num in _NUMBER_COMMA_RE.finditer(text):
        number = num["number"]
        name = _NAME_BEFORE_RE.search(text, max(0, num.start() - 60), num.start())
        if (
            name is None
            or (len(number) == 4 and number[:2] in ("19", "20"))
            or not _prose_or_line_before(text, name.start())
        ):
            continue
        core = [w for w in name.group().split() if w not in _NAME_PARTICLES]
        # A product and its strength, a label and its count, a year, acronyms: no street.
        if not core or any(
            everyday(w) or w.isupper() or w in _STOP or _NOT_STREET_NAME_RE.match(w) for w in core
        ):
            continue
        if _maker_after(text, num.end()):
            continue  # a product, its strength and its maker: "Omnipaque 350, GE Healthcare"
        end = _grow(text, num.end())
        if _CLINICAL_AFTER_RE.match(text, end):
            continue  # scores named after people: "Apgar 9, Ballard score 38 weeks"
        if any(_is_town_part(p) for p in _PART_SPLIT_RE.split(text[num.end() : end])):
            spans.append((name.start(), end))
    return spans


# Czech and Slovak write the town first and then the street and its number, which may carry
# the building's register number before a slash: "Hradec Králové, Karla Čapka 694/5". A line
# of its own, every word a name's (not "Boston, Ward 4").
_TOWN_FIRST_RE = re.compile(
    rf"[ \t]*(?P<town>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}}(?:[ \t]+\d{{1,2}})?),[ \t]+"
    rf"(?P<street>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}})[ \t]+"
    r"\d{1,5}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?)?[ \t]*"
)
# A house number right before a Portuguese or Brazilian postcode and its town: the street
# before them needs no word we list ("R Academia das Ciências 17C 1200-030 Lisboa").
_NUMBER_CODE_TOWN_RE = re.compile(
    r"(?<![\w/.-])\d{1,5}[A-Za-z]?,?[ \t]+\d{4,5}-\d{3}[ \t]+"
    rf"(?!{_COUNTED}\b|{_LABELLED}\b)(?![a-zß-öø-ÿ])[^\W\d_]{{2,}}"
)
# Whether it can match: the postcode's hyphen, which re scans for quickly (the pattern's
# look-behind leaves it no quick scan of its own), between four digits and three.
_CODE_HYPHEN_RE = re.compile(r"-(?<=\d{4}-)\d{3}")
# The street's name before that number, on its line: capitalised words and their particles.
_NAME_BEFORE_NUMBER_RE = re.compile(
    rf"(?<![\w'’.-]){_PLACE_WORD}(?:[ \t]+(?:{_PLACE_WORD}|(?:{_PARTICLE}|das|dos)(?![\w'’-])))"
    r"{0,5}[ \t]+$"
)
# Streets whose name is their only word, after a house number: "260 Broadway", "17 Esplanade".
_NAME_ONLY_STREETS = (
    "Broadway",
    "Esplanade",
    "Promenade",
    "Embankment",
    "Kingsway",
    "Strand",
    "Bowery",
)
_NAME_ONLY_STREET_RE = re.compile(
    r"(?<![\w/.,-])\d{1,5}[A-Za-z]?(?:[-/]\d{1,5})?[ \t]+(?:(?:East|West|North|South)[ \t]+)?"
    rf"(?:{'|'.join(_NAME_ONLY_STREETS)})(?![\w'’-])"
    r"(?![ \t]+(?i:shows?|musicals?|plays?|theat\w*|productions?|tickets?|stars?)\b)"
)


def _town_first_streets(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        start, line_start = end + 1, start
        # (one comma, a digit closing the line: most lines fail here)
        if line.count(",") != 1 or not line.rstrip()[-1:].isdigit():
            continue
        m = _TOWN_FIRST_RE.fullmatch(text, line_start, end)
        if m is None:
            continue
        names = (m["town"] + " " + m["street"]).split()
        if not any(
            everyday(w) or w.isupper() or w in _STOP or _NOT_STREET_NAME_RE.match(w) for w in names
        ):
            spans.append((m.start("town"), m.end()))
    return spans


def _number_code_towns(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if _CODE_HYPHEN_RE.search(text) is None:
        return spans
    for m in _NUMBER_CODE_TOWN_RE.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        name = _NAME_BEFORE_NUMBER_RE.search(text, max(line, m.start() - 60), m.start())
        if name is None or any(
            w in _STOP or _NOT_STREET_NAME_RE.match(w) for w in name.group().split()
        ):
            continue
        spans.append((name.start(), _grow(text, m.end())))
    return spans


def _is_town_part(part: str) -> bool:
    """A town alone ("Pirot"), or a postcode and its town ("582 22 Linköping"), not a flat nor a
    product and its dose ("Lumexa 20")."""
    part = part.strip()
    return bool(part) and (
        _TOWN_PART_RE.match(part) is not None and (part[0].isdigit() or not _DIGIT_RE.search(part))
    )


def _prose_or_line_before(text: str, start: int) -> bool:
    """Whether a street's name starts where the note puts one: at a line's or a label's start,
    or after a word of prose ("delivered to Zmajevac 12"), not inside a run of capitalised
    words (a title, an institution), nor after a bracket, where medical writing cites a
    product, its maker and their town ("(Omnipaque 350, GE Healthcare, Oslo, Noruega)")."""
    before = text[max(0, start - 30) : start].rstrip(" \t")
    if not before or before[-1] in "\n:;>-–—":
        return True
    word = before.split()[-1]
    return word[0].islower()


def _continental_hint(text: str) -> bool:
    """Whether a continental street can be here at all (its pattern is costly to run)."""
    if not _EU_LEADING_WORDS.isdisjoint(text.lower().split()):
        return True
    for m in _BEFORE_NUMBER_RE.finditer(text):
        word = m.group(1).lower()
        if word.endswith(_EU_ENDINGS) or word in _EU_SEPARATE_WORDS or word in _NORDIC_SIDES:
            return True
    return False


# A shop, stall or kiosk in a market or a mall, as West and East African and South Asian
# addresses give one with no street ("Stall 14, Balogun Market, Lagos Island, Lagos", "Shop
# 12, Alaba International Market, Ojo"): the unit, its number, the market's name.
_MARKET_WORDS = frozenset("market mall plaza arcade bazaar bazar souk mercado marché".split())
_MARKET_RE = re.compile(
    r"\b(?i:shop|stall|kiosk|store|unit|lock-?up)[ \t]*(?:(?i:no)\.?[ \t]*)?\d{1,4}[A-Z]?[ \t]*,"
    r"[ \t]*(?:[A-Z][\w'’-]*[ \t]+){0,3}(?:Market|Mall|Plaza|Arcade|Bazaa?r|Souk|Mercado|Marché)"
    r"(?![\w'’-])"
)


# A form's address lines: what "Address line 1:" holds is an address whatever its shape ("Flat
# 12, Kingsley Court" has no street's word or number), up to the line's end or the next field.
_ADDRESS_LINE_WORDS = frozenset("address addr".split())
_ADDRESS_LINE_RE = re.compile(
    r"\b(?i:addr(?:ess)?\.?[ \t]*(?:line|ln)[ \t]*\d)[ \t]*[:=-]?[ \t]*"
    r"(?P<v>[^\W_][^\n;|]*?)(?=[ \t]*(?:$|[\n;|]|[ \t]{2}|\b(?i:addr(?:ess)?\.?[ \t]*(?:line|ln)"
    r"|post[ \t]*code|zip|city|town|county|state|country|tel|phone|mobile)\b))",
    re.MULTILINE,
)


# A lower-case note's street in the Latin countries' own words, its name, its number and its
# town after a comma, as a patient types it: "rua das flores 22, porto", "via roma 12, milano".
_LOWER_ROMANCE_WORDS = frozenset(
    "rua avenida calle via viale corso piazza largo travessa praça estrada strada paseo".split()
)
_LOWER_ROMANCE_STREET_RE = re.compile(
    rf"(?<![\w/.-])(?P<word>{_alternation(_LOWER_ROMANCE_WORDS)})"
    r"(?P<name>(?:[ \t]+[a-zß-öø-ÿ][\w'’-]*){1,4}?),?[ \t]+\d{1,5}[a-z]?,[ \t]*"
    r"(?P<town>[a-zß-öø-ÿ][\w'’-]{2,}(?:[ \t]+[a-zß-öø-ÿ][\w'’-]{2,})?)"
    r"(?=[ \t]*(?:$|[,.;!?)\n]))"
)


def _lower_romance_streets(text: str) -> list[tuple[int, int]]:
    """The town must be one (the town list's, or no common English word: "via email 12,
    tomorrow" is prose); the name may hold dictionary words ("flores") only after a street word
    no English sentence uses, and after an English one ("via", "piazza") none but particles."""
    from prepcli.phi.places import towns  # (places reads this module: imported at call time)

    found = []
    for m in _LOWER_ROMANCE_STREET_RE.finditer(text):
        town = m["town"]
        if common(town) and town.title() not in towns():
            continue
        if everyday(m["word"]) and any(
            everyday(w) and not _PARTICLE_RE.fullmatch(w) for w in m["name"].split()
        ):
            continue
        found.append(m.span())
    return found


def find_addresses(
    text: str, words: frozenset[str] | None = None, runs: frozenset[str] | None = None
) -> Iterator[tuple[int, int]]:
    """Address spans; ``words``: the note's lower-cased words, ``runs``: its folded runs of
    letters (spans.letter_runs)."""
    words = words_of(text) if words is None else words
    runs = letter_runs(folded(text)) if runs is None else runs
    if len(words & _NUMBER_WORDS) >= 2 or ("-" in text and not words.isdisjoint(_NUMBER_WORDS)):
        yield from _spoken_streets(text)
    resides = _fields(text, _RESIDES_RE) if not words.isdisjoint(_RESIDES_WORDS) else []
    if "line" in words and not words.isdisjoint(_ADDRESS_LINE_WORDS):
        resides += [m.span("v") for m in _ADDRESS_LINE_RE.finditer(text)]
    if not words.isdisjoint(_LIVES_IN_WORDS) and not runs.isdisjoint(_LIVES_IN_RUNS):
        resides += _lives_in_towns(text, _LIVES_IN_RE)
    if "from" in words and not words.isdisjoint(_PATIENT_WORDS):
        resides += _lives_in_towns(text, _PATIENT_FROM_RE)
    if not _DIGIT_RE.search(text):
        # the addresses with no digit: a town and its state after "lives in", "from", a
        # town where someone is said to live
        if not words.isdisjoint(_MOVED_WORDS):
            yield from (m.span("v") for m in _MOVED_RE.finditer(text))
        if ", " in text:
            yield from _town_states(text)
        # a labelled address of a street with no house number ("Address: Keats Street, Leeds"),
        # not a word that says there is none ("Address: Unknown", "Same as above", "N/A")
        if "ddress" in text or "ADDRESS" in text or not words.isdisjoint(_FIELD_LABEL_WORDS):
            resides += [(s, e) for s, e in _fields(text) if _names_a_place(text[s:e])]
        yield from _merged(text, resides + _named_places(text, words))
        return
    anchors = [*_US_ANCHOR_RE.finditer(text), *_NUMBERED_RE.finditer(text)]
    if "orner" in text:
        anchors += _CORNER_RE.finditer(text)
    if "-ku" in text or "-gu" in text or "-shi" in text or "-si" in text or "-dong" in text:
        anchors += _ROMANISED_EAST_ASIAN_RE.finditer(text)
    if any(rx.search(text) for rx in _PROSE_STREET_HINTS):
        anchors += _PROSE_STREET_RE.finditer(text)
    found: list[tuple[int, int]] = resides
    if not words.isdisjoint(_LOWER_ROMANCE_WORDS):
        found += _lower_romance_streets(text)
    if not words.isdisjoint(_MARKET_WORDS):
        found += [(m.start(), _grow(text, m.end())) for m in _MARKET_RE.finditer(text)]
    if not words.isdisjoint(_LINE_SUFFIXES) and (
        "#" in text
        or not words.isdisjoint(_UNIT_WORDS)
        or _ZIP_RE.search(text)
        or not words.isdisjoint(_AU_STATE_WORDS)
    ):
        found += _us_lines(text)
    if _continental_hint(text):
        anchors += _EU_ANCHOR_RE.finditer(text)
    # (every city there but "TP HCM" has a letter outside ASCII)
    if (not text.isascii() or "HCM" in text) and _VN_CITY_RE.search(text):
        anchors += _VN_ADDRESS_RE.finditer(text)
    if any(rx.search(text) for rx in _OTHER_HINT_FAST) or (
        (not text.isascii() or any(w in text for w in _OTHER_HINT_WORDS))
        and _OTHER_HINT_RE.search(text)
    ):
        anchors += _OTHER_ANCHOR_RE.finditer(text)
    if _EU_TAIL_HINT_RE.search(text):
        anchors += _EU_TAIL_RE.finditer(text)
    for m in anchors:
        end = _grow(text, m.end())
        # A bare "number word number" is an address only when an apartment, city or postcode
        # follows ("Rate 10", "FiO2 40" in vent settings never do).
        if (
            m.re is _NUMBERED_RE
            and end == m.end()
            and (not _numbered_alone(m.group()) or _UNIT_AFTER_RE.match(text, m.end()))
        ):
            continue
        # In notes written in capitals "2 HR ST INCREASE" is an ST segment; a street in
        # capitals counts when a city or ZIP follows it ("912-914 8TH ST, CLARKSTON, WA").
        if m.re is _US_ANCHOR_RE and m.group("suffix") is not None:
            suffix = m.group("suffix")
            if suffix.islower():
                continue
            if suffix.isupper() and len(suffix) > 1 and "," not in text[m.end() : end]:
                continue
        if m.re is _EU_ANCHOR_RE:
            cut = _continental_end(text, m, end)
            if cut is None:
                continue
            end = cut
        found.append((_lead(text, m.start()), end))
    if ", " in text:
        found += _named_streets(text)
        found += _store_lines(text)
        found += _town_first_streets(text)
    if "-" in text:
        found += _number_code_towns(text)
    if any(w in text for w in _NAME_ONLY_STREETS):
        found += [(m.start(), _grow(text, m.end())) for m in _NAME_ONLY_STREET_RE.finditer(text)]
    for street in find_streets(text):
        end = _grow(text, street.end)
        if street.weak and end == street.end:
            continue  # "Plaza 3", "Via Roma 4" alone: a word of English prose as often
        found.append((street.start, end))
    cues = () if words.isdisjoint(_CUE_WORDS) else _CUE_RE.finditer(text)
    for m in cues:
        # After an explicit cue the next part is an address even without a street word:
        # "Address: 3421 Fagradalsbraut 71", "ZIP: 75534-030".
        part = _PART_RE.match(text, m.end()) or _UNIT_RE.match(text, m.end())
        nxt = _CUED_VALUE_RE.match(text, m.end())
        if nxt is not None:
            cut = _prose_after(text, nxt.start(), nxt.end())
            found.append((m.end(), cut if cut is not None else _grow(text, nxt.end())))
        elif part is not None and any(c.isdigit() for c in part.group()):
            found.append((m.end(), _grow(text, part.end())))
    # (each shape needs its word: most notes have none)
    lone = any(w in text for w in ("Apt", "Apartment", "Suite", "Ste"))
    for m in _LONE_UNIT_RE.finditer(text) if lone else ():
        if m.group()[0] == "S" and _INSTITUTION_BEFORE_RE.search(
            text, max(0, m.start() - 20), m.start()
        ):
            continue
        end = _grow(text, m.end())
        # a suite with nothing after it is a meeting room or an office ("Suite 301 booked for
        # the advisory board"); a flat is someone's
        if m.group()[0] == "S" and end == m.end():
            continue
        found.append((m.start(), end))
    opening = any(w in text for w in _OPENING_UNIT_WORDS)
    for m in _OPENING_UNIT_RE.finditer(text) if opening else ():
        end = _grow(text, m.end())
        # two parts at least, one of them a place's name alone: "Unit 3, Module 2" is a
        # course, "House 2, Level 3, 2025 Plan" a slide
        parts = [p.strip() for p in _PART_SPLIT_RE.split(text[m.end() : end]) if p.strip()]
        if m.group().startswith("Stand") and not any(_EXTENSION_RE.fullmatch(p) for p in parts):
            continue  # a fair's stand ("Stand 12, Hall 3, ExCeL London"); a township's has its
            # extension ("Stand 456, Ext 2, Tembisa 1632")
        if m.group().startswith("Ward") and any(_INSTITUTION_RE.search(p) for p in parts):
            continue  # a hospital's ward ("Ward No. 9, Civil Hospital, Darbhanga")
        # "RD 3, Whangarei 0173": a rural delivery and its town need no third part
        rural = m.group().startswith(("RD", "RR")) and len(parts) == 1
        if (len(parts) >= 2 or rural) and any(
            p[0].isupper()
            and not _DIGIT_RE.search(p)
            or _TOWN_AND_CODE_RE.fullmatch(p)
            or _TAIL_RE.search(p)
            for p in parts
        ):
            found.append((m.start(), end))
    # Addresses that end in a postcode or a country but start with no number a rule knows
    # ("The Rushes, Loughborough, Leicestershire LE11 5BG"): grown backwards from there.
    for m in _TAIL_RE.finditer(text):
        if _ID_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "License AZ 45321": a licence number, not a ZIP
        start = _grow_back(text, m.start())
        # A state and four digits alone is as often a year ("WA 2020"), and a state code is
        # often a word ("Account manager ID 55120"): a place must lead them.
        if start == m.start() and (
            _FOUR_DIGITS_END_RE.search(m.group()) or _STATE_WORD_RE.match(m.group())
        ):
            continue
        # "ID" is Idaho after a town and its comma ("Boise, ID 83702"); "Rep ID 44120" is an ID
        if m.group().startswith("ID") and not text[: m.start()].rstrip().endswith(","):
            continue
        found.append((start, _grow(text, m.end())))
    found += _named_places(text, words)
    if not words.isdisjoint(_country_words()):
        for m in _written_country_re().finditer(text):
            code = _CODE_AFTER_RE.match(text, m.end())
            if code is not None:
                found.append((m.start(), code.end()))
            start = _grow_back(text, m.start())
            if (
                _DIGIT_RE.search(text, start, m.start())
                and start < m.start()
                and not _maker_before(text, start, m.start())
            ):
                found.append((start, _grow(text, m.end())))
    if "ddress" in text or "ADDRESS" in text or not words.isdisjoint(_FIELD_LABEL_WORDS):
        found += _fields(text)
    if not words.isdisjoint(_MOVED_WORDS):
        found += [m.span("v") for m in _MOVED_RE.finditer(text)]
    if ", " in text:
        found += _town_states(text)
    if ", " in text:
        found += [
            m.span()
            for m in _CODE_PLACE_RE.finditer(text)
            if _CAPITALISED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        ]
    if "\n" in text and _LINE_HINT_RE.search(text):
        found += _line_addresses(text)
    if any(rx.search(text) for rx in _IN_TOWN_HINTS):
        found += _towns(text)
    if "〒" in text:
        found += [m.span() for m in _JP_POSTAL_RE.finditer(text)]
    if not text.isascii():
        found += find_cjk_addresses(text)
    if "=" in text:
        found += [m.span("v") for m in _EXPORT_FIELD_RE.finditer(text)]
    if "址" in text or "住所" in text or "주소" in text:
        found += [m.span("v") for m in _HAN_FIELD_RE.finditer(text)]
    yield from _merged(text, found)


# A US address on one line in any case, as forms and exports write it: "16781 chagrin blvd # 124
# shaker heights oh 44120-3721", "0 E WARDELL DR # APT 3 PEMBROKE 28372". Lower-case and capital
# streets are prose or shorthand too ("2 main street", "2 HR ST"), so an apartment or a ZIP
# must follow.
_LINE_SUFFIXES = frozenset(
    """street st avenue ave av road rd boulevard blvd lane ln drive dr court ct way place pl
    terrace ter circle cir parkway pkwy highway hwy trail trl square sq plaza loop pike""".split()
)
_US_LINE_RE = re.compile(
    # (an Australian unit before the number: "unit 3/4 smith st mosman nsw 2088")
    r"(?<![\w/.-])(?:(?:unit|flat|apt)[ \t]*)?(?:\d{1,4}/)?\d{1,6}[ \t]+"
    r"(?:(?:[nsew]|ne|nw|se|sw)\.?[ \t]+)?"
    r"(?:[a-z0-9][\w'’-]*\.?[ \t]+){1,4}?"
    rf"{_alternation(_LINE_SUFFIXES)}\b\.?"
    r"(?:[ \t]+(?:[nsew]|ne|nw|se|sw)\b\.?)?"
    r"(?P<unit>[ \t]+(?:#[ \t]*)?(?:apt|ste|suite|unit|fl|rm|#)\.?[ \t]*#?[ \t]*[\w-]{1,6}\b)?"
    r"(?:(?:[ \t]*,?[ \t]+|[ \t]*,?[ \t]*\n[ \t]*)(?:[a-z][a-z.'’-]*,?[ \t]+){0,4}?"
    r"(?:(?:nsw|vic|qld|tas|act|nt|sa|wa)\.?[ \t]+(?P<zip3>\d{4})(?!\d)"
    rf"|(?:{'|'.join(_US_STATES)})\b\.?(?:[ \t]+(?P<zip>\d{{5}}(?:-\d{{4}})?))?"
    r"|(?P<zip2>\d{5}(?:-\d{4})?))(?![\w-]))?",
    re.IGNORECASE,
)


# The value after an address cue, up to a clause break ("... louisville ky - wants it resent").
_CUED_VALUE_RE = re.compile(r"\d[\w .'’/-]{0,60}?(?=\s*(?:$|[,\n?!;)]|\.(?:\s|$)|[-–—][ \t]))")


_UNIT_WORDS = frozenset("apt ste suite unit fl rm".split())
_AU_STATE_WORDS = frozenset("nsw vic qld tas act nt sa wa".split())
# What may stand in lower case inside an address after its number: street words, units,
# the particles of street names ("rue de la Paix"), a house number's "no"/"bis".
_LOWER_ADDRESS_WORDS = (
    _LINE_SUFFIXES
    | _UNIT_WORDS
    | frozenset(
        """flat floor no nr bis ter de da do das dos del della di la le les du des van von der
        den am an y i e el lo""".split()
    )
)
_TOWN_PREPOSITIONS = frozenset("in at te à a en em".split())
# Words of English prose that no address holds.
_PROSE_WORDS = frozenset(
    """with since until because but he she they his her their who which was is has had will
    and then when after before""".split()
)
_MONTH_OR_DAY_RE = re.compile(rf"(?:{_MONTHS}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[.,]?$")
_TOKEN_RE = re.compile(r"\S+")


def _prose_after(text: str, start: int, end: int) -> int | None:
    """Where a cued address value ends when prose follows it in the same clause ("lives at 12
    Main St in May he moved ...", "12 Main St in Dayton with his wife"): before the first
    lower-case word that is no part of an address, or before a preposition whose word after is
    no town (a month, a lower-case word). In text typed in one case, where case says nothing,
    only before a word of prose ("with", "since"). None when the value is all address."""
    value = text[start:end]
    cased = not (value.islower() or value.isupper())
    tokens = list(_TOKEN_RE.finditer(value))
    words = street_words()
    lows = [t.group().strip(",.;:").lower() for t in tokens]
    for i, tok in enumerate(tokens[1:], 1):
        word = tok.group().strip(",.;:")
        low = lows[i]
        if low in _PROSE_WORDS:
            pass
        elif (
            not cased
            or not word[:1].islower()
            or any(c.isdigit() for c in word)
            or low in _LOWER_ADDRESS_WORDS
            or low in words.strong
            or low in words.weak
            # a street's name in lower case before its street word: "fejedelem útja"
            or any(w in words.strong for w in lows[i + 1 :])
        ):
            continue
        elif low in _TOWN_PREPOSITIONS and i + 1 < len(tokens):
            after = tokens[i + 1].group()
            if after[:1].isupper() and not _MONTH_OR_DAY_RE.match(after):
                continue
        last = tokens[i - 1]
        return start + last.start() + len(last.group().rstrip(",;:"))
    return None


_ZIP_RE = re.compile(r"\d{5}")


def _us_lines(text: str) -> list[tuple[int, int]]:
    return [
        m.span()
        for m in _US_LINE_RE.finditer(text)
        if m.group("unit") or m.group("zip") or m.group("zip2") or m.group("zip3")
    ]


# An address field: after "Address:", "Home address per intake form -", "Mailing address on
# file:" the value is an address whatever its shape ("LÓPEZ MATEOS,\n106,\n21840,\nMEXICALI").
_FIELD_RE = re.compile(
    r"\b(?i:(?:(?:home|mailing|postal|street|residential|permanent|current|new|billing|"
    r"shipping|delivery|return|patient'?s?|pt'?s?)[ \t]+)*(?:address(?:es)?|addr\.?"
    # the label in other languages
    r"|adresse|adres|adresa|adresă|direcci[óo]n|domicilio|endere[çc]o|indirizzo|anschrift"
    r"|wohnadresse|osoite|lakc[íi]me?|адрес|адреса|διεύθυνση|địa[ \t]+chỉ|العنوان|כתובת"
    r"|alamat|anwani|ที่อยู่"
    # the languages of India, the Philippines, South Africa, Wales, Ireland: पता (Hindi),
    # पत्ता (Marathi), ঠিকানা (Bengali), முகவரி (Tamil), చిరునామా (Telugu), پتہ (Urdu), tirahan
    # (Tagalog), ikheli (Zulu), idilesi (Xhosa), cyfeiriad (Welsh), seoladh (Irish)
    r"|पता|पत्ता|ঠিকানা|முகவரி|చిరునామా|پتہ|tirahan|ikheli|idilesi|cyfeiriad|seoladh"
    r"|domicile|morada"
    # a patient's address in one word: "Patientenadresse", "Patiëntadres"
    r"|patient(?:en)?(?:adresse|anschrift)|pati[ëe]ntadres)"
    # whose address, after it: "Adresse du patient :", "Dirección del paciente:", "Endereço do
    # utente:", "Indirizzo del paziente:", "Adresse des Patienten:"
    r"(?:[ \t]+(?:du|de[ \t]+la|del|de[ \t]+l['’]|do|da|des|der)[ \t]*(?:patiente?|paciente"
    r"|utente|doente|paziente|patient(?:en|in)?|assur[ée]e?|b[ée]n[ée]ficiaire))?"
    # "Pt address (hub form):", "Return address on pt's letter:"
    r"(?:[ \t]*\([^()\n]{1,30}\)|[ \t]+(?:on|per|from)[ \t]+[^\n:;]{1,30}?|[ \t]+(?:is|was))?)"
    # "What is your address? it is ...": the answer after the question.
    r"[ \t]*(?::|[ \t]-[ \t]|=|\?[ \t]*(?i:(?:it\s+is|it's|its|is)[ \t]+)?(?=\d))[ \t]*"
)
# An export's address fields as key=value pairs ("addr1=Ilica 242; city=Zagreb; zip=10000"):
# pasted into a note they are the patient's (a practice's location is the HCP record's own).
_EXPORT_FIELD_RE = re.compile(
    r"\b(?i:addr(?:ess)?[_ ]?(?:line)?[_ ]?[1-3]?|street|city|town|suburb|zip(?:[_ ]?code)?"
    r"|post(?:al)?[_ ]?code|pc(?=[ \t]*=[ \t]*\d{3,6}\b))"
    r"[ \t]*=[ \t]*(?P<v>\w[^;,|&\n\"]{0,59}?)(?=[ \t]*(?:[;,|&\n\"]|$))"
)
# Where a person lives, said rather than labelled, as letters and charts write it: German
# "wohnhaft (in)", "wohnt in", "wh.:", Spanish "domiciliado en", "residente en", French
# "domicilié à", "demeurant à", Dutch "woonachtig (te)", an English "home address" with no
# colon; and the town's own fields of a Spanish or German form ("Localidad/ Provincia:
# Madrid", "Población:", "Wohnort:"). What follows on the line is the address, whatever its
# shape ("wohnhaft in A-9580-Villach, Rathausplatz 31", "wohnhaft in Klagenfurt"). A town alone
# is an address too: HIPAA's Safe Harbor removes every place smaller than a state.
# The words of a form's field for the town (some are given names too: "Ville").
TOWN_FIELD_WORDS = frozenset(
    """city town ville ciudad cidade città citta stadt ort woonplaats miasto suburb locality
    comune kommune kaupunki""".split()
)
_RESIDES_RE = re.compile(
    # a form's field for the town, on its own line or after a field separator: "City:
    # Springfield", "Ville : Villeurbanne", "Ciudad: Sevilla" (not "Congress city: Vienna")
    r"(?:(?:(?m:^)|(?<=[;|\t]))[ \t>*-]*(?i:(?:patient'?s?|pt'?s?|home|residence)[ \t]+)?"
    rf"(?i:{'|'.join(sorted(TOWN_FIELD_WORDS))})(?=[ \t]*:)"
    r"|\b(?i:wohnhaft(?:[ \t]+in)?|wohnt[ \t]+in|wh\.[ \t]*:|domiciliad[oa][ \t]+en"
    r"|residente[ \t]+en|domicili[ée]e?[ \t]+(?:à|au|a)|demeurant(?:[ \t]+(?:à|au|a))?"
    r"|woonachtig(?:[ \t]+(?:te|in|aan))?"
    r"|(?:home|mailing|postal|residential|permanent|current)[ \t]+address(?=[ \t]+[A-Z\d])"
    r"|(?:(?:localidad|provincia|poblaci[óo]n|municipio)[ \t]*/[ \t]*)?"
    r"(?:localidad|provincia|poblaci[óo]n|municipio|wohnort)(?=[ \t]*:)))"
    r"[ \t]*:?[ \t]*"
)
_RESIDES_WORDS = (
    frozenset(
        """wohnhaft wohnt wh domiciliado domiciliada residente domicilié domiciliée domicilie
    domiciliee demeurant woonachtig address localidad provincia población poblacion municipio
    wohnort""".split()
    )
    | TOWN_FIELD_WORDS
)
# A town where someone is said to live, after a verb of living in running prose: "lives in
# Dayton", "resides in Kettering", "woont in Zwolle", "lebt in Graz", "habite à Lyon", "vive
# en Sevilla", "abita a Bergamo", "mora em Braga". Only the town's capitalised words: the
# clause goes on ("lives in Dayton with his wife"). A state or a country is no smaller place.
_LIVES_IN_RE = re.compile(
    # (not "resident in": a doctor in training is one "in Cardiology")
    r"\b(?i:(?:lives|lived|living|resides|resided|residing)"
    # (how or with whom may come between: "living alone in Aranui", "lives with whānau in
    # Otara", "lives with her two sons in Hornby")
    r"(?:[ \t]+(?:alone|independently|locally|together|with[ \t]+(?:(?:his|her|their|a|an|two"
    r"|three|both|elderly)[ \t]+){0,2}[^\W\d_]+(?:[ \t]+and[ \t]+[^\W\d_]+)?))?[ \t]+in"
    r"|resident[ \t]+of"
    r"|woont[ \t]+(?:in|te)|wonende[ \t]+te|lebt[ \t]+in"
    r"|(?:habite|vit|réside|résidant)[ \t]+(?:à|au|en)"
    r"|(?:abita|vive|risiede|residente)[ \t]+(?:a|in)|(?:vive|reside)[ \t]+en"
    r"|(?:mora|reside|residente)[ \t]+(?:em|no|na)"
    # where a German or Swiss report says the patient comes from: "stammt aus Sursee",
    # "Patientin aus Brugg"
    # (or was born: "stammt ursprünglich aus Sion", "gebürtig aus Chur")
    r"|(?:stammt|stammend)(?:[ \t]+(?:ursprünglich|eigentlich|gebürtig))?[ \t]+aus"
    r"|gebürtig[ \t]+aus|(?-i:Patient(?:in)?)[ \t]+aus)[ \t]+"
)
_LIVES_IN_WORDS = frozenset(
    """lives lived living resides resided residing resident woont wonende lebt habite vit
    réside résidant abita vive risiede residente reside mora stammt stammend gebürtig patient
    patientin""".split()
)
# A word every _LIVES_IN_RE match holds, as a run of letters (its verb, or "aus").
_LIVES_IN_RUNS = frozenset(
    """lives lived living resides resided residing resident woont wonende lebt habite vit
    réside résidant abita vive risiede residente reside mora aus""".split()
)
# The same in an English note's "pt from Leeds", "the patient is from Houston", for a town the
# lists know only ("patient from Pfizer", "pt from Cardiology" stay); a capital "PT" is a
# physical therapist. (Its first letter a plain class, so the search skips ahead to each "p".)
_PATIENT_FROM_RE = re.compile(
    r"[Pp](?<![\w'’-][Pp])(?:t|(?i:atient))(?:[ \t]+(?:is|was|originally))*[ \t]+from[ \t]+"
)
_PATIENT_WORDS = frozenset(("pt", "patient"))
# A postcode right after a residence's town: "Leeds LS1", "Leeds LS1 3EX", "Sydney 2000",
# "Dallas 75201", Israel's seven digits ("Haifa 3303123").
_POSTCODE_AFTER_RE = re.compile(
    r"[ \t]+(?:[A-Z]{1,2}\d[A-Z\d]?(?:[ \t]+\d[A-Z]{2})?|\d{4,7}(?:-\d{4})?)(?![\w/.-]|[.,]\d)"
)
# (a British district's code a run of capitalised words took in: "Leeds LS1")
_TRAILING_CODE_RE = re.compile(r"[ \t]+[A-Z]{1,2}\d[A-Z\d]?$")


# A house number and its flat after a slash or a dash ("5", "12B", "25/85", "28-66"); unlike
# _HOUSE_NUMBER, a letter glued to the number needs no word's end after it ("52k").
_HOUSE_NUMBER_RE = re.compile(r"\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?")
# What closes a street's part after its house number: the end, a line break, a comma, a
# second number alone (an interior number: "293 496"), or a flat's or floor's unit.
_AFTER_HOUSE_RE = re.compile(r"[ \t]*(?:$|\n|,|\d{1,5}[ \t]*(?:$|\n|,))")
_BLANKS_RE = re.compile(r"[ \t]+")


def opens_with_house_number(text: str, start: int, end: int) -> bool:
    """Whether the address ``text[start:end]`` opens with the house number that closes a
    street's name written before it ("Martinez [5, Guipúzcoa 21889]", "Ramos [91 Piso 0]"), not
    with a house number before its own street ("[4340 13 th ave s]") nor with a count ("[60
    år]")."""
    number = _HOUSE_NUMBER_RE.match(text, start, end)
    if number is None:
        return False
    if _AFTER_HOUSE_RE.match(text, number.end(), end) is not None:
        return True
    blanks = _BLANKS_RE.match(text, number.end(), end)
    return blanks is not None and _UNIT_RE.match(text, blanks.end(), end) is not None


def town_end(text: str, start: int, end: int) -> int:
    """Where the town's words a capitalised run from ``start`` took end, before the British
    district's code it took in too ("Leeds LS1")."""
    code = _TRAILING_CODE_RE.search(text, start, end)
    return code.start() if code else end


def with_postcode(text: str, end: int) -> int:
    """The end of a town's span at ``end`` with the postcode right after it, if any."""
    code = _POSTCODE_AFTER_RE.match(text, end)
    return code.end() if code else end


_NOT_A_TOWN_RE = re.compile(rf"(?:{_MONTHS}|[A-Z]{{1,2}})$")


def _lives_in_towns(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """The towns after ``pattern``'s matches: _LIVES_IN_RE's, or _PATIENT_FROM_RE's (a town
    the lists know only)."""
    from prepcli.phi.places import towns  # (places reads this module: imported at call time)

    spans = []
    for m in pattern.finditer(text):
        town = _TOWN_WORDS_RE.match(text, m.end())
        if town is None:
            continue
        end = town_end(text, town.start(), town.start() + len(town.group().rstrip()))
        # "St. Paul", "Mt. Vernon": an abbreviation's dot goes on into the town
        if text[town.start() : end] in _TOWN_ABBREVIATIONS and text.startswith(". ", end):
            more = _TOWN_WORDS_RE.match(text, end + 2)
            end = end + 2 + len(more.group().rstrip()) if more else end
        name = text[town.start() : end]
        # after German "aus" the town closes its clause: "aus Sicht der Pflege stabil" is a
        # point of view
        if m.group().rstrip().endswith("aus") and (
            " " in name or not _CLAUSE_END_RE.match(text, end)
        ):
            continue
        if pattern is _PATIENT_FROM_RE and name not in towns():
            continue
        if (
            _NOT_A_TOWN_RE.match(name)
            or name in _US_STATE_NAMES
            or name in country_names()
            or name in _STATE_SET
            # a kind of housing or care, or a title's word, not a place: "lives in Assisted
            # Living", "Section 8 housing", "Living in Fear"
            or not _HOUSING_WORDS.isdisjoint(name.split())
        ):
            continue
        spans.append((town.start(), with_postcode(text, end)))
    return spans


_CLAUSE_END_RE = re.compile(r"[ \t]*(?:[,.;:)!?\n]|$)")
# A named house of supported living, a lodge or a block of flats before its street address:
# "Supported living at Rata House, 8 Linwood Avenue" is one address (hospitals, clinics and
# centres are institutions, whose addresses are their own).
_NAMED_HOUSES = tuple("House Lodge Court Villa Villas Manor Hostel Flats Cottage".split())
_BUILDING = rf"(?:{'|'.join(_NAMED_HOUSES)})"
_BUILDING_BEFORE_RE = re.compile(
    # (not a titled person's surname: "Mr Lodge, 12 Elm St")
    r"(?<![\w'’-])(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t])"
    rf"(?:[A-Z][\w'’-]+[ \t]+){{1,3}}(?:{_BUILDING}[ \t]*,[ \t]*)?$"
)
_BUILDING_START_RE = re.compile(rf"{_BUILDING}[ \t]*,[ \t]*\d")


def named_buildings(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (addresses) with a named house's words before a street address taken in."""
    out = []
    for start, end in spans:
        before = _BUILDING_BEFORE_RE.search(text, max(0, start - 60), start)
        if before is not None and (
            _BUILDING_START_RE.match(text, start)
            or (before.group().rstrip(" \t,").endswith(_NAMED_HOUSES) and "," in before.group())
        ):
            start = before.start()
        out.append((start, end))
    return out


_TOWN_ABBREVIATIONS = frozenset("St Ste Mt Ft Pt".split())
_HOUSING_WORDS = frozenset(
    """Section Assisted Independent Supported Supportive Sheltered Senior Living Housing Home
    Homes Care Facility Shelter Residence Residences Community Apartment Apartments Nursing
    Group Public Subsidized Fear Pain Denial Poverty Isolation""".split()
)


# The same in Chinese: 地址 / 住址 (address), up to the clause's end.
# Japanese 住所 and Korean 주소 likewise.
_HAN_FIELD_RE = re.compile(r"(?:地址|住址|住所|주소)[：:][ \t]*(?P<v>[^，。；,;\n]{2,60})")
# A Japanese address behind its postal mark, with or without a label, up to its last number
# (block, lot or building: 2丁目5番3号, 5-3, 12番地): "〒399-8204 長野県諏訪市中清水2丁目5番3号"
_JP_POSTAL_RE = re.compile(
    r"〒[ \t]?\d{3}-\d{4}(?:[ \t]*[^\s，。；,;、（()）]{0,50}(?:\d|号|番地|番|丁目))?"
)
_FIELD_LABEL_WORDS = frozenset(
    """addr adresse adres adresa adresă dirección direccion domicilio endereço endereco
    indirizzo anschrift wohnadresse osoite lakcím lakcíme адрес адреса διεύθυνση địa العنوان
    כתובת alamat anwani ที่อยู่ पता पत्ता ঠিকানা முகவரி చిరునామా پتہ tirahan ikheli idilesi
    cyfeiriad seoladh domicile morada patientenadresse patientadresse patientenanschrift
    patiëntadres patientadres""".split()
)
# Where a value on the label's line ends: a clause break, or the next "Label:".
_VALUE_STOP_RE = re.compile(
    # (a dash between a city and its state code or postcode is the address's own:
    # "Brasília - DF, 70765-110", "Jaipur, Rajasthan - 302001")
    r";|[ \t][-–—][ \t](?![\d#]|[A-Z]{2}\b)|[ \t]\(|[ \t]{2,}(?=[A-Z][\w ]{0,20}:)"
    # (nor does a house number's dot before the floor and door: "u. 12. II/4")
    r"|(?<!\d)\.(?=[ \t]+[A-Z]|[ \t]*$)|(?<=\d)\.(?=[ \t]+[A-Z](?![IVX]+/)|[ \t]*$)|$",
    re.MULTILINE,
)
_ABBREVIATION_RE = re.compile(r"(?<!\S)(?:[A-Za-z]{1,3}|[A-Z]\.[A-Z])$")
_LABEL_LINE_RE = re.compile(r"[ \t>-]*[A-Z][\w /]{0,25}:")
_INDENTED_RE = re.compile(r"\n[ \t]{2,}(?![ \t]*[A-Z][\w /]{0,25}:)(?=\S)")


def _names_a_place(value: str) -> bool:
    """Whether a labelled value with no number names a place: a street's word or a capitalised
    word no dictionary holds ("Keats Street, Leeds"), not only words ("Unknown", "N/A")."""
    return any(
        w.lower() in _LINE_SUFFIXES or (w[:1].isupper() and not everyday(w.lower()))
        for w in _LETTER_WORD_RE.findall(value)
    )


_LETTER_WORD_RE = re.compile(r"[^\W\d_]{2,}")


def _fields(text: str, label_re: re.Pattern[str] = _FIELD_RE) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in label_re.finditer(text):
        start = m.end()
        if text.startswith("\n", start):
            end = _block(text, start + 1)
            start += 1
        else:
            end = _line_value(text, start)
        value = text[start:end]
        if label_re is _RESIDES_RE and not _DIGIT_RE.search(value):
            # a town alone is said in a sentence that goes on: "wohnhaft in Wien und kommt"
            town = _TOWN_WORDS_RE.match(value)
            end = start + (town.end() if town else 0)
            value = text[start:end]
        if value.strip() and (_DIGIT_RE.search(value) or value.lstrip()[:1].isupper()):
            spans.append((start, end))
    return spans


# A town's words: capitalised, joined by dashes or a slash ("Biel/Bienne"), with the particles
# of a town's name between them ("Frankfurt am Main", "San Sebastián de los Reyes").
_TOWN_WORDS_RE = re.compile(
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*(?:/[A-ZÀ-ÖØ-Þ][\w'’-]*)?"
    r"(?:[ \t]+(?:(?:am|an|der|im|bei|de|del|la|las|los|sur|en|ob|in)[ \t]+)*(?=[A-ZÀ-ÖØ-Þ])"
    r"|(?=\W|$)))+"
)


def _line_value(text: str, start: int) -> int:
    """End of an address written after its label, over the next lines while a line ends in a
    comma ("237 Old Hope Road,\nKingston 6,\nJamaica W.I")."""
    pos = start
    for _ in range(6):
        for stop in _VALUE_STOP_RE.finditer(text, pos):
            # "St. Louis", "Apt No. 456", "W.I.": an abbreviation's dot does not end it.
            if (
                stop.group() == "."
                and _ABBREVIATION_RE.search(text, pos, stop.start())
                # "..., Grove City, OH. Dr. Howard said": a state code's dot ends an address
                and text[max(pos, stop.start() - 2) : stop.start()] not in _STATE_SET
            ):
                continue
            break
        end = stop.start()
        # A form wraps a long value onto indented lines below it ("Address: Apartment ABC\n
        #           123 fake st").
        wrapped = _INDENTED_RE.match(text, end) is not None
        if not (text[pos:end].rstrip().endswith(",") or wrapped) or not text.startswith("\n", end):
            return _rstrip(text, start, end)
        pos = end + 1
    return _rstrip(text, start, pos)


def _block(text: str, start: int) -> int:
    """End of an address written as lines below its label, up to a blank or labelled line."""
    end = pos = start
    for _ in range(7):
        nl = text.find("\n", pos)
        line_end = len(text) if nl < 0 else nl
        line = text[pos:line_end]
        if not line.strip() or _LABEL_LINE_RE.match(line):
            break
        end = line_end
        if nl < 0:
            break
        pos = nl + 1
    return _rstrip(text, start, end)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t,;.>":
        if text[end - 1] == "." and _ABBREVIATION_RE.search(text, start, end - 1):
            break
        end -= 1
    return end


@cache
def country_names() -> frozenset[str]:
    """Country names as written in running text ("France", "Jordan"): a lone one is a place,
    even where a name list also holds it as a given name."""
    text = resources.files("prepcli.phi").joinpath("data", "countries.txt").read_text("utf-8")
    return frozenset({line.strip() for line in text.splitlines() if line.strip()})


@cache
def _written_country_re() -> re.Pattern[str]:
    """Country names as an address ends with them, capitalised or in capitals: a search over
    the whole note, so case-sensitive and started only at a capital letter (far cheaper than
    the case-blind pattern, which _grow only tries right after an address part)."""
    text = resources.files("prepcli.phi").joinpath("data", "countries.txt").read_text("utf-8")
    names = {line.strip() for line in text.splitlines() if line.strip()} | set(_COUNTRY_ALIASES)
    forms = names | {n.upper() for n in names}
    return re.compile(r"(?<![\w-])(?=[^\W\d_])(?![a-zß-ÿ])" + _alternation(forms) + r"(?![\w-])")


@cache
def _country_words() -> frozenset[str]:
    """Each word of every country name, lower-cased: a cheap test before the country pattern."""
    text = resources.files("prepcli.phi").joinpath("data", "countries.txt").read_text("utf-8")
    names = [*text.splitlines(), *_COUNTRY_ALIASES]
    return frozenset(w for n in names for w in words_of(n) if len(w) > 3 or n == w)


_ID_BEFORE_RE = re.compile(
    r"(?i:licen[cs]e|lic|npi|dea|id|no|number|acct|account|policy|member|group|plan|#)\.?[ \t#:]*$"
)
_TOKEN_BEFORE_RE = re.compile(r"(\S+)(\s*)$")
_STREET_TYPE_RE = re.compile(rf"(?:{_US_SUFFIX})\.?,?$|.*(?:{_EU_ENDING})\.?,?$", re.IGNORECASE)
_BACK_WORDS = frozenset(
    """de da do del della di la le les am an der den van von upon sur y i e nad pod u na im bei
    aan op zum zur street st road rd avenue ave apt no nr ap sc et str t.v. flat unit""".split()
)


_IRISH_COUNTY_RE = re.compile(
    r"(?<=,[ \t])Co(?:\.|unty)[ \t]+(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down"
    r"|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo"
    r"|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford"
    r"|Wicklow)\b"
)
# A house known by its name, as British and Irish addresses give one instead of a number
# ("Ivy Lodge, Church Lane, Little Snoring"): the name's word, then a named street after it.
# (not Farm, Grange, Manor, Hall: as often a business, a care home or a venue)
_HOUSE_WORDS = "Cottage Cottages Lodge Farmhouse Barn Croft Bungalow".split()
_HOUSE_WORD_RE = re.compile(rf"(?:{'|'.join(_HOUSE_WORDS)}),")
_HOUSE_NAME_RE = re.compile(
    rf"(?<![\w'’-])(?:[A-Z][\w'’-]+[ \t]+){{1,2}}(?:{'|'.join(_HOUSE_WORDS)})(?=,[ \t]+[A-Z])"
)
_NAMED_STREET_PART_RE = re.compile(_STREET_NAMED)


# An Indian village's address (India Post): the village, then its post office, tehsil or
# district and the PIN ("Village Rampur, P.O. Khurja, Dist. Bulandshahr, UP 203131").
_IN_VILLAGE_RE = re.compile(
    r"\b(?:Vill(?:age)?\.?|Gram|VPO|V\.P\.O\.?)[ \t]*:?[ \t]+(?:[A-Z][\w'’-]+[ \t]*){1,2}(?=,)"
)
_IN_RURAL_PART_RE = re.compile(
    r",[ \t]*(?:P\.[ \t]?O\.|Post|Dist(?:rict)?\.?|Teh(?:sil)?\.?|Taluk|Tq\.|Mandal)[ \t]"
    r"|\b\d{6}\b"
)


# A Philippine barangay, a sitio or purok before it, then its town ("Sitio Malinis, Brgy.
# Poblacion, Talisay, Cebu"); kept where a town follows and the name is not all common words
# ("Barangay Health Station" is a clinic; BERT's common words, as the dictionary holds
# "Poblacion").
_PH_BARANGAY_RE = re.compile(
    r"(?<![\w-])(?:(?:Sitio|Purok|Zone)[ \t]+[\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?,[ \t]*)?"
    r"(?:Brgy\.?|Barangay|Bgy\.?)[ \t]+(?P<name>[A-Z0-9][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})"
    r"(?=,)"
)


# A South African farm by its name and district ("Farm Rietfontein, Bela-Bela District").
_FARM_RE = re.compile(r"\b(?:Portion[ \t]\d{1,4}[ \t]of[ \t])?Farm[ \t]+[A-Z][\w'’-]+(?=,)")
_RURAL_DISTRICT_RE = re.compile(r"\b(?:District|Municipality)\b|\b\d{4}\b")
# A street someone lives on, named without a number ("staying with her aunt on Maple Avenue").
_LIVES_ON_WORDS = frozenset(
    "live lives living stay stays staying reside resides residing moved moving".split()
)
_LIVES_ON_RE = re.compile(
    r"\b(?i:lives?|living|stays?|staying|resides?|residing|moved|moving)\b[^.;:\n]{0,40}?"
    rf"\bon[ \t]+(?P<v>{_STREET_NAMED})"
)


def _named_places(text: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """Addresses that need no number: an Irish county after its town ("Roundstone, Co.
    Galway", "Ballina, County Mayo, F26 K2P3"; a county alone is a territory as often:
    "covers Co. Cork"), a house known by its name, a farm and its district, a street someone
    lives on, a Philippine barangay, an Indian village."""
    found = []
    if ", Co" in text:
        for m in _IRISH_COUNTY_RE.finditer(text):
            start = _grow_back(text, m.start())
            if start < m.start():
                found.append((start, _grow(text, m.end())))
    if _HOUSE_WORD_RE.search(text):
        found += _house_names(text)
    if "Farm " in text:
        for m in _FARM_RE.finditer(text):
            end = _grow(text, m.end())
            if _RURAL_DISTRICT_RE.search(text, m.end(), end):
                found.append((m.start(), end))
    if " on " in text and not words.isdisjoint(_LIVES_ON_WORDS):
        for m in _LIVES_ON_RE.finditer(text):
            end = m.end("v")
            town = _TOWN_AFTER_STREET_RE.match(text, end)
            if town is not None and not any(common(w) for w in town["place"].split()):
                end = town.end()  # "on Maple Avenue in Dartmouth"
            found.append((m.start("v"), end))
    if "Brgy" in text or "Barangay" in text or "Bgy" in text:
        for m in _PH_BARANGAY_RE.finditer(text):
            end = _grow(text, m.end())
            if end > m.end() and not all(common(w) for w in m.group("name").split()):
                found.append((m.start(), end))
    if "Vill" in text or "VPO" in text or "V.P.O" in text or "Gram " in text:
        for m in _IN_VILLAGE_RE.finditer(text):
            end = _grow(text, m.end())
            if not any(everyday(w) for w in m.group().split()[1:]) and _IN_RURAL_PART_RE.search(
                text, m.end(), end
            ):
                found.append((m.start(), end))
    return found


def _house_names(text: str) -> list[tuple[int, int]]:
    """A house's name, a street named after it with no number and more of the address: the
    street's word says the name is a house's, not a farm's or a firm's alone."""
    spans = []
    for m in _HOUSE_NAME_RE.finditer(text):
        end = _grow(text, m.end())
        parts = [p.strip() for p in _PART_SPLIT_RE.split(text[m.end() : end]) if p.strip()]
        if len(parts) >= 2 and _NAMED_STREET_PART_RE.fullmatch(parts[0]):
            spans.append((m.start(), end))
    return spans


def _grow_back(text: str, start: int) -> int:
    """Extend an address backwards from its postcode or country over the parts before it:
    capitalised words and numbers, across commas and line breaks, up to a word of prose, a
    clause break or a label. A house number before its street ends it, so a business named
    before the address ("The Book Club 100-106 Leonard St") stays."""
    lo = max(0, start - 160)
    pos = start
    street_seen = False
    opened_by_number = False
    for _ in range(14):
        m = _TOKEN_BEFORE_RE.search(text, lo, pos)
        if m is None or m.start(1) == pos:
            break
        tok, gap = m.group(1), m.group(2)
        if "\n\n" in gap.replace(" ", "").replace("\t", ""):
            break
        core = tok.rstrip(",")
        new_part = tok.endswith(",") or "\n" in gap
        if new_part:
            street_seen = False
            # a part of bare digits before a part its house number opens is another number's
            # end, a phone's: "Home (08) 7010 6296, 73 Abattoir Gdns, ..."
            if opened_by_number and core.isdigit():
                break
        if core.endswith((":", ";", "!", "?")) or core in ("-", "–", "—", "&"):
            break
        if core.endswith(".") and not _ABBREVIATION_RE.search(core[:-1]) and len(core) > 4:
            break
        if core.startswith("("):
            break  # an aside: "Priya Desai, MD (License ..."
        first = core.lstrip("“\"‘'#")[:1]
        if not first:
            break
        if first.isdigit() or first == "½":
            if street_seen:
                pos = m.start(1)
                break  # the house number opens the street's part
        elif core.lower() in _BACK_WORDS:
            pass
        elif first.islower() or (
            core.rstrip(".") in _STOP - {"The"}
            # (a park's name: "Sunny Acres Mobile Home Park", not a mobile phone)
            and not (core == "Mobile" and text.startswith((" Home Park", " Home Estate"), m.end(1)))
        ):
            break
        if _STREET_TYPE_RE.match(core):
            street_seen = True
        opened_by_number = first.isdigit()
        pos = m.start(1)
        if core == "The":
            break
    return pos


# A postcode and its town as a part of their own between commas, after a capitalised word (a
# person's name): "Reto Keller, 3011 Bern, called", "Ana Lima, 1000-001 Lisboa.". A year or a
# count before its unit is no postcode ("Q3, 2025 Update", "Austria, 4000 Units").
_CODE_PLACE_RE = re.compile(
    rf"(?<=[^\W\d_], )(?:[A-Z]{{1,3}}-)?(?!(?:19|20)\d\d\b)\d{{4,5}}(?:-\d{{3}})?[ \t]+"
    rf"(?!{_COUNTED}\b|{_LABELLED}\b){_PLACE_WORD}(?:[ \t]+{_PLACE_WORD})?"
    r"(?=[ \t]*(?:[,;)]|\.(?:\s|$)|$))"
)
_CAPITALISED_BEFORE_RE = re.compile(r"(?<![\w'’.-])(?![a-zß-öø-ÿ])[^\W\d_][\w'’-]*, $")
# Where someone lives given as a postcode and place alone: "relocated to 75011 Paris".
_MOVED_WORDS = frozenset("moved relocated moving relocating lives living".split())
_MOVED_RE = re.compile(
    r"\b(?i:(?:moved|relocated|moving|relocating)(?:[ \t]+back)?[ \t]+to|lives[ \t]+in"
    r"|living[ \t]+in)[ \t]+(?P<v>(?:[A-Z]{1,3}-)?(?!(?:19|20)\d\d\b)\d{4,5}[ \t]+"
    # (not a unit: "2000 IU", "10000 Units")
    rf"(?!{_COUNTED}\b|[A-Z]{{1,3}}\b){_PLACE_WORD}"
    # or a town and its state: "lives in Springfield, IL"
    rf"|{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD})?,[ \t]+(?:{'|'.join(_US_STATES)}|NSW|VIC|QLD|TAS"
    r"|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE))(?![\w-])"
)
# A US town and its state with no street or ZIP after a preposition ("drove over from
# Springfield, IL this morning"); a state code that is also a word ("IN", "OR", "ME") is left.
_STATE_AFTER_COMMA_RE = re.compile(rf",[ \t]+(?:{'|'.join(_US_STATES)})(?![\w-])")
_TOWN_STATE_RE = re.compile(
    r"\b(?i:in|at|from|to|near)[ \t]+(?P<v>(?![a-zß-öø-ÿ])[^\W\d_][\w'’.-]*"
    rf"(?:[ \t]+(?![a-zß-öø-ÿ])[^\W\d_][\w'’.-]*)?,[ \t]+(?P<state>{'|'.join(_US_STATES)}))"
    r"(?![\w-])"
)


# A store's or clinic's line whose street has no street word or is a numbered route ("780
# Lynnway, Lynn MA 01905", "7 US-1, Saugus MA 1906", "3005 Cranberry Hwy Rt 6 28, Wareham MA
# 2538"): a house number, a few words, a comma, a town, its state and its ZIP. A spreadsheet
# that stored the ZIP as a number lost its leading zero; only the states whose ZIPs open with
# 0 (New England, New Jersey, Puerto Rico, the Virgin Islands) take four digits.
_ZERO_ZIP_STATES = "CT MA ME NH NJ RI VT PR VI".split()
_STATE_ZIP_HINT_RE = re.compile(r"[A-Z]{2}\.?,?[ \t]+\d{4,5}(?![\w-])")
_STORE_LINE_RE = re.compile(
    # (the street's words capitalised or numbers: "Take 2 tablets daily, Boston MA" is none)
    r"(?<![\w.,/-])\d{1,6}[A-Za-z]?(?:[ \t]+[A-Z\d][\w.'’-]*){1,6}?,[ \t]+"
    r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2},?[ \t]+"
    rf"(?:(?:{'|'.join(_ZERO_ZIP_STATES)})\.?,?[ \t]+\d{{4}}"
    rf"|(?:{'|'.join(_US_STATES)})\.?,?[ \t]+\d{{5}}(?:-\d{{4}})?)(?![\w-])"
)


def _store_lines(text: str) -> list[tuple[int, int]]:
    if not _STATE_ZIP_HINT_RE.search(text):
        return []
    return [m.span() for m in _STORE_LINE_RE.finditer(text)]


def _town_states(text: str) -> list[tuple[int, int]]:
    if not _STATE_AFTER_COMMA_RE.search(text):
        return []  # (the cheap part of the pattern, led by its comma)
    return [
        m.span("v")
        for m in _TOWN_STATE_RE.finditer(text)
        if not _NOT_TOWN_WORD_RE.search(m["v"]) and not _STATE_WORD_RE.match(m["state"])
    ]


# A town and its postcode with no street: after "in", "at", "to", "from" ("is in Vaasa 65100
# now", "based in Bjert 6091 in its"), the code first ("moved to 4050-234 Porto"), or alone on
# a line. Years, counts and labelled numbers are none ("in Lisbon 2026", "in Room 1204").
_TOWN_CODE = (
    r"(?:[A-Z]{1,3}-)?(?:\d{5}(?:-\d{3,4})?|\d{4}-\d{3}|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{6}"
    r"|(?!(?:19|20)\d\d\b)\d{4})(?![\w/.,:-]\w)"
)
_NOT_TOWN = (
    rf"(?:{_LABELLED}|{_COUNTED}|{_MONTHS}|(?i:ward|bed|bay|suite|unit|building|bldg|ext"
    r"|extension|code|account|acct|policy|member|claim|id|npi|dea|license|licence|lic|tel|phone"
    r"|fax|pager|box|model|series|version|release|type|class|size|form|clinic|hospital|center"
    r"|centre|office|lab|laboratory|pharmacy|institute|university|department|dept|practice"
    r"|surgery|station|terminal|gate|hall|auditorium|studio|kit|pack|batch|home|work|baseline"
    r"|screening|average|mean|median|range|index|sample|specimen|approx|about|around|over"
    r"|under|only|just|nearly|almost|booth|stand|desk|counter|aisle|dock|pier|track|channel"
    r"|slot|session|poster|abstract|flight|train|bus|route|exit|junction))\b"
)
_TOWN_AFTER = (
    r"(?=[ \t]*(?:$|[,.;:!?)\n]|[ \t](?:in|on|for|and|now|last|this|next|since|with|after"
    r"|before|from|to|until|where|is|was|will|has|had|who|which|area|region|but|or|today"
    r"|tomorrow|tonight|yesterday|by|about|as|so|then|too|again)\b))"
)
_IN_TOWN_RE = re.compile(
    rf"\b(?i:in|at|to|from|near)[ \t]+(?P<v>(?!{_NOT_TOWN}|{_PARTICLE}\b)"
    # (a district may come first: "moved to Gangnam-gu, Seoul 06236")
    rf"(?:{_PLACE},[ \t]*)?{_PLACE}[ \t]*,?[ \t]+{_TOWN_CODE}"
    rf"|{_TOWN_CODE}[ \t]+(?!{_NOT_TOWN}){_PLACE}){_TOWN_AFTER}",
    re.UNICODE,
)
# on a line of its own, or opening a sentence ("Kuopio 70100 is where the son lives")
_TOWN_ALONE_RE = re.compile(
    rf"(?:^|(?<=[.!?;])[ \t]+)[ \t>]*(?P<v>(?!{_NOT_TOWN}){_PLACE}[ \t]+{_TOWN_CODE})"
    rf"(?:[ \t]*$|{_TOWN_AFTER})",
    re.MULTILINE,
)
# a country and a postcode: "... Finland 38524 tomorrow"
_CODE_AFTER_RE = re.compile(rf"[ \t]+{_TOWN_CODE}{_TOWN_AFTER}")
# Whether _towns can find anything: a word and its code ("Vaasa 65100", "Mijas, 29650") or
# the code first ("4050-234 Porto"). Each pattern opens with the one character it needs first,
# which the re module scans for quickly; the look-behind after it reads what comes before.
_IN_TOWN_HINTS = (
    re.compile(r"[ \t](?<=[^\W\d_][ \t])[ \t]*\d{3,6}\b"),
    re.compile(r",(?<=[^\W\d_],)[ \t]+\d{4,6}\b"),
    re.compile(r"\d(?<!\w\d)\d{3}-\d{3}[ \t]+[^\W\d_]"),
)


_NOT_TOWN_WORD_RE = re.compile(rf"\b{_NOT_TOWN}")
# A label of an order, invoice or shipment before its number, in the languages whose labels
# read like a town before its postcode ("Номер заказа 44721", "Bestellnummer 4471293"): the
# words for "number", "order", "invoice", "delivery", never a town's.
_ORDER_LABEL_WORDS = frozenset(
    """номер заказ заказа счёт счета счет накладная накладной commande facture livraison
    bestellung bestellnummer rechnung rechnungsnummer auftrag auftragsnummer lieferschein
    sendungsnummer pedido factura encomenda fatura ordine fattura zamówienia zamówienie faktura
    sipariş objednávky numéro numero número nummer""".split()
)


def _towns(text: str) -> list[tuple[int, int]]:
    # no word of the place may name a room, a label or an institution ("in Mercy Clinic 4501")
    # nor be a lab's or a unit's capitals ("WBC 12500", "PLT 250000")
    # (a province or country may follow: "in Mijas, 29650, Málaga for the winter")
    spans = [
        (m.start("v"), _grow(text, m.end("v")))
        for m in _IN_TOWN_RE.finditer(text)
        if not _NOT_TOWN_WORD_RE.search(m["v"]) and not _ACRONYM_RE.match(m["v"])
    ]
    for m in _TOWN_ALONE_RE.finditer(text):
        # no preposition: the town's words must be no everyday English ones ("Total 4100")
        words = [w for w in m.group("v").split() if not w[0].isdigit()]
        if any(w.lower() in _ORDER_LABEL_WORDS for w in words):
            continue
        if words and not _ACRONYM_RE.match(m["v"]) and not any(everyday(w) for w in words):
            spans.append((m.start("v"), _grow(text, m.end("v"))))
    return spans


_ACRONYM_RE = re.compile(r"[A-Z][A-Z\d]{1,3}\b")


_PART_SPLIT_RE = re.compile(r"[,\n]")
# Addresses laid out in lines as most of Europe and Latin America write them (the postal
# code opens the town's line: "Am Feldrain 12a\n01067 Dresden", "Rua Silva, 45\nJardim
# América\n01234-567 São Paulo / SP", "Van der Veldenlaan 12\n1234 AB\nDelft") or closes it
# ("Calle de Ana Ruiz 45\nMadrid, 28013", "H.No. 45, Sharma Road\nJabalpur-482001"): the
# town's line is found by its code, and the street's line above it joins when it holds a
# number or a street word.
# (six digits: Russia's, its neighbours', India's; a country's two letters may lead with no
# hyphen: "AZ1001 Baku", "LV1050 Rīga")
_LINE_CODE = (
    r"(?:[A-Z]{1,3}-|[A-Z]{2})?(?:\d{5}(?:-\d{3})?|\d{6}|\d{8}"
    r"|(?!(?:19|20)\d\d\b)\d{4}(?:-\d{3}|[ ]?[A-Z]{2}\b)?|\d{3}[ ]\d{2}|\d{2}-\d{3})"
)
_TOWN_LINE_RE = re.compile(
    # (the town's name in a second language after a slash: "39100 Bozen / Bolzano")
    rf"^[ \t]*(?:{_LINE_CODE}(?:[ \t]+(?!{_COUNTED}\b){_PLACE}"
    rf"(?:[ \t]*/[ \t]*(?:[A-Z]{{2}}|{_PLACE}))?)?"
    # a code that reads as a year (Norway's 2000 Lillestrøm, Belgium's 1950 Kraainem) only
    # with its town after it: _line_addresses checks the town is no common word ("2020 Annual")
    rf"|(?P<year>(?:[A-Z]{{1,3}}-)?(?:19|20)\d\d)[ \t]+(?!{_COUNTED}\b)(?P<town>{_PLACE})"
    rf"|(?!{_LABELLED}\b){_PLACE}(?:[ \t]*,[ \t]*{_PLACE})?[ \t]*[,-]?[ \t]*"
    r"(?:[A-Z]{2,4}[ \t]+)?\d{4,6})[ \t]*$",
    re.MULTILINE,
)
_CODE_ONLY_RE = re.compile(rf"[ \t]*{_LINE_CODE}[ \t]*$")
# (five or six digits: four before a word are a house number as often, "4410 Maple Way")
_CODE_FIRST_RE = re.compile(r"[ \t]*(?:[A-Z]{1,3}-?)?\d{5,6}[ \t]+[^\W\d_]")
_PLACE_LINE_RE = re.compile(rf"[ \t]*{_PLACE}[ \t]*$")
# a district's line between the street's and the town's: "Pecherskyi district", "Oktyabrsky
# raion"
_DISTRICT_LINE_RE = re.compile(
    rf"[ \t]*{_PLACE}[ \t]+(?:district|raion|rayon|oblast|region|province|county)[ \t]*$"
)
# A label before the street on its line: "Anschrift: ", "Pt: ".
_LINE_LABEL_RE = re.compile(r"^[^\n:]{0,30}:[ \t]*")
# A street's line ends or starts with its house number, or names a street.
_STREET_LINE_RE = re.compile(
    r"(?:^|\s)\d{1,5}[a-zA-Z]?(?:[/-]\w{1,4})*[ \t]*$|^\d{1,5}[a-zA-Z]?(?:[/-]\w{1,4})*,?\s+\w"
    rf"|\bS/N\b|(?i:\b{_US_SUFFIX}\b|{_EU_ENDING}\b|\b(?:rue|calle|rua|avenida|via|ul\.|al\.)\s)"
)
_LINE_HINT_RE = re.compile(r"\n[ \t]*(?:[A-Z]{1,3}-?)?\d{2}|\d{4,6}[ \t]*(?:\n|$)")


def _line_before(text: str, start: int) -> str:
    """The line before the one ``start`` opens ("" for the first)."""
    return text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)]


def _line_addresses(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _TOWN_LINE_RE.finditer(text):
        if m.start() == 0 or text[m.start() - 1] != "\n":
            continue
        end = m.end()
        if m["year"] is not None and any(common(w) for w in m["town"].split()):
            continue
        # "1234 AB\nDelft", "9000\nGent": the town on the line after its code
        if _CODE_ONLY_RE.fullmatch(m.group()):
            nxt = text.find("\n", end + 1)
            line = text[end + 1 : len(text) if nxt < 0 else nxt]
            place = _PLACE_LINE_RE.match(line) if text.startswith("\n", end) else None
            if place is not None:
                end = end + 1 + place.end()
            elif not _PLACE_LINE_RE.fullmatch(_line_before(text, m.start())):
                continue  # (nor on the line before it: "Kyiv\n01001", as Ukraine writes it)
        start, street, top = m.start(), False, m.start()
        # up to three lines above: the street's, and a town's or a district's between them
        for _ in range(3):
            if start == 0:
                break  # (the text's first line: no line above it)
            prev_end = start - 1
            prev_start = text.rfind("\n", 0, prev_end) + 1
            line = text[prev_start:prev_end]
            label = _LINE_LABEL_RE.match(line)
            content_start = prev_start + (label.end() if label else 0)
            content = text[content_start:prev_end]
            if not content.strip() or len(content) > 70:
                break
            start = content_start
            if _STREET_LINE_RE.search(content):
                street = True
                break
            if label is not None or not (
                _PLACE_LINE_RE.fullmatch(content) or _DISTRICT_LINE_RE.fullmatch(content)
            ):
                break
            top = start
        if not street and text.startswith("\n", end) and _CODE_FIRST_RE.match(text, m.start()):
            # Russia and its neighbours write the street's line below the postcode's, the
            # region's and town's lines above it ("Almaty\n050000 Almaty\nулица Абая,
            # 15")
            nxt = text.find("\n", end + 1)
            below = text[end + 1 : len(text) if nxt < 0 else nxt]
            if (
                len(below) <= 70
                and _STREET_LINE_RE.search(below)
                and not _LINE_LABEL_RE.match(below)
            ):
                street, start = True, top
        if street:
            spans.append((start, _rstrip(text, start, end)))
    return spans


_GAP_RE = re.compile(r"[\s,;>]*")
_LEAD_NUMBER_RE = re.compile(r"(?<![\w/.,:%-])(?<!\d[ \t])\d{2,6}[ \t]+$")


_BUILDING_WORDS = (
    r"(?:House|Court|Mill|Lodge|Cottage|Mansions|Apartments|Apts|Tower|Towers|Villas?|Hall"
    r"|Farm|Barn|Manor|Buildings|Works|Wharf|Chambers)"
)
_LINE_ABOVE_RE = re.compile(
    r"(?<![^\n])[ \t]*(?P<v>(?i:Flat|Apartment|Apt|Unit)\.?[ \t]*[\w/-]{1,6}"
    rf"|(?:The[ \t]+)?(?:[A-Z][\w'’-]+[ \t]+){{0,3}}{_BUILDING_WORDS}"
    r"|The[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]*,?[ \t]*\n[ \t]*$"
)


def _merged(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Overlapping finds are one address ("Apt. 675 62314" and "62314 Mellemvej 32 ..."): kept
    apart, the longer would win and leave the rest of the other in the note. So are finds with
    only punctuation and line breaks between them ("psc 5420, box 2708\napo aa 33879")."""
    spans.sort()
    cur: tuple[int, int] | None = None
    for s, e in spans:
        # "Room 1203, Building 5, 88 Jianguo Road": units before the number, one after another
        for _ in range(3):
            unit = _UNIT_BEFORE_RE.search(text, max(0, s - 20), s)
            if unit is None or not (text[s : s + 1].isdigit() or _UNIT_START_RE.match(text, s)):
                break
            s = unit.start()
        # a building's number before the house number or the street: "8116 56 rue La Boétie"
        if text[s : s + 1].isdigit() or text[s : s + 1].isupper():
            lead = _LEAD_NUMBER_RE.search(text, max(0, s - 8), s)
            if lead is not None:
                s = lead.start()
        # a flat's or a named building's line above the street's ("Flat 5\nThe Old Mill\n3
        # Mill Lane\nYork"), as British addresses stack them
        for _ in range(2):
            above = (
                _LINE_ABOVE_RE.search(text, max(0, s - 60), s)
                if text[s : s + 1].isalnum()
                else None
            )
            if above is None:
                break
            s = above.start("v")
        if cur is not None and (s < cur[1] or _GAP_RE.fullmatch(text, cur[1], s)):
            cur = (cur[0], max(cur[1], e))
            continue
        if cur is not None:
            yield cur
        cur = (s, e)
    if cur is not None:
        yield cur


# A street name written before its number on a line of its own ("Storgarden 52 Trajanka Forks",
# "Brucker Bundesstrasse 31 ...") or right after "at"/"to".
_KM_BEFORE_RE = re.compile(r"(?<![\w.])(?:Km|KM)\.?[ \t]?$")
_LEAD_RE = re.compile(
    r"(?:^|[\n>:]|\b(?:at|to|on))[ \t]*((?:(?![a-zß-öø-ÿ])[^\W\d_][\w'’.-]*[ \t]+){1,3})$"
)


# A flat or plot before the house number: "Flat 3, 22 Baker Street", "Unit 4/12 Smith St".
_UNIT_BEFORE_RE = re.compile(
    # (a building or a staircase in French, German, Spanish, Portuguese, Italian: "Bâtiment B")
    r"(?<![\w-])(?:(?i:flat|unit|apt|apartment|suite|ste|plot|house|block|blk|lot|room|rm|building"
    r"|bldg|b[âa]timent|b[âa]t|geb[äa]ude|edificio|edif|torre|bloco|escalera|entrada|scala|stiege"
    # a market's or a mall's unit (Australia Post's "Shop 2", "Kiosk 3"; Nigeria's "Stall 14"),
    # and a French flat and staircase of La Poste's norm ("Appt 12", "Esc. 3")
    r"|shop|stall|kiosk|kiosque|appt|app|esc|escalier"
    # ("Flat No. 302")
    r"|floor|level)\.?(?:[ \t]*(?i:no)\.?)?[ \t]*[\w/-]{0,8}"
    # or a Hong Kong floor ("15/F"), an ordinal one ("2nd floor, 88 Cedar Ave")
    r"|\d{1,3}/F|\d{1,2}(?i:st|nd|rd|th)[ \t]+(?i:floor|fl)\.?)[ \t]*,?[ \t]*$"
)
_UNIT_START_RE = re.compile(
    r"(?i:flat|unit|apt|apartment|suite|ste|room|rm|building|bldg|shop|stall|kiosk|appt|esc"
    r"|b[âa]t)\b|No\.(?=[ \t]*\d)"
)


_TITLE_BEFORE_RE = re.compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sr|Sra|Mme|Dra)\.?[ \t]+$")
# What a continental street's words may be besides its name: the street word, a house
# number's "bis", and the articles that join a name ("rue des Lilas", "Rua dos Anjos").
_STREET_PARTS = frozenset(
    w.removesuffix(".") for w in _EU_LEADING_WORDS | _EU_SEPARATE_WORDS | _EU_LOWER_LEADING_WORDS
) | frozenset("bis ter quater des das dos du dei degli delle dello".split())
_MATCH_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def _continental_end(text: str, m: re.Match[str], end: int) -> int | None:
    """Where a continental street found by its street word ends, or None when it is prose.

    A street word alone is weak evidence ("Dr. Via met us at Gate 12", "the Rue 21 store",
    "Park Plaza 2"): a street's name sits between its word and its number, and an everyday
    English word there ("met", "us") or after it ("56 rue La Boétie tomorrow") is the sentence
    going on, not the street."""
    if _TITLE_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
        return None
    found = m.group()
    words = list(_MATCH_WORD_RE.finditer(found))
    if (
        end == m.end()
        and len(words) < 2
        and found.rstrip(".").split()[-1][:1].isdigit()
        and not _compound_street(words[0].group() if words else "")
    ):
        return None
    last_digit = max(i for i, c in enumerate(found) if c.isdigit())
    for w in words:
        word = w.group()
        if (
            word[0].islower()
            and word.lower() not in _STREET_PARTS
            and not _PARTICLE_RE.fullmatch(word)
            and everyday(word)
        ):
            if w.start() < last_digit:
                return None
            return m.start() + len(found[: w.start()].rstrip(" \t,"))
    return end


def _compound_street(word: str) -> bool:
    """A street's name grown into its street word ("Haarlemmerdijk", "Kirkeveien"), which no
    English word is: with its number it is a street on its own. The word alone ("Ring 4",
    "Markt 2") or an English one ending alike ("Spring 12", "Brigade 3") is not."""
    low = word.lower()
    return (
        word[:1].isupper()
        and any(low.endswith(e) and len(low) - len(e) >= 3 for e in _EU_ENDINGS)
        and not everyday(word)
    )


def _lead(text: str, start: int) -> int:
    if not text[start : start + 1].isdigit():
        return start
    km = _KM_BEFORE_RE.search(text, max(0, start - 5), start)
    if km is not None:
        return km.start()  # a highway's kilometre: "Km. 14 National Highway"
    m = _LEAD_RE.search(text, max(0, start - 60), start)
    if m is None or any(w.rstrip(".,") in _STOP for w in m.group(1).split()):
        return start
    return m.start(1)
