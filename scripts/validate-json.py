#!/usr/bin/env python3
"""Validate a JSON file against a JSON Schema (draft 4 to 2020-12, as the schema declares).

Usage: python3 scripts/validate-json.py SCHEMA FILE [FILE...]

Exit status: 0 valid, 1 invalid, 2 usage error or missing `jsonschema` (pip install jsonschema).
"""
import json
import sys


def load(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as error:
        print(f"{path}: error: {error}", file=sys.stderr)
        sys.exit(2)


def location(error):
    return "/" + "/".join(str(part) for part in error.absolute_path)


def main(argv):
    if len(argv) < 3 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        import jsonschema
    except ImportError:
        print("error: the Python package jsonschema is missing: pip install jsonschema", file=sys.stderr)
        return 2
    schema = load(argv[1])
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    status = 0
    for path in argv[2:]:
        errors = sorted(validator.iter_errors(load(path)), key=lambda e: list(map(str, e.absolute_path)))
        for error in errors[:50]:
            print(f"{path}: {location(error)}: {error.message}", file=sys.stderr)
        if errors:
            status = 1
            print(f"{path}: invalid ({len(errors)} problems)", file=sys.stderr)
        else:
            print(f"{path}: valid")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
