-- A pause: a timed break in a heated thread (a need, a bid, a hurt). Until returns_at the
-- thread takes no new messages; then both partners are invited back.
create table pause (
    id          bigint generated always as identity primary key,
    couple_id   bigint      not null references couple (id) on delete cascade,
    thread_kind text        not null check (thread_kind in ('NEED', 'BID', 'HURT')),
    thread_id   bigint      not null,
    paused_by   bigint      not null references partner (id) on delete cascade,
    started_at  timestamptz not null,
    returns_at  timestamptz not null,
    ended_early_at timestamptz
);
create index pause_thread_idx on pause (couple_id, thread_kind, thread_id, returns_at desc);
create index pause_couple_idx on pause (couple_id, returns_at desc);
