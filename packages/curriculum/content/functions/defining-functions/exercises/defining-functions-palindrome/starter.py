def is_palindrome(text):
    """Return True if text is a palindrome, ignoring spaces and case."""
    # TODO: clean the text, then compare it with its reverse
    pass
