CREATE TABLE people (id int PRIMARY KEY, first text, last text,
    full_name text GENERATED ALWAYS AS (coalesce(first, '') || ' ' || coalesce(last, '')) STORED);
GRANT SELECT (id, full_name) ON people TO sd_reader;
