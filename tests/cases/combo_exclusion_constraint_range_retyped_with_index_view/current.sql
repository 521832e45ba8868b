CREATE TABLE bookings (
    id integer PRIMARY KEY,
    room integer NOT NULL,
    during tsrange NOT NULL,
    CONSTRAINT bookings_no_overlap EXCLUDE USING gist (during WITH &&)
);
CREATE VIEW booking_starts AS SELECT id, lower(during) AS starts FROM bookings;
