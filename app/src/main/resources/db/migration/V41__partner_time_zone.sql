-- Each partner lives in a time zone: every time shown or typed, "tonight", load weeks and quiet
-- hours follow it. An IANA name (Europe/Berlin); UTC until the partner's browser or account page
-- says otherwise.
alter table partner add column time_zone text not null default 'UTC';
