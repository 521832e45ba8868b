CREATE TABLE b_parent (id int PRIMARY KEY);
CREATE TABLE a_child (id int PRIMARY KEY, parent_id int REFERENCES b_parent);
