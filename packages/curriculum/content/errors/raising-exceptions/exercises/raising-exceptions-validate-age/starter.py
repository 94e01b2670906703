def validate_age(age):
    """Return age if it is an int between 0 and 150; raise TypeError or ValueError otherwise."""
    pass
