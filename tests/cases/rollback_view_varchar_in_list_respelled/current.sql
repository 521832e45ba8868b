create table t (s varchar(20));
create view v as select s from t where s in ('a', 'b');
