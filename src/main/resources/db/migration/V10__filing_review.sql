-- Rule M4: every month sales management reviews a random sample of the month's filings for truthfulness
-- and completeness (filing-sample-review). One row per reviewed month, one row per sampled filing with
-- what the review found: SAMPLED (drawn, not yet reviewed), REVIEWED (true and complete) or FALSE (a
-- FALSE_FILING violation went to the ledger).
create table filing_sample_review (
    period              varchar(7)    primary key,
    population          integer       not null,
    sample_size         integer       not null,
    sampled_at          timestamp with time zone not null,
    process_instance_id varchar(64),
    reviewed_by         varchar(64),
    reviewed_at         timestamp with time zone,
    review_note         varchar(4000)
);

create table filing_review (
    period        varchar(7)   not null references filing_sample_review (period),
    filing_id     varchar(20)  not null references filing (id),
    review_result varchar(10)  not null check (review_result in ('SAMPLED', 'REVIEWED', 'FALSE')),
    reviewed_by   varchar(64),
    reviewed_at   timestamp with time zone,
    primary key (period, filing_id)
);

create index filing_review_filing_idx on filing_review (filing_id);

-- Rule X9: the month's best filers proposed to HR for a reward; confirmed ones are rewards in the ledger
-- (conduct_entry, code EXCELLENT_FILING, evidence PERIOD yyyy-MM).
create table recognition_proposal (
    period        varchar(7)    not null,
    rep           varchar(64)   not null,
    filing_count  integer       not null,
    signed_count  integer       not null,
    detail        varchar(1000) not null,
    status        varchar(10)   not null check (status in ('PROPOSED', 'CONFIRMED', 'DECLINED')),
    proposed_at   timestamp with time zone not null,
    decided_by    varchar(64),
    decided_at    timestamp with time zone,
    decision_note varchar(2000),
    primary key (period, rep)
);

-- Rule F11: a return visit (回访) per signed filing, due a return-visit-interval number of days after the
-- contract date. The visit note talks about the customer: stored only encrypted, like follow-up notes.
create table return_visit (
    filing_id           varchar(20)   primary key references filing (id),
    contract_date       date          not null,
    interval_days       integer       not null,
    due_at              timestamp with time zone not null,
    process_instance_id varchar(64),
    status              varchar(10)   not null check (status in ('SCHEDULED', 'DONE')),
    scheduled_at        timestamp with time zone not null,
    satisfaction        varchar(20),
    note_enc            varchar(8192),
    visited_by          varchar(64),
    visited_at          timestamp with time zone
);
