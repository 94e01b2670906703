def find_lines(path, word):
    """Return [(line_number, text), ...] for the lines of the file that contain word (any case)."""
    wanted = word.lower()
    matches = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            text = line.rstrip("\n")
            if wanted in text.lower():
                matches.append((number, text))
    return matches
