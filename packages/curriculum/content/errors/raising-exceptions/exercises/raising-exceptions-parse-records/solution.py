class RecordError(ValueError):
    """Raised when a line is not a valid record."""


def parse_record(line):
    """Parse 'name, age, email' into a dict, or raise RecordError."""
    fields = [field.strip() for field in line.split(",")]
    if len(fields) != 3:
        raise RecordError(f"expected 3 fields, got {len(fields)}")
    name, age_text, email = fields
    if not name:
        raise RecordError("name is empty")
    try:
        age = int(age_text)
    except ValueError as err:
        raise RecordError(f"invalid age: {age_text!r}") from err
    if age < 0:
        raise RecordError("age cannot be negative")
    if "@" not in email:
        raise RecordError(f"invalid email: {email!r}")
    return {"name": name, "age": age, "email": email}


def parse_all(lines):
    """Return (records, errors) for a list of lines; see the task for the formats."""
    records = []
    errors = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append(parse_record(line))
        except RecordError as err:
            errors.append(f"line {number}: {err}")
    return records, errors
