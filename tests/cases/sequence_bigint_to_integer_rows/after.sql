INSERT INTO batches (label) VALUES ('z');
