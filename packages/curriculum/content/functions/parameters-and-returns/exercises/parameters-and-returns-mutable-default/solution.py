def add_item(item, items=None):
    """Append item to items (a new list when none is given) and return the list."""
    if items is None:
        items = []
    items.append(item)
    return items
