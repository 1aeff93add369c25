package io.baobei.reporting.process;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.baobei.filing.CustomerDataErased;
import io.baobei.reporting.ReturnVisitService;

/** Rule D4: when a customer's data is erased, the return-visit notes about them are overwritten too. */
@Component
public class ErasedReturnVisitNotes {

    private final ReturnVisitService visits;

    public ErasedReturnVisitNotes(ReturnVisitService visits) {
        this.visits = visits;
    }

    @EventListener
    public void erased(CustomerDataErased event) {
        visits.erase(event.filingId());
    }
}
