-- COMMENT ON DOMAIN and COMMENT ON CONSTRAINT ... ON DOMAIN added, changed and dropped.
CREATE SCHEMA meta;

CREATE DOMAIN meta.percent AS numeric(5,2)
    CONSTRAINT percent_range CHECK (VALUE BETWEEN 0 AND 100);

CREATE DOMAIN meta.slug AS text
    CONSTRAINT slug_format CHECK (VALUE ~ '^[a-z0-9-]+$');

CREATE DOMAIN meta.hex_color AS text
    CONSTRAINT hex_color_format CHECK (VALUE ~ '^#[0-9a-f]{6}$');

COMMENT ON DOMAIN meta.percent IS 'A percentage, two decimals';
COMMENT ON CONSTRAINT percent_range ON DOMAIN meta.percent IS 'Inclusive bounds';
COMMENT ON DOMAIN meta.slug IS 'URL-safe identifier: lower-case letters, digits and dashes';
