def flatten(items):
    """Return a flat list of every value in the nested lists, computed recursively."""
    # TODO: for each item, flatten it if it is a list, else keep it
    pass
