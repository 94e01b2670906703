def sign(n):
    """Return "positive", "negative" or "zero"."""
    if n > 0:
        pass  # TODO
    # TODO: the other two cases
