import string


def is_pangram(text):
    """Return True if text contains every letter a-z at least once (any case)."""
    pass
