CREATE TABLE public.tickets (id int PRIMARY KEY, priority text, queue text);
CREATE STATISTICS public.tickets_prio_queue (mcv) ON priority, queue FROM public.tickets;
ALTER STATISTICS public.tickets_prio_queue SET STATISTICS 250;
