def next_in_chain(error):
    """Return the exception that led to error (see the rules), or None."""
    if error.__cause__ is not None:
        return error.__cause__
    if error.__suppress_context__:
        return None
    return error.__context__


def cause_chain(error):
    """Return the class names from error back to the original exception."""
    names = []
    current = error
    while current is not None:
        names.append(type(current).__name__)
        current = next_in_chain(current)
    return names


def root_cause(error):
    """Return the original exception at the end of the chain."""
    current = error
    while next_in_chain(current) is not None:
        current = next_in_chain(current)
    return current
