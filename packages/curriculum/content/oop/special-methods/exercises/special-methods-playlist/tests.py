def test_length_and_truthiness():
    """length and truthiness"""
    p = Playlist('Road trip', ['Holiday', 'Yesterday'])
    assert len(p) == 2, f"len() of a playlist with 2 songs should be 2, got {len(p)!r}"
    empty = Playlist('Empty')
    assert len(empty) == 0 and not empty, "Playlist('Empty') should have len 0 and be falsy"


def test_indexing():
    """indexing"""
    p = Playlist('Road trip', ['Holiday', 'Yesterday', 'Angie'])
    assert p[0] == 'Holiday' and p[-1] == 'Angie', f"p[0] should be 'Holiday' and p[-1] 'Angie', got {p[0]!r} and {p[-1]!r}"
    try:
        p[10]
    except IndexError:
        pass
    else:
        raise AssertionError("p[10] on a 3-song playlist should raise IndexError")


def test_membership_ignores_case():
    """membership ignores case"""
    p = Playlist('Road trip', ['Holiday', 'Yesterday'])
    assert 'Holiday' in p, "'Holiday' in p should be True"
    assert 'yesterday' in p and 'HOLIDAY' in p, "'in' should be case-insensitive: 'yesterday' in p should be True"
    assert 'Angie' not in p, "'Angie' in p should be False"


def test_iteration_twice():
    """iteration, twice"""
    p = Playlist('Road trip', ['Holiday', 'Yesterday'])
    first = [song for song in p]
    second = [song for song in p]
    assert first == ['Holiday', 'Yesterday'], f"iterating over p should give ['Holiday', 'Yesterday'], got {first!r}"
    assert second == first, f"iterating a second time should give the same songs, got {second!r}: return a new iterator from __iter__"
    pairs = [(a, b) for a in p for b in p]
    assert len(pairs) == 4, f"two nested loops over a 2-song playlist should give 4 pairs, got {len(pairs)}: return a new iterator from __iter__, e.g. iter(self.songs)"


def test_repr_says_song_or_songs():
    """repr says song or songs"""
    for songs, expected in [(['A', 'B', 'C'], "Playlist('Mix', 3 songs)"), (['A'], "Playlist('Mix', 1 song)"), ([], "Playlist('Mix', 0 songs)")]:
        got = repr(Playlist('Mix', songs))
        assert got == expected, f"repr should be {expected!r}, got {got!r}"


def test_adding_two_playlists():
    """adding two playlists"""
    p = Playlist('Road trip', ['Holiday', 'Yesterday'])
    q = Playlist('Chill', ['yesterday', 'Angie', 'angie'])
    both = p + q
    assert isinstance(both, Playlist), f"p + q should be a new Playlist, got {both!r}"
    assert both.name == 'Road trip + Chill', f"the name should be 'Road trip + Chill', got {both.name!r}"
    assert list(both) == ['Holiday', 'Yesterday', 'Angie'], f"songs should be ['Holiday', 'Yesterday', 'Angie'] (duplicates skipped, ignoring case), got {list(both)!r}"
    assert list(p) == ['Holiday', 'Yesterday'] and len(q) == 3, "p + q must not change p or q"


def test_keeps_its_own_copy_of_the_songs():
    """keeps its own copy of the songs"""
    songs = ['Holiday']
    p = Playlist('Mine', songs)
    songs.append('Angie')
    assert len(p) == 1, f"changing the original list afterwards changed the playlist (len is {len(p)}): store list(songs)"
