def word_count(text):
    """Return {word: count} for the lower-case words of text."""
    counts = {}
    # TODO: loop over the words and add 1 to each word's count
    pass
