def flatten(items):
    """Return a flat list of every value in the nested lists, computed recursively."""
    result = []
    for item in items:
        if isinstance(item, list):
            result.extend(flatten(item))
        else:
            result.append(item)
    return result
