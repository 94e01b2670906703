def unique(items):
    """Return a new list of the elements of items without repeats, in first-seen order."""
    result = []
    # TODO: add each element to result unless it is already there
    pass
