-- schemadiff plan
-- source fingerprint: efe68b0f73ae8077
-- target fingerprint: d990840a6fbbb681
-- 13 statements; hazards: data-loss,long-lock,irreversible

SET search_path = public;

BEGIN;

DROP VIEW public.recent_events;

DROP INDEX public.events_kind_idx;

ALTER TABLE public.events DROP CONSTRAINT events_pkey;

ALTER SEQUENCE public.events_id_seq OWNED BY NONE;

-- hazard: data-loss,irreversible
DROP TABLE public.events;

CREATE TABLE public.events (
    id bigint DEFAULT nextval('public.events_id_seq'::regclass) NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    kind text NOT NULL,
    payload jsonb
) PARTITION BY RANGE (occurred_at);

CREATE TABLE public.events_2024_01 PARTITION OF public.events FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+00');

CREATE TABLE public.events_2024_02 PARTITION OF public.events FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 00:00:00+00');

CREATE TABLE public.events_default PARTITION OF public.events DEFAULT;

ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;

-- hazard: long-lock
ALTER TABLE public.events ADD CONSTRAINT events_pkey PRIMARY KEY (id, occurred_at);

-- hazard: long-lock
CREATE INDEX events_kind_idx ON public.events USING btree (kind, occurred_at);

CREATE VIEW public.recent_events AS
select id, kind from events where occurred_at > now() - interval '1 day';

COMMIT;
