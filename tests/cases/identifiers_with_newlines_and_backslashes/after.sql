SELECT 1/count(*) FROM victim;
