import csv
import json


def convert(value):
    """Turn '42' or '-7' into an int; leave every other string unchanged."""
    digits = value[1:] if value.startswith("-") else value
    if digits and all(ch in "0123456789" for ch in digits):
        return int(value)
    return value


def csv_to_json(csv_path, json_path):
    """Write the rows of csv_path as a JSON list of objects to json_path; return the row count."""
    with open(csv_path, newline="", encoding="utf-8") as f:
        rows = [{key: convert(value) for key, value in row.items()} for row in csv.DictReader(f)]
    with open(json_path, "w", encoding="utf-8") as f:
        json.dump(rows, f, indent=2)
    return len(rows)
