-- Range types dropped: an unused one, and one used by a column that is dropped as well.
CREATE SCHEMA sched;

CREATE TABLE sched.shifts (
    id integer PRIMARY KEY
);
