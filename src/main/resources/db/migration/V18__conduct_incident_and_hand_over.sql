-- Rule X5b: one ledger entry per incident; a data leak of several customers is fined per customer.
alter table conduct_entry add column customer_count integer default 1 not null;

-- Rule X12: HR may confirm a lighter penalty than the catalogue proposes; the proposal stays recorded.
alter table conduct_entry add column proposed_action varchar(20);
alter table conduct_entry add column proposed_fine_yuan integer;
alter table conduct_entry add column proposed_public_notice boolean;

-- Rule X11: the regional manager who took over a dismissed or suspended rep's filing to hand it over.
alter table filing add column handed_over_to varchar(64);
