-- Rule C13: finance pays from the commission lines, so each line says where its share came from
-- (OWNER, NEGOTIATED_SPLIT, ARBITRATION, HELP_AGREEMENT), which case decided it (collision or filing id)
-- and why, in words that name no customer data. Lines of a period are found by the contract's date.

alter table commission_entry add column source varchar(20);
alter table commission_entry add column source_id varchar(40);
alter table commission_entry add column reason varchar(2000);

-- lines settled before this version: the source from the filing's shares, the reason left to the case
update commission_entry set source = coalesce(
        (select case when s.basis = 'ASSIST' then 'HELP_AGREEMENT'
                     when c.resolved_by = 'NEGOTIATION' then 'NEGOTIATED_SPLIT'
                     else 'ARBITRATION' end
         from filing_share s left join collision c on c.id = s.basis_id
         where s.filing_id = commission_entry.filing_id and s.rep = commission_entry.rep), 'OWNER'),
    source_id = coalesce((select s.basis_id from filing_share s
                          where s.filing_id = commission_entry.filing_id and s.rep = commission_entry.rep),
                         commission_entry.filing_id),
    reason = '本版本前结算，依据见报备或撞单记录';

alter table commission_entry alter column source set not null;
alter table commission_entry alter column reason set not null;

create index filing_contract_date_idx on filing (contract_date);
