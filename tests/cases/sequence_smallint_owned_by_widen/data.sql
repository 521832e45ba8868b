INSERT INTO categories (name) VALUES ('a'), ('b');
SELECT setval('ticket_no_seq', 500);
