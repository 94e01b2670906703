def is_palindrome(text):
    """Return True if text is a palindrome, ignoring spaces and case."""
    cleaned = text.replace(" ", "").lower()
    return cleaned == cleaned[::-1]
