package io.baobei.filing;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.baobei.platform.security.Groups;
import io.baobei.platform.security.StaffDirectory;

/**
 * Only members of {@code sales} file customers. The engine would refuse the start as well (only sales may create
 * {@code customer-filing} instances); this says why, before anything is started, whichever identity provider
 * (the engine's own tables or the directory) holds the groups.
 */
@Component
public class SalesOnlyFiling implements FilerRestriction {

    private final StaffDirectory staff;

    public SalesOnlyFiling(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public Optional<String> refusalFor(String filer) {
        return staff.isRep(filer) ? Optional.empty()
                : Optional.of("只有销售人员（" + Groups.SALES + " 组）可以报备客户");
    }
}
