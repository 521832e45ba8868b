-- Drop column with dependent check index fk.
CREATE TABLE rooms (id bigint PRIMARY KEY);
CREATE TABLE reservations (
    id bigint PRIMARY KEY,
    starts_at timestamptz NOT NULL,
    duration interval NOT NULL DEFAULT '1 hour'
);
CREATE INDEX reservations_starts_idx ON reservations (starts_at);
