CREATE SEQUENCE ticket_no_seq START WITH 1000;
CREATE DOMAIN ticket_no AS bigint DEFAULT nextval('ticket_no_seq') CHECK (VALUE > 0);
CREATE TABLE tickets (
    no ticket_no PRIMARY KEY,
    subject text
);
