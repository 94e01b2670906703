def save_lines(path, items):
    """Write each item of items on its own line in the file at path."""
    pass
