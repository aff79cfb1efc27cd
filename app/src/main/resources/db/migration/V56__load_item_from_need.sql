-- A load item that a yes to a recurring need created: the need it came from (the asker's words
-- stay there). Null for items the couple added themselves; a deleted need leaves the item.
alter table load_item add column need_id bigint references need (id) on delete set null;
create unique index load_item_need_idx on load_item (need_id) where need_id is not null;
