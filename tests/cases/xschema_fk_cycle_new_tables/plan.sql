-- schemadiff plan
-- source fingerprint: 5a9fb28be84c5226
-- target fingerprint: 16302e4907440b50
-- 8 statements; hazards: none

SET search_path = public;

BEGIN;

CREATE TABLE a.dept (
    id integer NOT NULL,
    head_id integer
);

CREATE TABLE b.emp (
    id integer NOT NULL,
    dept_id integer
);

ALTER TABLE a.dept ADD CONSTRAINT dept_pkey PRIMARY KEY (id);

ALTER TABLE b.emp ADD CONSTRAINT emp_pkey PRIMARY KEY (id);

ALTER TABLE a.dept ADD CONSTRAINT dept_head_id_fkey FOREIGN KEY (head_id) REFERENCES b.emp(id) DEFERRABLE;

ALTER TABLE b.emp ADD CONSTRAINT emp_dept_id_fkey FOREIGN KEY (dept_id) REFERENCES a.dept(id) DEFERRABLE INITIALLY DEFERRED;

CREATE VIEW a.emp AS
 SELECT emp.id,
    emp.dept_id
   FROM b.emp;

CREATE VIEW b.dept AS
SELECT d.id, e.id AS head FROM a.dept d LEFT JOIN b.emp e ON e.id = d.head_id;

COMMIT;
