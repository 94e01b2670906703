def test_a_module():
    """a module"""
    import json
    got = import_object('json')
    assert got is json, f"import_object('json') should return the json module, got {got!r}"


def test_an_attribute_of_a_module():
    """an attribute of a module"""
    import math
    assert import_object('math.pi') == math.pi, f"import_object('math.pi') should be {math.pi}, got {import_object('math.pi')!r}"
    assert import_object('math.sqrt') is math.sqrt, f"import_object('math.sqrt') should be the function math.sqrt, got {import_object('math.sqrt')!r}"


def test_a_function_of_a_submodule():
    """a function of a submodule"""
    import os.path
    got = import_object('os.path.join')
    assert got is os.path.join, f"import_object('os.path.join') should be os.path.join, got {got!r}"


def test_a_submodule_that_was_never_imported():
    """a submodule that was never imported"""
    got = import_object('xml.dom.minidom.parseString')
    assert callable(got) and getattr(got, '__name__', None) == 'parseString', f"import_object('xml.dom.minidom.parseString') should return the parseString function, got {got!r}"


def test_nested_attributes():
    """nested attributes"""
    import datetime
    got = import_object('datetime.timedelta.max')
    assert got == datetime.timedelta.max, f"import_object('datetime.timedelta.max') should be {datetime.timedelta.max!r}, got {got!r}"


def test_unknown_module():
    """unknown module"""
    try:
        import_object('no_such_module_xyz.thing')
    except ImportError:
        pass
    except Exception as e:
        raise AssertionError(f"an unknown module should raise ImportError, not {type(e).__name__}: {e}") from None
    else:
        raise AssertionError("import_object('no_such_module_xyz.thing') should raise ImportError")


def test_missing_attribute():
    """missing attribute"""
    try:
        import_object('math.no_such_function')
    except ImportError:
        pass
    except Exception as e:
        raise AssertionError(f"a missing attribute should raise ImportError, not {type(e).__name__}: {e}") from None
    else:
        raise AssertionError("import_object('math.no_such_function') should raise ImportError")
