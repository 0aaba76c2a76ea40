#!/usr/bin/env python3
"""Builds the Word (.docx) and HTML fixtures of pslint from text drafts.

    python3 scripts/make_docx_fixtures.py            # Fixtures/docx/src/*.txt -> Fixtures/docx, Fixtures/html
    python3 scripts/make_docx_fixtures.py --large SRC.txt OUT.docx   # one big .docx (benchmark)

Input: the text layouts of ../shared/docs/structure.md (L1: one table row a line, TAB between
cells, a leading TAB continuing a vertically merged cell, HTML fragments in cells; L3: the same
with Markdown headings and bold). Output, per source file:

- a .docx made with python-docx: prose lines become paragraphs (Markdown headings become Word
  headings, `**` bold runs); the rows of each card become a real Word table. Empty cells at the
  start of a row continue the cell above (w:vMerge), empty cells at the end widen the last
  filled cell (w:gridSpan), `<p>`/`<li>` fragments inside a cell become separate paragraphs of
  that cell. A card heading ("9. Карточка профессии …") is a paragraph before its table; in the
  files listed in AUTO_NUMBERED the headings are an automatically numbered list (decimal "%1.",
  starting at the first heading's number) instead of typed numbers.
- an .html page that mimics the legal database (adilet.zan.kz): `<p>` paragraphs with NBSP
  indentation and `<a name="zN">` anchors, tables with rowspan/colspan and `<p>` in cells.

Requires python-docx (`pip install python-docx`). Deterministic: the same input gives the same
bytes (fixed core-properties dates, no random ids).
"""
import argparse
import datetime
import html
import io
import re
import sys
import zipfile
from pathlib import Path

try:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
except ImportError:  # pragma: no cover
    sys.exit("python-docx is missing: pip install python-docx")

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "Fixtures" / "docx" / "src"
DOCX_OUT = ROOT / "Fixtures" / "docx"
HTML_OUT = ROOT / "Fixtures" / "html"
AUTO_NUMBERED = {"kk-information-resources"}

HEADING_RE = re.compile(r"^\s*(\d+)\s*\.\s*((?:Карточка профессии|Кәсіптің карточкасы).*)$")
BREAKING_TAG_RE = re.compile(r"</?(?:p|li|ol|ul|br|div|tr|td)\b[^<>]{0,300}>", re.I)
INLINE_TAG_RE = re.compile(r"</?(?:b|i|u|span|strong|em|sup|sub|a|font|s)\b[^<>]{0,300}>", re.I)
FIXED_DATE = datetime.datetime(2026, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- text model

def fragments(text):
    """Splits a cell or line on HTML block tags, drops inline tags, decodes entities."""
    pieces = []
    for piece in BREAKING_TAG_RE.split(text):
        piece = INLINE_TAG_RE.sub("", piece)
        piece = html.unescape(piece).replace("\xa0", " ")
        piece = piece.strip()
        if piece:
            pieces.append(piece)
    return pieces


def strip_markdown(line):
    """`## **Title**` -> (2, 'Title', bold)."""
    level = 0
    match = re.match(r"^(#+)\s+", line)
    if match:
        level = len(match.group(1))
        line = line[match.end():]
    bold = "**" in line
    line = line.replace("**", "")
    return level, line.rstrip(), bold


def read_source(path):
    """Yields ('para', level, text, bold) | ('heading', number, text) | ('row', [cells])."""
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip(" \t\xa0"):
            yield ("blank",)
            continue
        if "\t" in raw:
            cells = raw.split("\t")
            first = " ".join(fragments(cells[0]))
            match = HEADING_RE.match(first)
            if match and not any(fragments(c) for c in cells[1:]):
                yield ("heading", int(match.group(1)), match.group(2).strip())
                continue
            yield ("row", cells)
            continue
        level, text, bold = strip_markdown(raw)
        match = HEADING_RE.match(" ".join(fragments(text)))
        if match:
            yield ("heading", int(match.group(1)), match.group(2).strip())
            continue
        for piece in fragments(text):
            yield ("para", level, piece, bold)


def group(events):
    """Groups consecutive rows (blank lines inside allowed) into tables."""
    out, table = [], None
    for event in events:
        kind = event[0]
        if kind == "row":
            if table is None:
                table = []
            table.append(event[1])
            continue
        if kind == "blank":
            continue
        if table is not None:
            out.append(("table", table))
            table = None
        out.append(event)
    if table is not None:
        out.append(("table", table))
    return out


def layout_table(rows):
    """Turns TAB rows into grid cells: [{'paras': [...], 'span': n, 'vmerge': None|'restart'|'continue'}]."""
    width = max(len(r) for r in rows)
    grid_rows = []
    for raw in rows:
        cells = [fragments(c) for c in raw]
        last = max((i for i, c in enumerate(cells) if c), default=0)
        keep = max(last + 1, min(2, len(cells)))
        laid = []
        for index in range(keep):
            span = 1 if index < keep - 1 else width - (keep - 1)
            laid.append({"paras": cells[index], "span": span, "vmerge": None})
        grid_rows.append(laid)
    # Leading empty cells continue the cell above in the same grid column.
    previous = None
    for laid in grid_rows:
        if previous is not None:
            above = {}
            column = 0
            for cell in previous:
                above[column] = cell
                column += cell["span"]
            column = 0
            for cell in laid:
                if cell["paras"]:
                    break
                over = above.get(column)
                if over is not None and over["span"] == cell["span"]:
                    cell["vmerge"] = "continue"
                    if over["vmerge"] is None:
                        over["vmerge"] = "restart"
                column += cell["span"]
        previous = laid
    return width, grid_rows


# ---------------------------------------------------------------- .docx

def set_core_properties(document):
    props = document.core_properties
    props.author = "pslint fixtures"
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    props.last_modified_by = "pslint fixtures"
    props.revision = 1


def add_numbering(document, start):
    """A decimal list '%1.' starting at `start`; returns its numId."""
    numbering = document.part.numbering_part.element
    abstract_ids = [int(e.get(qn("w:abstractNumId"))) for e in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(e.get(qn("w:numId"))) for e in numbering.findall(qn("w:num"))]
    abstract_id = max(abstract_ids, default=-1) + 1
    num_id = max(num_ids, default=0) + 1
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "hybridMultilevel")
    abstract.append(multi)
    for level in range(2):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(level))
        for tag, value in (("w:start", str(start if level == 0 else 1)), ("w:numFmt", "decimal"),
                           ("w:lvlText", "%1." if level == 0 else "%1.%2."), ("w:lvlJc", "left")):
            element = OxmlElement(tag)
            element.set(qn("w:val"), value)
            lvl.append(element)
        abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abstract_id))
    num.append(ref)
    numbering.append(num)
    return num_id


def number_paragraph(paragraph, num_id):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    numid = OxmlElement("w:numId")
    numid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(numid)
    ppr.append(numpr)


def cell_xml(cell, twips):
    tc = OxmlElement("w:tc")
    tcpr = OxmlElement("w:tcPr")
    width = OxmlElement("w:tcW")
    width.set(qn("w:w"), str(twips * cell["span"]))
    width.set(qn("w:type"), "dxa")
    tcpr.append(width)
    if cell["span"] > 1:
        span = OxmlElement("w:gridSpan")
        span.set(qn("w:val"), str(cell["span"]))
        tcpr.append(span)
    if cell["vmerge"] is not None:
        merge = OxmlElement("w:vMerge")
        if cell["vmerge"] == "restart":
            merge.set(qn("w:val"), "restart")
        tcpr.append(merge)
    tc.append(tcpr)
    for text in (cell["paras"] if cell["vmerge"] != "continue" else []) or [""]:
        p = OxmlElement("w:p")
        if text:
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = text
            r.append(t)
            p.append(r)
        tc.append(p)
    return tc


def add_table(document, rows):
    width, grid_rows = layout_table(rows)
    twips = 9000 // width
    tbl = OxmlElement("w:tbl")
    tblpr = OxmlElement("w:tblPr")
    style = OxmlElement("w:tblStyle")
    style.set(qn("w:val"), "TableGrid")
    tblpr.append(style)
    tblw = OxmlElement("w:tblW")
    tblw.set(qn("w:w"), "0")
    tblw.set(qn("w:type"), "auto")
    tblpr.append(tblw)
    tbl.append(tblpr)
    grid = OxmlElement("w:tblGrid")
    for _ in range(width):
        col = OxmlElement("w:gridCol")
        col.set(qn("w:w"), str(twips))
        grid.append(col)
    tbl.append(grid)
    for laid in grid_rows:
        tr = OxmlElement("w:tr")
        for cell in laid:
            tr.append(cell_xml(cell, twips))
        tbl.append(tr)
    body = document.element.body
    body.insert(len(body) - 1, tbl)  # before the final w:sectPr


def build_docx(items, auto_numbered):
    document = docx.Document()
    set_core_properties(document)
    document.styles["Normal"].font.size = Pt(11)
    num_id = None
    for item in items:
        kind = item[0]
        if kind == "para":
            _, level, text, bold = item
            if level:
                document.add_heading(text, level=min(level, 9))
            else:
                run = document.add_paragraph().add_run(text)
                run.bold = bold or None
        elif kind == "heading":
            _, number, text = item
            if auto_numbered:
                if num_id is None:
                    num_id = add_numbering(document, number)
                number_paragraph(document.add_paragraph(text), num_id)
            else:
                document.add_paragraph(f"{number}. {text}")
        elif kind == "table":
            add_table(document, item[1])
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


def normalise_zip(data):
    """Same entries with a fixed timestamp, so reruns give identical bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- .html

def build_html(items, title):
    out = ['<!DOCTYPE html>', '<html lang="ru">', '<head>',
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           f'<title>{html.escape(title)}</title>',
           '<style>.table td { border: 1px solid #000; }</style>',
           '<script>window.dataLayer = window.dataLayer || [];</script>',
           '</head>', '<body>', '<div class="container_gamma text textcontainer" id="text">']
    anchor = 0

    def paragraph(text, tag="p"):
        nonlocal anchor
        anchor += 1
        indent = "&nbsp; &nbsp; &nbsp; " if tag == "p" else ""
        out.append(f'<{tag} id="z{anchor}"><a name="z{anchor}"></a>{indent}{html.escape(text, quote=False)}</{tag}>')

    for item in items:
        kind = item[0]
        if kind == "para":
            _, level, text, _ = item
            paragraph(text, f"h{min(level, 6)}" if level else "p")
        elif kind == "heading":
            _, number, text = item
            paragraph(f"{number}. {text}")
        elif kind == "table":
            width, grid_rows = layout_table(item[1])
            # rowspan: a restart cell covers the continuation cells below it in its column.
            spans = {}
            for r, laid in enumerate(grid_rows):
                column = 0
                for cell in laid:
                    cell["column"] = column
                    column += cell["span"]
            for r, laid in enumerate(grid_rows):
                for cell in laid:
                    if cell["vmerge"] == "restart":
                        count = 1
                        for below in grid_rows[r + 1:]:
                            match = next((c for c in below if c["column"] == cell["column"]), None)
                            if match is None or match["vmerge"] != "continue":
                                break
                            count += 1
                        spans[id(cell)] = count
            out.append('<table border="1" cellpadding="5" cellspacing="0" class="table table-bordered" width="100%">')
            out.append('<tbody>')
            for laid in grid_rows:
                cells = []
                for cell in laid:
                    if cell["vmerge"] == "continue":
                        continue
                    attrs = ""
                    if spans.get(id(cell), 1) > 1:
                        attrs += f' rowspan="{spans[id(cell)]}"'
                    if cell["span"] > 1:
                        attrs += f' colspan="{cell["span"]}"'
                    body = "".join(f"<p>{html.escape(t, quote=False)}</p>" for t in cell["paras"])
                    cells.append(f"<td{attrs}>{body}</td>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append('</tbody>')
            out.append('</table>')
    out += ['</div>', '</body>', '</html>', '']
    return "\n".join(out).encode("utf-8")


# ---------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--large", nargs=2, metavar=("SRC", "OUT"), help="build one .docx from SRC (benchmark)")
    args = parser.parse_args()
    if args.large:
        source, target = Path(args.large[0]), Path(args.large[1])
        Path(target).write_bytes(build_docx(group(read_source(source)), auto_numbered=False))
        print(f"wrote {target}")
        return
    for source in sorted(SRC.glob("*.txt")):
        items = group(read_source(source))
        name = source.stem
        docx_path = DOCX_OUT / f"{name}.docx"
        docx_path.write_bytes(build_docx(items, auto_numbered=name in AUTO_NUMBERED))
        title = next((i[2] for i in items if i[0] == "para"), name)
        html_path = HTML_OUT / f"{name}.html"
        html_path.write_bytes(build_html(items, title))
        print(f"wrote {docx_path.relative_to(ROOT)} and {html_path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
