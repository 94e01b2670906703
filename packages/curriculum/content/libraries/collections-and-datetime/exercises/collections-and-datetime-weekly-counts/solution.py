from collections import Counter
from datetime import date


def week_label(iso_date):
    """Return the ISO week label of a 'YYYY-MM-DD' string, e.g. '2024-W09'."""
    year, week, _weekday = date.fromisoformat(iso_date).isocalendar()
    return f"{year}-W{week:02d}"


def weekly_counts(dates):
    """Return {week_label: count} with the labels in ascending order."""
    counts = Counter(week_label(d) for d in dates)
    return {label: counts[label] for label in sorted(counts)}


def busiest_week(dates):
    """Return the label of the week with the most dates (earliest on a tie), or None."""
    counts = weekly_counts(dates)
    if not counts:
        return None
    return max(counts, key=lambda label: counts[label])
