CREATE TABLE emp (id int PRIMARY KEY, boss int, active bool); CREATE VIEW active_emp AS SELECT id, boss FROM emp WHERE active;
