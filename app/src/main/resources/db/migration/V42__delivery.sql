-- Reaching a partner outside the app. Everything here is keyed by partner and holds no words
-- the partners wrote.

-- What reaches a partner, per topic (a group of notification kinds); a topic without a row
-- takes its default (Topic.defaultReach), so a new couple gets the essentials unasked.
create table notification_preference (
    partner_id bigint not null references partner (id) on delete cascade,
    topic      text not null,
    reach      text not null,
    primary key (partner_id, topic)
);

-- Quiet hours (local times in the partner's own time zone; both null: none) and the opt-in to
-- see what happened in the message itself.
create table notification_setting (
    partner_id   bigint primary key references partner (id) on delete cascade,
    quiet_from   time,
    quiet_until  time,
    include_text boolean not null default false
);

-- The delivery state of one inbox entry on one channel (e-mail, push), written with the entry.
-- A worker on any node claims a recipient's due rows (an advisory lock per recipient and
-- channel, then FOR UPDATE), sends, and marks them delivered in the same transaction: a node that dies mid-way leaves them pending for another.
-- due_at is when to try next: after the grouping window, quiet hours, the digest hour, or a
-- back-off after a failed attempt.
create table delivery (
    id              bigserial primary key,
    notification_id bigint not null references notification (id) on delete cascade,
    recipient_id    bigint not null references partner (id) on delete cascade,
    channel         text not null,
    digest          boolean not null default false,
    due_at          timestamptz not null,
    attempts        int not null default 0,
    delivered_at    timestamptz,
    given_up_at     timestamptz,
    unique (notification_id, channel)
);
create index delivery_due_idx on delivery (due_at) where delivered_at is null and given_up_at is null;
create index delivery_recipient_pending_idx on delivery (recipient_id, channel)
    where delivered_at is null and given_up_at is null;

-- Prompts that come due: a need's "when" passed, the time to talk came, a pause ended, a need or
-- bid waited a day. One row per thread, kind and recipient (null: both partners); it fires once,
-- on whichever node claims it first, and stays (fired_at) so a thread is never nudged twice; a
-- prompt set again (a second pause of the thread) re-arms its row.
create table due_prompt (
    id           bigserial primary key,
    couple_id    bigint not null references couple (id) on delete cascade,
    recipient_id bigint references partner (id) on delete cascade,
    kind         text not null,
    thread_path  text not null,
    due_at       timestamptz not null,
    fired_at     timestamptz,
    cancelled_at timestamptz
);
create unique index due_prompt_once_idx on due_prompt (thread_path, kind, coalesce(recipient_id, 0));
create index due_prompt_due_idx on due_prompt (due_at) where fired_at is null and cancelled_at is null;

-- Password reset links: only a hash of the token is kept; each is used once and expires.
create table password_reset (
    token_hash  bytea primary key,
    partner_id  bigint not null references partner (id) on delete cascade,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_reset_partner_idx on password_reset (partner_id);

-- The key that signs unsubscribe links, made at first start when TANDEM_SECRET is not given.
create table server_secret (
    name  text primary key,
    value bytea not null
);
