def halvings(n):
    """Return how many times n can be halved (n // 2) until it is 1 or less."""
    count = 0
    while n > 1:
        n = n // 2
        count += 1
    return count
