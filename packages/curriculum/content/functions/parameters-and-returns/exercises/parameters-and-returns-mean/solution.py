def mean(*numbers, ndigits=None):
    """Return the average of numbers (None if there are none), rounded to ndigits if given."""
    if not numbers:
        return None
    result = sum(numbers) / len(numbers)
    if ndigits is not None:
        result = round(result, ndigits)
    return result
