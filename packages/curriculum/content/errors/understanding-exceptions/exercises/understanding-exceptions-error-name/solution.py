def error_name(func):
    """Call func() once; return the name of the exception it raises, or 'no error'."""
    try:
        func()
    except Exception as error:
        return type(error).__name__
    return "no error"
