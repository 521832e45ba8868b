CREATE TABLE logins (
    id integer PRIMARY KEY,
    logged_in_at timestamp without time zone NOT NULL DEFAULT now(),
    logged_out_at timestamp(3) without time zone
);

CREATE INDEX logins_logged_in_at_idx ON logins (logged_in_at DESC);
