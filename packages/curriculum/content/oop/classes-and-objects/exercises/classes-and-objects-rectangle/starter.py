class Rectangle:
    """A rectangle with a width and a height."""

    def __init__(self, width, height):
        """Store width and height on the new object."""
        pass

    def area(self):
        """Return the area of the rectangle."""
        pass

    def perimeter(self):
        """Return the perimeter of the rectangle."""
        pass
