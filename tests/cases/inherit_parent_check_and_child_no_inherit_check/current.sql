CREATE TABLE shapes (
    id integer NOT NULL,
    kind text NOT NULL DEFAULT 'shape',
    area numeric
);
CREATE TABLE circles (
    radius numeric NOT NULL
) INHERITS (shapes);
CREATE TABLE squares (
    side numeric NOT NULL
) INHERITS (shapes);
