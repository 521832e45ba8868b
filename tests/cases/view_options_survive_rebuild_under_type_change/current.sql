-- Views with security_barrier, security_invoker and check options are
-- rebuilt because a base column changes type; the options must survive.
CREATE TABLE tickets (id integer PRIMARY KEY, owner text NOT NULL, priority smallint NOT NULL, open boolean NOT NULL DEFAULT true);
CREATE VIEW my_tickets WITH (security_barrier = true, security_invoker = true) AS
    SELECT id, owner, priority, open FROM tickets WHERE owner = current_user WITH CASCADED CHECK OPTION;
CREATE VIEW my_open_tickets AS SELECT id, priority, open FROM my_tickets WHERE open WITH LOCAL CHECK OPTION;
