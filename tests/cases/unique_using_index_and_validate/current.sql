CREATE TABLE parent (id int NOT NULL, code text NOT NULL);
CREATE TABLE child (id int, parent_id int);
