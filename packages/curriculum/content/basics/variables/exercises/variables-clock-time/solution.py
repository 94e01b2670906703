def clock_time(total_seconds):
    """Return total_seconds as "H:MM:SS"."""
    hours = total_seconds // 3600
    minutes = total_seconds % 3600 // 60
    seconds = total_seconds % 60
    return f"{hours}:{minutes:02}:{seconds:02}"
