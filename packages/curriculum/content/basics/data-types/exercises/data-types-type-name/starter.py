def type_name(value):
    """Return "int", "float", "str" or "bool"."""
    # TODO: use type(value)
    pass
