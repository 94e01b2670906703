def to_number(text):
    """Return text as an int, a float, or None when it is not a number."""
    text = text.strip()
    digits = text[1:] if text[:1] in ("-", "+") else text
    if digits.isdigit():
        return int(text)
    if digits.count(".") == 1 and digits.replace(".", "").isdigit():
        return float(text)
    return None
