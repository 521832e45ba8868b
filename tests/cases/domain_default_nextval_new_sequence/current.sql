CREATE DOMAIN ticket_no AS bigint CHECK (VALUE > 0);
CREATE TABLE tickets (
    no ticket_no PRIMARY KEY,
    subject text
);
