def unique(items):
    """Return a new list of the elements of items without repeats, in first-seen order."""
    result = []
    for item in items:
        if item not in result:
            result.append(item)
    return result
