create table t (
    s varchar(20),
    constraint t_s_check check (s in ('a'::text, 'b')),
    constraint t_s_check3 check (s::varchar(5) in ('a', 'b'))
);
