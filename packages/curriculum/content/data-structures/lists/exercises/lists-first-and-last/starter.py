def first_and_last(items):
    """Return (first, last) of items, or None if items is empty."""
    # TODO
    pass
