def sum_digits(n):
    """Return the sum of the digits of n >= 0, computed recursively."""
    # TODO: one digit is its own sum; else the last digit plus the sum of the rest
    pass
