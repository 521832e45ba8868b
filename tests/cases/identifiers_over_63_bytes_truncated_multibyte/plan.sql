-- schemadiff plan
-- source fingerprint: acf73d45ff1b5c80
-- target fingerprint: e98c665529438859
-- 7 statements; hazards: none

SET search_path = public;

BEGIN;

CREATE TABLE public.this_table_name_is_definitely_longer_than_sixty_three_bytes_all (
    id integer NOT NULL,
    short_id integer,
    this_column_name_is_also_definitely_longer_than_sixty_three_byt text
);

ALTER TABLE public.short_t ADD COLUMN "ééééééééééééééééééééééééééééééé" text;

ALTER TABLE public.this_table_name_is_definitely_longer_than_sixty_three_bytes_all ADD CONSTRAINT this_table_name_is_definitely_longer_than_sixty_three_byte_pkey PRIMARY KEY (id);

ALTER TABLE public.this_table_name_is_definitely_longer_than_sixty_three_bytes_all ADD CONSTRAINT this_table_name_is_definitely_longer_than_sixty_t_short_id_fkey FOREIGN KEY (short_id) REFERENCES public.short_t(id);

CREATE INDEX this_index_name_is_definitely_longer_than_sixty_three_bytes_all ON public.this_table_name_is_definitely_longer_than_sixty_three_bytes_all USING btree (this_column_name_is_also_definitely_longer_than_sixty_three_byt);

CREATE VIEW public.this_view_name_is_definitely_longer_than_sixty_three_bytes_allo AS
SELECT id, this_column_name_is_also_definitely_longer_than_sixty_three_bytes_xyz
  FROM this_table_name_is_definitely_longer_than_sixty_three_bytes_allowed_by_postgres;

COMMENT ON COLUMN public.short_t."ééééééééééééééééééééééééééééééé" IS 'truncated mid-run of 2-byte chars';

COMMIT;
