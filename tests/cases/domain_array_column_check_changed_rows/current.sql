CREATE DOMAIN email AS text CHECK (VALUE ~ '@');
CREATE TABLE contacts (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    emails email[] NOT NULL DEFAULT '{}'
);
