CREATE FUNCTION default_page_size() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 100::bigint $$;
CREATE TABLE articles (id int PRIMARY KEY, title text);
CREATE FUNCTION list_articles(lim bigint DEFAULT default_page_size()) RETURNS SETOF articles LANGUAGE sql STABLE AS $$ SELECT * FROM articles ORDER BY id LIMIT lim $$;
