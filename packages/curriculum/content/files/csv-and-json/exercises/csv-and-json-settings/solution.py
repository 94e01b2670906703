import json
import os


def save_settings(path, settings):
    """Write the settings dict to path as JSON."""
    with open(path, "w", encoding="utf-8") as f:
        json.dump(settings, f, indent=2)


def load_settings(path):
    """Return the settings dict stored in path, or {} if the file does not exist."""
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f)
