-- Shared load: the couple's load items, every logged occurrence, the split they agreed is
-- fair, and hand-overs of items between the partners. Owners are the couple's partners by
-- letter: A joined first, B second (a couple's members never change), or SHARED.
create table load_item (
    id            bigint generated always as identity primary key,
    couple_id     bigint      not null references couple (id) on delete cascade,
    catalogue_key text,
    title         text        not null,
    area          text        not null,
    cadence       text        not null,
    every_days    integer check (every_days between 2 and 365),
    minutes       integer     not null check (minutes between 1 and 1440),
    noticing      text        not null check (noticing in ('A', 'B', 'SHARED')),
    planning      text        not null check (planning in ('A', 'B', 'SHARED')),
    doing         text        not null check (doing in ('A', 'B', 'SHARED')),
    done_means    text        not null default '',
    created_at    timestamptz not null,
    archived_at   timestamptz
);
create index load_item_couple_idx on load_item (couple_id);

-- One row per occurrence. The seconds each partner carried (mental = noticing + planning,
-- and doing) are fixed when it is logged, so a later hand-over never rewrites past weeks.
create table load_done (
    id        bigint generated always as identity primary key,
    couple_id bigint      not null references couple (id) on delete cascade,
    item_id   bigint      not null references load_item (id) on delete cascade,
    done_by   text        not null check (done_by in ('A', 'B', 'SHARED')),
    done_at   timestamptz not null,
    logged_by bigint references partner (id) on delete set null,
    logged_at timestamptz not null,
    mental_a  integer     not null,
    mental_b  integer     not null,
    doing_a   integer     not null,
    doing_b   integer     not null
);
-- The balance view reads a bounded window (twelve weeks) of one couple's rows: this index keeps
-- its cost independent of how many years the couple has logged; INCLUDE lets the weekly sums
-- be answered from the index alone.
create index load_done_couple_at_idx on load_done (couple_id, done_at)
    include (item_id, mental_a, mental_b, doing_a, doing_b);
create index load_done_item_idx on load_done (item_id);

create table load_fair_share (
    couple_id         bigint primary key references couple (id) on delete cascade,
    target_a          integer not null check (target_a between 0 and 100),
    agreed_at         timestamptz,
    proposed_target_a integer check (proposed_target_a between 0 and 100),
    proposed_by       text check (proposed_by in ('A', 'B')),
    proposed_at       timestamptz
);

create table load_handover (
    id          bigint generated always as identity primary key,
    couple_id   bigint      not null references couple (id) on delete cascade,
    item_id     bigint      not null references load_item (id) on delete cascade,
    noticing    boolean     not null,
    planning    boolean     not null,
    doing       boolean     not null,
    from_owner  text        not null check (from_owner in ('A', 'B')),
    to_owner    text        not null check (to_owner in ('A', 'B')),
    status      text        not null check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED')),
    proposed_at timestamptz not null,
    answered_at timestamptz,
    check (noticing or planning or doing),
    check (from_owner <> to_owner)
);
create index load_handover_couple_idx on load_handover (couple_id, status);
create index load_handover_item_idx on load_handover (item_id);
