CREATE TABLE refs (
    id integer PRIMARY KEY,
    ref_no bigint NOT NULL
);
