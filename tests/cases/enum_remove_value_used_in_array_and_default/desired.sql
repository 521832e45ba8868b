-- Enum remove value used in array and default.
CREATE TYPE permission AS ENUM ('read', 'write', 'admin');
CREATE TABLE api_keys (
    id bigint PRIMARY KEY,
    perms permission[] NOT NULL DEFAULT '{read}',
    primary_perm permission NOT NULL DEFAULT 'read'
);
CREATE INDEX api_keys_perms_idx ON api_keys USING gin (perms);
