#!/usr/bin/env python3
"""Makes the .docx fixtures of the PSLintFix tests with python-docx (pip install python-docx).

docx/cards.docx: a chapter-3/chapter-4 excerpt shaped like 004's «Системное и сетевое
администрирование», built to exercise the fixer:
  - card headings 9, 10, 15, 17 (to become 9, 10, 11, 12); «15» is split across two runs
    («1» | «5. Карточка…»), «9» is a run of its own;
  - paragraphs inside table cells (they count in the paragraph index);
  - tracked changes: a deleted «12» (w:del/w:delText, not text) before an inserted «17» (w:ins);
  - a number written as a character reference (&#x31;8 for «18»), a TAB, XML-escaped & and <;
  - an automatically numbered paragraph (List Number style) that needs no edit;
  - «2025» and «2» in one paragraph, where only the whole number «2» may change.
docx/cards.edits.json: the edits {paragraph, old, new} (paragraph = 1-based index of the w:p in
document order, table cells included).
docx/cards.expected.json: every paragraph's text after the fix, computed here independently.

Usage: make-docx-fixtures.py
"""
import io
import json
import os
import zipfile

import docx
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def add_runs(paragraph, *texts):
    for text in texts:
        paragraph.add_run(text)
    return paragraph


def build():
    d = docx.Document()
    d.core_properties.author = "pslint fixtures"
    d.add_heading("Глава 3. Карточки профессий", level=2)                                    # 1
    add_runs(d.add_paragraph(), "9", '. Карточка профессии "Системный инженер":')             # 2
    table = d.add_table(rows=2, cols=2)                                                         # 3-6
    table.cell(0, 0).text = "Код группы:"
    table.cell(0, 1).text = "2511-1"
    table.cell(1, 0).text = "Уровень квалификации по ОРК:"
    table.cell(1, 1).text = "6"
    add_runs(d.add_paragraph(), '10. Карточка профессии "Сетевой администратор":')            # 7
    split = add_runs(d.add_paragraph(), "1", '5. Карточка профессии "Сетевой администратор":')  # 8
    split.runs[0].bold = True
    skill = d.add_paragraph()                                                                   # 9
    skill.add_run("Навык 1:")
    skill.runs[0].add_tab()
    skill.add_run("Анализ сетей & <протоколов>")
    tracked = d.add_paragraph()                                                                 # 10
    tracked.add_run('MARK-TRACKED. Карточка профессии "Системный инженер":')
    d.add_heading("Глава 4. Технические данные профессионального стандарта", level=3)         # 11
    add_runs(d.add_paragraph(), "MARK-CHARREF. Наименование государственного органа:")        # 12
    auto = d.add_paragraph("Министерство искусственного интеллекта", style="List Number")    # 13
    auto.runs[0].font.size = Pt(12)
    add_runs(d.add_paragraph(), "19. Номер версии и год выпуска: версия 2, 2025 г.")          # 14
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


def patch_document_xml(xml):
    """Raw XML the python-docx API cannot write: tracked changes and a character reference."""
    tracked_run = '<w:r><w:t>MARK-TRACKED. Карточка профессии "Системный инженер":</w:t></w:r>'
    assert tracked_run in xml
    xml = xml.replace(tracked_run,
        '<w:del w:id="1" w:author="pslint" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>12</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="pslint" w:date="2026-01-01T00:00:00Z"><w:r><w:t>17</w:t></w:r></w:ins>'
        '<w:r><w:t>. Карточка профессии "Системный инженер":</w:t></w:r>')
    assert "MARK-CHARREF" in xml
    xml = xml.replace("MARK-CHARREF", "&#x31;8")
    return xml


def repack(package, patch):
    source = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = patch(data.decode("utf-8")).encode("utf-8")
            target.writestr(info, data)
    return out.getvalue()


def paragraph_texts(package):
    """Each w:p's text in document order: w:t (not under w:del), w:tab → TAB, w:br → LF."""
    from lxml import etree
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(package)).read("word/document.xml"))
    texts = []
    for p in root.iter(qn("w:p")):
        parts = []
        for node in p.iter():
            if node is p:
                continue
            owner = node.getparent()
            while owner is not None and owner.tag != qn("w:p"):
                owner = owner.getparent()
            if owner is not p:
                continue
            ancestors = [a.tag for a in node.iterancestors()]
            if qn("w:del") in ancestors or qn("w:moveFrom") in ancestors:
                continue
            if node.tag == qn("w:t"):
                parts.append(node.text or "")
            elif node.tag == qn("w:tab") and node.getparent().tag == qn("w:r"):
                parts.append("\t")
            elif node.tag in (qn("w:br"), qn("w:cr")):
                parts.append("\n")
        texts.append("".join(parts))
    return texts


def first_whole_number(text, number):
    i = text.find(number)
    while i >= 0:
        before = text[i - 1] if i > 0 else ""
        after = text[i + len(number)] if i + len(number) < len(text) else ""
        if not before.isdigit() and not after.isdigit():
            return i
        i = text.find(number, i + 1)
    return -1


def main():
    package = repack(build(), patch_document_xml)
    texts = paragraph_texts(package)
    wanted = [("15", "11"), ("17", "12"), ("18", "13"), ("19", "14"), ("2", "1")]
    edits = []
    for old, new in wanted:
        # The first paragraph holding `old` as a whole number («2» the one that also holds «2025»).
        for index, text in enumerate(texts, start=1):
            position = first_whole_number(text, old)
            if position >= 0 and (old != "2" or "2025" in text):
                edits.append({"paragraph": index, "old": old, "new": new})
                break
        else:
            raise SystemExit(f"no paragraph holds {old}")
    fixed = list(texts)
    for e in edits:
        text = fixed[e["paragraph"] - 1]
        i = first_whole_number(text, e["old"])
        fixed[e["paragraph"] - 1] = text[:i] + e["new"] + text[i + len(e["old"]):]
    out = os.path.join(HERE, "docx")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "cards.docx"), "wb") as f:
        f.write(package)
    with open(os.path.join(out, "cards.edits.json"), "w", encoding="utf-8") as f:
        json.dump(edits, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(out, "cards.expected.json"), "w", encoding="utf-8") as f:
        json.dump({"before": texts, "after": fixed}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(texts)} paragraphs, {len(edits)} edits in {out}")


if __name__ == "__main__":
    main()
