INSERT INTO geo.places (id, name) VALUES (1, 'Lighthouse'), (2, 'Harbour');
