package io.baobei.support;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

import io.baobei.platform.security.DemoUsers;
import io.baobei.platform.security.Groups;

/**
 * Drives the real engine as real users: every call runs authenticated, with authorization checks on. A bean of
 * the test context (found by the application's component scan on the test classpath): {@code @Autowired} it.
 */
@Component
public class EngineActions {

    /** Each test files its own customers, so tests sharing one database never collide by accident. */
    private static final AtomicInteger CUSTOMERS = new AtomicInteger(1000);

    /** A Friday morning: where every {@link ProcessTest} starts. */
    public static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-27T09:00:00+08:00");

    private final ProcessEngine engine;

    public EngineActions(ProcessEngine engine) {
        this.engine = engine;
    }

    public static int nextCustomer() {
        return CUSTOMERS.incrementAndGet();
    }

    public static void setClock(OffsetDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }

    public ProcessInstance file(String rep, Map<String, Object> variables) {
        return as(rep, () -> engine.getRuntimeService().startProcessInstanceByKey("customer-filing", variables));
    }

    public Task task(ProcessInstance instance, String taskKey) {
        return engine.getTaskService().createTaskQuery()
                .processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    }

    public void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> variables) {
        Task task = task(instance, taskKey);
        if (task == null) {
            throw new AssertionError("No open task " + taskKey);
        }
        as(user, () -> {
            engine.getTaskService().complete(task.getId(), variables);
            return null;
        });
    }

    /** Completes the task of that key assigned to {@code user} (for multi-instance tasks such as negotiate). */
    public void completeAssigned(ProcessInstance instance, String taskKey, String user, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).taskAssignee(user).singleResult();
        if (task == null) {
            throw new AssertionError("No open task " + taskKey + " for " + user);
        }
        as(user, () -> {
            engine.getTaskService().complete(task.getId(), variables);
            return null;
        });
    }

    /** Runs every due asynchronous continuation and timer of the instance, as the job executor would. */
    public void executeJobs(ProcessInstance instance) {
        ManagementService managementService = engine.getManagementService();
        for (int round = 0; round < 20; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(instance.getId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new AssertionError("Jobs of " + instance.getId() + " keep coming");
    }

    /** Executes the instance's one job, which must fail; returns the job as the engine left it (retries, due date). */
    public Job failJob(ProcessInstance instance) {
        ManagementService managementService = engine.getManagementService();
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
        try {
            managementService.executeJob(job.getId());
        } catch (RuntimeException failure) {
            return managementService.createJobQuery().jobId(job.getId()).singleResult();
        }
        throw new AssertionError("Job " + job.getId() + " of " + instance.getId() + " did not fail");
    }

    /** Moves the clock past the job's due date (a retried job keeps it) and runs the instance's due jobs, as the job executor would. */
    public void executeWhenDue(ProcessInstance instance, String jobId) {
        Job job = engine.getManagementService().createJobQuery().jobId(jobId).singleResult();
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
        executeJobs(instance);
    }

    public ProcessInstance instanceByBusinessKey(String processKey, String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).singleResult();
    }

    /**
     * The case another flow started ({@code collision-resolution}, {@code violation-handling},
     * {@code assist-commission} start asynchronously), run to its first wait state as the job executor would.
     */
    public ProcessInstance startedCase(String processKey, String businessKey) {
        ProcessInstance instance = instanceByBusinessKey(processKey, businessKey);
        if (instance == null) {
            throw new AssertionError("No " + processKey + " instance " + businessKey);
        }
        executeJobs(instance);
        return instance;
    }

    /** The filing id a {@code customer-filing} instance registered (kept in history, whether or not it still runs). */
    public String filingId(ProcessInstance filing) {
        return (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(filing.getId()).variableName("filingId").singleResult().getValue();
    }

    public Job timer(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery()
                .processInstanceId(instance.getId()).activityId(activityId).timers().singleResult();
    }

    /** Moves the clock past the timer's due date and runs it, as the job executor would. */
    public void fire(ProcessInstance instance, String activityId) {
        Job job = timer(instance, activityId);
        if (job == null) {
            throw new AssertionError("No timer " + activityId);
        }
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
        ManagementService managementService = engine.getManagementService();
        managementService.executeJob(job.getId());
    }

    /** A new sales rep of region east (its own ledger, tasks and filings), named {@code prefix} plus a number. */
    public String newRep(String prefix, String lastName, String firstName) {
        String rep = prefix + nextCustomer();
        IdentityService identity = engine.getIdentityService();
        User user = identity.newUser(rep);
        user.setLastName(lastName);
        user.setFirstName(firstName);
        identity.saveUser(user);
        identity.createMembership(rep, Groups.SALES);
        identity.createMembership(rep, Groups.ofRegion("east"));
        return rep;
    }

    /** A {@link #newRep new rep} who also logs in over HTTP, with the demo users' password. */
    public String newRepWhoLogsIn(String prefix, String lastName) {
        String rep = newRep(prefix, lastName, null);
        IdentityService identity = engine.getIdentityService();
        User user = identity.createUserQuery().userId(rep).singleResult();
        user.setPassword(DemoUsers.PASSWORD);
        identity.saveUser(user);
        return rep;
    }

    public <T> T as(String user, java.util.function.Supplier<T> work) {
        IdentityService identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
