CREATE SCHEMA a; CREATE SCHEMA b;
CREATE TABLE a.dept (id int PRIMARY KEY, head_id int);
CREATE TABLE b.emp (id int PRIMARY KEY, dept_id int REFERENCES a.dept DEFERRABLE INITIALLY DEFERRED);
ALTER TABLE a.dept ADD FOREIGN KEY (head_id) REFERENCES b.emp DEFERRABLE;
CREATE VIEW b.dept AS SELECT d.id, e.id AS head FROM a.dept d LEFT JOIN b.emp e ON e.id = d.head_id;
CREATE VIEW a.emp AS SELECT * FROM b.emp;
