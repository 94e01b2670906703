def squares(numbers):
    """Return [n squared for each n in numbers], built with a list comprehension."""
    return [n * n for n in numbers]
