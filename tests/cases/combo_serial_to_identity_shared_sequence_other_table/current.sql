CREATE SEQUENCE ticket_seq;
CREATE TABLE tickets (
    id integer PRIMARY KEY DEFAULT nextval('ticket_seq'),
    subject text
);
CREATE TABLE ticket_archive (
    id integer PRIMARY KEY DEFAULT nextval('ticket_seq'),
    subject text
);
ALTER SEQUENCE ticket_seq OWNED BY tickets.id;
