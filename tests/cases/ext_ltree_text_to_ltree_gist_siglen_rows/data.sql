INSERT INTO categories VALUES (1, 'top'), (2, 'top.science'), (3, 'top.science.astronomy');
