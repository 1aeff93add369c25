package io.baobei.rules;

import java.util.List;

/** The candidate against the last {@code limit} real evaluations, newest first, with the counts of outcomes. */
public record ReplayReport(String decisionKey, int limit, int total, int changed, int unchanged, int failed,
                           List<ReplayCase> cases) {

    static ReplayReport of(String decisionKey, int limit, List<ReplayCase> cases) {
        int failed = (int) cases.stream().filter(c -> c.error() != null).count();
        int changed = (int) cases.stream().filter(ReplayCase::changed).count();
        return new ReplayReport(decisionKey, limit, cases.size(), changed, cases.size() - changed - failed, failed, cases);
    }
}
