import math


def circle_stats(radius):
    """Return (area, circumference) of a circle, both rounded to 2 decimals."""
    area = math.pi * radius ** 2
    circumference = 2 * math.pi * radius
    return round(area, 2), round(circumference, 2)
