CREATE TABLE rooms (
    building text,
    number integer NOT NULL,
    floor integer,
    PRIMARY KEY (number)
);
CREATE TABLE meetings (
    id integer PRIMARY KEY,
    building text,
    room_number integer NOT NULL REFERENCES rooms,
    starts_at timestamptz
);
CREATE INDEX meetings_room_idx ON meetings (room_number);
