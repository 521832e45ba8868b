INSERT INTO "Billing"."Invoice" VALUES (1,'Ann',10,false),(2,'Bob',20,true);
