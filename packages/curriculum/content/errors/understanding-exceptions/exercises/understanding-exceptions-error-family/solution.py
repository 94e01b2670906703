def error_family(error):
    """Return 'lookup', 'arithmetic', 'os', 'value' or 'other' for an exception object."""
    if isinstance(error, LookupError):
        return "lookup"
    if isinstance(error, ArithmeticError):
        return "arithmetic"
    if isinstance(error, OSError):
        return "os"
    if isinstance(error, ValueError):
        return "value"
    return "other"
