create table t (s text);
create view v as select s from t where s in ('a', 'b');
