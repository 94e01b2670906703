def load_config(path):
    """Read 'key = value' lines from path into a dict (see the rules in the task)."""
    config = {}
    try:
        f = open(path, encoding="utf-8")
    except FileNotFoundError:
        return config
    with f:
        for number, line in enumerate(f, start=1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if "=" not in stripped:
                raise ValueError(f"line {number}: missing '='")
            key, value = stripped.split("=", 1)
            config[key.strip()] = value.strip()
    return config
