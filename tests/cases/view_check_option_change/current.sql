CREATE TABLE tasks (
    id integer PRIMARY KEY,
    title text NOT NULL,
    priority integer NOT NULL DEFAULT 0,
    done boolean NOT NULL DEFAULT false
);

CREATE VIEW open_tasks AS
    SELECT id, title, priority, done
    FROM tasks
    WHERE NOT done;

CREATE VIEW urgent_open_tasks AS
    SELECT id, title, priority, done
    FROM open_tasks
    WHERE priority >= 5;
