package io.baobei.filing;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.baobei.platform.security.FilerGroups;

/** Rule F1b: only members of the filer groups may file; anyone else is told who may. */
@Component
public class FilerGroupRestriction implements FilerRestriction {

    private final FilerGroups filerGroups;

    public FilerGroupRestriction(FilerGroups filerGroups) {
        this.filerGroups = filerGroups;
    }

    @Override
    public Optional<String> refusalFor(String filer) {
        if (filerGroups.mayFile(filer)) {
            return Optional.empty();
        }
        return Optional.of("只有" + filerGroups.labels() + "可以报备客户，您不在这些组中，请联系所在区域的销售人员代为报备。");
    }
}
