def retry(func, attempts=3):
    """Call func() up to attempts times, retrying only on ConnectionError; return its result."""
    pass
