def test_dog_and_cat_are_animals():
    """Dog and Cat are Animals"""
    assert issubclass(Dog, Animal), "Dog must be a subclass of Animal: class Dog(Animal): ..."
    assert issubclass(Cat, Animal), "Cat must be a subclass of Animal: class Cat(Animal): ..."


def test_a_dog_says_woof():
    """a dog says Woof"""
    got = Dog('Rex').speak()
    assert got == 'Rex says Woof!', f"Dog('Rex').speak() should return 'Rex says Woof!', got {got!r}"


def test_a_cat_says_meow():
    """a cat says Meow"""
    got = Cat('Tom').speak()
    assert got == 'Tom says Meow!', f"Cat('Tom').speak() should return 'Tom says Meow!', got {got!r}"


def test_the_name_comes_from_animal():
    """the name comes from Animal"""
    d = Dog('Luna')
    assert d.name == 'Luna', f"Dog('Luna').name should be 'Luna' (set by Animal.__init__), got {d.name!r}"
    got = Cat('Mia').speak()
    assert got == 'Mia says Meow!', f"Cat('Mia').speak() should return 'Mia says Meow!', got {got!r}"


def test_animal_itself_is_unchanged():
    """Animal itself is unchanged"""
    pets = [Dog('A'), Cat('B'), Animal('C')]
    got = [p.speak() for p in pets]
    expected = ['A says Woof!', 'B says Meow!', 'C makes a sound']
    assert got == expected, f"speaking in turn should give {expected!r}, got {got!r}"
