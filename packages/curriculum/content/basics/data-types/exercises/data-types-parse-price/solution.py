def parse_price(text):
    """Return the price in text (like "$1,234.50") as a float."""
    cleaned = text.strip().replace("$", "").replace(",", "")
    return float(cleaned)
