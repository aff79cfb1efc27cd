-- Needs: "I feel ___ because ___, and I need ___", from draft to follow-through.
create table need (
    id              bigint generated always as identity primary key,
    couple_id       bigint      not null references couple (id) on delete cascade,
    asker_id        bigint      not null references partner (id) on delete cascade,
    status          text        not null,
    feeling         text        not null default '',
    because         text        not null default '',
    request         text        not null default '',
    -- the request's optional "when": a moment, or a period ('TODAY', 'THIS_WEEK')
    when_at         timestamptz,
    when_period     text,
    -- the coach's labels on the text as it was sent (the coach is deterministic: the same text,
    -- the same labels the partner saw)
    sent_labels     text[]      not null default '{}',
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    sent_at         timestamptz,
    answer_kind     text,
    answer_text     text,
    answer_when_at  timestamptz,
    answer_when_period text,
    answer_labels   text[],
    answered_at     timestamptz,
    followed_up_at  timestamptz,
    thanks          text,
    thanked_at      timestamptz
);
-- Home: the history, newest first, and "waiting" (the few needs not yet settled).
create index need_couple_updated_idx on need (couple_id, updated_at desc, id desc);
create index need_couple_status_idx on need (couple_id, status, updated_at desc, id desc);
create index need_couple_open_idx on need (couple_id, updated_at desc)
    where status not in ('DRAFT', 'MET', 'MISSED');

-- The listener's "what I hear is…", then the asker's "yes, that's it" or clarification.
create table reflection (
    id             bigint generated always as identity primary key,
    need_id        bigint      not null references need (id) on delete cascade,
    text           text        not null,
    created_at     timestamptz not null,
    confirmed      boolean,
    clarification  text,
    resolved_at    timestamptz
);
create index reflection_need_idx on reflection (need_id, id);
