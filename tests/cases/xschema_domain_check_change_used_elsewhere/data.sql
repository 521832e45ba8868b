INSERT INTO sales.customers VALUES (1,'a@b.c',10.5),(2,'x@y.z',0);
INSERT INTO hr.employees VALUES (1,'h@r.io',1000);
