def number_lines(src, dst):
    """Copy src to dst with right-aligned line numbers; return the number of lines."""
    with open(src, encoding="utf-8") as f:
        lines = f.read().splitlines()
    width = len(str(len(lines)))
    with open(dst, "w", encoding="utf-8") as out:
        for number, text in enumerate(lines, start=1):
            out.write(f"{number:>{width}} | {text}\n")
    return len(lines)
