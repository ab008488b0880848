"""People's names in externally written English prose, as extra training cases for the tagger
(bench/PHI.md, "Stop 44": measured and not shipped).

GUM (amir-zeldes/gum at 72ce5ac1; CC-BY 4.0 annotations; only the genres whose texts are CC-BY
or CC-BY-SA: academic, bio, court, interview, news, voyage): each person entity's proper-noun
tokens, three sentences a case. WNUT17 (leondz/emerging_entities_17; CC-BY 4.0): its dev and
test tweets' person spans. A name after "Dr." or "Prof." is labelled a clinician's (kept).

Run (needs both repositories mirrored under /work/.mirror):
    python bench/phi_tagger_persons_build.py OUTDIR
then bench/phi_tagger_train.py --add OUTDIR/gum_persons.jsonl OUTDIR/wnut_persons.jsonl.
"""

import json
import re
import subprocess
import sys

GUM = "/work/.mirror/amir-zeldes+gum/repo"
GUMC = "72ce5ac14978a324c2fd18d49484e65292cbe316"
WN = "/work/.mirror/leondz+emerging_entities_17/repo"
GENRES = ("academic", "bio", "court", "interview", "news", "voyage")
TITLES_HCP = {"dr", "dr.", "doctor", "prof", "prof.", "professor"}


def git(repo, *a):
    return subprocess.run(
        ["git", "-C", repo, *a], capture_output=True, text=True, check=True
    ).stdout


def entities_of(misc):
    m = re.search(r"(?:^|\|)Entity=([^|]*)", misc)
    return m.group(1) if m else ""


def parse_gum(path):
    text = git(GUM, "show", f"HEAD:{path}")
    sents, cur = [], None
    for line in text.splitlines():
        if line.startswith("# text = "):
            cur = {"text": line[9:], "toks": [], "id": None}
        elif line.startswith("# sent_id = "):
            sid = line[12:]
        elif line and line[0].isdigit() and cur is not None:
            f = line.split("\t")
            if "-" in f[0] or "." in f[0]:
                continue
            cur["toks"].append((f[1], f[3], f[9]))
        elif not line and cur is not None:
            cur["id"] = sid
            sents.append(cur)
            cur = None
    if cur:
        cur["id"] = sid
        sents.append(cur)
    # entity stack across tokens (entities do not cross sentences in GUM)
    out = []
    for s in sents:
        stack, inner = [], []
        for form, upos, misc in s["toks"]:
            ent = entities_of(misc)
            i, opened_here = 0, []
            while i < len(ent):
                if ent[i] == "(":
                    j = i + 1
                    while j < len(ent) and ent[j] not in "()":
                        j += 1
                    attrs = ent[i + 1 : j].split("-")
                    stack.append((attrs[0], attrs[1] if len(attrs) > 1 else ""))
                    if j < len(ent) and ent[j] == ")":
                        opened_here.append(("single", stack[-1]))
                        j += 1
                    i = j
                else:
                    j = i
                    while j < len(ent) and ent[j] not in "()":
                        j += 1
                    if j < len(ent) and ent[j] == ")":
                        eid = ent[i:j]
                        opened_here.append(("close", eid))
                        j += 1
                    i = j
            innermost = stack[-1][1] if stack else ""
            inner.append((form, upos, innermost))
            for kind, v in opened_here:
                if kind == "single":
                    stack.remove(v)
                else:
                    for k in range(len(stack) - 1, -1, -1):
                        if stack[k][0] == v:
                            del stack[k]
                            break
        # offsets
        pos, offs, t = 0, [], s["text"]
        for form, _, _ in inner:
            k = t.find(form, pos)
            if k < 0:
                offs = None
                break
            offs.append((k, k + len(form)))
            pos = k + len(form)
        if offs is None:
            continue
        spans, prev = [], None
        for idx, ((form, upos, ty), (a, b)) in enumerate(zip(inner, offs, strict=True)):
            is_name = ty == "person" and upos == "PROPN" and any(c.isalpha() for c in form)
            if is_name:
                if spans and prev == idx - 1 and len(t[spans[-1]["end"] : a]) <= 1:
                    spans[-1]["end"] = b
                else:
                    before = inner[idx - 1][0].lower() if idx else ""
                    spans.append(
                        {
                            "start": a,
                            "end": b,
                            "type": "HCP" if before in TITLES_HCP else "PATIENT-NAME",
                        }
                    )
                prev = idx
        merged = []
        for sp in spans:
            if (
                merged
                and merged[-1]["type"] == sp["type"]
                and t[merged[-1]["end"] : sp["start"]] in ("-", "'", "’")
            ):
                merged[-1]["end"] = sp["end"]
            else:
                merged.append(sp)
        out.append({"text": t, "spans": merged, "id": s["id"]})
    return out


def gum_cases():
    files = [
        p
        for p in git(GUM, "ls-tree", "--name-only", "HEAD", "dep/").split()
        if re.match(r"dep/GUM_(" + "|".join(GENRES) + ")_", p)
    ]
    cases = []
    for p in files:
        sents = parse_gum(p)
        doc = p.split("/")[-1].removesuffix(".conllu")
        for k in range(0, len(sents), 3):  # three sentences a case: some context
            chunk = sents[k : k + 3]
            text, spans = "", []
            for s in chunk:
                if text:
                    text += " "
                spans += [
                    {**sp, "start": sp["start"] + len(text), "end": sp["end"] + len(text)}
                    for sp in s["spans"]
                ]
                text += s["text"]
            cases.append(
                {
                    "text": text,
                    "spans": spans,
                    "group": doc,
                    "source": (
                        f"amir-zeldes/gum@{GUMC[:12]}:{p}#{chunk[0]['id']}..{chunk[-1]['id']}"
                    ),
                }
            )
    return cases


def wnut_cases():
    c = git(WN, "log", "-1", "--format=%H").strip()
    cases = []
    for path in ("emerging.dev.conll", "emerging.test.annotated"):
        sent, n = [], 0
        for line in git(WN, "show", f"HEAD:{path}").splitlines() + [""]:
            if line.strip():
                parts = line.split("\t") if "\t" in line else line.split()
                sent.append((parts[0], parts[-1]))
                continue
            if not sent:
                continue
            n += 1
            text, spans = "", []
            for w, tag in sent:
                if text:
                    text += " "
                a = len(text)
                text += w
                if tag.endswith("-person"):
                    if tag.startswith("I-") and spans and spans[-1]["end"] == a - 1:
                        spans[-1]["end"] = len(text)
                    else:
                        spans.append({"start": a, "end": len(text), "type": "PATIENT-NAME"})
            cases.append(
                {
                    "text": text,
                    "spans": spans,
                    "group": f"wnut:{path}:{n // 20}",
                    "source": f"leondz/emerging_entities_17@{c[:12]}:{path}#{n}",
                }
            )
            sent = []
    return cases


if __name__ == "__main__":
    g = gum_cases()
    w = wnut_cases()
    for name, cs in (("gum", g), ("wnut", w)):
        with open(f"{sys.argv[1]}/{name}_persons.jsonl", "w") as f:
            for c in cs:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
        print(
            name,
            len(cs),
            "cases",
            sum(len(c["spans"]) for c in cs),
            "names",
            sum(1 for c in cs if c["spans"]),
            "with names",
            sum(1 for c in cs for s in c["spans"] if s["type"] == "HCP"),
            "hcp",
        )
