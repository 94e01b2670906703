def group_by_length(words):
    """Return {length: sorted list of distinct lower-case words of that length}."""
    groups = {}
    for word in words:
        word = word.lower()
        groups.setdefault(len(word), set()).add(word)
    return {length: sorted(group) for length, group in groups.items()}
