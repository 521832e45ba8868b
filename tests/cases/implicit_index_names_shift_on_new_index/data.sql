INSERT INTO jobs VALUES (1, 'done', 'q'), (2, 'new', 'Q');
