CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE FUNCTION booking_span(s timestamptz, e timestamptz) RETURNS tstzrange LANGUAGE sql IMMUTABLE AS $$ SELECT tstzrange(s, e, '[)') $$;
CREATE TABLE bookings (id int PRIMARY KEY, room int NOT NULL, starts timestamptz NOT NULL, ends timestamptz NOT NULL,
    EXCLUDE USING gist (room WITH =, booking_span(starts, ends) WITH &&));
