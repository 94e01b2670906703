import csv


def column_average(path, column):
    """Return the average of the numbers in the given column of a CSV file, rounded to 2 decimals."""
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if column not in (reader.fieldnames or []):
            raise KeyError(column)
        values = [float(row[column]) for row in reader if row[column].strip()]
    if not values:
        return 0.0
    return round(sum(values) / len(values), 2)
