def times_grid(n):
    """Return the n x n times table as a list of rows, using list comprehensions."""
    # TODO: [[... for j in ...] for i in ...]
    pass


def flatten(grid):
    """Return all the elements of grid, row by row, in one list, using a list comprehension."""
    # TODO: [... for row in grid for ... in row]
    pass
