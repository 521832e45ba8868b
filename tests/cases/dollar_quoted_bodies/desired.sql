CREATE TABLE log (id serial PRIMARY KEY, msg text);
CREATE FUNCTION add_log(m text) RETURNS void LANGUAGE plpgsql AS $body$
DECLARE
  s text := 'a;b'; -- a comment with ; and $$ inside
BEGIN
  /* block comment; with $x$ and ' quote */
  INSERT INTO log (msg) VALUES (m || s || $$;$$ || E'\';');
  EXECUTE $q$SELECT 1; $q$;
END;
$body$;
CREATE FUNCTION semi() RETURNS text LANGUAGE sql AS $f$ SELECT ';' || $x$;$$;$x$ $f$;
CREATE FUNCTION "$weird"() RETURNS text LANGUAGE sql AS 'SELECT ''$$; DROP TABLE log; --''';
COMMENT ON FUNCTION add_log(text) IS $c$It's; "tricky" $$ $c$;
