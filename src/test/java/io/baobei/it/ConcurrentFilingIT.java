package io.baobei.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.baobei.customer.CustomerKey;
import io.baobei.customer.CustomerKeys;
import io.baobei.customer.PhoneNumbers;
import io.baobei.filing.AlreadyFiledException;
import io.baobei.filing.FilingRequestParser;
import io.baobei.platform.security.Groups;
import io.baobei.support.AppInstances;
import io.baobei.support.EngineActions;
import io.baobei.support.Filings;
import io.baobei.support.FullFilingScenario;
import io.baobei.support.PostgresAppTest;

/**
 * Rules C3 and F8 on a real PostgreSQL: however many filings of one customer arrive at the same moment,
 * on one node or two, exactly one protects the customer ({@code PENDING_APPROVAL}) and holds every key
 * claim; all others end {@code IN_COLLISION} against it. No deadlock, no other exception.
 */
class ConcurrentFilingIT extends PostgresAppTest {

    private static final int FILERS = 24;
    /** The sales-event case: a thousand filings of one hot customer, from forty reps on two nodes. */
    private static final int CROWD_REPS = 40;
    private static final int CROWD_FILINGS_PER_REP = 25;
    /**
     * Filings a node serves at once: fewer than its connection pool (10), as a node's request threads are in
     * production. More filers than connections only measure the pool's queue: a starved thread gives up after
     * 30 s with "Connection is not available" on a slow machine, which says nothing about ownership.
     */
    private static final int FILINGS_AT_ONCE_PER_NODE = 8;
    private static final Duration RACE_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration CROWD_TIMEOUT = Duration.ofMinutes(6);

    @Autowired
    ProcessEngine engine;
    @Autowired
    DataSource dataSource;
    @Autowired
    FilingRequestParser parser;
    @Autowired
    CustomerKeys customerKeys;

    JdbcTemplate jdbc;

    /** One attempt to file: the started instance, or what it threw. */
    record Attempt(String rep, ProcessInstance instance, Throwable failure) {
    }

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(dataSource);
        EngineActions.setClock(EngineActions.NOW);
        for (int i = 1; i <= Math.max(FILERS, CROWD_REPS); i++) {
            ensureEastRep(rep(i));
        }
        ensureEastRep("raceSolo");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void manyRepsFilingOneCustomerAtOnceOnOneNodeLeaveExactlyOneOwner() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        EngineActions actions = new EngineActions(engine);

        List<Callable<Attempt>> filers = new ArrayList<>();
        for (int i = 1; i <= FILERS; i++) {
            String rep = rep(i);
            Map<String, Object> variables = variant(customer, i);
            filers.add(() -> attempt(rep, () -> actions.file(rep, variables)));
        }
        List<Attempt> attempts = race(filers);

        assertExactlyOneOwner(customer, attempts);
    }

    @Test
    void manyRepsFilingOneCustomerAtOnceOnTwoNodesLeaveExactlyOneOwner() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        try (ConfigurableApplicationContext secondNode = AppInstances.start(sharedDatabaseUrl(), "secondNode")) {
            EngineActions first = new EngineActions(engine);
            EngineActions second = new EngineActions(AppInstances.engine(secondNode));
            Assertions.assertThat(AppInstances.engine(secondNode).getName()).isNotEqualTo(engine.getName());

            List<Callable<Attempt>> filers = new ArrayList<>();
            for (int i = 1; i <= FILERS; i++) {
                String rep = rep(i);
                Map<String, Object> variables = variant(customer, i);
                EngineActions node = i % 2 == 0 ? first : second;
                filers.add(() -> attempt(rep, () -> node.file(rep, variables)));
            }
            List<Attempt> attempts = race(filers);

            assertExactlyOneOwner(customer, attempts);
        }
    }

    /**
     * A thousand filings of one customer, forty reps filing 25 times each as fast as they can, half on each
     * node: one filing protects the customer; every other filing is IN_COLLISION, except that the owner's
     * own later attempts are refused as already filed (and leave nothing behind).
     */
    @Test
    void aThousandFilingsOfOneCustomerOnTwoNodesLeaveExactlyOneOwner() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        try (ConfigurableApplicationContext secondNode = AppInstances.start(sharedDatabaseUrl(), "crowdNode")) {
            EngineActions first = new EngineActions(engine);
            EngineActions second = new EngineActions(AppInstances.engine(secondNode));
            Semaphore firstNodeThreads = new Semaphore(FILINGS_AT_ONCE_PER_NODE);
            Semaphore secondNodeThreads = new Semaphore(FILINGS_AT_ONCE_PER_NODE);
            List<Callable<List<Attempt>>> reps = new ArrayList<>();
            for (int i = 1; i <= CROWD_REPS; i++) {
                String rep = rep(i);
                EngineActions node = i % 2 == 0 ? first : second;
                Semaphore nodeThreads = i % 2 == 0 ? firstNodeThreads : secondNodeThreads;
                Map<String, Object> variables = variant(customer, i);
                reps.add(() -> {
                    List<Attempt> mine = new ArrayList<>();
                    for (int n = 0; n < CROWD_FILINGS_PER_REP; n++) {
                        nodeThreads.acquire();
                        try {
                            mine.add(attempt(rep, () -> node.file(rep, variables)));
                        } finally {
                            nodeThreads.release();
                        }
                    }
                    return mine;
                });
            }
            List<Attempt> attempts = race(reps, CROWD_TIMEOUT).stream().flatMap(List::stream).toList();

            Assertions.assertThat(attempts).hasSize(CROWD_REPS * CROWD_FILINGS_PER_REP);
            List<String> owners = jdbc.queryForList("select f.id from filing f join customer_key_claim c on c.filing_id = f.id "
                    + "where c.key_hash = ? and f.status = 'PENDING_APPROVAL'", String.class, keysOf(customer).get(0).hash());
            Assertions.assertThat(owners).as("exactly one protected filing").hasSize(1);
            String ownerRep = jdbc.queryForObject("select filer from filing where id = ?", String.class, owners.get(0));
            for (Attempt attempt : attempts) {
                if (attempt.failure() != null) {
                    Assertions.assertThat(attempt.rep()).as("only the owner's own repeats are refused, but %s got %s", attempt.rep(), attempt.failure())
                            .isEqualTo(ownerRep);
                    Assertions.assertThat(causeOfType(attempt.failure(), AlreadyFiledException.class))
                            .as("refused as already filed, not %s", attempt.failure()).isNotNull();
                } else if (!filingIdOf(attempt.instance()).equals(owners.get(0))) {
                    Assertions.assertThat(status(filingIdOf(attempt.instance()))).isEqualTo("IN_COLLISION");
                }
            }
            Assertions.assertThat(claimHolders(customer)).containsOnly(owners.get(0)).hasSize(keysOf(customer).size());
        }
    }

    /**
     * The same rep filing one customer twice at once. {@code CustomerProtection#claim} inserts the keys
     * in hash order; the second insert of a key waits for the first transaction and then fails on the
     * primary key, and since the holder is the rep's own filing it throws {@link AlreadyFiledException}:
     * the second start rolls back entirely (no filing, no process instance) and names the first filing.
     * It never ends IN_COLLISION against the rep's own filing. Several rounds, to get real overlaps.
     */
    @Test
    void oneRepFilingOneCustomerTwiceAtOnceGetsOneFilingAndAlreadyFiled() {
        EngineActions actions = new EngineActions(engine);
        for (int round = 0; round < 5; round++) {
            Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
            long filingsBefore = filingsBy("raceSolo");
            List<Callable<Attempt>> twice = List.of(
                    () -> attempt("raceSolo", () -> actions.file("raceSolo", variant(customer, 1))),
                    () -> attempt("raceSolo", () -> actions.file("raceSolo", variant(customer, 2))));

            List<Attempt> attempts = race(twice);

            List<Attempt> filed = attempts.stream().filter(a -> a.failure() == null).toList();
            List<Attempt> refused = attempts.stream().filter(a -> a.failure() != null).toList();
            Assertions.assertThat(filed).as("round %d: one filing", round).hasSize(1);
            Assertions.assertThat(refused).as("round %d: one refusal", round).hasSize(1);
            String filingId = filingIdOf(filed.get(0).instance());
            Assertions.assertThat(status(filingId)).isEqualTo("PENDING_APPROVAL");

            AlreadyFiledException alreadyFiled = causeOfType(refused.get(0).failure(), AlreadyFiledException.class);
            Assertions.assertThat(alreadyFiled)
                    .as("round %d: the second attempt fails with AlreadyFiledException, not %s", round, refused.get(0).failure())
                    .isNotNull();
            Assertions.assertThat(alreadyFiled.existingFilingId()).isEqualTo(filingId);

            Assertions.assertThat(filingsBy("raceSolo") - filingsBefore)
                    .as("the refused attempt rolled back: no second filing").isEqualTo(1);
            Assertions.assertThat(claimHolders(customer)).containsOnly(filingId).hasSize(keysOf(customer).size());
        }
        Assertions.assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .startedBy("raceSolo").count()).as("no trace of the refused starts").isEqualTo(5);
    }

    /**
     * Rule F8b: the customer's protection ran out but its lapse is still queued. Many reps file it at once:
     * the expired filing lapses exactly once, and exactly one of the new filings protects the customer.
     */
    @Test
    void manyRepsFilingACustomerWhoseProtectionRanOutLeaveOneOwnerAndOneLapse() {
        Map<String, Object> customer = Filings.enterprise(EngineActions.nextCustomer());
        EngineActions actions = new EngineActions(engine);
        String expired = filingIdOf(actions.file("raceSolo", customer));
        EngineActions.setClock(EngineActions.NOW.plusDays(7).plusMinutes(1));

        List<Callable<Attempt>> filers = new ArrayList<>();
        for (int i = 1; i <= FILERS; i++) {
            String rep = rep(i);
            Map<String, Object> variables = variant(customer, i);
            filers.add(() -> attempt(rep, () -> actions.file(rep, variables)));
        }
        List<Attempt> attempts = race(filers);

        assertExactlyOneOwner(customer, attempts);
        Assertions.assertThat(status(expired)).isEqualTo("LAPSED");
        Assertions.assertThat(jdbc.queryForObject("select count(*) from filing_event where filing_id = ? and event_type = 'LAPSED'",
                Long.class, expired)).as("lapsed once").isEqualTo(1);
    }

    /**
     * On PostgreSQL all keys are claimed in one statement that skips held keys: a customer sharing only the phone
     * with a protected one collides, and the keys it did get (its own name and credit code) are let go, so that
     * nobody holds them and the next filing of that company is free.
     */
    @Test
    void aFilingSharingOneKeyWithAProtectedCustomerCollidesAndKeepsNoKey() {
        EngineActions actions = new EngineActions(engine);
        Map<String, Object> protectedCustomer = Filings.enterprise(EngineActions.nextCustomer());
        String holder = filingIdOf(actions.file(rep(1), protectedCustomer));
        Map<String, Object> samePhone = new HashMap<>(Filings.enterprise(EngineActions.nextCustomer()));
        samePhone.put("contactPhone", protectedCustomer.get("contactPhone"));

        String collided = filingIdOf(actions.file(rep(2), samePhone));

        Assertions.assertThat(status(collided)).isEqualTo("IN_COLLISION");
        Assertions.assertThat(jdbc.queryForObject("select detail from filing_event where filing_id = ? and event_type = 'COLLISION_DETECTED'",
                String.class, collided)).isEqualTo("protectedBy=" + holder + ", matchedBy=PHONE");
        Assertions.assertThat(jdbc.queryForObject("select count(*) from customer_key_claim where filing_id = ?", Long.class, collided))
                .as("the collided filing keeps none of the keys it claimed").isZero();
        Assertions.assertThat(claimHolders(protectedCustomer)).hasSize(keysOf(protectedCustomer).size()).containsOnly(holder);
        Assertions.assertThat(claimHolders(samePhone)).as("only the shared phone is held").containsExactly(holder);
    }

    private void assertExactlyOneOwner(Map<String, Object> customer, List<Attempt> attempts) {
        for (Attempt attempt : attempts) {
            if (attempt.failure() != null) {
                throw new AssertionError("Every filing must go through (no deadlock, no exception), but one failed",
                        attempt.failure());
            }
        }
        Assertions.assertThat(attempts).hasSize(FILERS);

        Map<String, String> statusByFiling = new HashMap<>();
        for (Attempt attempt : attempts) {
            String filingId = filingIdOf(attempt.instance());
            statusByFiling.put(filingId, status(filingId));
        }
        Assertions.assertThat(statusByFiling).hasSize(FILERS);
        List<String> owners = statusByFiling.entrySet().stream()
                .filter(e -> e.getValue().equals("PENDING_APPROVAL")).map(Map.Entry::getKey).toList();
        Assertions.assertThat(owners).as("exactly one protected filing").hasSize(1);
        String owner = owners.get(0);
        Assertions.assertThat(statusByFiling.entrySet().stream().filter(e -> !e.getKey().equals(owner)))
                .as("all others collide").allSatisfy(e -> Assertions.assertThat(e.getValue()).isEqualTo("IN_COLLISION"))
                .hasSize(FILERS - 1);

        for (String loser : statusByFiling.keySet()) {
            if (!loser.equals(owner)) {
                Assertions.assertThat(jdbc.queryForList(
                                "select detail from filing_event where filing_id = ? and event_type = 'COLLISION_DETECTED'",
                                String.class, loser))
                        .as("%s collided with the owner", loser).singleElement().asString()
                        .matches("protectedBy=" + owner + "(,.*)?");
            }
        }

        Assertions.assertThat(claimHolders(customer)).as("every key of the customer is held by the owner")
                .hasSize(keysOf(customer).size()).containsOnly(owner);
        Assertions.assertThat(jdbc.queryForObject(
                        "select count(*) from customer_key_claim where filing_id in (" + placeholders(FILERS) + ") and filing_id <> ?",
                        Long.class, concat(statusByFiling.keySet(), owner)))
                .as("losers hold no claims").isZero();
    }

    /** The same customer as typed by rep {@code i}: phone, company name and credit code in different forms. */
    private Map<String, Object> variant(Map<String, Object> customer, int i) {
        Map<String, Object> variables = new HashMap<>(customer);
        String digits = PhoneNumbers.normalize((String) customer.get("contactPhone")).orElseThrow();
        String d3 = digits.substring(0, 3);
        String d4 = digits.substring(3, 7);
        String e4 = digits.substring(7);
        List<String> phones = List.of(
                digits,
                "+86 " + d3 + " " + d4 + " " + e4,
                d3 + "-" + d4 + "-" + e4,
                FullFilingScenario.fullWidth(digits),
                "0086" + digits,
                "86 " + digits,
                "(+86) " + d3 + " " + d4 + e4,
                d3 + "." + d4 + "." + e4,
                "+86-" + d3 + "-" + d4 + "-" + e4,
                FullFilingScenario.fullWidth("+86 " + d3 + " " + d4 + " " + e4),
                d3 + "\u2014" + d4 + "\u2014" + e4,
                "\u3000" + digits + "\u3000",
                d3 + " " + d4 + " " + e4,
                "+86\u00A0" + digits);
        variables.put("contactPhone", phones.get(i % phones.size()));
        String name = (String) customer.get("customerName");
        String creditCode = (String) customer.get("creditCode");
        switch (i % 3) {
            case 1 -> variables.put("customerName", " " + name.substring(0, 2) + " " + name.substring(2));
            case 2 -> variables.put("creditCode", creditCode.toLowerCase());
            default -> variables.put("creditCode", FullFilingScenario.fullWidth(creditCode));
        }
        Assertions.assertThat(hashes(variables)).as("variant %d is the same customer", i)
                .isEqualTo(hashes(customer));
        return variables;
    }

    private List<String> hashes(Map<String, Object> variables) {
        return customerKeys.of(parser.parse(variables).identity()).stream().map(CustomerKey::hash).toList();
    }

    private List<CustomerKey> keysOf(Map<String, Object> customer) {
        return customerKeys.of(parser.parse(customer).identity());
    }

    /** The filing ids holding any key of the customer, one entry per key. */
    private List<String> claimHolders(Map<String, Object> customer) {
        List<String> hashes = keysOf(customer).stream().map(CustomerKey::hash).toList();
        return jdbc.queryForList("select filing_id from customer_key_claim where key_hash in (" + placeholders(hashes.size()) + ")",
                String.class, hashes.toArray());
    }

    /** Runs all at the same moment: every thread waits at a latch until all are ready. */
    private static <T> List<T> race(List<Callable<T>> work) {
        return race(work, RACE_TIMEOUT);
    }

    private static <T> List<T> race(List<Callable<T>> work, Duration timeout) {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        CountDownLatch ready = new CountDownLatch(work.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> attempt : work) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return attempt.call();
                }));
            }
            Assertions.assertThat(ready.await(30, TimeUnit.SECONDS)).as("all threads ready").isTrue();
            go.countDown();
            List<T> attempts = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            for (Future<T> future : futures) {
                try {
                    attempts.add(future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
                } catch (ExecutionException failed) {
                    throw new AssertionError("A racer failed outside its attempts", failed.getCause());
                } catch (TimeoutException stuck) {
                    throw new AssertionError("Filings still running after " + timeout + ": deadlock?", stuck);
                }
            }
            return attempts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One filing attempt; a refusal is a result too. */
    private static Attempt attempt(String rep, Supplier<ProcessInstance> file) {
        try {
            return new Attempt(rep, file.get(), null);
        } catch (RuntimeException refused) {
            return new Attempt(rep, null, refused);
        }
    }

    private String filingIdOf(ProcessInstance instance) {
        return jdbc.queryForObject("select id from filing where process_instance_id = ?", String.class, instance.getId());
    }

    private String status(String filingId) {
        return jdbc.queryForObject("select status from filing where id = ?", String.class, filingId);
    }

    private long filingsBy(String rep) {
        return jdbc.queryForObject("select count(*) from filing where filer = ?", Long.class, rep);
    }

    private void ensureEastRep(String id) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setFirstName(id);
        user.setLastName("测试");
        identity.saveUser(user);
        identity.createMembership(id, Groups.SALES);
        identity.createMembership(id, Groups.ofRegion("east"));
    }

    private static String rep(int i) {
        return "race%02d".formatted(i);
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static Object[] concat(java.util.Collection<String> values, String last) {
        List<Object> all = new ArrayList<>(values);
        all.add(last);
        return all.toArray();
    }
}
