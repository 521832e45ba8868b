CREATE TYPE ticket_status AS ENUM ('open', 'closed');
CREATE TABLE tickets (
    id integer PRIMARY KEY,
    status ticket_status NOT NULL DEFAULT 'open',
    title text
);
CREATE VIEW open_tickets AS SELECT id, title FROM tickets WHERE status = 'open';
