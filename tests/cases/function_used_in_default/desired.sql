CREATE SEQUENCE ticket_no_seq;

CREATE FUNCTION next_ticket_no() RETURNS bigint
    LANGUAGE sql VOLATILE
    AS $$ SELECT nextval('ticket_no_seq') $$;

CREATE TABLE tickets (
    id integer PRIMARY KEY,
    ticket_no bigint NOT NULL DEFAULT next_ticket_no(),
    subject text NOT NULL
);
