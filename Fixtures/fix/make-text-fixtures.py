#!/usr/bin/env python3
"""Makes the text fixtures of the PSLintFix tests from a real excerpt of the corpus.

The excerpt is standard 15 of 004_8f656e93d6fef283.txt («Системное и сетевое администрирование»,
lines 1781-1992, some card bodies left out): its cards are numbered 9, 10, 11, 12, 15, its
paragraph-8 list skips from 4) to 7), and its technical-data paragraphs run 16-22.

Written here (every file in text/):
  edits.json            the renumbering edits: {line, column, old, new}; columns count code points
  <variant>.txt         the excerpt in one encoding / line-ending style
  <variant>.fixed.txt   the same after the edits, made here in Python, independently of the Swift
                        code: the tests compare the Swift result with these bytes.

Usage: make-text-fixtures.py [CORPUS_DIR]   (default: ../shared/corpus beside the repository)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "corpus")
SOURCE = "004_8f656e93d6fef283.txt"
RANGES = [(1781, 1796), (1828, 1830), (1864, 1866), (1901, 1903), (1932, 1940), (1958, 1992)]

# name: (encoding, BOM bytes, line terminator(s), final newline)
VARIANTS = {
    "lf": ("utf-8", b"", "\n", True),
    "crlf": ("utf-8", b"", "\r\n", True),
    "cr": ("utf-8", b"", "\r", True),
    "no-final-newline": ("utf-8", b"", "\n", False),
    "mixed-endings": ("utf-8", b"", ["\n", "\r\n", "\r"], True),
    "utf8-bom": ("utf-8", b"\xef\xbb\xbf", "\r\n", True),
    "windows-1251": ("cp1251", b"", "\r\n", True),
    "utf16le-bom": ("utf-16-le", b"\xff\xfe", "\r\n", True),
    "utf16be-bom": ("utf-16-be", b"\xfe\xff", "\n", False),
}


def excerpt():
    with open(os.path.join(CORPUS, SOURCE), encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = []
    for first, last in RANGES:
        out.extend(lines[first - 1:last])
    return out


def renumbering_edits(lines):
    """The edits the numbering rules are expected to make: list items 1)..n), card headings
    9..8+n, technical-data paragraphs continuing after the last card."""
    edits = []
    item = card = 0
    paragraph = None
    for index, line in enumerate(lines, start=1):
        m = re.match(r"^- (\d+)\)", line)
        if m:
            item += 1
            edits.append((index, m.start(1), m.group(1), str(item)))
            continue
        m = re.match(r"^(?:<p>)?(\d+)\. Карточка профессии", line)
        if m:
            card += 1
            edits.append((index, m.start(1), m.group(1), str(8 + card)))
            continue
        if re.match(r"^#+ Глава 4\.", line):
            paragraph = 8 + card
            continue
        m = re.match(r"^(?:#+ )?(\d+)\. ", line)
        if m and paragraph is not None:
            paragraph += 1
            edits.append((index, m.start(1), m.group(1), str(paragraph)))
    return [{"line": l, "column": c + 1, "old": o, "new": n} for (l, c, o, n) in edits if o != n]


def apply(lines, edits):
    lines = list(lines)
    for e in sorted(edits, key=lambda e: (e["line"], -e["column"])):
        text = lines[e["line"] - 1]
        start = e["column"] - 1
        assert text[start:start + len(e["old"])] == e["old"], e
        lines[e["line"] - 1] = text[:start] + e["new"] + text[start + len(e["old"]):]
    return lines


def encode(lines, encoding, bom, terminator, final_newline):
    text = ""
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        end = terminator[i % len(terminator)] if isinstance(terminator, list) else terminator
        if end == "\r" and not last and lines[i + 1] == "" and isinstance(terminator, list):
            end = "\r\n"  # CR before an empty LF-ended line would read as one CRLF
        text += line + ("" if last and not final_newline else end)
    return bom + text.encode(encoding)


def main():
    lines = excerpt()
    edits = renumbering_edits(lines)
    fixed = apply(lines, edits)
    out = os.path.join(HERE, "text")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "edits.json"), "w", encoding="utf-8") as f:
        json.dump(edits, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for name, (encoding, bom, terminator, final_newline) in VARIANTS.items():
        for suffix, content in ((".txt", lines), (".fixed.txt", fixed)):
            with open(os.path.join(out, name + suffix), "wb") as f:
                f.write(encode(content, encoding, bom, terminator, final_newline))
    print(f"{len(lines)} lines, {len(edits)} edits, {len(VARIANTS)} variants in {out}")


if __name__ == "__main__":
    main()
