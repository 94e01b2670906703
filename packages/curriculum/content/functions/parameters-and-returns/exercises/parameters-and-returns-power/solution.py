def power(base, exponent=2):
    """Return base ** exponent; the exponent is 2 when not given."""
    return base ** exponent
