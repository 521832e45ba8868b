CREATE FUNCTION default_page_size(kind text DEFAULT 'web') RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT CASE kind WHEN 'web' THEN 50 ELSE 200 END $$;
CREATE TABLE articles (id int PRIMARY KEY, title text);
CREATE FUNCTION list_articles(lim int DEFAULT default_page_size()) RETURNS SETOF articles LANGUAGE sql STABLE AS $$ SELECT * FROM articles ORDER BY id LIMIT lim $$;
