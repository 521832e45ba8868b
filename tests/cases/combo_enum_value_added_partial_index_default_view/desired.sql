CREATE TYPE ticket_status AS ENUM ('new', 'open', 'closed', 'archived');
CREATE TABLE tickets (
    id integer PRIMARY KEY,
    status ticket_status NOT NULL DEFAULT 'new',
    title text,
    CONSTRAINT tickets_archived_title CHECK (status <> 'archived' OR title IS NOT NULL)
);
CREATE INDEX tickets_archived_idx ON tickets (id) WHERE status = 'archived';
CREATE VIEW open_tickets AS SELECT id, title FROM tickets WHERE status IN ('new', 'open');
