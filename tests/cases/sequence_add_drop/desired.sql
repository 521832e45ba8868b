CREATE SEQUENCE keep_seq AS smallint;
CREATE SEQUENCE new_batch_seq AS integer INCREMENT BY 100 CACHE 5;
