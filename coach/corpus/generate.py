#!/usr/bin/env python3
"""Writes the coach's corpus: corpus/train.jsonl, validation.jsonl and heldout.jsonl.

    python3 coach/corpus/generate.py            # deterministic (seeded); rewrites both files

The texts are COMPOSED from the hand-written fragments in fragments.py: a need is a feeling,
a situation and a request, each clean or carrying one label; a reply is one or two replies
with a clean tail; a reflection is "what I hear is ..." around a paraphrase, with or
without a defensive or blaming part. Labels are the union of the fragments' labels. Then
the register is varied at random: lower case, apostrophes dropped, texting abbreviations,
one typo, British or American spelling, an emoji, a lead word ("honestly, ", "babe, "),
punctuation dropped or doubled.

The fragments of every list are dealt out by position: three in five to training, one to
validation (the trainer chooses each head's threshold and veto on it, then refits on training
and validation together), one to the held-out part, which nothing ever trains on. Texts of
a part are built from that part's fragments alone. That makes the
held-out score a test of new phrasings, not of new combinations of phrasings already seen.
It is still our own writing, so it is kinder to the coach than texts by strangers are.
"""
import json
import os
import random

import fragments as F
import fragments_more as M
import fragments_three as T

for _more in (M, T):
    for _name in dir(_more):
        if _name.isupper():
            getattr(F, _name).extend(getattr(_more, _name))

HERE = os.path.dirname(os.path.abspath(__file__))


# Which fragments each part is built from: index % 5 of the fragment in its list.
PARTS = {"train": (0, 1, 2), "validation": (3,), "heldout": (4,)}


def split(lst, part):
    return [x for i, x in enumerate(lst) if i % 5 in PARTS[part]]


class Pools:
    def __init__(self, part):
        for name in dir(F):
            if name.isupper() and isinstance(getattr(F, name), list) and name not in ("PREFIXES", "EMOJI", "BRIT_US", "TEXTING"):
                setattr(self, name.lower(), split(getattr(F, name), part))


def lower_first(s):
    return s[0].lower() + s[1:] if s and not s.startswith(("I ", "I'")) else s


def upper_first(s):
    return s[0].upper() + s[1:] if s else s


def sentence(s):
    s = s.strip()
    return s if s[-1] in ".!?…" or s.endswith(("🙄", "😂")) else s + "."


CRIT_AS_CONTEMPT = ("slob", "lazy", "useless", "hopeless", "thoughtless", "what is wrong")
FAUX_WITH_CRITICISM = ("never", "always", "don't care", "not even trying", "checked out", "don't respect")


def need(P, r):
    """One need: (text, labels, also)."""
    labels, also = set(), set()
    shape = r.random()
    parts = []

    def feeling_with_situation():
        f = r.choice(P.feeling_clean)
        if r.random() < 0.7:
            return f + " " + r.choice(P.situation_clean) + "."
        return f + "."

    def request(kind):
        if kind == "negative_request":
            labels.add(kind)
            return r.choice(P.request_negative)
        if kind == "vague_request":
            labels.add(kind)
            return r.choice(P.request_vague)
        return r.choice(P.request_clean)

    if shape < 0.30:  # clean
        sub = r.random()
        if sub < 0.35:
            return r.choice(P.need_hard_negative), set(), set()
        if sub < 0.75:
            parts = [feeling_with_situation(), request(None)]
        elif sub < 0.9:
            parts = [r.choice(P.statement_clean), request(None)]
        else:
            parts = [request(None)]
        return " ".join(parts), labels, also
    first = r.choice(["faux_feeling", "criticism", "contempt", "scorekeeping", "negative_request", "vague_request"])
    second = None
    if r.random() < 0.18:
        second = r.choice(["negative_request", "vague_request", "criticism", "faux_feeling"])
        if second == first:
            second = None
    req_kind = next((k for k in (first, second) if k in ("negative_request", "vague_request")), None)

    if first == "faux_feeling" or second == "faux_feeling":
        f = r.choice(P.feeling_faux)
        labels.add("faux_feeling")
        if any(w in f for w in FAUX_WITH_CRITICISM):
            also.add("criticism")
        if r.random() < 0.5:
            f += " " + r.choice(P.situation_clean)
        parts.append(f + ".")
    elif r.random() < 0.4 and first not in ("scorekeeping",):
        parts.append(feeling_with_situation())
    for k in (first, second):
        if k == "criticism":
            c = r.choice(P.criticism)
            labels.add("criticism")
            if any(w in c.lower() for w in CRIT_AS_CONTEMPT):
                also.add("contempt")
            parts.append(c)
        elif k == "contempt":
            labels.add("contempt")
            also.add("criticism")
            parts.append(r.choice(P.contempt))
        elif k == "scorekeeping":
            labels.add("scorekeeping")
            parts.append(r.choice(P.scorekeeping))
    parts.append(request(req_kind))
    out = parts[0]
    for p in parts[1:]:
        out += " " + (lower_first(p) if out.endswith(",") else p)
    return out, labels, also


def reply(P, r):
    shape = r.random()
    if shape < 0.33:
        text = r.choice(P.reply_clean if r.random() < 0.6 else P.reply_hard_negative)
        if r.random() < 0.15:
            text += " " + r.choice(P.reply_tail_clean)
        return text, set(), set()
    pools = {"defensiveness": P.defensiveness, "stonewalling": P.stonewalling, "dismissal": P.dismissal,
             "contempt": P.reply_contempt, "criticism": P.reply_criticism}
    weights = {"defensiveness": 3, "stonewalling": 3, "dismissal": 3, "contempt": 2, "criticism": 1.3}
    first = r.choices(list(weights), list(weights.values()))[0]
    labels, also = {first}, set()
    parts = [r.choice(pools[first])]
    if r.random() < 0.2:
        second = r.choice([k for k in pools if k != first])
        labels.add(second)
        parts.append(r.choice(pools[second]))
    if "contempt" in labels:
        also.add("criticism")
    if "criticism" in labels:
        also.update({"defensiveness", "contempt"})
    if "defensiveness" in labels and "criticism" not in labels:
        also.add("criticism")
    if r.random() < 0.2 and "stonewalling" not in labels:
        parts.append(r.choice(P.reply_tail_clean))
    return " ".join(sentence(p) for p in parts), labels, also


def reflection(P, r):
    shape = r.random()
    clean = r.choice(P.reflect_open).format(p=r.choice(P.reflect_para))
    clean = upper_first(clean)
    if shape < 0.42:
        if r.random() < 0.25:
            clean += " " + r.choice(["I'm sorry.", "Thank you for telling me.", "I want to get this right.", "That makes sense."])
        return clean, set(), set()
    if shape < 0.62:
        if r.random() < 0.5:
            return r.choice(P.reflect_defensive_lead) + " " + clean, {"defensiveness"}, {"criticism"}
        p = r.choice(P.reflect_para)
        return upper_first(r.choice(["What I hear is", "So", "It sounds like", "I hear that"])) + " " + p + ", " + r.choice(
            P.reflect_defensive_tail) + ".", {"defensiveness"}, {"criticism"}
    if shape < 0.88:
        text, labels = r.choice(P.reflect_blame)
        also = {"criticism"} if "criticism" not in labels else {"contempt", "defensiveness"}
        return text, set(labels), also
    if r.random() < 0.5:
        return clean + " " + r.choice(P.stonewalling), {"stonewalling"}, set()
    return clean + " " + r.choice(P.reply_contempt), {"contempt"}, {"criticism"}


def register(text, r):
    """Varies how the text is written, never what it says."""
    if r.random() < 0.3:
        for uk, us in F.BRIT_US:
            if uk in text and r.random() < 0.7:
                text = text.replace(uk, us)
    if r.random() < 0.12:
        text = r.choice(F.PREFIXES) + lower_first(text)
    if r.random() < 0.15:
        padded = " " + text + " "
        for a, b in r.sample(F.TEXTING, 5):
            padded = padded.replace(a, b)
        text = padded.strip()
    if r.random() < 0.15:
        text = text.replace("'", "").replace("’", "")
    if r.random() < 0.12:
        words = text.split(" ")
        longs = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
        if longs:
            i = r.choice(longs)
            w = words[i]
            j = r.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:] if r.random() < 0.6 else w[:j] + w[j + 1:]
            text = " ".join(words)
    if r.random() < 0.22:
        text = text.lower()
    if r.random() < 0.2 and text[-1] in ".":
        text = text[:-1]
    elif r.random() < 0.06:
        text = text.rstrip(".") + r.choice(["!!", "...", " x"])
    if r.random() < 0.18:
        text += " " + r.choice(F.EMOJI)
    if r.random() < 0.03:
        text = text.replace("'", "’")
    return text


def build(part, count, seed, prefix):
    P = Pools(part)
    r = random.Random(seed)
    seen, out = set(), []
    makers = [(need, 0.55), (reply, 0.30), (reflection, 0.15)]
    kinds = {need: "need", reply: "reply", reflection: "reflection"}
    tries = 0
    while len(out) < count and tries < count * 20:
        tries += 1
        maker = r.choices([m for m, _ in makers], [w for _, w in makers])[0]
        text, labels, also = maker(P, r)
        text = register(text, r)
        key = text.lower()
        if key in seen:
            continue
        seen.add(key)
        out.append({"id": f"{prefix}{len(out) + 1:05d}", "kind": kinds[maker], "text": text,
                    "labels": sorted(labels), "also": sorted(also - labels)})
    return out


def write(path, items):
    with open(path, "w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")


# Each training fragment also stands alone as a text, so that the heads learn what a single
# sentence carries (the coach scores each sentence of a longer text as well as the whole).
SINGLE = [
    ("need", "feeling_clean", []), ("need", "feeling_faux", ["faux_feeling"]), ("need", "statement_clean", []),
    ("need", "criticism", ["criticism"]), ("need", "contempt", ["contempt"]), ("need", "scorekeeping", ["scorekeeping"]),
    ("need", "request_clean", []), ("need", "request_negative", ["negative_request"]), ("need", "request_vague", ["vague_request"]),
    ("need", "need_hard_negative", []), ("reply", "reply_clean", []), ("reply", "reply_hard_negative", []),
    ("reply", "defensiveness", ["defensiveness"]), ("reply", "stonewalling", ["stonewalling"]), ("reply", "dismissal", ["dismissal"]),
    ("reply", "reply_contempt", ["contempt"]), ("reply", "reply_criticism", ["criticism"]), ("reply", "reply_tail_clean", []),
    ("reply", "contempt", ["contempt"]), ("reflection", "reflect_defensive_lead", ["defensiveness"]),
]


def singles(part, prefix):
    P = Pools(part)
    out = []
    for kind, pool, labels in SINGLE:
        for text in getattr(P, pool):
            text = sentence(upper_first(text.rstrip(",")))
            out.append({"kind": kind, "text": text, "labels": labels,
                        "also": ["criticism"] if "contempt" in labels or "defensiveness" in labels else []})
    for p in P.reflect_para:
        out.append({"kind": "reflection", "text": "What I hear is " + p + ".", "labels": [], "also": []})
    for text, labels in P.reflect_blame:
        out.append({"kind": "reflection", "text": text, "labels": labels, "also": []})
    return [dict(id=f"{prefix}{i + 1:04d}", **x) for i, x in enumerate(out)]


# Whole texts written one by one (handwritten-train.jsonl, ids m…), not composed: the registers,
# lengths and turns of phrase that slots cannot make. All of them go to training, each also once
# more in a varied register (ids mr…); nothing here goes to a held-out part. Two switches, for
# comparing only (the defaults are what ships): WRITTEN_VALIDATE=1 deals one in five (index % 5
# == 3) to validation instead (tried: with the 0.1 % budget one real hard negative there pushed
# a head's threshold to 0.9 and more, and every held-out set scored lower); WRITTEN_VARIED=N
# adds N varied copies instead of one (tried 3: no gain, and dev lost a point).
WRITTEN = os.path.join(HERE, "handwritten-train.jsonl")
VALIDATE = os.environ.get("WRITTEN_VALIDATE", "0") == "1"
COPIES = "rstuvw"
VARIED = int(os.environ.get("WRITTEN_VARIED", "1"))


def written(part):
    with open(WRITTEN, encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    if part == "validation":
        return [x for i, x in enumerate(items) if i % 5 == 3 and VALIDATE]
    own = [x for i, x in enumerate(items) if i % 5 != 3 or not VALIDATE]
    r = random.Random(78)
    varied = []
    for copy in COPIES[:VARIED]:
        for x in own:
            text = register(x["text"], r)
            if text != x["text"]:
                varied.append(dict(x, id="m" + copy + x["id"][1:], text=text))
    return own + varied


if __name__ == "__main__":
    write(os.path.join(HERE, "train.jsonl"), singles("train", "f") + build("train", 5000, 12, "g") + written("train"))
    write(os.path.join(HERE, "validation.jsonl"), singles("validation", "vf") + build("validation", 1200, 56, "v") + written("validation"))
    write(os.path.join(HERE, "heldout.jsonl"), build("heldout", 1000, 34, "h"))
