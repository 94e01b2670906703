class BankAccount:
    """A bank account with an owner and a balance."""

    def __init__(self, owner, balance=0):
        """Store the owner and the opening balance."""
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        """Add a positive amount and return the new balance."""
        if amount > 0:
            self.balance += amount
        return self.balance

    def withdraw(self, amount):
        """Take a positive amount out if the balance allows it; return True or False."""
        if amount <= 0 or amount > self.balance:
            return False
        self.balance -= amount
        return True
