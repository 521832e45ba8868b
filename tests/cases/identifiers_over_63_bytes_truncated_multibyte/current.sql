CREATE TABLE short_t (id int PRIMARY KEY);
