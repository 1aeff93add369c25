package io.baobei.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.platform.security.Groups;
import io.baobei.conduct.ConductEntry;
import io.baobei.conduct.ConductLedger;
import io.baobei.conduct.Violation;
import io.baobei.customer.SensitiveVariables;
import io.baobei.filing.Filing;
import io.baobei.filing.FilingCustomerData;
import io.baobei.filing.FilingQueryService;
import io.baobei.filing.PlainCustomer;
import io.baobei.filing.process.FalseFilingInReview;
import io.baobei.platform.security.StaffDirectory;
import io.baobei.platform.validation.FieldErrors;
import io.baobei.platform.validation.InputValues;
import io.baobei.platform.validation.InvalidInputException;

/**
 * Rule M4 (P2 §五.4 监控审核, P4 §四.1): each month a random sample of the month's filings — how many is
 * {@code reporting.sample-size} (default 10) — is checked by sales management for truthfulness and
 * completeness. A filing found false is void at once (X1b: its customer is free, its process ends) and a
 * {@code FALSE_FILING} violation of its filer (X1), reported to the ledger, which opens HR's
 * {@code violation-handling}; the others are recorded as reviewed. Customer data
 * appears masked only.
 */
@Service
@Transactional
public class FilingSampleReviewService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> REGIONS = Map.of("east", "华东区", "west", "华西区");
    private static final Map<String, String> CUSTOMER_TYPES = Map.of("INDIVIDUAL", "个人客户", "ENTERPRISE", "企业客户",
            "OTHER", "其他组织");

    private final JdbcClient jdbc;
    private final FilingQueryService filings;
    private final FilingCustomerData customerData;
    private final StaffDirectory staff;
    private final ConductLedger ledger;
    private final FalseFilingInReview falseFilings;
    private final FilingSampler sampler;
    private final RecognitionService recognition;
    private final Clock clock;
    private final int sampleSize;

    public FilingSampleReviewService(JdbcClient jdbc, FilingQueryService filings, FilingCustomerData customerData,
                                     StaffDirectory staff, ConductLedger ledger, FalseFilingInReview falseFilings,
                                     FilingSampler sampler,
                                     RecognitionService recognition, Clock clock,
                                     @Value("${reporting.sample-size:10}") int sampleSize) {
        if (sampleSize < 1) {
            throw new IllegalArgumentException("reporting.sample-size must be at least 1, is " + sampleSize);
        }
        this.jdbc = jdbc;
        this.filings = filings;
        this.customerData = customerData;
        this.staff = staff;
        this.ledger = ledger;
        this.falseFilings = falseFilings;
        this.sampler = sampler;
        this.recognition = recognition;
        this.clock = clock;
        this.sampleSize = sampleSize;
    }

    public int sampleSize() {
        return sampleSize;
    }

    public boolean exists(String period) {
        return jdbc.sql("select count(*) from filing_sample_review where period = :p").param("p", period)
                .query(Integer.class).single() > 0;
    }

    /**
     * Draws the month's sample and keeps it; empty when the month was already drawn (a review by hand before
     * the monthly timer, or the other way round).
     */
    public Optional<List<SampledFiling>> draw(YearMonth period, String processInstanceId) {
        String key = period.toString();
        if (exists(key)) {
            return Optional.empty();
        }
        List<String> population = jdbc.sql("""
                        select id from filing where filed_at >= :from and filed_at < :to order by filed_at, id
                        """)
                .param("from", start(period)).param("to", start(period.plusMonths(1)))
                .query(String.class).list();
        List<String> sample = sampler.draw(population, sampleSize);
        jdbc.sql("""
                insert into filing_sample_review (period, population, sample_size, sampled_at, process_instance_id)
                values (:p, :population, :size, :at, :pi)
                """)
                .param("p", key).param("population", population.size()).param("size", sample.size())
                .param("at", OffsetDateTime.now(clock)).param("pi", processInstanceId).update();
        for (String filingId : sample) {
            jdbc.sql("insert into filing_review (period, filing_id, review_result) values (:p, :f, 'SAMPLED')")
                    .param("p", key).param("f", filingId).update();
        }
        return Optional.of(sampled(key));
    }

    public int population(String period) {
        return jdbc.sql("select population from filing_sample_review where period = :p").param("p", period)
                .query(Integer.class).single();
    }

    /** The sampled filings in filing order, masked, with what the review found so far. */
    public List<SampledFiling> sampled(String period) {
        List<ReviewRow> rows = jdbc.sql("""
                        select r.filing_id, r.review_result, r.reviewed_by, r.reviewed_at
                        from filing_review r join filing f on f.id = r.filing_id
                        where r.period = :p order by f.filed_at, f.id
                        """)
                .param("p", period)
                .query((rs, i) -> new ReviewRow(rs.getString("filing_id"), rs.getString("review_result"),
                        rs.getString("reviewed_by"), rs.getObject("reviewed_at", OffsetDateTime.class)))
                .list();
        List<SampledFiling> sampled = new ArrayList<>();
        for (ReviewRow row : rows) {
            Filing f = filings.get(row.filingId());
            PlainCustomer c = customerData.decrypt(f.customer());
            sampled.add(new SampledFiling(f.id(), f.filer(), staff.displayName(f.filer()), f.region(), f.customerType().name(),
                    f.filedAt(), mask("contactName", c.contactName()), mask("contactPhone", c.contactPhone()),
                    row.result(), row.reviewedBy(), row.reviewedAt()));
        }
        return sampled;
    }

    /** Markdown list of the sample for the reviewer's form; customer data masked, each with its detail link. */
    public String markdown(List<SampledFiling> sample) {
        if (sample.isEmpty()) {
            return "本期没有报备。";
        }
        StringBuilder md = new StringBuilder();
        int n = 1;
        for (SampledFiling s : sample) {
            md.append(n++).append(". `").append(s.filingId()).append("` · 报备人：").append(s.filerName())
                    .append("（").append(s.filer()).append("） · ").append(REGIONS.getOrDefault(s.region(), s.region()))
                    .append(" · ").append(CUSTOMER_TYPES.getOrDefault(s.customerType(), s.customerType()))
                    .append(" · 报备时间：").append(s.filedAt().atZoneSameInstant(zone()).format(TIME))
                    .append(" · 联系人：`").append(s.maskedContactName()).append("` `").append(s.maskedContactPhone())
                    .append("` · [报备详情](/api/filings/").append(s.filingId()).append(")\n");
        }
        return md.toString();
    }

    /** The checklist's options: one per sampled filing. */
    public List<FormOption> options(List<SampledFiling> sample) {
        return sample.stream()
                .map(s -> new FormOption(s.filingId() + "（" + s.filerName() + "，"
                        + REGIONS.getOrDefault(s.region(), s.region()) + "，"
                        + CUSTOMER_TYPES.getOrDefault(s.customerType(), s.customerType()) + "）", s.filingId()))
                .toList();
    }

    /**
     * Completing {@code review-filing-sample}: every sampled filing is recorded as reviewed, those in
     * {@code falseFilings} as false, each reported as a {@code FALSE_FILING} violation of its filer.
     *
     * @return the filings found false
     */
    public List<String> recordReview(String period, String reviewer, Map<String, ?> values) {
        staff.requireMember(reviewer, Groups.SALES_MANAGEMENT, "抽查报备");
        List<String> sampledIds = jdbc.sql("select filing_id from filing_review where period = :p").param("p", period)
                .query(String.class).list();
        FieldErrors errors = new FieldErrors();
        List<String> falseOnes = SelectedValues.of("falseFilings", values.get("falseFilings"));
        if (!sampledIds.containsAll(falseOnes)) {
            errors.add("falseFilings", "只能勾选本期抽查的报备");
        }
        String note = new InputValues(values).optionalText("reviewNote");
        if (note == null) {
            errors.add("reviewNote", "请填写抽查意见");
        } else if (note.length() > 4000) {
            errors.add("reviewNote", "最多 4000 个字符");
        }
        errors.throwIfAny();
        boolean open = jdbc.sql("select count(*) from filing_sample_review where period = :p and reviewed_at is null")
                .param("p", period).query(Integer.class).single() > 0;
        if (!open) {
            throw new InvalidInputException("period", "该期间的抽查已完成");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update filing_sample_review set reviewed_by = :by, reviewed_at = :at, review_note = :note where period = :p")
                .param("by", reviewer).param("at", now).param("note", note).param("p", period).update();
        for (String filingId : sampledIds) {
            boolean isFalse = falseOnes.contains(filingId);
            jdbc.sql("""
                    update filing_review set review_result = :r, reviewed_by = :by, reviewed_at = :at
                    where period = :p and filing_id = :f
                    """)
                    .param("r", isFalse ? "FALSE" : "REVIEWED").param("by", reviewer).param("at", now)
                    .param("p", period).param("f", filingId).update();
            if (isFalse) {
                this.falseFilings.voidAndEndProcess(filingId, reviewer, "月度报备抽查（" + period + "）：" + note);
                ledger.report(filings.get(filingId).filer(), ConductEntry.VIOLATION, Violation.FALSE_FILING.name(), "FILING",
                        filingId, "月度报备抽查（" + period + "）发现虚假报备：" + note, reviewer);
            }
        }
        return falseOnes;
    }

    public List<String> periods() {
        return jdbc.sql("select period from filing_sample_review order by period desc").query(String.class).list();
    }

    public FilingSampleReview review(String period) {
        Map<String, Object> row = jdbc.sql("select * from filing_sample_review where period = :p").param("p", period)
                .query((rs, i) -> {
                    Map<String, Object> values = new LinkedHashMap<>();
                    values.put("population", rs.getInt("population"));
                    values.put("sample_size", rs.getInt("sample_size"));
                    values.put("sampled_at", rs.getObject("sampled_at", OffsetDateTime.class));
                    values.put("reviewed_by", rs.getString("reviewed_by"));
                    values.put("reviewed_at", rs.getObject("reviewed_at", OffsetDateTime.class));
                    values.put("review_note", rs.getString("review_note"));
                    return values;
                })
                .optional()
                .orElseThrow(() -> new InvalidInputException("period", "该期间尚未抽查"));
        return new FilingSampleReview(period, (Integer) row.get("population"), (Integer) row.get("sample_size"),
                (OffsetDateTime) row.get("sampled_at"), (String) row.get("reviewed_by"), (OffsetDateTime) row.get("reviewed_at"),
                (String) row.get("review_note"), sampled(period), recognition.proposals(period));
    }

    private OffsetDateTime start(YearMonth period) {
        return period.atDay(1).atStartOfDay(zone()).toOffsetDateTime();
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static String mask(String variable, String value) {
        return value == null || value.isBlank() ? "—" : SensitiveVariables.mask(variable, value);
    }

    private record ReviewRow(String filingId, String result, String reviewedBy, OffsetDateTime reviewedAt) {
    }
}
