-- Practice: check-ins, the practices each partner chooses, appreciations, what each brings, and
-- the weekly "state of us".
--
-- What is one partner's alone carries `private_to` (their id) and no couple_id: the other
-- partner's pages, API and export never reach it (the export adds a partner's own private rows
-- by that column), and deleting the account takes it along (on delete cascade).

-- A check-in: the answers to the statements (1 = not at all like me … 5 = very like me, in the
-- order of the statements' version) and where they place the partner on the spectrum.
create table check_in (
    id          bigint generated always as identity primary key,
    private_to  bigint      not null references partner (id) on delete cascade,
    version     int         not null,
    answers     smallint[]  not null,
    position    int         not null check (position between -100 and 100),
    leaning     text        not null,
    taken_at    timestamptz not null
);
create index check_in_private_to_idx on check_in (private_to, taken_at desc);

-- The practices a partner chose for themselves: how many small asks a week, if any.
create table practice_choice (
    private_to        bigint      primary key references partner (id) on delete cascade,
    small_asks_weekly int         check (small_asks_weekly between 1 and 14),
    life_of_my_own    boolean     not null default false,
    updated_at        timestamptz not null
);

-- A small ask sent from the practice: counted quietly, linked to the bid or need it became.
create table small_ask (
    id          bigint generated always as identity primary key,
    private_to  bigint      not null references partner (id) on delete cascade,
    thread_path text        not null,
    sent_at     timestamptz not null
);
create index small_ask_private_to_idx on small_ask (private_to, sent_at);

-- A life of my own: things I do for myself, planned and marked done, privately.
create table own_plan (
    id          bigint generated always as identity primary key,
    private_to  bigint      not null references partner (id) on delete cascade,
    text        text        not null,
    planned_for date,
    created_at  timestamptz not null,
    done_at     timestamptz
);
create index own_plan_private_to_idx on own_plan (private_to, created_at desc);

-- A leaning a partner chose to share, in their own words; the check-in behind it stays theirs.
create table shared_leaning (
    couple_id  bigint      not null references couple (id) on delete cascade,
    partner_id bigint      not null references partner (id) on delete cascade,
    leaning    text        not null,
    words      text        not null,
    shared_at  timestamptz not null,
    primary key (couple_id, partner_id)
);

-- A note of gratitude to the partner; the one who wrote it is `from_id`.
create table appreciation (
    id         bigint generated always as identity primary key,
    couple_id  bigint      not null references couple (id) on delete cascade,
    from_id    bigint      not null references partner (id) on delete cascade,
    text       text        not null,
    created_at timestamptz not null
);
create index appreciation_couple_idx on appreciation (couple_id, created_at desc);
create index appreciation_from_idx on appreciation (from_id, created_at);

-- What each brings: one partner's side of the give-and-receive map, one line an item.
create table what_each_brings (
    couple_id   bigint      not null references couple (id) on delete cascade,
    author_id   bigint      not null references partner (id) on delete cascade,
    you_bring   text        not null,
    i_bring     text        not null,
    updated_at  timestamptz not null,
    primary key (couple_id, author_id)
);

-- The weekly "state of us": scheduled, held, and its one issue's turns.
create table state_of_us (
    id            bigint generated always as identity primary key,
    couple_id     bigint      not null references couple (id) on delete cascade,
    scheduled_for timestamptz,
    issue_speaker bigint      references partner (id) on delete set null,
    created_at    timestamptz not null,
    closed_at     timestamptz
);
create index state_of_us_couple_idx on state_of_us (couple_id, created_at desc);

create table state_of_us_turn (
    id          bigint generated always as identity primary key,
    meeting_id  bigint      not null references state_of_us (id) on delete cascade,
    couple_id   bigint      not null references couple (id) on delete cascade,
    partner_id  bigint      not null references partner (id) on delete cascade,
    role        text        not null,
    text        text        not null,
    labels      text[]      not null,
    created_at  timestamptz not null
);
create index state_of_us_turn_meeting_idx on state_of_us_turn (meeting_id, id);

create constraint trigger couple_revision after insert or update or delete on shared_leaning
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on appreciation
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on what_each_brings
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on state_of_us
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on state_of_us_turn
    deferrable initially deferred for each row execute function couple_revision_bump();
