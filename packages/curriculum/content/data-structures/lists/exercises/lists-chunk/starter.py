def chunk(items, size):
    """Return items split into lists of size elements (the last may be shorter)."""
    chunks = []
    # TODO: take items[start:start + size] for start = 0, size, 2 * size, ...
    pass
