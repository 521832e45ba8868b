-- schemadiff plan
-- source fingerprint: 1d789d3c420f190a
-- target fingerprint: 25f4fd3c7c4cdbe8
-- 5 statements; hazards: rewrite

BEGIN;

DROP VIEW public.my_open_tickets;

DROP VIEW public.my_tickets;

-- hazard: rewrite
ALTER TABLE public.tickets ALTER COLUMN priority TYPE integer USING priority::integer;

CREATE VIEW public.my_tickets WITH (security_barrier=true, security_invoker=true, check_option=cascaded) AS
 SELECT tickets.id,
    tickets.owner,
    tickets.priority,
    tickets.open
   FROM public.tickets
  WHERE (tickets.owner = CURRENT_USER);

CREATE VIEW public.my_open_tickets WITH (check_option=local) AS
 SELECT my_tickets.id,
    my_tickets.priority,
    my_tickets.open
   FROM public.my_tickets
  WHERE my_tickets.open;

COMMIT;
