class Employee:
    """An employee paid every month. Do not change this class."""

    def __init__(self, name, monthly_salary):
        self.name = name
        self.monthly_salary = monthly_salary

    def annual_pay(self):
        return self.monthly_salary * 12

    def describe(self):
        return f"{self.name} earns {self.annual_pay()} per year"


class Manager(Employee):
    """An employee with a yearly bonus and a list of direct reports."""

    def __init__(self, name, monthly_salary, bonus):
        """Set up the Employee part with super(), then store bonus and an empty reports list."""
        pass

    def add_report(self, employee):
        """Add an employee to this manager's reports."""
        pass

    def annual_pay(self):
        """Return the normal annual pay plus the bonus."""
        pass
