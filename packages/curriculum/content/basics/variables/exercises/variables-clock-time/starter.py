def clock_time(total_seconds):
    """Return total_seconds as "H:MM:SS"."""
    hours = 0    # TODO: how many whole hours?
    minutes = 0  # TODO: whole minutes left after the hours
    seconds = 0  # TODO: seconds left after the minutes
    pass
