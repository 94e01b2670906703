def test_a_manager_is_an_employee():
    """a Manager is an Employee"""
    m = Manager('Ana', 3000, 5000)
    assert isinstance(m, Employee), "Manager must be a subclass of Employee: class Manager(Employee): ..."


def test_stores_name_salary_and_bonus():
    """stores name, salary and bonus"""
    m = Manager('Ana', 3000, 5000)
    assert hasattr(m, 'name'), "Manager('Ana', 3000, 5000) has no 'name': call super().__init__(name, monthly_salary) in Manager.__init__"
    assert (m.name, m.monthly_salary) == ('Ana', 3000), f"name and monthly_salary should be 'Ana' and 3000, got {m.name!r} and {m.monthly_salary!r}"
    assert getattr(m, 'bonus', None) == 5000, f"bonus should be 5000, got {getattr(m, 'bonus', 'no bonus attribute')!r}"


def test_annual_pay_includes_the_bonus():
    """annual pay includes the bonus"""
    got = Manager('Ana', 3000, 5000).annual_pay()
    assert got == 41000, f"Manager('Ana', 3000, 5000).annual_pay() should be 3000 * 12 + 5000 = 41000, got {got!r}"


def test_reports():
    """reports"""
    m = Manager('Ana', 3000, 5000)
    assert getattr(m, 'reports', None) == [], f"a new manager should have reports == [], got {getattr(m, 'reports', 'no reports attribute')!r}"
    e = Employee('Bo', 2000)
    m.add_report(e)
    assert m.reports == [e], f"after add_report(bo), reports should contain exactly that employee, got {m.reports!r}"


def test_describe_uses_the_overridden_annual_pay():
    """describe uses the overridden annual_pay"""
    got = Manager('Ana', 3000, 5000).describe()
    assert got == 'Ana earns 41000 per year', f"the inherited describe() should say 'Ana earns 41000 per year', got {got!r}"


def test_every_manager_has_its_own_reports():
    """every manager has its own reports"""
    a = Manager('Ana', 3000, 5000)
    b = Manager('Cy', 3500, 1000)
    a.add_report(Employee('Bo', 2000))
    assert b.reports == [], f"adding a report to one manager changed another one's reports ({b.reports!r}): create the list inside __init__"


def test_employee_still_works_on_its_own():
    """Employee still works on its own"""
    e = Employee('Bo', 2000)
    assert e.annual_pay() == 24000, f"Employee('Bo', 2000).annual_pay() should still be 24000, got {e.annual_pay()!r}"
    assert e.describe() == 'Bo earns 24000 per year', f"Employee('Bo', 2000).describe() should be 'Bo earns 24000 per year', got {e.describe()!r}"
