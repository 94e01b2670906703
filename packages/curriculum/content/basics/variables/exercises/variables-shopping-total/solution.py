def total_cost(price, quantity, discount_percent):
    """Return price * quantity minus discount_percent percent, rounded to 2 decimals."""
    subtotal = price * quantity
    discount = subtotal * discount_percent / 100
    return round(subtotal - discount, 2)
