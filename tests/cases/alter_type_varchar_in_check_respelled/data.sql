INSERT INTO metrics VALUES (1, 'LCP'), (2, 'CLS');
