class Book:
    """A book with a title, an author and a publication year."""

    def __init__(self, title, author, year):
        """Store title, author and year."""
        self.title = title
        self.author = author
        self.year = year

    def __str__(self):
        """Return '<title> by <author> (<year>)'."""
        return f"{self.title} by {self.author} ({self.year})"

    def __repr__(self):
        """Return "Book('<title>', '<author>', <year>)"."""
        return f"Book({self.title!r}, {self.author!r}, {self.year!r})"
