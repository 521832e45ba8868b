-- schemadiff rollback
-- source fingerprint: 0406919b706945ca
-- target fingerprint: e88695e0ad7cd16a
-- 5 statements; hazards: none

BEGIN;

COMMENT ON DOMAIN meta.percent IS NULL;

COMMENT ON CONSTRAINT percent_range ON DOMAIN meta.percent IS NULL;

COMMENT ON DOMAIN meta.slug IS 'URL-safe identifier';

COMMENT ON DOMAIN meta.hex_color IS 'CSS colour';

COMMENT ON CONSTRAINT hex_color_format ON DOMAIN meta.hex_color IS 'lower-case only';

COMMIT;
