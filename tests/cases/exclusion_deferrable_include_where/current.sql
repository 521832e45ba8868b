CREATE TABLE booking (
  id int PRIMARY KEY,
  room int NOT NULL,
  during tsrange NOT NULL,
  active boolean NOT NULL DEFAULT true,
  CONSTRAINT booking_no_overlap EXCLUDE USING gist (during WITH &&)
);
CREATE TABLE boxes (id int PRIMARY KEY, b box, CONSTRAINT boxes_excl EXCLUDE USING gist (b WITH &&) DEFERRABLE INITIALLY DEFERRED);
