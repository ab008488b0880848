"""Korean names written in Latin letters: a surname and a two-syllable given name joined by a
hyphen, in either order ("Park Ji-hoon", "Ji-hoon Park", "Lee Seo-yeon").

Several of the commonest Korean surnames are English words ("Park", "Song", "Moon", "Son") and
few name lists hold the given names, so neither half is found alone. Together they are: the
given name is two syllables that Korean romanisation can spell (an initial, a vowel, an
optional final), joined by a hyphen, next to a listed Korean surname. English hyphenated words
spelled so ("re-do", "yo-yo") do not stand next to a Korean surname.
"""

from __future__ import annotations

import re

from prepcli.phi.spans import Span

# The commonest Korean surnames in their usual romanisations (Statistics Korea's census counts
# put these above 99% of people; spellings as passports write them).
_SURNAMES = (
    "Kim Gim Lee Yi Rhee Park Pak Bak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang"
    " Lim Im Han Oh Seo Suh Shin Sin Kwon Hwang Ahn An Song Yoo Yu Ryu Hong Jeon Jun Ko Go Moon"
    " Mun Yang Son Sohn Bae Baek Paik Heo Hur Nam Noh Roh Ha Kwak Sung Seong Cha Joo Ju Woo"
    " Min Jin Eom Um Chae Won Cheon Bang Gong Hyun Pyo Ham Byun Yeom Yeo Choo Do Seok Gil Wi"
    " Yeon Myung Tak Ma Kook Nah Ok Pi Ra Sim Shim"
).split()
_SURNAME = "(?:" + "|".join(sorted(_SURNAMES, key=len, reverse=True)) + ")"
_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|g|k|n|d|t|r|l|m|b|p|s|j|h|y|w)?"
    r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ou|ee|a|e|o|u|i)"
    r"(?:ng|n|m|l|k|p|t)?"
)
_GIVEN = rf"(?=[A-Z])(?i:{_SYLLABLE})-{_SYLLABLE}"
# (asked first: the full pattern is costly to try at every word)
_GIVEN_HINT_RE = re.compile(r"[A-Z][a-z]{0,4}-[a-z]{1,5}\b")
_KOREAN_NAME_RE = re.compile(
    rf"(?<![\w'’-])(?:{_SURNAME}[ \t]+{_GIVEN}|{_GIVEN}[ \t]+{_SURNAME})"
    r"(?=['’]s\b|(?![\w'’-]))"
)


def korean_names(text: str) -> list[Span]:
    """Korean full names in Latin letters (a clinician's, "Dr. Park Ji-hoon", is vetoed where
    every name is: by the clinician rules' spans)."""
    if "-" not in text or _GIVEN_HINT_RE.search(text) is None:
        return []
    return [Span(m.start(), m.end(), "PATIENT-NAME") for m in _KOREAN_NAME_RE.finditer(text)]
