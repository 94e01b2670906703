def test_boiling_point():
    """boiling point"""
    got = to_fahrenheit(100)
    assert got == 212, f"to_fahrenheit(100) should return 212.0, got {got!r}"


def test_a_mild_day():
    """a mild day"""
    got = describe(20)
    assert got == "20°C is 68.0°F (mild)", f"describe(20) should return '20°C is 68.0°F (mild)', got {got!r}"


def test_freezing_and_hot():
    """freezing and hot"""
    got = (describe(-5), describe(30))
    assert got == ("-5°C is 23.0°F (freezing)", "30°C is 86.0°F (hot)"), f"got {got!r}"


def test_label_boundaries():
    """label boundaries"""
    got = (describe(0), describe(25))
    assert got == ("0°C is 32.0°F (mild)", "25°C is 77.0°F (hot)"), f"0°C is mild and 25°C is hot, got {got!r}"
    got = (describe(-0.5), describe(24.5))
    assert got == ("-0.5°C is 31.1°F (freezing)", "24.5°C is 76.1°F (mild)"), f"below 0°C is freezing and below 25°C is mild, got {got!r}"


def test_describe_calls_to_fahrenheit():
    """describe calls to_fahrenheit"""
    calls = []
    def fake(celsius):
        calls.append(celsius)
        return 1000.0
    describe.__globals__["to_fahrenheit"], original = fake, to_fahrenheit
    try:
        got = describe(10)
    finally:
        describe.__globals__["to_fahrenheit"] = original
    assert calls == [10], "describe should get the Fahrenheit value by calling to_fahrenheit(celsius)"
    assert "1000.0°F" in got, f"describe should use the value returned by to_fahrenheit, got {got!r}"


def test_decimal_temperatures():
    """decimal temperatures"""
    got = describe(-17.5)
    assert got == "-17.5°C is 0.5°F (freezing)", f"got {got!r}"
