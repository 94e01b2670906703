def count_lines(path):
    """Return the number of lines in the text file at path."""
    count = 0
    with open(path, encoding="utf-8") as f:
        for _line in f:
            count += 1
    return count
