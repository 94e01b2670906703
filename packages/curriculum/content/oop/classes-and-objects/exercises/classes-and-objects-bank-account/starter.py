class BankAccount:
    """A bank account with an owner and a balance."""

    def __init__(self, owner, balance=0):
        """Store the owner and the opening balance."""
        pass

    def deposit(self, amount):
        """Add a positive amount and return the new balance."""
        pass

    def withdraw(self, amount):
        """Take a positive amount out if the balance allows it; return True or False."""
        pass
