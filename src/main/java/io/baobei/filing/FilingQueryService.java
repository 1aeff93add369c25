package io.baobei.filing;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.Caller;

@Service
@Transactional
public class FilingQueryService {

    private final FilingRepository filings;
    private final FilingEventRepository events;
    private final FilingCustomerData customerData;
    private final FilingAccess access;
    private final ApplicationEventPublisher publisher;

    public FilingQueryService(FilingRepository filings, FilingEventRepository events, FilingCustomerData customerData,
                              FilingAccess access, ApplicationEventPublisher publisher) {
        this.filings = filings;
        this.events = events;
        this.customerData = customerData;
        this.access = access;
        this.publisher = publisher;
    }

    /** The filing as its process needs it; the process has no caller to check (the engine authorises its steps). */
    public Filing get(String filingId) {
        return filings.get(filingId);
    }

    public Optional<Filing> find(String filingId) {
        return filings.find(filingId);
    }

    /** The filings of the regions, newest first. */
    public List<Filing> inRegions(List<String> regions) {
        return filings.inRegions(regions);
    }

    /** The filings the user filed, follows or holds a share of, newest first. */
    public List<Filing> involving(String user) {
        return filings.involving(user);
    }

    public FilingView view(String filingId, Caller caller) {
        Filing f = filings.get(filingId);
        if (!access.mayRead(caller, f)) {
            publisher.publishEvent(CustomerDataAccessed.denied(filingId, caller.userId(), CustomerDataAccessed.Action.READ,
                    "GET /api/filings/" + filingId));
            throw new AccessDeniedException("无权查看此报备：仅报备人、共同所有人、跟进人、所属区域经理、销售管理部和行政可查看");
        }
        publisher.publishEvent(CustomerDataAccessed.allowed(filingId, caller.userId(), CustomerDataAccessed.Action.READ,
                "GET /api/filings/" + filingId));
        ContractReport contract = f.contractName() == null ? null
                : new ContractReport(f.contractName(), f.contractDate(), f.contractAmount(), f.contractTerm());
        PlainCustomer customer = customerData.decrypt(f.customer());
        return new FilingView(f.id(), f.status(), f.filer(), f.follower(), f.region(), f.customerType(), f.customerStage(),
                customer, customer.propertyId(), f.projectName(), f.demand(), f.visitTime(),
                f.visitPurpose(), f.expectedAmount(), f.unitPrice(), f.expectedSignDate(), f.filedAt(), f.protectedUntil(),
                f.late(), f.lateExcused(), f.firstContactAt(), contract, f.contractReportDue(), f.outcome(),
                f.processInstanceId(), events.of(f.id()));
    }
}
