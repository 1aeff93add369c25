package io.baobei.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.baobei.customer.CreditCodes;
import io.baobei.customer.CustomerKey;
import io.baobei.customer.CustomerKeys;
import io.baobei.customer.PhoneNumbers;
import io.baobei.filing.CustomerStage;
import io.baobei.filing.CustomerType;
import io.baobei.filing.EncryptedCustomer;
import io.baobei.filing.FilingCustomerData;
import io.baobei.filing.FilingRequest;
import io.baobei.filing.FilingStatus;
import io.baobei.platform.security.DemoUsers;
import io.baobei.support.Filings;

/**
 * Issue 7's lookup figures: latency of {@code GET /api/customers/lookup}, the check a rep runs before filing,
 * with growing numbers of active filings. The filings are written straight to the database in batches, stored
 * as the application stores an enterprise filing: customer data encrypted and keys blind-indexed by the
 * application's own beans, each filing FOLLOWING and claiming its customer's phone, credit code and company name.
 * Lookups are sequential, as rep2, by phone; nine in ten hit a loaded customer, the rest ask for a free one.
 */
final class LookupBenchmark {

    static final List<Integer> SIZES = List.of(10_000, 100_000, 1_000_000);

    private static final int WARM_UP_LOOKUPS = 1_000;
    private static final int LOOKUPS = 5_000;
    private static final int MISS_EVERY = 10;
    private static final int BATCH = 5_000;
    private static final int LOADERS = 2;
    // Far above the customer numbers the other benchmarks file (from 1,000 and 5,000,000), so credit codes never clash.
    private static final int FIRST_CUSTOMER = 100_000_000;

    private static final String INSERT_FILING = """
            insert into filing (id, filer, follower, region, customer_type, customer_stage, status,
                customer_name_enc, contact_name_enc, contact_phone_enc, address_enc, credit_code_enc, legal_rep_enc,
                visit_time, visit_purpose, expected_amount, filed_at, protected_until, late, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)
            """;
    private static final String INSERT_CLAIM =
            "insert into customer_key_claim (key_hash, key_type, filing_id, claimed_at) values (?, ?, ?, ?)";
    private static final String INSERT_KEY = "insert into filing_customer_key (filing_id, key_hash, key_type) values (?, ?, ?)";

    record LookupFigures(int activeFilings, double p50Millis, double p99Millis) {
    }

    private final String base;
    private final List<Integer> sizes;
    private final FilingCustomerData customerData;
    private final CustomerKeys customerKeys;
    private final PGSimpleDataSource database = new PGSimpleDataSource();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString(("rep2:" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));

    /**
     * @param base  {@code http://localhost:<port>} of {@code app}
     * @param sizes the numbers of active filings to measure at, ascending ({@link #SIZES} for the figures)
     */
    LookupBenchmark(ConfigurableApplicationContext app, String base, List<Integer> sizes) {
        this.base = base;
        this.sizes = sizes;
        this.customerData = app.getBean(FilingCustomerData.class);
        this.customerKeys = app.getBean(CustomerKeys.class);
        Environment settings = app.getEnvironment();
        database.setUrl(settings.getRequiredProperty("spring.datasource.url"));
        database.setUser(settings.getProperty("spring.datasource.username"));
        database.setPassword(settings.getProperty("spring.datasource.password"));
        database.setReWriteBatchedInserts(true);
    }

    /**
     * For each size: loads filings until that many are active, those already in the database (FilingBenchmark's own)
     * included, then measures. Prints the load times.
     */
    List<LookupFigures> run() throws Exception {
        int alreadyActive = activeFilings();
        int loaded = 0;
        List<LookupFigures> figures = new ArrayList<>();
        for (int size : sizes) {
            int target = Math.max(loaded, size - alreadyActive);
            if (target == 0) {
                throw new IllegalStateException("The database already has " + alreadyActive + " active filings, not fewer than " + size);
            }
            long start = System.nanoTime();
            load(loaded, target);
            analyze();
            System.out.printf("lookup: %d filings loaded in %.1f s%n", target - loaded, (System.nanoTime() - start) / 1e9);
            loaded = target;
            figures.add(measure(size, loaded));
        }
        return figures;
    }

    private int activeFilings() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(distinct filing_id) from customer_key_claim")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void load(int from, int to) throws Exception {
        ExecutorService loaders = Executors.newFixedThreadPool(LOADERS);
        try {
            List<Future<Void>> batches = new ArrayList<>();
            for (int first = from; first < to; first += BATCH) {
                int start = first;
                int end = Math.min(first + BATCH, to);
                batches.add(loaders.submit(() -> {
                    insert(start, end);
                    return null;
                }));
            }
            for (Future<Void> batch : batches) {
                batch.get();
            }
        } finally {
            loaders.shutdownNow();
        }
    }

    /** Customers {@code from} to {@code to - 1}, one transaction. */
    private void insert(int from, int to) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now();
        try (Connection c = database.getConnection();
             PreparedStatement filing = c.prepareStatement(INSERT_FILING);
             PreparedStatement claim = c.prepareStatement(INSERT_CLAIM);
             PreparedStatement key = c.prepareStatement(INSERT_KEY)) {
            c.setAutoCommit(false);
            for (int n = from; n < to; n++) {
                FilingRequest request = request(n, now);
                EncryptedCustomer customer = customerData.encrypt(request);
                String id = "BENCH%010d".formatted(n);
                // rep2 looks the customers up: it must never be the filer, or a hit would answer OWN
                String filer = request.region().equals("east") ? "rep1" : "rep3";
                OffsetDateTime filedAt = now.minusDays(n % 30);
                filing.setString(1, id);
                filing.setString(2, filer);
                filing.setString(3, filer);
                filing.setString(4, request.region());
                filing.setString(5, request.customerType().name());
                filing.setString(6, request.customerStage().name());
                filing.setString(7, FilingStatus.FOLLOWING.name());
                filing.setString(8, customer.customerName());
                filing.setString(9, customer.contactName());
                filing.setString(10, customer.contactPhone());
                filing.setString(11, customer.address());
                filing.setString(12, customer.creditCode());
                filing.setString(13, customer.legalRepresentative());
                filing.setObject(14, request.visitTime());
                filing.setString(15, request.visitPurpose());
                filing.setBigDecimal(16, request.expectedAmount());
                filing.setObject(17, filedAt);
                filing.setObject(18, now.plusDays(60));
                filing.setObject(19, filedAt);
                filing.addBatch();
                for (CustomerKey customerKey : customerKeys.of(request.identity())) {
                    claim.setString(1, customerKey.hash());
                    claim.setString(2, customerKey.type().name());
                    claim.setString(3, id);
                    claim.setObject(4, filedAt);
                    claim.addBatch();
                    key.setString(1, id);
                    key.setString(2, customerKey.hash());
                    key.setString(3, customerKey.type().name());
                    key.addBatch();
                }
            }
            filing.executeBatch();
            claim.executeBatch();
            key.executeBatch();
            c.commit();
        }
    }

    /** An enterprise filing of customer {@code n}, as {@code FilingRequestParser} would have parsed it. */
    private static FilingRequest request(int n, OffsetDateTime now) {
        String creditCode = CreditCodes.normalize(Filings.creditCode(FIRST_CUSTOMER + n)).orElseThrow();
        return new FilingRequest(CustomerType.ENTERPRISE, "成都青木数据第" + n + "分公司", "李雷", phone(n),
                "成都市高新区天府大道北段" + n + "号", n % 2 == 0 ? "east" : "west", now.plusDays(2), "介绍门禁系统方案",
                CustomerStage.INQUIRY, creditCode, "韩梅梅", null, null, null, null, null, new BigDecimal("200000"));
    }

    /** Loaded customers have 186 numbers; a lookup miss asks for a 185 number. */
    private static String phone(int n) {
        return PhoneNumbers.normalize("186%08d".formatted(n)).orElseThrow();
    }

    private void analyze() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("analyze filing, customer_key_claim, filing_customer_key");
        }
    }

    private LookupFigures measure(int size, int customers) throws Exception {
        SplittableRandom random = new SplittableRandom(size);
        for (int i = 0; i < WARM_UP_LOOKUPS; i++) {
            lookup(random, customers, i);
        }
        long[] nanos = new long[LOOKUPS];
        for (int i = 0; i < LOOKUPS; i++) {
            nanos[i] = lookup(random, customers, i);
        }
        Arrays.sort(nanos);
        return new LookupFigures(size, percentileMillis(nanos, 50), percentileMillis(nanos, 99));
    }

    /** One lookup's latency in nanoseconds; throws unless it answered what the loaded data says. */
    private long lookup(SplittableRandom random, int customers, int i) throws Exception {
        boolean miss = i % MISS_EVERY == 0;
        String phone = miss ? "185%08d".formatted(random.nextInt(100_000_000)) : phone(random.nextInt(customers));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/customers/lookup?phone=" + phone))
                .header("Authorization", authorization).GET().build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        String expected = miss ? "FREE" : "PROTECTED";
        if (response.statusCode() != 200 || !expected.equals(json.readTree(response.body()).path("status").asText())) {
            throw new IllegalStateException("GET /api/customers/lookup?phone=" + phone + " → " + response.statusCode()
                    + ": " + response.body() + " (expected " + expected + ")");
        }
        return nanos;
    }

    /** Nearest rank. */
    private static double percentileMillis(long[] sortedNanos, int percent) {
        return sortedNanos[(int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1] / 1e6;
    }
}
