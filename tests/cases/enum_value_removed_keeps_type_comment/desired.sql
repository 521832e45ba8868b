CREATE TYPE priority AS ENUM ('low', 'normal', 'high');
CREATE TABLE tasks (id integer PRIMARY KEY, prio priority NOT NULL DEFAULT 'normal');
COMMENT ON TYPE priority IS 'task priority; "obsolete" is going away';
