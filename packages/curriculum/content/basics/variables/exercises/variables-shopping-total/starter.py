def total_cost(price, quantity, discount_percent):
    """Return price * quantity minus discount_percent percent, rounded to 2 decimals."""
    subtotal = 0  # TODO
    discount = 0  # TODO
    pass
