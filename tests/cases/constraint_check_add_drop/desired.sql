CREATE TABLE reservations (
    id integer PRIMARY KEY,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    guests integer NOT NULL CHECK (guests > 0),
    CONSTRAINT reservations_dates_check CHECK (ends_on > starts_on),
    CONSTRAINT reservations_guests_max CHECK (guests <= 12)
);
