#!/usr/bin/env python3
"""Splits the other writers' texts (corpus/writers/w*.jsonl) into the coach's corpus parts.

Each writer wrote 300 labelled texts from shared/coach/LABELS.md alone, in a persona of their
own (corpus/writers/README.md), without seeing the coach's rules, lexicons, corpus or cases.

- HELD_OUT writers go whole to heldout-writers.jsonl, and the later HELD_OUT_2 … HELD_OUT_9
  (each round written later than the one before, to measure later changes on
  authors nobody had tuned on) to heldout-writers-2 … -9.jsonl: never trained on, never chosen on.
- Every other writer's texts: each fifth (by position) to writers-validation.jsonl, where the
  trainer chooses thresholds and vetoes; the rest to writers-train.jsonl.
- A training or validation text within a word overlap (Jaccard) of 0.55 of a held-out text
  or of shared/coach/dev.jsonl is left out, so no near copy is trained on.

Deterministic: the same files give the same parts.  Run from the repository root:
    python3 coach/corpus/writers.py
"""
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
HELD_OUT = {"w8", "w11"}
HELD_OUT_2 = {"w27", "w28"}
HELD_OUT_3 = {"w35", "w36"}
HELD_OUT_4 = {"w43", "w44"}
HELD_OUT_5 = {"w51", "w52"}
HELD_OUT_6 = {"w59", "w60"}
HELD_OUT_7 = {"w67", "w68"}
HELD_OUT_8 = {"w75", "w76"}
HELD_OUT_9 = {"w77", "w78", "w79", "w80", "w81", "w82", "w83", "w84"}
NEAR = 0.55


def words(text):
    return set(re.findall(r"[a-z']+", text.lower()))


def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def read(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def main():
    files = sorted((HERE / "writers").glob("w*.jsonl"), key=lambda p: int(p.stem[1:]))
    held_out = {"": (HELD_OUT, []), "-2": (HELD_OUT_2, []), "-3": (HELD_OUT_3, []), "-4": (HELD_OUT_4, []), "-5": (HELD_OUT_5, []),
                "-6": (HELD_OUT_6, []), "-7": (HELD_OUT_7, []), "-8": (HELD_OUT_8, []), "-9": (HELD_OUT_9, [])}
    train, validation = [], []
    for f in files:
        rows = read(f)
        part = next((rows_ for names, rows_ in held_out.values() if f.stem in names), None)
        if part is not None:
            part.extend(rows)
            continue
        for n, row in enumerate(rows):
            (validation if n % 5 == 4 else train).append(row)
    dev = HERE.parent.parent.parent / "shared" / "coach" / "dev.jsonl"
    held = [r for _, rows in held_out.values() for r in rows]
    guarded = [words(r["text"]) for r in held + (read(dev) if dev.exists() else [])]

    def far(row):
        w = words(row["text"])
        return all(jaccard(w, g) < NEAR for g in guarded)

    kept_train = [r for r in train if far(r)]
    kept_validation = [r for r in validation if far(r)]
    write(HERE / "writers-train.jsonl", kept_train)
    write(HERE / "writers-validation.jsonl", kept_validation)
    for suffix, (_, rows) in held_out.items():
        write(HERE / f"heldout-writers{suffix}.jsonl", rows)
    sizes = " + ".join(str(len(rows)) for _, rows in held_out.values())
    print(f"{len(files)} writers: train {len(kept_train)}, validation {len(kept_validation)}, "
          f"held out {sizes} ({len(train) - len(kept_train) + len(validation) - len(kept_validation)} near copies left out)")


if __name__ == "__main__":
    main()
