CREATE TYPE ticket_status AS ENUM ('open', 'pending', 'on_hold', 'closed');

CREATE TABLE support_tickets (
    id integer PRIMARY KEY,
    subject text NOT NULL,
    status ticket_status NOT NULL DEFAULT 'open',
    assignee text
);

CREATE INDEX support_tickets_unresolved_idx ON support_tickets (assignee)
    WHERE status <> 'closed';

CREATE VIEW active_tickets AS
    SELECT id, subject, status, assignee
    FROM support_tickets
    WHERE status IN ('open', 'pending');

CREATE VIEW ticket_status_counts AS
    SELECT status, count(*) AS n
    FROM support_tickets
    GROUP BY status;
