-- one setting changed, one option dropped and one kept, the rest back to
-- their defaults (a live setting the files leave out is a difference)
CREATE TABLE public.events (
    id bigint PRIMARY KEY,
    kind text NOT NULL,
    body text,
    score integer
);
ALTER TABLE public.events ALTER COLUMN kind SET STATISTICS 200;
ALTER TABLE public.events ALTER COLUMN kind SET (n_distinct = 12);
ALTER TABLE public.events ALTER COLUMN score SET (n_distinct = 50);
