CREATE TABLE rooms (
    building text NOT NULL,
    number integer NOT NULL,
    floor integer,
    PRIMARY KEY (building, number)
);
CREATE TABLE meetings (
    id integer PRIMARY KEY,
    building text NOT NULL,
    room_number integer NOT NULL,
    FOREIGN KEY (building, room_number) REFERENCES rooms (building, number)
);
CREATE INDEX meetings_room_idx ON meetings (building, room_number);
