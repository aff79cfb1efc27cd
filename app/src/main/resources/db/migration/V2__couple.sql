-- A couple is exactly two partners sharing a private space; a partner is in at most one
-- couple at a time. Leaving dissolves the couple for both.
create table couple (
    id           bigint generated always as identity primary key,
    created_at   timestamptz not null default now(),
    dissolved_at timestamptz,
    dissolved_by bigint references partner (id) on delete set null
);

create table couple_member (
    couple_id  bigint      not null references couple (id) on delete cascade,
    partner_id bigint      not null references partner (id) on delete cascade,
    joined_at  timestamptz not null default now(),
    left_at    timestamptz,
    -- set when a partner has seen that their couple was dissolved by the other
    dissolution_seen_at timestamptz,
    primary key (couple_id, partner_id)
);
-- The database itself guarantees "at most one couple at a time".
create unique index couple_member_one_active_couple on couple_member (partner_id) where left_at is null;

create table invite (
    id          bigint generated always as identity primary key,
    couple_id   bigint      not null references couple (id) on delete cascade,
    code        text        not null unique,
    created_by  bigint      not null references partner (id) on delete cascade,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    used_by     bigint references partner (id) on delete set null,
    revoked_at  timestamptz
);
create index invite_couple_idx on invite (couple_id);
