-- A need may ask for something recurring ("one night a week"). A yes makes it a load item the
-- listener carries (load_item.need_id); the asker says per occurrence, for the first weeks,
-- whether it happened; "not any more" ends it (status ENDED).
alter table need add column recurrence text not null default 'ONCE'
    check (recurrence in ('ONCE', 'DAILY', 'WEEKLY', 'MONTHLY'));

create table need_occurrence (
    need_id    bigint      not null references need (id) on delete cascade,
    number     int         not null check (number > 0),
    outcome    text        not null check (outcome in ('MET', 'MISSED')),
    marked_at  timestamptz not null,
    primary key (need_id, number)
);

-- Home's open needs leave out the settled ones; an ended need is settled too, so the partial
-- index must say so or the query (generated from NeedStatus.NOT_OPEN) would no longer use it.
drop index need_couple_open_idx;
create index need_couple_open_idx on need (couple_id, updated_at desc)
    where status not in ('DRAFT', 'MET', 'MISSED', 'ENDED');
