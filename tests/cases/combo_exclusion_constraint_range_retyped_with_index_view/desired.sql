CREATE TABLE bookings (
    id integer PRIMARY KEY,
    room integer NOT NULL,
    during tstzrange NOT NULL,
    CONSTRAINT bookings_no_overlap EXCLUDE USING gist (during WITH &&) WHERE (room > 0),
    CONSTRAINT bookings_nonempty CHECK (NOT isempty(during))
);
CREATE INDEX bookings_room_idx ON bookings (room);
CREATE VIEW booking_starts AS SELECT id, lower(during) AS starts FROM bookings;
