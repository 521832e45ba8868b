-- Function remove default arg.
CREATE FUNCTION paginate_offset(page integer, per_page integer DEFAULT 20) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT (page - 1) * per_page $$;
