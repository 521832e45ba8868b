INSERT INTO batches (label) VALUES ('x'), ('y');
