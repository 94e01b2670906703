from statistics import mean, median, stdev


def summarize(numbers):
    """Return {'mean': ..., 'median': ..., 'stdev': ...}, each rounded to 2 decimals."""
    pass
