CREATE TABLE playlists (
    id integer PRIMARY KEY
);

CREATE TABLE playlist_items (
    id integer PRIMARY KEY,
    playlist_id integer NOT NULL,
    position integer NOT NULL,
    CONSTRAINT playlist_items_position_key UNIQUE (playlist_id, position) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT playlist_items_playlist_fkey FOREIGN KEY (playlist_id) REFERENCES playlists (id) DEFERRABLE INITIALLY DEFERRED
);
