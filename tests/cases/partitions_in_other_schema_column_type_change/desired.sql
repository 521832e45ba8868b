CREATE SCHEMA events; CREATE SCHEMA events_archive;
CREATE TABLE events.log (id bigint NOT NULL, at date NOT NULL, payload text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE events_archive.log_2023 PARTITION OF events.log FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE events.log_2024 PARTITION OF events.log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_archive.log_2022 PARTITION OF events.log FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');
CREATE INDEX log_payload_idx ON events.log (payload);
CREATE VIEW events_archive.old_log AS SELECT * FROM events_archive.log_2023;
