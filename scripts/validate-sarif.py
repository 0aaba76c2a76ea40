#!/usr/bin/env python3
"""Validate SARIF files against the SARIF 2.1.0 schema and GitHub code scanning's rules.

Usage: python3 scripts/validate-sarif.py [--schema SCHEMA] FILE [FILE...]

SCHEMA defaults to docs/formats/schemas/sarif-schema-2.1.0.json of this repository (a copy of
the OASIS schema). Besides the schema, checks what GitHub code scanning needs or rejects: a
driver name, a ruleId on every result that matches rules[ruleIndex], a non-empty message, at
least one physical location with a URI, relative URIs with a declared uriBaseId, regions with
1-based positions, our own partialFingerprints, GitHub's upload limits, and the schema's `uri`
formats (absolute help and information URIs; percent-encoded artifact URIs).

Exit status: 0 valid, 1 invalid, 2 usage error or missing `jsonschema` (pip install jsonschema).
"""
import json
import os
import re
import sys

DEFAULT_SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "formats", "schemas",
                              "sarif-schema-2.1.0.json")

# https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
GITHUB_LIMITS = {"runs": 20, "results": 25000, "rules": 25000, "locations": 1000, "tags": 20}


ABSOLUTE_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*$")
URI_REFERENCE = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]*$")
PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")


def uri_problems(node, where=""):
    """The `uri` and `uri-reference` formats of the schema, which GitHub enforces and the
    jsonschema package checks only with optional dependencies."""
    problems = []
    if isinstance(node, dict):
        for key, value in node.items():
            at = f"{where}/{key}"
            if key in ("helpUri", "informationUri", "downloadUri") and isinstance(value, str):
                if not ABSOLUTE_URI.match(value) or not URI_REFERENCE.match(PERCENT.sub("", value)):
                    problems.append(f"{at}: {value!r} is not an absolute URI")
            elif key == "uri" and isinstance(value, str):
                if not URI_REFERENCE.match(PERCENT.sub("", value)) or ":" in value.split("/")[0] and not value.startswith("file:"):
                    problems.append(f"{at}: {value!r} is not a valid, percent-encoded URI reference")
            else:
                problems += uri_problems(value, at)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            problems += uri_problems(item, f"{where}/{i}")
    return problems


def github_problems(log):
    problems = uri_problems(log)
    runs = log.get("runs", [])
    if len(runs) > GITHUB_LIMITS["runs"]:
        problems.append(f"/runs: more than {GITHUB_LIMITS['runs']} runs")
    for r, run in enumerate(runs):
        where = f"/runs/{r}"
        driver = run.get("tool", {}).get("driver", {})
        if not driver.get("name"):
            problems.append(f"{where}/tool/driver: no name")
        rules = driver.get("rules", [])
        if len(rules) > GITHUB_LIMITS["rules"]:
            problems.append(f"{where}: more than {GITHUB_LIMITS['rules']} rules")
        ids = [rule.get("id") for rule in rules]
        if len(set(ids)) != len(ids):
            problems.append(f"{where}/tool/driver/rules: duplicate rule ids")
        for i, rule in enumerate(rules):
            tags = rule.get("properties", {}).get("tags", [])
            if len(tags) > GITHUB_LIMITS["tags"]:
                problems.append(f"{where}/tool/driver/rules/{i}: more than {GITHUB_LIMITS['tags']} tags")
        bases = run.get("originalUriBaseIds", {})
        results = run.get("results", [])
        if len(results) > GITHUB_LIMITS["results"]:
            problems.append(f"{where}: more than {GITHUB_LIMITS['results']} results")
        for i, result in enumerate(results):
            at = f"{where}/results/{i}"
            rule_id = result.get("ruleId")
            if not rule_id:
                problems.append(f"{at}: no ruleId")
            index = result.get("ruleIndex")
            if index is not None and (index >= len(rules) or rules[index].get("id") != rule_id):
                problems.append(f"{at}: ruleIndex {index} does not name rule {rule_id}")
            if not result.get("message", {}).get("text"):
                problems.append(f"{at}: empty message")
            if not result.get("partialFingerprints"):
                problems.append(f"{at}: no partialFingerprints (GitHub would hash the file, a zip for .docx)")
            locations = result.get("locations", [])
            if not locations:
                problems.append(f"{at}: no location")
            if len(locations) > GITHUB_LIMITS["locations"]:
                problems.append(f"{at}: more than {GITHUB_LIMITS['locations']} locations")
            for j, loc in enumerate(locations):
                physical = loc.get("physicalLocation")
                if physical is None:
                    problems.append(f"{at}/locations/{j}: no physicalLocation")
                    continue
                artifact = physical.get("artifactLocation", {})
                uri = artifact.get("uri", "")
                if not uri:
                    problems.append(f"{at}/locations/{j}: no artifact URI")
                elif uri.startswith("file:"):
                    if not uri.startswith("file:///"):
                        problems.append(f"{at}/locations/{j}: file URI {uri!r} is not absolute")
                else:
                    if uri.startswith("/") or ":" in uri.split("/")[0]:
                        problems.append(f"{at}/locations/{j}: URI {uri!r} is neither relative nor a file: URI")
                    base = artifact.get("uriBaseId")
                    if base is not None and base not in bases:
                        problems.append(f"{at}/locations/{j}: uriBaseId {base!r} not declared in originalUriBaseIds")
                region = physical.get("region")
                if region is not None and region.get("startLine", 1) < 1:
                    problems.append(f"{at}/locations/{j}: region startLine below 1")
    return problems


def main(argv):
    args = argv[1:]
    schema_path = DEFAULT_SCHEMA
    if args[:1] == ["--schema"]:
        if len(args) < 2:
            print(__doc__.strip(), file=sys.stderr)
            return 2
        schema_path, args = args[1], args[2:]
    if not args or args[0] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        import jsonschema
    except ImportError:
        print("error: the Python package jsonschema is missing: pip install jsonschema", file=sys.stderr)
        return 2
    try:
        with open(schema_path, encoding="utf-8") as handle:
            schema = json.load(handle)
    except (OSError, ValueError) as error:
        print(f"{schema_path}: error: {error}", file=sys.stderr)
        return 2
    validator_class = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema)
    status = 0
    for path in args:
        try:
            with open(path, encoding="utf-8") as handle:
                log = json.load(handle)
        except (OSError, ValueError) as error:
            print(f"{path}: error: {error}", file=sys.stderr)
            status = 1
            continue
        problems = [f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]
        if not problems:
            problems = github_problems(log)
        for problem in problems[:50]:
            print(f"{path}: {problem}", file=sys.stderr)
        if problems:
            status = 1
            print(f"{path}: invalid ({len(problems)} problems)", file=sys.stderr)
        else:
            print(f"{path}: valid SARIF 2.1.0")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
