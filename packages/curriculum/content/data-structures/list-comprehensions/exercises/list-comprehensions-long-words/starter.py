def long_words(words, min_length):
    """Return the upper-cased words with at least min_length letters, using a list comprehension."""
    # TODO: return [... for word in words if ...]
    pass
