-- Handing a load item over is a need: the hand-over remembers the need that asks for it, and a
-- yes to that need moves the ownership.
alter table load_handover add column need_id bigint;
create index load_handover_need_idx on load_handover (couple_id, need_id) where need_id is not null;
