def chunk(items, size):
    """Return items split into lists of size elements (the last may be shorter)."""
    chunks = []
    for start in range(0, len(items), size):
        chunks.append(items[start:start + size])
    return chunks
