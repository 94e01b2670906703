def to_number(text):
    """Return text as an int, a float, or None when it is not a number."""
    text = text.strip()
    # TODO: remove an optional sign, then check the characters that are left
    pass
