CREATE SCHEMA app;
CREATE SCHEMA st;
CREATE TABLE app.items (id int PRIMARY KEY, a int, b text, c int, d int);
CREATE STATISTICS st.items_ab (ndistinct) ON a, b FROM app.items;
CREATE STATISTICS st.items_expr ON (a + c), lower(b) FROM app.items;
ALTER STATISTICS st.items_expr SET STATISTICS 300;
COMMENT ON STATISTICS st.items_expr IS 'expr stats';
CREATE STATISTICS st.items_cd ON c, d FROM app.items;
