INSERT INTO widgets (id, name) VALUES (1, 'bolt'), (2, 'nut');
INSERT INTO gadgets (id, label) VALUES (100, 'lamp'), (110, 'fan'), (7, 'old');
