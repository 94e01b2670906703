def type_name(value):
    """Return "int", "float", "str" or "bool"."""
    return type(value).__name__
