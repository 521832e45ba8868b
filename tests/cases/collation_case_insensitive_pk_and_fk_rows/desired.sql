CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE tags (
    name text COLLATE case_insensitive PRIMARY KEY
);
CREATE TABLE post_tags (
    post_id integer NOT NULL,
    tag text COLLATE case_insensitive NOT NULL REFERENCES tags (name) ON UPDATE CASCADE,
    PRIMARY KEY (post_id, tag)
);
COMMENT ON COLLATION case_insensitive IS 'ICU, ignores case';
