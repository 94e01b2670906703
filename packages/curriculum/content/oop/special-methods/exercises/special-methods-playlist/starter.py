class Playlist:
    """A named list of song titles that behaves like a container."""

    def __init__(self, name, songs=None):
        pass

    def __len__(self):
        pass

    def __getitem__(self, index):
        pass

    def __contains__(self, title):
        pass

    def __iter__(self):
        pass

    def __add__(self, other):
        pass

    def __repr__(self):
        pass
