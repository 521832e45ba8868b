-- Function remove default arg.
CREATE FUNCTION paginate_offset(page integer, per_page integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT (page - 1) * per_page $$;
