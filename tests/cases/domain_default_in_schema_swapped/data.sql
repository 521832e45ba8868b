INSERT INTO app.tally VALUES (1, 3);
-- the same default set again under another search_path: PostgreSQL keeps
-- its text unqualified (typdefault), its meaning is the same
SET search_path = app, public;
ALTER DOMAIN counter SET DEFAULT start_value();
RESET search_path;
