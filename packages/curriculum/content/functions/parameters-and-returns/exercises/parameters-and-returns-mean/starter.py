def mean(*numbers, ndigits=None):
    """Return the average of numbers (None if there are none), rounded to ndigits if given."""
    # TODO
    pass
