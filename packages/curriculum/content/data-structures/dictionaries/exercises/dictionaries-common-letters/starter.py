def common_letters(first, second):
    """Return the sorted list of letters found in both first and second, each once."""
    # TODO: make a set of each word's letters, keep the letters in both, and sort them
    pass
