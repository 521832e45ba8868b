CREATE FUNCTION is_active(status text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT status IN ('open', 'pending') $$;
CREATE TABLE tasks (id int PRIMARY KEY, status text NOT NULL, assignee int);
CREATE INDEX tasks_active_assignee ON tasks (assignee) WHERE is_active(status);
