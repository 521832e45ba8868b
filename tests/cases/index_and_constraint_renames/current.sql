CREATE TABLE regions (
    id integer NOT NULL,
    code text NOT NULL,
    name text,
    CONSTRAINT pk_regions PRIMARY KEY (id),
    CONSTRAINT uq_regions_code UNIQUE (code),
    CONSTRAINT ck_name CHECK (name <> '')
);
CREATE TABLE stores (
    id integer PRIMARY KEY,
    region_code text,
    opened date,
    CONSTRAINT fk_store_region FOREIGN KEY (region_code) REFERENCES regions (code)
);
CREATE INDEX idx_stores_opened ON stores (opened DESC);
COMMENT ON INDEX idx_stores_opened IS 'newest first';
CREATE INDEX stores_region_code_idx ON stores (region_code);
