-- Index unique nulls not distinct toggle.
CREATE TABLE devices (id bigint PRIMARY KEY, serial text, vendor text NOT NULL);
CREATE UNIQUE INDEX devices_vendor_serial_idx ON devices (vendor, serial) NULLS NOT DISTINCT;
