def initials(full_name):
    """Return the capital initials of full_name, each followed by a dot ("Ada Lovelace" -> "A.L.")."""
    # TODO: split the name into words, then take the first letter of each in capitals, with a dot
    pass
