insert into widgets (name, price) values ('bolt', 0.10), ('nut', NULL), ('Schraube «M8»', 12.34);
insert into gadgets (label) values ('g1'), ('g2 ✓');
update widgets set price = 0.20 where name = 'bolt';
delete from gadgets where label = 'g1';
