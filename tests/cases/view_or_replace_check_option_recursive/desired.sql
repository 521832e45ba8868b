CREATE TABLE emp (id int PRIMARY KEY, boss int, active bool);
CREATE OR REPLACE VIEW active_emp AS SELECT id, boss, active FROM emp WHERE active WITH LOCAL CHECK OPTION;
CREATE OR REPLACE RECURSIVE VIEW chain (id, boss, depth) AS
  SELECT id, boss, 0 FROM emp WHERE boss IS NULL
  UNION ALL SELECT e.id, e.boss, c.depth + 1 FROM emp e JOIN chain c ON e.boss = c.id;
