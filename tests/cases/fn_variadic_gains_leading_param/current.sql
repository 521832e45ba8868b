CREATE FUNCTION join_tags(VARIADIC tags text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(tags, ',') $$;
CREATE TABLE posts (id int PRIMARY KEY, a text, b text);
CREATE VIEW post_tags AS SELECT id, join_tags(a, b) AS tags FROM posts;
