def count_lines(path):
    """Return the number of lines in the text file at path."""
    pass
