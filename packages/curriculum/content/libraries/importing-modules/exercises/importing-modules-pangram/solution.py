import string


def is_pangram(text):
    """Return True if text contains every letter a-z at least once (any case)."""
    letters = set(text.lower())
    return all(letter in letters for letter in string.ascii_lowercase)
