CREATE TABLE t (id int PRIMARY KEY, a int, b text, c text COLLATE "C",
  CONSTRAINT t_a_key UNIQUE (a));
CREATE INDEX t_c ON t (c text_pattern_ops DESC NULLS LAST) INCLUDE (b) WHERE a > 0;
CREATE INDEX t_b ON t (b COLLATE "C" NULLS FIRST, lower(c) DESC);
