INSERT INTO geo.places (id, name, location) VALUES (1, 'Lighthouse', ROW(54.1, 7.9)), (2, 'Harbour', NULL);
