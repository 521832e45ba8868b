INSERT INTO parents VALUES (1);
ALTER TABLE children DROP CONSTRAINT children_parent_fkey;
ALTER TABLE children DROP CONSTRAINT children_score_check;
INSERT INTO children VALUES (1, 1, 5), (2, 999, -3);
ALTER TABLE children ADD CONSTRAINT children_parent_fkey FOREIGN KEY (parent_id) REFERENCES parents (id) NOT VALID;
ALTER TABLE children ADD CONSTRAINT children_score_check CHECK (score >= 0) NOT VALID;
