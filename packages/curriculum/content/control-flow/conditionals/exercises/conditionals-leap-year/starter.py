def is_leap_year(year):
    """Return True if year is a leap year."""
    # TODO: check 400, then 100, then 4
    pass
