"""Identifier-shaped values after any label that names an identifier.

Hospitals, insurers and countries name their record and identity numbers in endless ways
("UHID: MH12345678", "IP No: 2024/12345", "RAMQ: ABCD 1234 5678", "PhilHealth No. 12-345678901-2",
"Admission # A2024-4471"); listing each label fits the examples seen and misses the next one.
So the label is read by its form instead: an acronym, or a word followed by "No.", "#",
"number" or "ID", then a value shaped like an identifier (enough digits, no unit, no date, no
price). What a note numbers that is not a person's (a lot, an order, an NDC, a trial, a lab
value, a currency amount, a clinician's NPI) is named in _NOT_PERSONAL and left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prepcli.phi.relatives import CARERS, RELATIVES, alternation
from prepcli.phi.spans import Span

# Labels whose numbers are not a patient's (a pregnancy's clinical dates, "LMP 10/2026", "EDD
# 07/2027", which the date rules read; registers of products (NDC, and Germany's PZN,
# Italy's AIC, South Africa's NAPPI, Australia's ARTG, Canada's NPN), trials, publications and
# clinicians; a company's orders, cases and staff; lab tests; currencies; places in a building
# or an address, which the address detector reads) or that other detectors type better
# (phones, postcodes).
_NOT_PERSONAL = frozenset(
    """npi dea ndc lot batch nct cas ind nda bla anda isbn issn pmid pmcid doi tel fax phone
    cb callback best reach
    mobile cell mob ph zip apt ste ref reference sku upc gtin gln ean vat rems mir icsr aer capa
    cpt hcpcs snomed loinc meddra atc udi fda ema eudract isrctn ctri drks jrct actrn chictr po
    invoice inv order ticket tracking serial sn model part catalog catalogue cat item product
    material document doc form version build release page room ward bed floor level site study
    protocol subject trial sample samples territory district region rep employee emp staff call
    flight job request case claim confirmation conf code box pobox suite unit flat house plot
    road street route rd highway hwy exit gate pin postcode postal post otp cvv card gmc nmc
    hcpc ahpra mci license licence gst tax tin ein fein iso en iec din astm ansi wbc plt rbc anc
    alc ldh afp cea psa tsh hgb hb hct mcv inr bnp crp esr gfr egfr alt ast alp ggt bun ck cpk
    usd eur gbp inr jpy cad aud chf cny rmb brl mxn zar ngn kes sgd hkd nzd sek nok dkk pln
    rub try aed sar krw twd thb php idr myr vnd egp rs table figure fig slide question step
    option line extension ext contact vendor supplier customer meeting event cycle day week dose
    tab tabs qty quantity count total amount price cost fy q qtr asco esmo ash ada aha ats ers
    wclc sabcs ecco aacr us uk eu who cdc nih ich gcp gmp mac ssid vin plate hcp hcps kol dob
    dod yob age sex bp sbp dbp hr rr map spo2 temp bin pcn grp group rxbin rxpcn rxgrp ci cfr
    usc pt llt hlt soc screening randomization randomisation kit badge abp ytd mtd qtd mat ltm
    ttm trx nrx nbrx goal target tgt kpi vl rna dna hiv hbv hcv manager representative msl kam
    agent user login username exp expiry expires lmp lnmp edd edc
    pzn aic nappi artg npn routing aba swift bic sort
    """.split()
)
# The same in other languages, as words of their own ("Заказ № 44712") or as the first half of
# a compound ("Bestellnummer", "Telefonnummer", "tilausnumero").
_NOT_PERSONAL_ABROAD = frozenset(
    """telefon telefoon tel handy mobil mobiel fax puhelin bestell auftrags rechnungs kunden
    artikel chargen charge lot serien seriën serie los order ordre tilaus lasku asiakas sarja
    eräs tuote produkt steuer btw moms postleit post bestel factuur klant referentie referenz
    aktenzeichen vorgangs fall sendungs tracking konto bank iban versions modell model
    огрн кпп бик окпо окато октмо móvil movil celular telemóvel telemovel contacto contato
    pedido encomenda factura fatura lote
    commande facture livraison expédition expedition colis suivi ordin fattur spedizion
    consegn rechnung lieferschein liefer versand auftrag envío envio albar seguimiento entrega
    rastreio bestelling zamówieni zamowieni faktur przesyłk sipariş siparis objednávk
    décret decret arrêté arrete loi circulaire article
    заказ счет счёт счета партия серия лот телефон тел факс договор накладная артикул
    рецепт код парти сери накладн палат кабинет комнат кварти дом корпус
    טלפון פקס הזמנה אצווה חשבונית חדר מיטה קבלה אישור
    τηλ φαξ παρτίδα παραγγελία τιμολόγιο δωμάτιο κλίνη""".split()
)
_NUMBER_ENDING_RE = re.compile(r"(?:nummern|nummer|numero|número|nr)$")
# US state codes before a ZIP are an address's, read there.
_STATES = frozenset(
    """al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh
    nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy pr nsw vic qld tas act nt sa
    wa""".split()
)

# Words before a spelled-out "number" in lower case that name no register: "the number
# 123456789", "a plain number". Any other word names one ("record number 00458812", "hospital
# number 4471928") and its value goes (fail closed); the capitalised label always did.
_ANY_NUMBER = frozenset(
    """the a an any this that plain same new old his her their my your our its whole total
    big small round lucky magic random even odd prime right wrong correct""".split()
)

# ("№": the numero sign, as Russian, Ukrainian and Bulgarian write it)
# ("n.º": the numero sign with its dot, as Portuguese forms write it: "Utente n.º 2876...")
_NUMBER_WORD = r"(?:[Nn][Oo]\.?|[Nn][Rr]\.?|[Nn]\.?[°º]\.?|\#|№|[Nn]umber|ID|Id)(?![A-Za-z])"
# After a word the number word must stand apart ("PMID" is no "PM" and "ID"); "number" spelled
# out in lower case needs a word that names a register (_ANY_NUMBER).
# ("identifier" spelled out is read like "number": "Subscriber Identifier", "patient identifier")
_WORD_NUMBER = (
    r"(?:\b(?:[Nn][Oo]\.?|[Nn][Rr]\.?|[Nn]\.?[°º]\.?|ID|Id)|\#|№|\b(?P<spelled>[Nn]umber|[Ii]dentifier))"
    r"(?![A-Za-z])"
)
# An identifier's value: letters and digit groups joined by dashes, dots, slashes or single
# spaces between groups of three or more digits ("ABCD 1234 5678", "12.345.678-9",
# "784-1985-1234567-1", "2024/12345", "MH12345678").
_VALUE = (
    # (a hospital's letters may lead: "AIIMS/2024/004471")
    # (or a portal's lower-case ones before a dash: "rvh-4471290")
    r"(?P<id>(?:[A-Z]{1,4}[ -]?|[A-Z]{2,6}/|[a-z]{2,4}-)?"
    r"\d[\dA-Z]*(?:(?:[-./]|[ ](?=\d{3}))[\dA-Z]+){0,4}"
    r"(?:[ -][A-Z]{1,2}(?![\w]))?"
    # a check number of one or two digits after a space, ending the value: "28 44712905 16;"
    r"(?:[ ]\d{1,2}(?=[ \t]*(?:[;,)\n]|$)))?)"
    # not a dose, a count with its unit, a price or a ratio
    r"(?![\w%/-]|[.,:]\d|[ \t]*(?i:mg|mcg|µg|ug|ml|l|kg|g|mmol|iu|units?|tabs?|tablets?"
    r"|vials?|mins?|hours?|hrs?|days?|weeks?|patients?|pts?|visits?|calls?|hcps?|accounts?"
    r"|scripts?|trx|nrx|copies|%)\b)"
)
# A number shown in part, the rest masked with X, * or •, as a form or a system prints an
# identifier it must not show whole: "XXXX XXXX 4471", "***.456.789-**", "610304-2******",
# "110101********1234", "###-##-6789". Two mask characters in a row and three digits at least.
MASKED_ID = (
    r"(?=[\dXx*•#. -]*[Xx*•#]{2})(?=(?:[Xx*•#. -]*\d){3})"
    # (a group after a separator has two characters or a digit: "4471 x 30" is no mask)
    r"[\dXx*•#]+(?:[. -](?:[\dXx*•#]{2,}|\d)){0,4}(?<=[\dXx*•#])"
)
_MASKED_RE = re.compile(r"(?<![\w*•#.-])(?=[\dXx*•#])" + MASKED_ID + r"(?![\w*•#])")
# Values are rare and labels are words like any other, so values are found first and the
# label is read right before each.
_VALUE_RE = re.compile(r"(?<![\w.-])(?=[A-Z\d]|[a-z]{2,4}-\d)" + _VALUE)
# An acronym as the label ("UHID:", "RAMQ", "IPP :"), or a word or two ending in a word for
# "number" ("Admission #", "PhilHealth No.", "Emirates ID", "Reg. No.").
_LABEL_RE = re.compile(
    r"(?<![\w$€£¥-])(?:"
    # (apart from its value: "INC0012345" is one code)
    # (or two joined by a dash: "EPR-SPID", Switzerland's patient identifier in its record)
    # (in Cyrillic and Greek capitals too: "ОМС: ...", "ΑΦΜ: ...")
    r"(?P<acronym>[A-ZА-ЯЁΑ-Ω]{2,6}(?:-[A-Z]{2,6})?)"
    r"(?:[ \t]*(?P<num>" + _NUMBER_WORD + r")[ \t]*[:#]?[ \t]*"
    r"|[ \t]*[:#][ \t]*|[ \t]+)"
    # an acronym written with its dots, as Spanish and Portuguese forms write one: "N.H.C.",
    # "R.N.P."
    # (Greek and Cyrillic ones too: "Α.Μ.Κ.Α.")
    r"|(?P<dotted>(?:[A-ZА-ЯЁΑ-Ω]\.){2,4})[ \t]*[:#]?[ \t]*"
    # a case or claim said to be a person's: "his notes on case #JH-998877", "her claim no.
    # AB-44120" (a case or claim alone is the company's as often: an adverse event's, a
    # programme's, a pharmacy's, and stays); before a word's label, which would read "her
    # claim" as a claim's
    # (or a titled person's: "Mrs Ortiz's claim #CLM-55120-B")
    r"|(?P<owned>(?:\b(?i:his|her|their|(?:the[ \t]+)?(?:patient|pt|member|client)['’]s)"
    r"|\b(?:Mr|Mrs|Ms|Miss|Mx|MR|MRS|MS)\.?[ \t]+[A-Z][\w'-]*['’]s)"
    r"(?:[ \t]+[a-z]+){0,3}?[ \t]+(?i:case|claim))[ \t]*"
    r"(?:(?i:\#|no\.?|nr\.?|number|id|ref(?:erence)?\.?)[ \t]*)?[:#]?[ \t]*"
    r"|(?P<word>(?:[^\W\d_][\w'’]*\.?[ \t-]){0,1}[^\W\d_][\w'’]*\.?-?)[ \t]*"
    + _WORD_NUMBER
    # (an aside in brackets may follow: "Subscriber Identifier (SSN or ID#): ...")
    + r"(?:[ \t]*\([^()\n]{1,30}\))?"
    # (an em or en dash may stand for the colon: "Chart ID — XJ44719")
    + r"[ \t]*[:#.—–]?[ \t]*"
    # a word made with the word for "number", as Germanic and Finnic languages write one:
    # Patientennummer, patientnummer, potilasnumero, Versichertennummer
    r"|(?P<compound>[^\W\d_]{3,}(?:nummer|numero|número|nummern|nr))\.?[ \t]*[:#]?[ \t]*"
    # Chinese, Japanese and Korean labels end in their word for "number", "card" or "ID": 病案号,
    # 住院號, カルテ番号, 患者ID, 등록번호
    r"|(?P<cjk>[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,8}"
    r"(?:ID|番号|号|號|번호|编号|編號|号码|號碼"
    # (or in their word for a card or certificate: 身份证, 医保卡)
    r"|证|證|卡))[ \t]*[:：#]?[ \t]*"
    # Thai labels start with their word for "number", เลข: เลขประจำตัวประชาชน (citizen ID
    # number), เลขที่โรงพยาบาล
    r"|(?P<thai>[\u0e00-\u0e7f]*เลข[\u0e00-\u0e7f]*)[ \t]*[:#]?[ \t]*"
    # Hindi labels end in their word for "number": पंजीकरण संख्या, मरीज़ क्रमांक
    r"|(?P<indic>(?:[\u0900-\u097f]+[ \t]+){0,2}(?:संख्या|क्रमांक|नंबर|नं\.))[ \t]*[:#]?[ \t]*"
    # the numero sign before what it numbers, as Russian and Ukrainian write it: "№ медицинской
    # карты 4471/24"
    # (and "Nr"/"Nº" before a Polish, German or Spanish one: "Nr historii choroby", "Nº de
    # historia")
    # (and the Hebrew and Greek words for "number" before it: "מספר תיק", "Αρ. Μητρώου")
    # (and "N.º", "Número" before a Portuguese one: "N.º de utente", "Número de processo")
    r"|(?:№|\b[Nn]r\.?|\b[Nn]\.?[º°]\.?|\b(?:[Nn][úu]mero|NÚMERO)|מספר|מס['׳]"
    r"|\b(?:Αρ|αρ|ΑΡ)\.|\b[Αα]ριθμός)"
    r"[ \t]*(?P<numbered>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})[ \t]*[:#]?[ \t]*"
    # a word that is itself a record's number: Spanish "folio", French "dossier", a hospital
    # stay's "episodio"/"Episode" (Spanish and German charts), Spanish "expediente"
    # (and a Russian health insurance policy, "полис ОМС", whose number follows bare)
    # (and Brazil's national health card, "Cartão Nacional de Saúde", "cartão SUS")
    r"|(?P<bare>\b(?i:folio|dossier|episodio|episode|expediente|полис[аеу]?(?:[ \t]+омс)?"
    r"|cart[ãa]o[ \t]+(?:nacional[ \t]+de[ \t]+sa[úu]de|sus)))"
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*[:#№]?[ \t]*"
    # an insurer's member or subscriber, whose number follows with no word for it: "member
    # W448127730" (six digits or more: "member 2019" is a year); and a prescription's, "Rx
    # 4471290" (a sales figure is shorter: "Rx 4500 this quarter"; "TRx", "NRx" are no "Rx")
    r"|(?P<member>\b(?i:member|subscriber|rx))[ \t]*[:#]?[ \t]*"
    r")$"
)
# What a CJK label numbers that is not a person: a phone, fax, order, lot, postcode, product,
# invoice, serial, model, registration of a drug, a clinician's or employee's number, a room,
# bed, ward or floor.
_NOT_PERSONAL_CJK = (
    "电话", "電話", "传真", "傳真", "订单", "訂單", "批", "ロット", "注文", "郵便", "邮编", "邮政",
    "产品", "產品", "製品", "商品", "发票", "發票", "序列", "シリアル", "製造", "型号", "型號",
    "전화", "팩스", "주문", "우편", "제품", "로트", "注册", "註冊", "許可", "医师", "醫師",
    "医生", "醫生", "执业", "執業", "员工", "員工", "社員", "職員", "工号", "工號", "床", "房",
    "室", "楼", "樓", "病棟", "병실", "병상", "병동", "伝票", "快递", "快遞", "运单", "運單",
    # (a product's certificate of conformity, a bank's, a gift or a copay card)
    "合格", "银行", "銀行", "礼品", "禮品", "优惠", "優惠",
    # and a Thai label's: phone, house (an address's number), lot, order, invoice, parcel,
    # room, bed, postcode
    "โทร", "บ้าน", "ล็อต", "สั่ง", "ใบแจ้งหนี้", "พัสดุ", "ห้อง", "เตียง", "ไปรษณีย์",
    # a Hindi label's: phone, mobile, batch, lot, order, bill, room, bed, PIN code
    "फ़ोन", "फोन", "मोबाइल", "बैच", "लॉट", "ऑर्डर", "बिल", "कमरा", "बिस्तर", "पिन",
)  # fmt: skip
_DATE_LIKE_RE = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"|(?:19|20)\d{2}[./-](?:0?[1-9]|1[0-2])"  # a month: "2027-03"
    r"|\d{1,2}:\d{2}"
)


# "132/84", "83-131/37-57", "650-700": a blood pressure, a range of readings; the labels
# naming a record number with such short groups ("MR# 44-71-29") are read in __init__.
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
_RATIO_RE = re.compile(r"\d{1,3}(?:[-/]\d{1,3})+")
_LETTERS_RE = re.compile(r"^[A-Z]{1,4}[ -]?")
_DATE_WORDS = frozenset({"DATE", "DOB", "DATA", "BORN", "DOD"})
_POSTCODE_RE = re.compile(r"\d{4,5}(?:-\d{4})?")


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


_KIN_NUMBER_RE = re.compile(
    rf"(?i:{alternation(RELATIVES + CARERS, plural=True)})['’]s[ \t]+(?i:number|no\.?)[ \t]*"
    r"(?:is[ \t]+)?[:#]?[ \t]*"
)


def _label(m: re.Match[str]) -> str:
    """The label's word in lower case, whichever of the label's shapes matched."""
    return (
        m.group("acronym")
        or (m.group("dotted") or "").replace(".", "")
        or m.group("word")
        or m.group("compound")
        or m.group("numbered")
        or m.group("bare")
        or m.group("member")
        or m.group("owned")
    ).lower()


def _names_no_person(m: re.Match[str]) -> bool:
    """Whether a label names what is no patient's (a lot, a phone, a room, a card ...)."""
    script = m.group("cjk") or m.group("thai") or m.group("indic")
    if script:
        return any(part in script for part in _NOT_PERSONAL_CJK)
    label = _label(m)
    if m.group("compound"):
        stem = _NUMBER_ENDING_RE.sub("", label)
        words = [stem, stem.rstrip("s")]
    else:
        words = re.findall(r"[^\W\d_]+", label)
    return not words or any(
        w in _NOT_PERSONAL or any(w.startswith(a) for a in _NOT_PERSONAL_ABROAD if len(a) > 2)
        for w in words
    )


# An identifier, then its label in brackets: "MC123789456 (Insurance ID)", "`MRN2023003`
# (Patient ID)". Letters and digits, a digit at least, and a label that says whose it is.
_ID_THEN_LABEL_RE = re.compile(
    r"(?<![\w.-])(?P<id>(?=[A-Za-z\d-]*\d)[A-Za-z\d][A-Za-z\d-]{5,19})[`'\"]?[ \t]*\("
    r"(?i:(?:patient|member|insurance|insured|policy|subscriber|medicare|medicaid|chart"
    r"|hospital|nhs|health[ \t]+card|medical[ \t]+record)[ \t]+(?:id|number|no\.?|#)|mrn)\)"
)


def find_labelled_ids(text: str) -> Iterator[Span]:
    """MRN-type spans for identifier-shaped values after identifier-naming labels, or before
    them in brackets."""
    if "(" in text:
        for v in _ID_THEN_LABEL_RE.finditer(text):
            yield Span(v.start("id"), v.end("id"), "MRN")
    if "*" in text or "X" in text or "x" in text or "•" in text or "#" in text:
        for v in _MASKED_RE.finditer(text):
            m = _LABEL_RE.search(text, max(0, v.start() - 40), v.start())
            if m is not None and not _names_no_person(m):
                yield Span(v.start(), v.end(), "MRN")
    for v in _VALUE_RE.finditer(text):
        start, value = v.start("id"), v.group("id")
        # every value kept below has four digits at least: skip the label's search
        if _digits(value) < 4:
            continue
        m = _LABEL_RE.search(text, max(0, v.start() - 40), v.start())
        prefix = _LETTERS_RE.match(value)
        if m is None and prefix is not None and prefix.group().endswith(" "):
            # the letters were the label: "CNS 123 4567 8901 2345"
            start, value = start + prefix.end(), value[prefix.end() :]
            m = _LABEL_RE.search(text, max(0, start - 40), start)
        if m is None:
            continue
        if m.group("member"):
            # ("member ID 9988 7766 55" is read with its word for "number" in __init__)
            if prefix is not None and prefix.group().endswith(" "):
                continue
            if _digits(value) >= 6 and not _DATE_LIKE_RE.fullmatch(value.strip()):
                yield Span(start, v.end("id"), "MRN")
            continue
        if m.group("bare") or m.group("owned"):
            # ("episode 2024" is a year)
            if (
                _digits(value) >= 4
                and not _DATE_LIKE_RE.fullmatch(value.strip())
                and not _YEAR_RE.fullmatch(value)
            ):
                yield Span(start, v.end("id"), "MRN")
            continue
        script = m.group("cjk") or m.group("thai") or m.group("indic")
        if script:
            if any(part in script for part in _NOT_PERSONAL_CJK):
                continue
            if _digits(value) >= 4 and not _DATE_LIKE_RE.fullmatch(value.strip()):
                yield Span(start, v.end("id"), "MRN")
            continue
        # a relative's bare "number" is the relative's phone ("Husband's number 8123 4567"; a
        # relative's MRN or NHS number names its register), in whatever shape it is written
        if _KIN_NUMBER_RE.fullmatch(m.group()):
            if _digits(value) >= 4 and not _DATE_LIKE_RE.fullmatch(value.strip()):
                yield Span(start, v.end("id"), "PHONE")
            continue
        label = _label(m)
        words = re.findall(r"[^\W\d_]+", label)
        if m.group("numbered") and any(
            w.startswith(stem) for w in words for stem in _NOT_PERSONAL_ABROAD if len(stem) > 2
        ):
            # (inflected: "№ заказа", "№ партии")
            continue
        if m.group("compound"):
            stem = _NUMBER_ENDING_RE.sub("", label)
            words = [stem, stem.rstrip("s")]  # (German joins with an "s": Rechnungsnummer)
        if not words or any(w in _NOT_PERSONAL or w in _NOT_PERSONAL_ABROAD for w in words):
            continue
        if m.group("spelled") and not m.group("word")[0].isupper() and words[-1] in _ANY_NUMBER:
            continue
        # (only before a postcode: "ID 83702" is Idaho's, "(ID 00483172)" a patient's)
        if m.group("acronym") and label in _STATES and _POSTCODE_RE.fullmatch(value):
            continue
        # An acronym alone says less than a word for "number": it needs a longer value.
        needed = 5 if (m.group("acronym") and not m.group("num")) or m.group("dotted") else 4
        # (a word for a date before a date is the label's last word, not a hospital's letters:
        # "BIRTH DATE 03/04/1961" holds a date of birth)
        lead = _LETTERS_RE.match(value)
        dated = lead is not None and lead.group().strip(" -") in _DATE_WORDS
        rest = value[lead.end() :] if dated and lead is not None else value
        if _digits(value) < needed or _DATE_LIKE_RE.fullmatch(rest.strip()):
            continue
        # a decimal or a ratio ("0.61-0.85", "314.80", "132/84") is a figure; dotted
        # identifiers have two dots or more ("12.345.678-9")
        # (a reading never starts with 0: "004-471-29" is a number in groups)
        bare = _LETTERS_RE.sub("", value)
        ratio = _RATIO_RE.fullmatch(bare) and not re.search(r"(?:^|[-/])0\d", bare)
        if value.count(".") == 1 or ratio:
            continue
        yield Span(start, v.end("id"), "MRN")


# A co-pay, savings or hub card's number: the card is issued to one patient, so its number is
# an account number (a card's word alone is in _NOT_PERSONAL: "card 2 of 3", a business card).
# Eight digits at least, so "card 2" or a card's count is never read.
_CARD_ID_RE = re.compile(
    r"(?<![\w-])(?i:card)[ \t]*(?:(?i:no\.?|number|id)[ \t]*)?[:#]?[ \t]*"
    r"(?P<id>(?=(?:[ \t-]?\d){8})\d{2,}(?:[ \t-]\d{2,}){0,4})(?![\w-]|[.,]\d)"
)
_CARD_WORDS_RE = re.compile(
    r"(?i:co-?pay|savings|assistance|access|support|hub|bridge|voucher|enrol(?:l?ed|ment)?)"
)


def card_ids(text: str) -> Iterator[Span]:
    """The number of a card a note about co-pay, savings or hub support gives (typed MRN)."""
    if _CARD_WORDS_RE.search(text) is None:
        return
    for m in _CARD_ID_RE.finditer(text):
        yield Span(m.start("id"), m.end("id"), "MRN")
