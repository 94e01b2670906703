def count_vowels(text):
    """Return the number of vowels (a, e, i, o, u, any case) in text."""
    count = 0
    # TODO: loop over the letters of text
    pass
