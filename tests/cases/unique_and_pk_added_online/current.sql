CREATE TABLE devices (
    serial text NOT NULL,
    owner_id integer,
    slot integer,
    label text
);
CREATE TABLE readings (
    device_serial text NOT NULL,
    taken_at timestamptz NOT NULL,
    value numeric
);
