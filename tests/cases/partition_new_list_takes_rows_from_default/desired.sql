-- A new list partition takes its rows out of the DEFAULT partition; a
-- partition added with no rows waiting moves nothing.
CREATE TABLE events (
    region text NOT NULL,
    id integer NOT NULL,
    payload jsonb
) PARTITION BY LIST (region);
CREATE TABLE events_eu PARTITION OF events FOR VALUES IN ('eu');
CREATE TABLE events_us PARTITION OF events FOR VALUES IN ('us', 'ca');
CREATE TABLE events_apac PARTITION OF events FOR VALUES IN ('jp');
CREATE TABLE events_other PARTITION OF events DEFAULT;
