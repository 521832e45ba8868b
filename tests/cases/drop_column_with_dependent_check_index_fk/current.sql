-- Drop column with dependent check index fk.
CREATE TABLE rooms (id bigint PRIMARY KEY);
CREATE TABLE reservations (
    id bigint PRIMARY KEY,
    room_id bigint REFERENCES rooms (id),
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    CONSTRAINT reservations_period_check CHECK (starts_at < ends_at)
);
CREATE INDEX reservations_room_period_idx ON reservations (room_id, starts_at, ends_at);
CREATE INDEX reservations_ends_idx ON reservations (ends_at);
COMMENT ON COLUMN reservations.ends_at IS 'exclusive';
