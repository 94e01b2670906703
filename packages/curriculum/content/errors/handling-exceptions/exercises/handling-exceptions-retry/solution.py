def retry(func, attempts=3):
    """Call func() up to attempts times, retrying only on ConnectionError; return its result."""
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    last_error = None
    for _ in range(attempts):
        try:
            return func()
        except ConnectionError as error:
            last_error = error
    raise last_error
