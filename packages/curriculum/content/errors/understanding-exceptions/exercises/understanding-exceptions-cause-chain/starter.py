def next_in_chain(error):
    """Return the exception that led to error (see the rules), or None."""
    pass


def cause_chain(error):
    """Return the class names from error back to the original exception."""
    pass


def root_cause(error):
    """Return the original exception at the end of the chain."""
    pass
