def times_grid(n):
    """Return the n x n times table as a list of rows, using list comprehensions."""
    return [[i * j for j in range(1, n + 1)] for i in range(1, n + 1)]


def flatten(grid):
    """Return all the elements of grid, row by row, in one list, using a list comprehension."""
    return [x for row in grid for x in row]
