INSERT INTO "Billing"."Invoice" ("InvoiceId", "CustomerName", "Amount") VALUES (3, 'Cid', 5) ON CONFLICT DO NOTHING;
