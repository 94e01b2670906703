def first_and_last(items):
    """Return (first, last) of items, or None if items is empty."""
    if not items:
        return None
    return items[0], items[-1]
