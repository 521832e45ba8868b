CREATE FUNCTION norm_email(e text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT lower(trim(e)) $$;
CREATE TABLE signups (id bigint NOT NULL, at date NOT NULL, email text NOT NULL, CHECK (norm_email(email) <> '')) PARTITION BY RANGE (at);
CREATE TABLE signups_2024 PARTITION OF signups FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE signups_2025 PARTITION OF signups FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX signups_email_idx ON signups (norm_email(email));
