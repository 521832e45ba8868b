CREATE TABLE slugs (
    id integer PRIMARY KEY,
    site_id integer NOT NULL,
    slug text NOT NULL,
    locale text NOT NULL
);

CREATE UNIQUE INDEX slugs_site_slug_idx ON slugs (site_id, slug);
CREATE INDEX slugs_locale_idx ON slugs (locale);
