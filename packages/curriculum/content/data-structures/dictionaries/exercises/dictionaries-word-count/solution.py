def word_count(text):
    """Return {word: count} for the lower-case words of text."""
    counts = {}
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    return counts
