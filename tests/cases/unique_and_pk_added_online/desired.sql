CREATE TABLE devices (
    serial text NOT NULL,
    owner_id integer,
    slot integer,
    label text,
    CONSTRAINT devices_pkey PRIMARY KEY (serial) WITH (fillfactor = 90),
    -- one device per owner's slot, and only one unowned device per slot
    CONSTRAINT devices_owner_slot_key UNIQUE NULLS NOT DISTINCT (owner_id, slot),
    CONSTRAINT devices_label_key UNIQUE (label) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE readings (
    device_serial text NOT NULL,
    taken_at timestamptz NOT NULL,
    value numeric,
    PRIMARY KEY (device_serial, taken_at) INCLUDE (value)
);
