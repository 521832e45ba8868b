CREATE TABLE devices (
  id serial PRIMARY KEY,
  external_id text NOT NULL,
  CONSTRAINT devices_external_id_key UNIQUE (external_id)
);
CREATE TABLE readings (
  id bigserial PRIMARY KEY,
  device_external_id text NOT NULL REFERENCES devices (external_id),
  value real
);
