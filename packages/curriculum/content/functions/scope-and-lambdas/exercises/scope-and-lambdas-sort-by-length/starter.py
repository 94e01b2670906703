def sort_by_length(words):
    """Return a new list of words sorted by length (stable)."""
    # TODO: sorted(words, key=lambda ...)
    pass
