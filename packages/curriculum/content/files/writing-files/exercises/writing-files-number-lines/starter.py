def number_lines(src, dst):
    """Copy src to dst with right-aligned line numbers; return the number of lines."""
    pass
