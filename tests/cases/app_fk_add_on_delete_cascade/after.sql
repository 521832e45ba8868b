insert into authors values (3, 'x') on conflict do nothing;
insert into books values (13, 3, NULL, NULL) on conflict do nothing;
