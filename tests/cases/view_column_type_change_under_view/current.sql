CREATE TABLE events (
    id integer PRIMARY KEY,
    account_id integer NOT NULL,
    kind text NOT NULL
);

CREATE VIEW events_per_account AS
    SELECT account_id, count(*) AS n
    FROM events
    GROUP BY account_id;

CREATE VIEW recent_event_ids AS
    SELECT id, kind FROM events WHERE id > 1000;
