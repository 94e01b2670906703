def swap(a, b):
    """Return (b, a)."""
    a, b = b, a
    return a, b
