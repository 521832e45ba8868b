CREATE TABLE parents (
    id integer PRIMARY KEY
);
CREATE TABLE children (
    id integer PRIMARY KEY,
    parent_id integer,
    score integer
);
ALTER TABLE children ADD CONSTRAINT children_parent_fkey FOREIGN KEY (parent_id) REFERENCES parents (id) NOT VALID;
ALTER TABLE children ADD CONSTRAINT children_score_check CHECK (score >= 0) NOT VALID;
