package io.baobei.filing;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.platform.security.StaffDirectory;

/** The display object of a filing as stored now: what its forms show, customer data masked. */
@Service
@Transactional(readOnly = true)
public class FilingDisplays {

    private final FilingCustomerData customerData;
    private final StaffDirectory staff;
    private final Clock clock;

    public FilingDisplays(FilingCustomerData customerData, StaffDirectory staff, Clock clock) {
        this.customerData = customerData;
        this.staff = staff;
        this.clock = clock;
    }

    public FilingDisplay current(Filing f) {
        FilingDisplay display = FilingDisplay.of(FilingRequest.of(f, customerData.decrypt(f.customer())),
                staff.displayName(f.filer()), f.late(), clock.getZone());
        return f.protectedUntil() == null ? display : display.protectedUntil(f.protectedUntil(), clock.getZone());
    }
}
