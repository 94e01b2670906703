import importlib


def import_object(dotted_name):
    """Return the module or object named by dotted_name, e.g. 'os.path.join'."""
    pass
