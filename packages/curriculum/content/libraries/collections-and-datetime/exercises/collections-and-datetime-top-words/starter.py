from collections import Counter


def top_words(text, n):
    """Return the n most common lowercase words of text as (word, count) tuples."""
    pass
