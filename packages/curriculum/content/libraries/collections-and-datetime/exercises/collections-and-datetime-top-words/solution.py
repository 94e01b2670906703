from collections import Counter


def top_words(text, n):
    """Return the n most common lowercase words of text as (word, count) tuples."""
    counts = Counter(text.lower().split())
    return counts.most_common(n)
