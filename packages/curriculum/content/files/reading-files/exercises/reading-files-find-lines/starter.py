def find_lines(path, word):
    """Return [(line_number, text), ...] for the lines of the file that contain word (any case)."""
    pass
