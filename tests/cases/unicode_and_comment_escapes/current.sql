CREATE TABLE "Produkt" ("Größe" text, id int); COMMENT ON TABLE "Produkt" IS 'alt';
