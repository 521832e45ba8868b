INSERT INTO refs (id, ref_no) SELECT max(id) + 1, max(ref_no) + 1 FROM refs;
