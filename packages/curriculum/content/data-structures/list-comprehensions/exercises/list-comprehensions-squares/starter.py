def squares(numbers):
    """Return [n squared for each n in numbers], built with a list comprehension."""
    # TODO: return [... for n in numbers]
    pass
