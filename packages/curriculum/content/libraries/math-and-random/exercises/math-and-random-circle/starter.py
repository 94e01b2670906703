import math


def circle_stats(radius):
    """Return (area, circumference) of a circle, both rounded to 2 decimals."""
    pass
