INSERT INTO victim VALUES (1);
INSERT INTO public."multi
line
DROP TABLE victim;" VALUES (1, 'v', 2);
