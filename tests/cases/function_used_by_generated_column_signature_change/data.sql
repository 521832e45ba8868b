-- Function used by generated column signature change.
INSERT INTO prices (id, cents) VALUES (1, 250);
