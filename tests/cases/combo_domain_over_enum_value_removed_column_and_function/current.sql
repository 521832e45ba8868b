CREATE TYPE color AS ENUM ('red', 'green', 'mauve', 'blue');
CREATE DOMAIN primary_color AS color CONSTRAINT primary_color_check CHECK (VALUE IN ('red', 'green', 'blue'));
CREATE TABLE pixels (
    id integer PRIMARY KEY,
    c primary_color NOT NULL DEFAULT 'red'
);
CREATE FUNCTION is_red(p primary_color) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT p::color = 'red'::color $$;
CREATE VIEW red_pixels AS SELECT id FROM pixels WHERE is_red(c);
