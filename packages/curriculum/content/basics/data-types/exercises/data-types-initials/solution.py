def initials(full_name):
    """Return the capital initials of full_name, each followed by a dot ("Ada Lovelace" -> "A.L.")."""
    return "".join(word[0].upper() + "." for word in full_name.split())
