from collections import Counter
from datetime import date


def week_label(iso_date):
    """Return the ISO week label of a 'YYYY-MM-DD' string, e.g. '2024-W09'."""
    pass


def weekly_counts(dates):
    """Return {week_label: count} with the labels in ascending order."""
    pass


def busiest_week(dates):
    """Return the label of the week with the most dates (earliest on a tie), or None."""
    pass
