def halvings(n):
    """Return how many times n can be halved (n // 2) until it is 1 or less."""
    count = 0
    # TODO: while loop
    pass
