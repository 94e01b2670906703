def safe_divide(a, b):
    """Return a / b, or None if b is zero."""
    pass
