package io.baobei.filing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.platform.security.Groups;
import io.baobei.platform.security.StaffDirectory;
import io.baobei.platform.security.WithoutAuthorization;

/**
 * Rule X11: when a rep is dismissed or suspended, nothing is left waiting on them. Their protected and pending
 * filings go to their regional manager to hand over ({@code handedOverTo}; the manager follows those the rep
 * followed, and may revise or withdraw a rejected one); their open tasks are reassigned to that manager, and a
 * collision negotiation of theirs is closed as "no agreement", so that the manager arbitrates it.
 * <p>
 * What the rep keeps: they stay the filer of record, so the filing stays their commission basis (P9 §三.3) and
 * the commission entries already recorded stay theirs; settling a dismissed rep's pay is HR's and finance's.
 */
@Service
@Transactional
public class RepHandOver {

    static final String NEGOTIATE = "negotiate";

    private final FilingRepository filings;
    private final FilingEventRepository events;
    private final StaffDirectory staff;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final WithoutAuthorization withoutAuthorization;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public RepHandOver(FilingRepository filings, FilingEventRepository events, StaffDirectory staff, TaskService taskService,
                       RuntimeService runtimeService, IdentityService identityService,
                       WithoutAuthorization withoutAuthorization, ApplicationEventPublisher publisher, Clock clock) {
        this.filings = filings;
        this.events = events;
        this.staff = staff;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.withoutAuthorization = withoutAuthorization;
        this.publisher = publisher;
        this.clock = clock;
    }

    public void handOverFrom(String rep, String reason) {
        String manager = managerOf(rep);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, String> holderOfFiling = new HashMap<>();
        List<String> filingIds = new ArrayList<>();
        for (Filing filing : filings.heldBy(rep)) {
            String holder = manager != null ? manager : firstManagerOf(filing.region());
            boolean followed = rep.equals(filing.follower());
            filings.handOver(filing.id(), holder, followed, now);
            events.record(filing.id(), FilingEventType.HANDED_OVER, null, now,
                    "from=" + rep + ", to=" + holder + (followed ? ", follower" : "") + ", reason=" + reason);
            if (followed && filing.processInstanceId() != null) {
                withoutAuthorization.run(() -> {
                    if (runtimeService.createProcessInstanceQuery().processInstanceId(filing.processInstanceId()).count() > 0) {
                        runtimeService.setVariable(filing.processInstanceId(), "follower", holder);
                    }
                });
            }
            holderOfFiling.put(filing.id(), holder);
            filingIds.add(filing.id());
        }
        int tasks = withoutAuthorization.call(() -> handOverTasks(rep, manager, holderOfFiling, reason));
        String told = manager != null ? manager : holderOfFiling.values().stream().findFirst().orElse(null);
        if (told != null) {
            publisher.publishEvent(new FilingAlerts.RepHandedOver(rep, told, reason, filingIds, tasks));
        }
    }

    private int handOverTasks(String rep, String manager, Map<String, String> holderOfFiling, String reason) {
        int count = 0;
        for (Task task : taskService.createTaskQuery().taskAssignee(rep).active().list()) {
            if (NEGOTIATE.equals(task.getTaskDefinitionKey())) {
                closeNegotiation(task, reason);
            } else {
                taskService.setAssignee(task.getId(), holderFor(task, manager, holderOfFiling));
            }
            count++;
        }
        for (Task task : taskService.createTaskQuery().taskCandidateUser(rep).active().list()) {
            for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && rep.equals(link.getUserId())) {
                    taskService.deleteCandidateUser(task.getId(), rep);
                    taskService.addCandidateUser(task.getId(), holderFor(task, manager, holderOfFiling));
                    count++;
                }
            }
        }
        return count;
    }

    /** The rep's proposal becomes "no agreement", recorded in their name, so the collision goes to arbitration. */
    private void closeNegotiation(Task task, String reason) {
        Authentication acting = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            taskService.complete(task.getId(), Map.of("proposal", "NO_AGREEMENT",
                    "statement", "本人已" + reason + "，未能继续协商，交由区域经理仲裁（X11）。"));
        } finally {
            if (acting != null) {
                identityService.setAuthentication(acting);
            }
        }
    }

    private String holderFor(Task task, String manager, Map<String, String> holderOfFiling) {
        String businessKey = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        String holder = holderOfFiling.get(businessKey);
        if (holder != null) {
            return holder;
        }
        if (manager == null) {
            throw new IllegalStateException("No regional manager to hand task " + task.getId() + " over to");
        }
        return manager;
    }

    /** The manager of the rep's own region (the first by user id when there are several). */
    private String managerOf(String rep) {
        return Groups.REGIONS.stream()
                .filter(region -> staff.membersOf(Groups.ofRegion(region)).contains(rep))
                .map(this::firstManagerOf)
                .filter(manager -> manager != null)
                .findFirst().orElse(null);
    }

    private String firstManagerOf(String region) {
        return staff.managersOf(region).stream().findFirst().orElse(null);
    }
}
