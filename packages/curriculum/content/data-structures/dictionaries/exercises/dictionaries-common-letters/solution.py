def common_letters(first, second):
    """Return the sorted list of letters found in both first and second, each once."""
    return sorted(set(first) & set(second))
