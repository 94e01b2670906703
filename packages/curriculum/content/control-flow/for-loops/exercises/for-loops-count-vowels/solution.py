def count_vowels(text):
    """Return the number of vowels (a, e, i, o, u, any case) in text."""
    count = 0
    for letter in text:
        if letter.lower() in "aeiou":
            count += 1
    return count
