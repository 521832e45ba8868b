CREATE TABLE devices (
    tenant_id integer NOT NULL,
    serial text NOT NULL,
    model text
) PARTITION BY HASH (tenant_id);
CREATE TABLE devices_0 PARTITION OF devices FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE devices_1 PARTITION OF devices FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE device_notes (
    id bigint PRIMARY KEY,
    tenant_id integer NOT NULL,
    serial text NOT NULL,
    note text
);
