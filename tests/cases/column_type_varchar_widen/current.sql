CREATE TABLE contacts (
    id integer PRIMARY KEY,
    email varchar(100) NOT NULL,
    phone varchar(20),
    note varchar(255)
);
