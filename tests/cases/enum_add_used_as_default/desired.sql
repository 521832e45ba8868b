-- Enum add used as default.
CREATE TYPE ticket_status AS ENUM ('triage', 'open', 'pending', 'closed');
CREATE TABLE tickets (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status ticket_status NOT NULL DEFAULT 'triage',
    title text NOT NULL
);
CREATE VIEW active_tickets AS SELECT id, title FROM tickets WHERE status IN ('triage', 'open', 'pending');
