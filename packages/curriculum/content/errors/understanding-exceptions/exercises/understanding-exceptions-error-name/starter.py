def error_name(func):
    """Call func() once; return the name of the exception it raises, or 'no error'."""
    pass
