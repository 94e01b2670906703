def greet(name):
    """Return "Hello, <name>!"."""
    # TODO: build the greeting and return it
    pass
