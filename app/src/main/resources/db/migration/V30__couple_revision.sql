-- A couple's revision: a number the database raises, in the same transaction, on every change to
-- the couple's shared life (its members and invites, needs and reflections, bids, agreement,
-- pauses, hurts and repairs, reminders, load). A node may keep what it read of a couple keyed by
-- the revision it read: when the number has moved, on this node or any other, the copy is old.
-- Every table holding couple data gets the trigger (CoupleRevisionTest checks).
alter table couple add column revision bigint not null default 0;

create function couple_revision_raise(couple_id bigint) returns void language sql as $$
    update couple set revision = revision + 1 where id = $1;
$$;

create function couple_revision_bump() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform couple_revision_raise(old.couple_id);
    else
        perform couple_revision_raise(new.couple_id);
    end if;
    return null;
end $$;

-- Reflections and repair attempts belong to a couple through their need or hurt.
create function couple_revision_bump_by_need() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform couple_revision_raise((select couple_id from need where id = old.need_id));
    else
        perform couple_revision_raise((select couple_id from need where id = new.need_id));
    end if;
    return null;
end $$;

create function couple_revision_bump_by_hurt() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform couple_revision_raise((select couple_id from hurt where id = old.hurt_id));
    else
        perform couple_revision_raise((select couple_id from hurt where id = new.hurt_id));
    end if;
    return null;
end $$;

-- Deferred to commit, so a transaction takes the couple's row lock last, after the rows it
-- works on: two partners acting at once queue on it and never deadlock over it.
create constraint trigger couple_revision after insert or update or delete on couple_member
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on invite
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on need
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on reflection
    deferrable initially deferred for each row execute function couple_revision_bump_by_need();
create constraint trigger couple_revision after insert or update or delete on bid
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on agreement_version
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on pause
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on hurt
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on repair_attempt
    deferrable initially deferred for each row execute function couple_revision_bump_by_hurt();
create constraint trigger couple_revision after insert or update or delete on reminder
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on load_item
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on load_done
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on load_fair_share
    deferrable initially deferred for each row execute function couple_revision_bump();
create constraint trigger couple_revision after insert or update or delete on load_handover
    deferrable initially deferred for each row execute function couple_revision_bump();

-- A partner's name shows on their couple's pages.
create function couple_revision_bump_by_partner() returns trigger language plpgsql as $$
begin
    perform couple_revision_raise(m.couple_id) from couple_member m where m.partner_id = new.id and m.left_at is null;
    return null;
end $$;

create constraint trigger couple_revision after update of display_name on partner
    deferrable initially deferred for each row execute function couple_revision_bump_by_partner();
