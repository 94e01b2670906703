import csv
import json


def csv_to_json(csv_path, json_path):
    """Write the rows of csv_path as a JSON list of objects to json_path; return the row count."""
    pass
