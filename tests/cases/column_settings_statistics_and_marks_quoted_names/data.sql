INSERT INTO "Billing Dept"."Invoice Lines" VALUES (1, 'I1', 'x', 1);
