def letter_grade(score):
    """Return "A".."F" for a score from 0 to 100, or "invalid"."""
    # TODO: check for invalid scores first, then from the highest grade down
    pass
