CREATE TYPE task_status AS ENUM ('open', 'pending', 'done');
CREATE FUNCTION is_active(status text, include_pending boolean DEFAULT true) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT status = 'open' OR (include_pending AND status = 'pending') $$;
CREATE TABLE tasks (id int PRIMARY KEY, status text NOT NULL, assignee int);
CREATE INDEX tasks_active_assignee ON tasks (assignee) WHERE is_active(status);
