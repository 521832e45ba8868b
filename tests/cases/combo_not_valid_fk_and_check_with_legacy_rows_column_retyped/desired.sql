CREATE TABLE parents (
    id bigint PRIMARY KEY
);
CREATE TABLE children (
    id integer PRIMARY KEY,
    parent_id bigint,
    score numeric(8,2)
);
ALTER TABLE children ADD CONSTRAINT children_parent_fkey FOREIGN KEY (parent_id) REFERENCES parents (id) NOT VALID;
ALTER TABLE children ADD CONSTRAINT children_score_check CHECK (score >= 0) NOT VALID;
CREATE INDEX children_parent_idx ON children (parent_id);
