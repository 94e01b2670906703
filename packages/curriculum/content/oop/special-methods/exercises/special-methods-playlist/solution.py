class Playlist:
    """A named list of song titles that behaves like a container."""

    def __init__(self, name, songs=None):
        self.name = name
        self.songs = list(songs) if songs else []

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        return self.songs[index]

    def __contains__(self, title):
        wanted = title.lower()
        return any(song.lower() == wanted for song in self.songs)

    def __iter__(self):
        return iter(self.songs)

    def __add__(self, other):
        combined = Playlist(f"{self.name} + {other.name}")
        for song in list(self) + list(other):
            if song not in combined:
                combined.songs.append(song)
        return combined

    def __repr__(self):
        count = len(self.songs)
        word = "song" if count == 1 else "songs"
        return f"Playlist({self.name!r}, {count} {word})"
