class RecordError(ValueError):
    """Raised when a line is not a valid record."""


def parse_record(line):
    """Parse 'name, age, email' into a dict, or raise RecordError."""
    pass


def parse_all(lines):
    """Return (records, errors) for a list of lines; see the task for the formats."""
    pass
