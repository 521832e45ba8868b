-- Drop enum used by function and column.
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE diary (id bigint PRIMARY KEY, mood mood, entry text);
CREATE FUNCTION is_happy(m mood) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT m = 'happy' $$;
CREATE INDEX diary_happy_idx ON diary (id) WHERE is_happy(mood);
