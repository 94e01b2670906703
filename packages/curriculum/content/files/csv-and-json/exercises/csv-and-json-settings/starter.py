import json


def save_settings(path, settings):
    """Write the settings dict to path as JSON."""
    pass


def load_settings(path):
    """Return the settings dict stored in path, or {} if the file does not exist."""
    pass
