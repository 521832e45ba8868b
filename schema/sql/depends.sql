-- Dependencies between user objects (OID >= 16384, i.e. not built in),
-- as pg_depend has them.  Internal ('i') and extension ('e') links are
-- structure, not order, and are left out; 'n' and 'a' links are what
-- ordering needs.  An end that is not an object of the model (a column
-- default, a view's rewrite rule, a row type, ...) is translated to the
-- one that is by the rows of depend_aliases.sql, in this process
-- (schema/depend_rows.c): a join and a sort of every row here cost the
-- server several times the scan itself.
SELECT d.classid, d.objid, d.objsubid, d.refclassid, d.refobjid, d.refobjsubid
FROM pg_catalog.pg_depend d
WHERE d.objid >= 16384 AND d.refobjid >= 16384 AND d.deptype IN ('n', 'a');
