class Inventory:
    """Counts how many units of each item a shop has."""

    def __init__(self, stock=None):
        """Start from a copy of stock (a dict item -> quantity), or from nothing."""
        pass

    def add(self, item, qty=1):
        """Add qty units of item."""
        pass

    def remove(self, item, qty=1):
        """Remove qty units of item and return True, or return False if there are not enough."""
        pass

    def count(self, item):
        """Return the number of units of item (0 if unknown)."""
        pass

    def items(self):
        """Return the sorted names of the items that are in stock."""
        pass

    def total(self):
        """Return the total number of units."""
        pass
