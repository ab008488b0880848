"""People's names in externally written English prose, as extra training cases for the tagger
(bench/PHI.md, "Stop 44": measured and not shipped).

GUM (amir-zeldes/gum at 72ce5ac1; CC-BY 4.0 annotations; only the genres whose texts are CC-BY
or CC-BY-SA: academic, bio, court, interview, news, voyage): each person entity's proper-noun
tokens, three sentences a case. WNUT17 (leondz/emerging_entities_17 at e52a2d2; CC-BY 4.0): its
dev and test tweets' person spans. A name after "Dr." or "Prof." is labelled a clinician's
(kept).

Run (needs both repositories mirrored under /work/.mirror):
    python bench/phi_tagger_persons_build.py OUTDIR
then bench/phi_tagger_train.py --add OUTDIR/gum_persons.jsonl OUTDIR/wnut_persons.jsonl.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

MIRRORS = Path("/work/.mirror")
GUM = ("amir-zeldes/gum", "72ce5ac14978a324c2fd18d49484e65292cbe316")
WNUT = ("leondz/emerging_entities_17", "e52a2d2a71ac")
GENRES = ("academic", "bio", "court", "interview", "news", "voyage")
TITLES_HCP = frozenset({"dr", "dr.", "doctor", "prof", "prof.", "professor"})

Case = dict[str, Any]


def git(source: tuple[str, str], *args: str) -> str:
    repo = MIRRORS / source[0].replace("/", "+") / "repo"
    return subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    ).stdout


def _sentences(conllu: str) -> list[dict[str, Any]]:
    """Each sentence's id, text and tokens (form, part of speech, MISC column)."""
    sents: list[dict[str, Any]] = []
    sid = ""
    for line in [*conllu.splitlines(), ""]:
        if line.startswith("# sent_id = "):
            sid = line[12:]
        elif line.startswith("# text = "):
            sents.append({"id": sid, "text": line[9:], "toks": []})
        elif line[:1].isdigit():
            f = line.split("\t")
            if "-" not in f[0] and "." not in f[0]:
                sents[-1]["toks"].append((f[1], f[3], f[9]))
    return sents


def _innermost_types(toks: list[tuple[str, str, str]]) -> list[str]:
    """The type of the innermost entity each token stands in ("" for none). A token's Entity
    annotation opens entities ("(12-person-new-...", closed at once by a ")" right after) and
    closes them ("12)")."""
    stack: list[tuple[str, str]] = []
    out = []
    for _, _, misc in toks:
        m = re.search(r"(?:^|\|)Entity=([^|]*)", misc)
        ent = m.group(1) if m else ""
        singles: list[tuple[str, str]] = []  # opened and closed on this token
        closing: list[str] = []
        i = 0
        while i < len(ent):
            j = i + 1 if ent[i] == "(" else i
            while j < len(ent) and ent[j] not in "()":
                j += 1
            if ent[i] == "(":
                attrs = ent[i + 1 : j].split("-")
                stack.append((attrs[0], attrs[1] if len(attrs) > 1 else ""))
                if j < len(ent) and ent[j] == ")":
                    singles.append(stack[-1])
                    j += 1
            elif j < len(ent) and ent[j] == ")":
                closing.append(ent[i:j])
                j += 1
            i = j
        out.append(stack[-1][1] if stack else "")
        for entity in singles:
            stack.remove(entity)
        for eid in closing:
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == eid:
                    del stack[k]
                    break
    return out


def _name_spans(sent: dict[str, Any]) -> list[dict[str, Any]]:
    """A sentence's person names: proper nouns whose innermost entity is a person, neighbours
    joined (and across a hyphen or apostrophe: "Chun-yu")."""
    text, toks = sent["text"], sent["toks"]
    offs, pos = [], 0
    for form, _, _ in toks:
        k = text.find(form, pos)
        if k < 0:
            return []
        offs.append((k, k + len(form)))
        pos = k + len(form)
    spans: list[dict[str, Any]] = []
    prev = None
    for idx, (ty, (form, upos, _), (a, b)) in enumerate(
        zip(_innermost_types(toks), toks, offs, strict=True)
    ):
        if not (ty == "person" and upos == "PROPN" and any(c.isalpha() for c in form)):
            continue
        gap = text[spans[-1]["end"] : a] if spans else None
        if spans and (prev == idx - 1 and len(gap) <= 1 or gap in ("-", "'", "’")):
            spans[-1]["end"] = b
        else:
            before = toks[idx - 1][0].lower() if idx else ""
            kind = "HCP" if before in TITLES_HCP else "PATIENT-NAME"
            spans.append({"start": a, "end": b, "type": kind})
        prev = idx
    return spans


def gum_cases() -> list[Case]:
    files = [
        p
        for p in git(GUM, "ls-tree", "--name-only", GUM[1], "dep/").split()
        if re.match(r"dep/GUM_(" + "|".join(GENRES) + ")_", p)
    ]
    cases = []
    for path in files:
        sents = _sentences(git(GUM, "show", f"{GUM[1]}:{path}"))
        doc = path.split("/")[-1].removesuffix(".conllu")
        for k in range(0, len(sents), 3):  # three sentences a case: some context
            chunk = sents[k : k + 3]
            text, spans = "", []
            for s in chunk:
                text += " " if text else ""
                shift = len(text)
                spans += [
                    {**sp, "start": sp["start"] + shift, "end": sp["end"] + shift}
                    for sp in _name_spans(s)
                ]
                text += s["text"]
            source = f"{GUM[0]}@{GUM[1][:12]}:{path}#{chunk[0]['id']}..{chunk[-1]['id']}"
            cases.append({"text": text, "spans": spans, "group": doc, "source": source})
    return cases


def wnut_cases() -> list[Case]:
    cases = []
    for path in ("emerging.dev.conll", "emerging.test.annotated"):
        sent: list[tuple[str, str]] = []
        n = 0
        for line in [*git(WNUT, "show", f"{WNUT[1]}:{path}").splitlines(), ""]:
            if line.strip():
                parts = line.split("\t") if "\t" in line else line.split()
                sent.append((parts[0], parts[-1]))
                continue
            if not sent:
                continue
            n += 1
            text, spans = "", []
            for word, tag in sent:
                text += " " if text else ""
                a = len(text)
                text += word
                if not tag.endswith("-person"):
                    continue
                if tag.startswith("I-") and spans and spans[-1]["end"] == a - 1:
                    spans[-1]["end"] = len(text)
                else:
                    spans.append({"start": a, "end": len(text), "type": "PATIENT-NAME"})
            source = f"{WNUT[0]}@{WNUT[1]}:{path}#{n}"
            cases.append(
                {"text": text, "spans": spans, "group": f"wnut:{path}:{n // 20}", "source": source}
            )
            sent = []
    return cases


def main() -> None:
    out = Path(sys.argv[1])
    for name, cases in (("gum", gum_cases()), ("wnut", wnut_cases())):
        with (out / f"{name}_persons.jsonl").open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
        names = sum(len(c["spans"]) for c in cases)
        print(f"{name}: {len(cases)} cases, {names} names")


if __name__ == "__main__":
    main()
