-- A deleted account takes its unsigned proposals with it (AccountErasure); a version both
-- partners signed stays in the other partner's records, without the name of the one who left.
alter table agreement_version alter column proposed_by drop not null;
alter table agreement_version drop constraint agreement_version_proposed_by_fkey,
    add constraint agreement_version_proposed_by_fkey foreign key (proposed_by) references partner (id) on delete set null;
alter table agreement_version drop constraint agreement_version_signed_by_fkey,
    add constraint agreement_version_signed_by_fkey foreign key (signed_by) references partner (id) on delete set null;
