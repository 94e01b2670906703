class Book:
    """A book with a title, an author and a publication year."""

    def __init__(self, title, author, year):
        """Store title, author and year."""
        pass

    def __str__(self):
        """Return '<title> by <author> (<year>)'."""
        pass

    def __repr__(self):
        """Return "Book('<title>', '<author>', <year>)"."""
        pass
