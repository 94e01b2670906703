from datetime import date, timedelta

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def due_date(start, days):
    """Return (ISO date of start + days, weekday name)."""
    pass
