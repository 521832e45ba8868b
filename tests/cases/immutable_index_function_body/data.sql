INSERT INTO users VALUES (1,'Ann@x.io '),(2,'bob@x.io');
