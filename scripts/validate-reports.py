#!/usr/bin/env python3
"""Checks the reports of one `pslint check` run against each other: every diagnostic of the JSON
report appears exactly once in the JUnit, SARIF and GitHub reports; and validates the JUnit report
against its XSD with xmllint. (The JSON and SARIF schemas are checked by validate-json.py and
validate-sarif.py.)

Usage: validate-reports.py DIR JUNIT_XSD
DIR holds out.json, out.xml, out.sarif, out.github (as written by scripts/check-reports.sh).
"""
import json, os, subprocess, sys, shutil
import xml.etree.ElementTree as ET

out, junit_xsd = sys.argv[1:3]
failures = []

report = json.load(open(os.path.join(out, "out.json"), encoding="utf-8"))
sarif = json.load(open(os.path.join(out, "out.sarif"), encoding="utf-8"))

if shutil.which("xmllint"):
    result = subprocess.run(["xmllint", "--noout", "--nonet", "--schema", junit_xsd, os.path.join(out, "out.xml")], capture_output=True, text=True)
    print("validate-reports: out.xml:", "valid" if result.returncode == 0 else "INVALID")
    if result.returncode != 0:
        failures.append("out.xml: " + result.stderr.strip().splitlines()[-1])
else:
    print("validate-reports: xmllint missing: JUnit schema check skipped (the Swift tests validate JUnit too)", file=sys.stderr)

diagnostics = [d for f in report["files"] for d in f["diagnostics"]]
active = [d for d in diagnostics if d["suppressed"] is None]
results = [r for run in sarif["runs"] for r in run["results"]]
if len(results) != len(diagnostics):
    failures.append(f"SARIF has {len(results)} results for {len(diagnostics)} diagnostics")
junit = ET.parse(os.path.join(out, "out.xml")).getroot()
# a testcase per diagnostic (named after its rule), plus passing testcases for clean standards and errored ones for input errors
cases = junit.findall(".//testcase")
rule_cases = [c for c in cases if c.get("name", "")[:2] == "PS" or c.get("name", "").startswith("config")]
if len(rule_cases) != len(diagnostics):
    failures.append(f"JUnit has {len(rule_cases)} finding testcases for {len(diagnostics)} diagnostics")
github = [l for l in open(os.path.join(out, "out.github"), encoding="utf-8") if l.startswith(("::error", "::warning", "::notice"))]
github_findings = [l for l in github if "title=PS" in l or "title=config" in l]
if len(github_findings) != len(active):
    failures.append(f"GitHub annotations: {len(github_findings)} for {len(active)} unsuppressed diagnostics")
print(f"validate-reports: {len(diagnostics)} diagnostics ({len(active)} unsuppressed); SARIF {len(results)}, JUnit {len(rule_cases)}, GitHub {len(github_findings)}")
for failure in failures:
    print("validate-reports: FAIL:", failure, file=sys.stderr)
sys.exit(1 if failures else 0)
