-- Home's practice card asks for the partner's plan of their own still ahead; with years of plans
-- done, this keeps that a look-up instead of a walk past every one of them.
create index own_plan_ahead_idx on own_plan (private_to, created_at desc) where done_at is null;
