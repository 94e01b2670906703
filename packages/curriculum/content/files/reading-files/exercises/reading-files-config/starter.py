def load_config(path):
    """Read 'key = value' lines from path into a dict (see the rules in the task)."""
    pass
