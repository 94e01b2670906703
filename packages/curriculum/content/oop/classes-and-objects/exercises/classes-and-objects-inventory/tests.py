def test_a_new_inventory_is_empty():
    """a new inventory is empty"""
    inv = Inventory()
    assert inv.count('apple') == 0, f"count('apple') on an empty inventory should be 0, got {inv.count('apple')!r}"
    assert inv.items() == [], f"items() on an empty inventory should be [], got {inv.items()!r}"
    assert inv.total() == 0, f"total() on an empty inventory should be 0, got {inv.total()!r}"


def test_add_and_count():
    """add and count"""
    inv = Inventory()
    inv.add('apple')
    inv.add('apple', 4)
    inv.add('pear', 2)
    assert inv.count('apple') == 5, f"after add('apple') and add('apple', 4), count('apple') should be 5, got {inv.count('apple')!r}"
    assert inv.total() == 7, f"total() should be 7 (5 apples + 2 pears), got {inv.total()!r}"


def test_starting_stock_and_sorted_items():
    """starting stock and sorted items"""
    inv = Inventory({'pear': 1, 'apple': 2, 'fig': 3})
    assert inv.items() == ['apple', 'fig', 'pear'], f"items() should be sorted: ['apple', 'fig', 'pear'], got {inv.items()!r}"
    assert inv.count('fig') == 3, f"count('fig') should be 3, got {inv.count('fig')!r}"
    inv = Inventory({'pen': 0, 'cup': 1})
    assert inv.items() == ['cup'], f"items() lists only items with at least one unit: Inventory({{'pen': 0, 'cup': 1}}).items() should be ['cup'], got {inv.items()!r}"


def test_remove_with_and_without_enough_units():
    """remove with and without enough units"""
    inv = Inventory({'pen': 3})
    got = inv.remove('pen', 2)
    assert got is True and inv.count('pen') == 1, f"remove('pen', 2) from 3 pens should return True and leave 1, got {got!r} and {inv.count('pen')!r}"
    got = inv.remove('pen', 5)
    assert got is False and inv.count('pen') == 1, f"remove('pen', 5) with 1 pen should return False and leave 1, got {got!r} and {inv.count('pen')!r}"
    got = inv.remove('ghost')
    assert got is False, f"removing an unknown item should return False, got {got!r}"
    got = inv.remove('pen')
    assert got is True and inv.count('pen') == 0, f"remove('pen') removes 1 unit by default: with 1 pen it should return True and leave 0, got {got!r} and {inv.count('pen')!r}"


def test_an_item_removed_completely_disappears():
    """an item removed completely disappears"""
    inv = Inventory({'pen': 2, 'cup': 1})
    inv.remove('pen', 2)
    assert inv.items() == ['cup'], f"after removing both pens, items() should be ['cup'], got {inv.items()!r}"
    assert inv.count('pen') == 0, f"count('pen') should be 0, got {inv.count('pen')!r}"


def test_two_inventories_do_not_share_stock():
    """two inventories do not share stock"""
    a = Inventory()
    b = Inventory()
    a.add('apple', 3)
    assert b.count('apple') == 0, f"adding to one inventory changed another one (count is {b.count('apple')!r}): each object needs its own dict, created inside __init__"


def test_the_caller_s_dict_is_never_changed():
    """the caller's dict is never changed"""
    start = {'pen': 2}
    inv = Inventory(start)
    inv.add('pen', 5)
    inv.add('cup')
    assert start == {'pen': 2}, f"Inventory changed the dict it was given (now {start!r}): keep a copy, e.g. dict(stock)"
    assert inv.count('pen') == 7, f"count('pen') should be 7, got {inv.count('pen')!r}"
