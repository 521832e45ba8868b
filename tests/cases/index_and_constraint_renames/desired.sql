-- the team adopted PostgreSQL's own naming: same keys, same indexes
CREATE TABLE regions (
    id integer NOT NULL PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name text CHECK (name <> '')
);
CREATE TABLE stores (
    id integer PRIMARY KEY,
    region_code text REFERENCES regions (code),
    opened date
);
CREATE INDEX stores_opened_idx ON stores (opened DESC);
COMMENT ON INDEX stores_opened_idx IS 'newest first';
CREATE INDEX stores_region_idx ON stores (region_code);
-- and a new index takes the name another gives up
CREATE INDEX stores_region_code_idx ON stores (region_code, opened);
