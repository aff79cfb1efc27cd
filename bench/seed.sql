-- Seeds 10,000 couples, each with two years of needs (one a week) and bids (two a week),
-- into a Tandem database that Flyway has already migrated. Run with psql:
--   psql ... -v hash="'<argon2 hash>'" -f seed.sql
-- Ids start at 1,000,001 so that they never meet rows the app created itself.
\set ON_ERROR_STOP on
\timing on
set synchronous_commit = off;

insert into partner (id, email, display_name, password_hash, created_at)
overriding system value
select 1000000 + g, 'bench-' || g || '@bench.tandem.local',
       case when g % 2 = 1 then 'Robin' else 'Kai' end || ' ' || g, :hash, now() - interval '2 years'
from generate_series(1, 20000) g;

insert into couple (id, created_at)
overriding system value
select 1000000 + c, now() - interval '2 years' from generate_series(1, 10000) c;

insert into couple_member (couple_id, partner_id, joined_at)
select 1000000 + c, 1000000 + 2 * c - p, now() - interval '2 years'
from generate_series(1, 10000) c, generate_series(0, 1) p;

-- 104 needs a couple, one a week, asked in turn; all settled but the last three.
insert into need (couple_id, asker_id, status, feeling, because, request, when_period, sent_labels,
                  created_at, updated_at, sent_at, answer_kind, answer_text, answer_labels, answered_at,
                  followed_up_at, thanks)
select 1000000 + c,
       1000000 + 2 * c - (w % 2),
       s.status,
       (array['lonely', 'stretched thin', 'anxious', 'hopeful', 'tired'])[1 + w % 5],
       'the week is full: work runs late on Tuesday and Thursday and the flat needs sorting before the weekend',
       'you to cook on Thursday and sit with me for twenty minutes after the kids are in bed',
       case when w % 3 = 0 then 'THIS_WEEK' end,
       case when w % 7 = 0 then '{criticism}'::text[] else '{}'::text[] end,
       t.at, t.at + interval '2 days', t.at,
       case when s.status in ('MET', 'MISSED', 'ANSWERED_YES') then 'YES' end,
       case when s.status in ('MET', 'MISSED', 'ANSWERED_YES') then 'Yes, Thursday is mine, and I will be there at nine.' end,
       case when s.status in ('MET', 'MISSED', 'ANSWERED_YES') then '{}'::text[] end,
       case when s.status in ('MET', 'MISSED', 'ANSWERED_YES') then t.at + interval '1 day' end,
       case when s.status in ('MET', 'MISSED') then t.at + interval '2 days' end,
       case when s.status = 'MET' and w % 2 = 0 then 'Thank you, it made the whole week lighter.' end
from generate_series(1, 10000) c,
     generate_series(1, 104) w,
     lateral (select now() - (104 - w) * interval '1 week' - interval '3 days' as at) t,
     lateral (select case when w = 104 then 'SENT' when w = 103 then 'REFLECTED' when w = 102 then 'ANSWERED_YES'
                          when w % 6 = 0 then 'MISSED' else 'MET' end as status) s;

insert into reflection (need_id, text, created_at, confirmed, resolved_at)
select id, 'What I hear is that this week is heavy and two evenings of help would change it.',
       sent_at + interval '2 hours', case when status = 'REFLECTED' then null else true end,
       case when status = 'REFLECTED' then null else sent_at + interval '3 hours' end
from need where couple_id > 1000000 and status <> 'SENT';

-- 208 bids a couple, two a week; the last one is still open.
insert into bid (couple_id, bidder_id, text, status, created_at, response_text, response_labels, responded_at)
select 1000000 + c, 1000000 + 2 * c - (b % 2), 'Can we connect tonight, a walk after dinner?',
       case when b = 208 then 'OPEN' when b % 9 = 0 then 'TURNED_AWAY' else 'TURNED_TOWARD' end,
       now() - (208 - b) * interval '84 hours' - interval '1 hour',
       case when b = 208 then null else 'Yes, let us go at eight.' end,
       case when b = 208 then null else '{}'::text[] end,
       case when b = 208 then null else now() - (208 - b) * interval '84 hours' end
from generate_series(1, 10000) c, generate_series(1, 208) b;

select setval(pg_get_serial_sequence('partner', 'id'), (select max(id) from partner));
select setval(pg_get_serial_sequence('couple', 'id'), (select max(id) from couple));
vacuum analyze partner;
vacuum analyze couple;
vacuum analyze couple_member;
vacuum analyze need;
vacuum analyze reflection;
vacuum analyze bid;
select (select count(*) from need) as needs, (select count(*) from bid) as bids,
       (select count(*) from reflection) as reflections;
