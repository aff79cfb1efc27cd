-- What reaches a partner when the other acts: one row per partner to tell, written in the same
-- transaction as the change (so nothing is announced that did not happen, and nothing that
-- happened goes untold). It holds no words of the partners: its kind, who acted and where the
-- thread is; the page says the rest.
create table notification (
    id           bigserial primary key,
    couple_id    bigint not null references couple (id) on delete cascade,
    recipient_id bigint not null references partner (id) on delete cascade,
    actor_id     bigint references partner (id) on delete set null,
    kind         text not null,
    thread_path  text not null,
    created_at   timestamptz not null,
    read_at      timestamptz
);

-- The inbox, newest first, and its unread count on every page: both read one partner's rows.
create index notification_recipient_idx on notification (recipient_id, id desc);
create index notification_recipient_unread_idx on notification (recipient_id, thread_path) where read_at is null;

-- Not on update: marking an entry read changes nothing either partner's pages show of the couple,
-- and must not make the reader's own open pages redraw under them.
create constraint trigger couple_revision after insert or delete on notification
    deferrable initially deferred for each row execute function couple_revision_bump();

-- Every change to a couple's data already raises its revision (V30); it now also tells every app
-- node, on commit and only then, which couple changed, so open pages of both partners can
-- refresh themselves wherever they are served. NOTIFY folds repeats within a transaction.
create or replace function couple_revision_raise(couple_id bigint) returns void language sql as $$
    update couple set revision = revision + 1 where id = $1;
    select pg_notify('tandem_couple', $1::text);
$$;
