CREATE TABLE booking (
  id int PRIMARY KEY,
  room int NOT NULL,
  during tsrange NOT NULL,
  active boolean NOT NULL DEFAULT true,
  CONSTRAINT booking_no_overlap EXCLUDE USING gist (during WITH &&) INCLUDE (room) WITH (fillfactor = 80) WHERE (active) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE boxes (id int PRIMARY KEY, b box, CONSTRAINT boxes_excl EXCLUDE USING gist (b WITH &&) DEFERRABLE INITIALLY IMMEDIATE);
COMMENT ON CONSTRAINT booking_no_overlap ON booking IS 'no double booking';
COMMENT ON INDEX booking_no_overlap IS 'idx comment';
