CREATE TABLE regions (
    country char(2) NOT NULL,
    region_code text NOT NULL,
    name text NOT NULL,
    CONSTRAINT regions_pkey PRIMARY KEY (country, region_code)
);

CREATE TABLE offices (
    id integer PRIMARY KEY,
    country char(2),
    region_code text,
    CONSTRAINT offices_region_fkey FOREIGN KEY (country, region_code) REFERENCES regions (country, region_code)
);
