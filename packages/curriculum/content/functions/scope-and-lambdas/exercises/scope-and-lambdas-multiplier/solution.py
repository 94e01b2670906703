def make_multiplier(factor):
    """Return a function that multiplies its argument by factor."""
    return lambda number: number * factor
