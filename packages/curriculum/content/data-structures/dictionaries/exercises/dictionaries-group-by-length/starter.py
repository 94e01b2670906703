def group_by_length(words):
    """Return {length: sorted list of distinct lower-case words of that length}."""
    groups = {}
    # TODO: collect a set of words for each length, then sort each group
    pass
