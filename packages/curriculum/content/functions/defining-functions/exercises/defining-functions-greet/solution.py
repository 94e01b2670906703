def greet(name):
    """Return "Hello, <name>!"."""
    return f"Hello, {name}!"
