CREATE TABLE t (id integer PRIMARY KEY, x integer, owner text,
    CONSTRAINT x_positive CHECK (x > 0 -- must be positive
    ),
    CHECK (x < 100 /* upper bound */ -- and a line comment
));
CREATE INDEX t_x_idx ON t (x) WHERE x > 1 -- partial
;
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (owner = current_user -- own rows
) WITH CHECK (x > 2 -- checked
);
CREATE VIEW v AS SELECT id FROM t -- the view
;
