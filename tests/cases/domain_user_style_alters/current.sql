CREATE DOMAIN pct AS numeric; CREATE TABLE r (v pct);
