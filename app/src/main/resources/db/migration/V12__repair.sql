-- Hurts, repair attempts and reminders: naming what hurt, the partner's repair, its
-- acceptance, and gentle reminders of the agreement after a miss.
create table hurt (
    id            bigint generated always as identity primary key,
    couple_id     bigint      not null references couple (id) on delete cascade,
    named_by      bigint      not null references partner (id) on delete cascade,
    subject_kind  text        not null check (subject_kind in ('NEED', 'BID', 'NONE')),
    subject_id    bigint,
    what_happened text        not null,
    how_i_felt    text        not null,
    commitment    text,
    coach_labels  text[]      not null default '{}',
    status        text        not null check (status in ('OPEN', 'REPAIRED')),
    created_at    timestamptz not null,
    repaired_at   timestamptz
);
create index hurt_couple_idx on hurt (couple_id, created_at desc);
create index hurt_couple_open_idx on hurt (couple_id) where status = 'OPEN';

create table repair_attempt (
    id           bigint generated always as identity primary key,
    hurt_id      bigint      not null references hurt (id) on delete cascade,
    made_by      bigint      not null references partner (id) on delete cascade,
    acknowledge  text        not null,
    apologise    text        not null,
    will_do      text        not null,
    coach_labels text[]      not null default '{}',
    status       text        not null check (status in ('PENDING', 'ACCEPTED', 'NOT_YET')),
    still_needed text,
    created_at   timestamptz not null,
    answered_at  timestamptz
);
create index repair_attempt_hurt_idx on repair_attempt (hurt_id, created_at);

create table reminder (
    id              bigint generated always as identity primary key,
    couple_id       bigint      not null references couple (id) on delete cascade,
    sent_by         bigint      not null references partner (id) on delete cascade,
    need_id         bigint,
    commitment      text        not null,
    message         text        not null,
    coach_labels    text[]      not null default '{}',
    created_at      timestamptz not null,
    acknowledged_at timestamptz
);
create index reminder_couple_idx on reminder (couple_id, created_at desc);
