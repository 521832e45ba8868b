CREATE TABLE channels (
    id integer PRIMARY KEY,
    channel varchar(16) NOT NULL
);
