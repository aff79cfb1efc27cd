-- A change of e-mail address waiting for its link to be opened from the new address. As with
-- password resets, only a SHA-256 hash of the token is kept; a newer request supersedes older ones.
create table email_change (
    token_hash bytea       primary key,
    partner_id bigint      not null references partner (id) on delete cascade,
    new_email  text        not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index email_change_partner_idx on email_change (partner_id) where used_at is null;
