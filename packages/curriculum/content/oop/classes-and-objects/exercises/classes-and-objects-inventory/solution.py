class Inventory:
    """Counts how many units of each item a shop has."""

    def __init__(self, stock=None):
        """Start from a copy of stock (a dict item -> quantity), or from nothing."""
        self.stock = dict(stock) if stock else {}

    def add(self, item, qty=1):
        """Add qty units of item."""
        self.stock[item] = self.stock.get(item, 0) + qty

    def remove(self, item, qty=1):
        """Remove qty units of item and return True, or return False if there are not enough."""
        if self.stock.get(item, 0) < qty:
            return False
        self.stock[item] -= qty
        if self.stock[item] == 0:
            del self.stock[item]
        return True

    def count(self, item):
        """Return the number of units of item (0 if unknown)."""
        return self.stock.get(item, 0)

    def items(self):
        """Return the sorted names of the items that are in stock."""
        return sorted(name for name, qty in self.stock.items() if qty > 0)

    def total(self):
        """Return the total number of units."""
        return sum(self.stock.values())
