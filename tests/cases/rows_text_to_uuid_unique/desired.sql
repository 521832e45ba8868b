CREATE TABLE devices (
  id serial PRIMARY KEY,
  external_id uuid NOT NULL DEFAULT gen_random_uuid(),
  CONSTRAINT devices_external_id_key UNIQUE (external_id)
);
CREATE TABLE readings (
  id bigserial PRIMARY KEY,
  device_external_id uuid NOT NULL REFERENCES devices (external_id),
  value real
);
