CREATE SEQUENCE old_batch_seq START WITH 10;
CREATE SEQUENCE keep_seq AS smallint;
