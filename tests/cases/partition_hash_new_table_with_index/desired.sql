-- Partition hash new table with index.
CREATE TABLE tenants (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE tenant_events (
    tenant_id bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id bigint NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (tenant_id, id)
) PARTITION BY HASH (tenant_id);
CREATE TABLE tenant_events_p0 PARTITION OF tenant_events FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE tenant_events_p1 PARTITION OF tenant_events FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE tenant_events_p2 PARTITION OF tenant_events FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE tenant_events_p3 PARTITION OF tenant_events FOR VALUES WITH (MODULUS 4, REMAINDER 3);
CREATE INDEX tenant_events_payload_idx ON tenant_events USING gin (payload);
