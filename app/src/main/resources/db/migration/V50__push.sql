-- Web Push. The server's VAPID key pair (RFC 8292): one row, created by whichever node starts
-- first (insert ... on conflict do nothing), unless the keys come from the environment.
create table push_vapid_key (
    id          smallint primary key default 1 check (id = 1),
    public_key  text not null,
    private_key text not null,
    created_at  timestamptz not null default now()
);

-- One row per browser (device) a partner turned push on in. The endpoint is the push service's
-- address for that browser: unique, so a browser handed to another partner moves with them.
-- device_key ties the row to the browser's TANDEM_PUSH_DEVICE cookie, so that signing out there
-- removes that device's subscription and no other; it is null for subscriptions made by the API.
create table push_subscription (
    id          bigserial primary key,
    partner_id  bigint not null references partner (id) on delete cascade,
    endpoint    text not null unique,
    p256dh      text not null,
    auth        text not null,
    label       text not null,
    device_key  text,
    created_at  timestamptz not null
);

create index push_subscription_partner_idx on push_subscription (partner_id, id);
