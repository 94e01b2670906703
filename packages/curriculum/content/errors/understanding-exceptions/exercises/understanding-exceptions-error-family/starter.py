def error_family(error):
    """Return 'lookup', 'arithmetic', 'os', 'value' or 'other' for an exception object."""
    pass
