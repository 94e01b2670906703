def parse_price(text):
    """Return the price in text (like "$1,234.50") as a float."""
    # TODO: remove spaces, "$" and "," then convert
    pass
