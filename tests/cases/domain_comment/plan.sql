-- schemadiff plan
-- source fingerprint: e88695e0ad7cd16a
-- target fingerprint: 0406919b706945ca
-- 5 statements; hazards: none

BEGIN;

COMMENT ON DOMAIN meta.hex_color IS NULL;

COMMENT ON CONSTRAINT hex_color_format ON DOMAIN meta.hex_color IS NULL;

COMMENT ON DOMAIN meta.slug IS 'URL-safe identifier: lower-case letters, digits and dashes';

COMMENT ON DOMAIN meta.percent IS 'A percentage, two decimals';

COMMENT ON CONSTRAINT percent_range ON DOMAIN meta.percent IS 'Inclusive bounds';

COMMIT;
