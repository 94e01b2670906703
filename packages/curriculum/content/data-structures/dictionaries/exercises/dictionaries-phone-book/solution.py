def lookup(book, name):
    """Return book[name], or "unknown" if name is not in book."""
    return book.get(name, "unknown")
