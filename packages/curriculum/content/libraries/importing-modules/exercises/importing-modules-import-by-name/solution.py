import importlib


def import_object(dotted_name):
    """Return the module or object named by dotted_name, e.g. 'os.path.join'."""
    parts = dotted_name.split(".")
    for cut in range(len(parts), 0, -1):
        module_name = ".".join(parts[:cut])
        try:
            obj = importlib.import_module(module_name)
        except ModuleNotFoundError:
            continue
        for attribute in parts[cut:]:
            try:
                obj = getattr(obj, attribute)
            except AttributeError as err:
                raise ImportError(f"{module_name} has no attribute path {'.'.join(parts[cut:])!r}") from err
        return obj
    raise ImportError(f"no module found for {dotted_name!r}")
