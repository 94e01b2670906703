def swap(a, b):
    """Return (b, a)."""
    # TODO: swap a and b, then return them as a tuple
    pass
