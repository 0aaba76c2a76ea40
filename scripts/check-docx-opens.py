#!/usr/bin/env python3
"""Checks that a .docx opens in python-docx and, when installed, in LibreOffice.

Usage: check-docx-opens.py FILE.docx [--expect-text TEXT]...

Prints one line per check. Exit status: 0 every available check passed; 1 a check failed;
77 python-docx is not installed (the caller skips). LibreOffice (`soffice`/`libreoffice`) is
optional: its check is skipped, and said so, when it is absent.
With --expect-text, each TEXT must occur in the text python-docx (and LibreOffice) reads.
"""
import os
import shutil
import subprocess
import sys
import tempfile


def python_docx_text(path):
    import docx
    document = docx.Document(path)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
    return len(document.paragraphs), len(document.tables), "\n".join(parts)


def libreoffice_text(path, soffice):
    with tempfile.TemporaryDirectory() as out:
        profile = "file://" + os.path.join(out, "profile")
        command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "txt:Text", "--outdir", out, path]
        result = subprocess.run(command, capture_output=True, text=True, timeout=180)
        converted = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".txt")
        if result.returncode != 0 or not os.path.exists(converted):
            raise RuntimeError((result.stderr or result.stdout or "no output").strip().splitlines()[-1])
        with open(converted, encoding="utf-8-sig", errors="replace") as f:
            return f.read()


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    path = argv[0]
    expected = [argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--expect-text"]
    try:
        import docx  # noqa: F401
    except ImportError:
        print("skip: python-docx is not installed (pip install python-docx)")
        return 77
    failed = False
    try:
        paragraphs, tables, text = python_docx_text(path)
        missing = [t for t in expected if t not in text]
        if missing:
            print(f"FAIL python-docx: text lacks {missing!r}")
            failed = True
        else:
            print(f"ok python-docx: {paragraphs} paragraphs, {tables} tables")
    except Exception as error:  # any failure to open is the finding
        print(f"FAIL python-docx: {type(error).__name__}: {error}".splitlines()[0])
        failed = True

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("skip LibreOffice: soffice is not installed")
    else:
        try:
            text = libreoffice_text(path, soffice)
            missing = [t for t in expected if t not in text]
            if missing:
                print(f"FAIL LibreOffice: text lacks {missing!r}")
                failed = True
            else:
                print(f"ok LibreOffice: {len(text.splitlines())} lines of text")
        except Exception as error:
            print(f"FAIL LibreOffice: {error}".splitlines()[0])
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
