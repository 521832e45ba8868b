CREATE UNLOGGED TABLE b_parent (id int PRIMARY KEY);
CREATE UNLOGGED TABLE a_child (id int PRIMARY KEY, parent_id int REFERENCES b_parent);
