CREATE TABLE reservations (
    id integer PRIMARY KEY,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    guests integer NOT NULL CHECK (guests > 0),
    CONSTRAINT reservations_legacy_check CHECK (starts_on > '2000-01-01')
);
