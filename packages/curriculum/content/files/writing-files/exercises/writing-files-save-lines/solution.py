def save_lines(path, items):
    """Write each item of items on its own line in the file at path."""
    with open(path, "w", encoding="utf-8") as f:
        for item in items:
            f.write(f"{item}\n")
