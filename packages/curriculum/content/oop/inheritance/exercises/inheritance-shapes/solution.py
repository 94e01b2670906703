import math


class Shape:
    """Base class of all shapes."""

    name = "shape"

    def area(self):
        """Subclasses must override this: raise NotImplementedError here."""
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def describe(self):
        """Return '<name> with area <area with 2 decimals>'."""
        return f"{self.name} with area {self.area():.2f}"


class Rectangle(Shape):
    """A rectangle with a width and a height."""

    name = "rectangle"

    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height


class Square(Rectangle):
    """A rectangle whose sides are all equal. Reuse Rectangle!"""

    name = "square"

    def __init__(self, side):
        super().__init__(side, side)


class Circle(Shape):
    """A circle with a radius."""

    name = "circle"

    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2


def largest(shapes):
    """Return the shape with the biggest area, or None if shapes is empty."""
    if not shapes:
        return None
    return max(shapes, key=lambda shape: shape.area())
