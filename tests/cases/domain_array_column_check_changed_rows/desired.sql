CREATE DOMAIN email AS text COLLATE "C" CHECK (VALUE ~ '^[^@]+@[^@]+$') CHECK (length(VALUE) < 255);
CREATE TABLE contacts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    emails email[] NOT NULL DEFAULT '{}'
);
