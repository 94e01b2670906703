def sign(n):
    """Return "positive", "negative" or "zero"."""
    if n > 0:
        return "positive"
    elif n < 0:
        return "negative"
    else:
        return "zero"
