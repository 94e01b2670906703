from statistics import mean, median, stdev


def summarize(numbers):
    """Return {'mean': ..., 'median': ..., 'stdev': ...}, each rounded to 2 decimals."""
    spread = stdev(numbers) if len(numbers) >= 2 else 0.0
    return {
        "mean": round(mean(numbers), 2),
        "median": round(median(numbers), 2),
        "stdev": round(spread, 2),
    }
