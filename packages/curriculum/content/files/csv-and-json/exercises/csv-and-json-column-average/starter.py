import csv


def column_average(path, column):
    """Return the average of the numbers in the given column of a CSV file, rounded to 2 decimals."""
    pass
