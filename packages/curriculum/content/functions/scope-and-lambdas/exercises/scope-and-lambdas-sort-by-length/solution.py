def sort_by_length(words):
    """Return a new list of words sorted by length (stable)."""
    return sorted(words, key=lambda word: len(word))
