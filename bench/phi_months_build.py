"""Build prepcli/phi/data/months.txt: month names and their abbreviations in every language the
Unicode CLDR describes (and the Islamic and Persian calendars' months), one lower-case form a
line, for reading a written-out date of birth ("4. huhtikuuta 1958", "5 марта 1948", "12 Ağustos
1949").

Source: the CLDR locale data shipped in Babel (python-babel/babel, babel/locale-data/*.dat,
CLDR 47 in Babel 2.19; CLDR is under the Unicode licence, Babel under BSD-3-Clause): for each
locale, the wide and abbreviated month names, in the format and stand-alone contexts. Babel is
needed only here (pip install babel into any scratch environment); prepcli reads the text file.

Forms shorter than three letters are left out ("mé", "iv"): after a birth label a longer
form always stands, and short ones are pieces of other words. A leading article or preposition
that some locales keep in the name (Catalan "de juny", "d’abril") is dropped, so the bare month
is listed. Run: python bench/phi_months_build.py
"""

from __future__ import annotations

from pathlib import Path

from babel import Locale, localedata

OUT = Path(__file__).resolve().parent.parent / "prepcli" / "phi" / "data" / "months.txt"


def forms() -> set[str]:
    found: set[str] = set()
    for code in localedata.locale_identifiers():
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for name in months.get(context, {}).get(width, {}).values():
                    word = name.lower().strip().rstrip(".")
                    for lead in ("de ", "d’", "d'", "del "):
                        word = word.removeprefix(lead)
                    # a name in two words ("meán fómhair") is read word by word: keep the
                    # last, which says the month
                    word = word.split()[-1] if word.split() else ""
                    if len(word) >= 3 and not any(c.isdigit() for c in word):
                        found.add(word)
    return found


# Babel compiles the Gregorian calendar only; CLDR's Islamic and Persian calendars
# (common/main/ar.xml and fa.xml, calendar type="islamic" and "persian", wide format names)
# are copied here, every word of a two-word name kept ("ربيع الأول").
OTHER_CALENDARS = """محرم صفر ربيع الأول الآخر الثاني جمادى الأولى الآخرة رجب شعبان رمضان
شوال ذو القعدة الحجة فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند"""


def main() -> None:
    words = sorted(forms() | {w for w in OTHER_CALENDARS.split() if len(w) >= 3})
    OUT.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} month forms to {OUT}")


if __name__ == "__main__":
    main()
