-- Constraint exclusion predicate change.
CREATE EXTENSION btree_gist;
CREATE TABLE bookings (
    id bigint PRIMARY KEY,
    room_id integer NOT NULL,
    during tstzrange NOT NULL,
    cancelled boolean NOT NULL DEFAULT false,
    CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (NOT cancelled) DEFERRABLE INITIALLY DEFERRED
);
