UPDATE docs SET body = 'z'; UPDATE notes SET body = 'z';
