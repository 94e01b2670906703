def make_counter(start=0):
    """Return a function that returns start + 1, start + 2, ... on each call."""
    count = start

    def counter():
        # TODO: add 1 to count and return it
        pass

    return counter
