-- Bids: small, quick asks for connection, turned toward, away or against.
create table bid (
    id              bigint generated always as identity primary key,
    couple_id       bigint      not null references couple (id) on delete cascade,
    bidder_id       bigint      not null references partner (id) on delete cascade,
    text            text        not null,
    status          text        not null,
    created_at      timestamptz not null,
    response_text   text,
    response_labels text[],
    responded_at    timestamptz
);
create index bid_couple_created_idx on bid (couple_id, created_at desc, id desc);
create index bid_couple_open_idx on bid (couple_id, created_at desc) where status = 'OPEN';
