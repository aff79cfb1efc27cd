-- Home's pause notices take the couple's pauses that ended (or end) last: the end is the
-- return time, or earlier when a partner came back early.
create index pause_couple_end_idx on pause (couple_id, (coalesce(ended_early_at, returns_at)) desc);
