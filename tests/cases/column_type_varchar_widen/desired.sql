CREATE TABLE contacts (
    id integer PRIMARY KEY,
    email varchar(320) NOT NULL,
    phone varchar(32),
    note text
);
