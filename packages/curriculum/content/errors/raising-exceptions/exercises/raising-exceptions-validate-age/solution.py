def validate_age(age):
    """Return age if it is an int between 0 and 150; raise TypeError or ValueError otherwise."""
    if not isinstance(age, int):
        raise TypeError(f"age must be an int, got {type(age).__name__}")
    if age < 0 or age > 150:
        raise ValueError(f"age must be between 0 and 150, got {age}")
    return age
