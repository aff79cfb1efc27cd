-- The couple's interdependence agreement, as a chain of versions. A version is proposed by one
-- partner (which is their signature) and comes into force when the other signs it. Nothing is
-- ever overwritten: every version is kept, with the one it was based on, so the history shows
-- what changed.
create table agreement_version (
    id           bigint generated always as identity primary key,
    couple_id    bigint      not null references couple (id) on delete cascade,
    number       int         not null,
    base_number  int,
    why          text        not null,
    commitments  text[]      not null,
    status       text        not null check (status in ('PROPOSED', 'IN_FORCE', 'SUPERSEDED', 'COUNTERED', 'WITHDRAWN')),
    proposed_by  bigint      not null references partner (id),
    proposed_at  timestamptz not null,
    signed_by    bigint references partner (id),
    signed_at    timestamptz,
    -- Two partners saving on the same base race for the same number: one wins, the other is
    -- told what changed meanwhile (optimistic locking, enforced by the database).
    unique (couple_id, number)
);
