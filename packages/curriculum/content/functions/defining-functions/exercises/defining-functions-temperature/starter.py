def to_fahrenheit(celsius):
    """Return celsius converted to Fahrenheit."""
    # TODO
    pass


def describe(celsius):
    """Return "<c>°C is <f>°F (<label>)", using to_fahrenheit."""
    # TODO: call to_fahrenheit, pick the label, build the sentence
    pass
