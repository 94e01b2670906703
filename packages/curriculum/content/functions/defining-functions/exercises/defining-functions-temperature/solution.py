def to_fahrenheit(celsius):
    """Return celsius converted to Fahrenheit."""
    return celsius * 9 / 5 + 32


def describe(celsius):
    """Return "<c>°C is <f>°F (<label>)", using to_fahrenheit."""
    fahrenheit = to_fahrenheit(celsius)
    if celsius < 0:
        label = "freezing"
    elif celsius < 25:
        label = "mild"
    else:
        label = "hot"
    return f"{celsius}°C is {fahrenheit:.1f}°F ({label})"
