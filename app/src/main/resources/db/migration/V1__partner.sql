-- Partners (accounts) and their API tokens.
create table partner (
    id            bigint generated always as identity primary key,
    email         text        not null,
    display_name  text        not null,
    password_hash text        not null,
    created_at    timestamptz not null default now()
);
-- E-mail addresses are compared case-insensitively.
create unique index partner_email_key on partner (lower(email));

create table api_token (
    id           bigint generated always as identity primary key,
    partner_id   bigint      not null references partner (id) on delete cascade,
    -- SHA-256 of the token: a leaked table does not leak usable tokens.
    token_hash   bytea       not null unique,
    created_at   timestamptz not null default now(),
    revoked_at   timestamptz
);
create index api_token_partner_idx on api_token (partner_id);

-- Failed sign-ins, kept briefly, to throttle guessing per account and per address.
-- In the database rather than in memory so that every app node sees the same count.
create table sign_in_failure (
    id        bigint generated always as identity primary key,
    throttle_key text     not null,
    failed_at timestamptz not null default now()
);
create index sign_in_failure_key_idx on sign_in_failure (throttle_key, failed_at);
