class Rectangle:
    """A rectangle with a width and a height."""

    def __init__(self, width, height):
        """Store width and height on the new object."""
        self.width = width
        self.height = height

    def area(self):
        """Return the area of the rectangle."""
        return self.width * self.height

    def perimeter(self):
        """Return the perimeter of the rectangle."""
        return 2 * (self.width + self.height)
