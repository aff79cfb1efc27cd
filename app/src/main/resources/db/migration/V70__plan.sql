-- Plans: the couple bubble before, during and after a stressful event.
--
-- What is one partner's alone carries `private_to` and no couple_id (like V65's check-ins): their
-- "hard for me / helps me" notes (the other partner reads only the items they chose to share, by
-- the service) and their prediction for a plan, which the other partner reads only once both have
-- written theirs. The export puts these under the writer's own "mine"; deleting the account takes
-- them along (on delete cascade).

create table know_me_item (
    id         bigint generated always as identity primary key,
    private_to bigint      not null references partner (id) on delete cascade,
    kind       text        not null,
    text       text        not null,
    shared     boolean     not null default false,
    created_at timestamptz not null
);
create index know_me_item_private_to_idx on know_me_item (private_to, created_at);

-- A plan for one event. `kind` is the template it started from (lessons carry to the next of a kind).
create table plan (
    id            bigint generated always as identity primary key,
    couple_id     bigint      not null references couple (id) on delete cascade,
    created_by    bigint      references partner (id) on delete set null,
    kind          text        not null,
    title         text        not null,
    starts_at     timestamptz not null,
    place         text        not null default '',
    come_find_me  text        not null default '',
    need_to_leave text        not null default '',
    debrief_at    timestamptz,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
create index plan_couple_starts_idx on plan (couple_id, starts_at desc);
create index plan_couple_kind_idx on plan (couple_id, kind, starts_at desc);

-- Each partner's prediction: how hard it will be, what I will likely do or feel, what I need from you.
create table plan_prediction (
    plan_id        bigint      not null references plan (id) on delete cascade,
    private_to     bigint      not null references partner (id) on delete cascade,
    how_hard       text        not null,
    under_stress   text        not null,
    need_from_you  text        not null,
    labels         text[]      not null,
    written_at     timestamptz not null,
    primary key (plan_id, private_to)
);
create index plan_prediction_private_to_idx on plan_prediction (private_to);

create table plan_agreement (
    id         bigint generated always as identity primary key,
    plan_id    bigint      not null references plan (id) on delete cascade,
    couple_id  bigint      not null references couple (id) on delete cascade,
    text       text        not null,
    created_at timestamptz not null,
    missed_by  bigint      references partner (id) on delete set null,
    missed_at  timestamptz
);
create index plan_agreement_plan_idx on plan_agreement (plan_id, id);

-- Who does what: each becomes a one-off load item (load listens to PlanTaskAssigned).
create table plan_task (
    id         bigint generated always as identity primary key,
    plan_id    bigint      not null references plan (id) on delete cascade,
    couple_id  bigint      not null references couple (id) on delete cascade,
    text       text        not null,
    owner_id   bigint      references partner (id) on delete set null,
    created_at timestamptz not null
);
create index plan_task_plan_idx on plan_task (plan_id, id);

create table plan_signature (
    plan_id    bigint      not null references plan (id) on delete cascade,
    couple_id  bigint      not null references couple (id) on delete cascade,
    partner_id bigint      not null references partner (id) on delete cascade,
    signed_at  timestamptz not null,
    primary key (plan_id, partner_id)
);

-- A signal sent during the event: which one, by whom, and when the other saw it. No place, no words.
create table plan_signal (
    id         bigint generated always as identity primary key,
    plan_id    bigint      not null references plan (id) on delete cascade,
    couple_id  bigint      not null references couple (id) on delete cascade,
    sent_by    bigint      not null references partner (id) on delete cascade,
    kind       text        not null,
    sent_at    timestamptz not null,
    seen_at    timestamptz
);
create index plan_signal_plan_idx on plan_signal (plan_id, sent_at desc);
-- Home asks, on every visit, for the signals waiting for my "I saw it".
create index plan_signal_unseen_idx on plan_signal (couple_id, sent_at desc) where seen_at is null;

create table plan_debrief (
    plan_id          bigint      not null references plan (id) on delete cascade,
    couple_id        bigint      not null references couple (id) on delete cascade,
    partner_id       bigint      not null references partner (id) on delete cascade,
    had_your_back    text        not null,
    what_worked      text        not null,
    change_next_time text        not null,
    written_at       timestamptz not null,
    primary key (plan_id, partner_id)
);

-- A partner's calendar subscription: only a SHA-256 of the secret in its link is kept. Not
-- `private_to`, so the hash is never exported; it goes with the account.
create table calendar_feed (
    partner_id  bigint      primary key references partner (id) on delete cascade,
    token_hash  bytea       not null unique,
    with_titles boolean     not null default false,
    created_at  timestamptz not null
);

create constraint trigger couple_revision after insert or update or delete on plan
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on plan_agreement
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on plan_task
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on plan_signature
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on plan_signal
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on plan_debrief
    deferrable initially deferred for each row execute function couple_revision_bump();
