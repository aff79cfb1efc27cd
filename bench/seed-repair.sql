-- Adds two years of the agreement, hurts and repairs, reminders and pauses to the 10,000
-- couples of seed.sql, so that the home page reads a full history of everything it shows.
-- Run after seed.sql (run.sh does, once, when the bench couples have no hurts yet).
\set ON_ERROR_STOP on
\timing on
set synchronous_commit = off;

-- Three versions of the agreement a couple: two superseded, the third in force.
insert into agreement_version (couple_id, number, base_number, why, commitments, status, proposed_by,
                               proposed_at, signed_by, signed_at)
select 1000000 + c, v, nullif(v - 1, 0),
       'We want to lean on each other without keeping score.',
       array['When one of us asks for help, the other answers within a day, even if the answer is not now.',
             'We take a pause when a talk gets heated, and we come back to it.',
             'Sunday evening we look at the week together.'],
       case when v = 3 then 'IN_FORCE' else 'SUPERSEDED' end,
       1000000 + 2 * c - (v % 2), now() - interval '2 years' + v * interval '30 days',
       1000000 + 2 * c - ((v + 1) % 2), now() - interval '2 years' + v * interval '30 days' + interval '1 day'
from generate_series(1, 10000) c, generate_series(1, 3) v;

-- A hurt a fortnight (52 a couple), named in turn; all repaired but the last.
insert into hurt (couple_id, named_by, subject_kind, subject_id, what_happened, how_i_felt, commitment,
                  coach_labels, status, created_at, repaired_at)
select 1000000 + c, 1000000 + 2 * c - (h % 2), 'NONE', null,
       'You were on your phone while I was telling you about the meeting.',
       'Alone, and like what I said did not matter.',
       case when h % 3 = 0 then 'We take a pause when a talk gets heated, and we come back to it.' end,
       '{}'::text[], case when h = 52 then 'OPEN' else 'REPAIRED' end,
       now() - (52 - h) * interval '2 weeks' - interval '2 days',
       case when h = 52 then null else now() - (52 - h) * interval '2 weeks' - interval '1 day' end
from generate_series(1, 10000) c, generate_series(1, 52) h;

-- One accepted repair attempt for every repaired hurt.
insert into repair_attempt (hurt_id, made_by, acknowledge, apologise, will_do, coach_labels, status,
                            created_at, answered_at)
select h.id, case when h.named_by % 2 = 0 then h.named_by - 1 else h.named_by + 1 end,
       'I was scrolling while you talked about something that mattered to you.',
       'I am sorry, that was not fair to you.',
       'I will put the phone in the drawer when we talk in the evening.',
       '{}'::text[], 'ACCEPTED', h.created_at + interval '3 hours', h.repaired_at
from hurt h where h.couple_id > 1000000 and h.status = 'REPAIRED';

-- A reminder a month (24 a couple), all acknowledged but the last.
insert into reminder (couple_id, sent_by, need_id, commitment, message, coach_labels, created_at, acknowledged_at)
select 1000000 + c, 1000000 + 2 * c - (r % 2), null,
       'Sunday evening we look at the week together.',
       'I miss our Sunday look at the week; it helps me feel we are in this together.',
       '{}'::text[], now() - (24 - r) * interval '30 days' - interval '5 days',
       case when r = 24 then null else now() - (24 - r) * interval '30 days' - interval '4 days' end
from generate_series(1, 10000) c, generate_series(1, 24) r;

-- A pause a month (24 a couple), each over long ago.
insert into pause (couple_id, thread_kind, thread_id, paused_by, started_at, returns_at, ended_early_at)
select 1000000 + c, 'HURT', 0, 1000000 + 2 * c - (p % 2),
       now() - (24 - p) * interval '30 days' - interval '10 days',
       now() - (24 - p) * interval '30 days' - interval '10 days' + interval '20 minutes', null
from generate_series(1, 10000) c, generate_series(1, 24) p;

vacuum analyze agreement_version;
vacuum analyze hurt;
vacuum analyze repair_attempt;
vacuum analyze reminder;
vacuum analyze pause;
select (select count(*) from hurt) as hurts, (select count(*) from repair_attempt) as repairs,
       (select count(*) from reminder) as reminders, (select count(*) from pause) as pauses,
       (select count(*) from agreement_version) as agreement_versions;
