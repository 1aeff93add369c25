package io.baobei.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.baobei.platform.security.AccessDeniedException;
import io.baobei.platform.security.StaffDirectory;
import io.baobei.platform.validation.InputValues;
import io.baobei.platform.validation.InvalidInputException;

/**
 * Rule C11: the collisions of a month by region, by cause (unfiled, late filing, false filing, same
 * property or relative, simultaneous, the customer's choice after a lapse, plain duplicate), by outcome
 * (negotiated, arbitrated, shared, voided, customer's choice, open) and the average time to resolution; the
 * regional managers' causes and measures are kept with it. Read-only over the other capabilities' tables.
 */
@Service
@Transactional
public class CollisionReviewService {

    private static final Duration SIMULTANEOUS = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final StaffDirectory staff;

    public CollisionReviewService(JdbcClient jdbc, ObjectMapper json, Clock clock, StaffDirectory staff) {
        this.staff = staff;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The month before now, as {@code 2026-10}. */
    public String previousPeriod() {
        return YearMonth.now(clock).minusMonths(1).toString();
    }

    public YearMonth period(Object text) {
        try {
            return YearMonth.parse(String.valueOf(text).trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("period", "期间格式应为 yyyy-MM，例如 2026-10");
        }
    }

    /** Figures for every region with collisions, and the total ({@code region} null), stored for the period. */
    public List<CollisionFigures> compile(YearMonth period) {
        ZoneId zone = clock.getZone();
        OffsetDateTime from = period.atDay(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = period.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
        List<Row> rows = jdbc.sql("""
                        select c.id, c.kind, c.region, c.second_filing_id, c.resolution, c.resolved_by, c.created_at,
                               c.resolved_at, f1.filed_at as first_filed, f2.filed_at as second_filed,
                               coalesce(f2.late, false) as second_late, coalesce(f2.late_excused, false) as second_excused,
                               (select count(*) from conduct_entry e where e.code = 'FALSE_FILING' and e.evidence_type = 'FILING'
                                   and e.evidence_id in (c.first_filing_id, c.second_filing_id)) as false_filings
                        from collision c
                        join filing f1 on f1.id = c.first_filing_id
                        left join filing f2 on f2.id = c.second_filing_id
                        where c.created_at >= :from and c.created_at < :to
                        """)
                .param("from", from).param("to", to)
                .query((rs, i) -> new Row(rs.getString("region"), rs.getString("kind"), rs.getString("second_filing_id") == null,
                        rs.getString("resolution"), rs.getString("resolved_by"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("resolved_at", OffsetDateTime.class),
                        rs.getObject("first_filed", OffsetDateTime.class), rs.getObject("second_filed", OffsetDateTime.class),
                        rs.getBoolean("second_late") && !rs.getBoolean("second_excused"), rs.getInt("false_filings") > 0))
                .list();
        List<CollisionFigures> figures = new ArrayList<>();
        figures.add(figuresOf(null, rows));
        rows.stream().map(Row::region).distinct().sorted()
                .forEach(region -> figures.add(figuresOf(region, rows.stream().filter(r -> r.region().equals(region)).toList())));
        store(period.toString(), figures);
        return figures;
    }

    /** Markdown of one region's figures for its manager's review task. */
    public String regionSummary(String period, String region) {
        CollisionFigures none = new CollisionFigures(region, 0, Map.of(), Map.of(), null);
        CollisionFigures figures = compiledFigures(period).stream().filter(f -> region.equals(f.region())).findFirst().orElse(none);
        return "本区域 " + period + " 撞单 **" + figures.collisions() + "** 起\n\n"
                + "- 原因：" + counts(figures.byCause(), code -> CollisionCause.valueOf(code).label()) + "\n"
                + "- 结果：" + counts(figures.byOutcome(), code -> CollisionOutcome.valueOf(code).label()) + "\n"
                + "- 平均处理时长：" + (figures.averageHoursToResolution() == null ? "—" : figures.averageHoursToResolution() + " 小时");
    }

    private static String counts(Map<String, Integer> byCode, Function<String, String> label) {
        if (byCode.isEmpty()) {
            return "无";
        }
        return byCode.entrySet().stream().map(e -> label.apply(e.getKey()) + " " + e.getValue() + " 起")
                .collect(Collectors.joining("，"));
    }

    private List<CollisionFigures> compiledFigures(String period) {
        String stored = jdbc.sql("select figures from collision_review where period = :p").param("p", period).query(String.class).single();
        try {
            return List.of(json.readValue(stored, CollisionFigures[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored collision review " + period + " is unreadable", e);
        }
    }

    public void recordMeasures(String period, String region, String manager, Map<String, ?> values) {
        if (manager == null || !staff.isManagerOf(manager, region)) {
            throw new AccessDeniedException(manager + " 不是 " + region + " 区域的经理，不能填写该区域的撞单分析");
        }
        InputValues in = new InputValues(values);
        String causes = in.optionalText("causes");
        String measures = in.optionalText("measures");
        if (causes == null || measures == null) {
            throw new InvalidInputException(causes == null ? "causes" : "measures", "请填写撞单原因分析和改进措施");
        }
        jdbc.sql("delete from collision_review_measure where period = :p and region = :r").param("p", period).param("r", region).update();
        jdbc.sql("""
                insert into collision_review_measure (period, region, causes, measures, recorded_by, recorded_at)
                values (:p, :r, :c, :m, :by, :at)
                """)
                .param("p", period).param("r", region).param("c", causes).param("m", measures).param("by", manager)
                .param("at", OffsetDateTime.now(clock)).update();
    }

    public List<CollisionReview> reviews() {
        return jdbc.sql("select period from collision_review order by period desc").query(String.class).list()
                .stream().map(this::review).toList();
    }

    public CollisionReview review(String period) {
        String figures = jdbc.sql("select figures from collision_review where period = :p").param("p", period)
                .query(String.class).optional()
                .orElseThrow(() -> new InvalidInputException("period", "该期间尚未生成撞单分析"));
        List<CollisionReview.Measure> measures = jdbc.sql("select * from collision_review_measure where period = :p order by region")
                .param("p", period)
                .query((rs, i) -> new CollisionReview.Measure(rs.getString("region"), rs.getString("causes"),
                        rs.getString("measures"), rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
        try {
            return new CollisionReview(period, json.readTree(figures), measures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored collision review " + period + " is unreadable", e);
        }
    }

    private void store(String period, List<CollisionFigures> figures) {
        String stored;
        try {
            stored = json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        int updated = jdbc.sql("update collision_review set figures = :f, compiled_at = :at where period = :p")
                .param("f", stored).param("at", OffsetDateTime.now(clock)).param("p", period).update();
        if (updated == 0) {
            jdbc.sql("insert into collision_review (period, figures, compiled_at) values (:p, :f, :at)")
                    .param("p", period).param("f", stored).param("at", OffsetDateTime.now(clock)).update();
        }
    }

    private static CollisionFigures figuresOf(String region, List<Row> rows) {
        Map<String, Integer> byCause = new TreeMap<>();
        Map<String, Integer> byOutcome = new TreeMap<>();
        long resolved = 0;
        long minutes = 0;
        for (Row row : rows) {
            byCause.merge(row.cause(), 1, Integer::sum);
            byOutcome.merge(row.outcome(), 1, Integer::sum);
            if (row.resolvedAt() != null) {
                resolved++;
                minutes += Duration.between(row.createdAt(), row.resolvedAt()).toMinutes();
            }
        }
        Double average = resolved == 0 ? null : Math.round(minutes / 60.0 / resolved * 10) / 10.0;
        return new CollisionFigures(region, rows.size(), byCause, byOutcome, average);
    }

    private record Row(String region, String kind, boolean unfiled, String resolution, String resolvedBy,
                       OffsetDateTime createdAt, OffsetDateTime resolvedAt, OffsetDateTime firstFiled,
                       OffsetDateTime secondFiled, boolean secondLate, boolean falseFiling) {

        String cause() {
            if (unfiled) {
                return CollisionCause.UNFILED.name();
            }
            if ("CUSTOMER_CHOICE".equals(kind)) {
                return CollisionCause.LAPSED_CUSTOMER_CHOICE.name();
            }
            if ("RELATIVE_PROPERTY".equals(kind)) {
                return CollisionCause.SAME_PROPERTY_RELATIVE.name();
            }
            if (falseFiling) {
                return CollisionCause.FALSE_FILING.name();
            }
            if (secondLate) {
                return CollisionCause.LATE_FILING.name();
            }
            if (secondFiled != null && Duration.between(firstFiled, secondFiled).abs().compareTo(SIMULTANEOUS) < 0) {
                return CollisionCause.SIMULTANEOUS.name();
            }
            return CollisionCause.DUPLICATE.name();
        }

        String outcome() {
            if (resolution == null) {
                return CollisionOutcome.OPEN.name();
            }
            if ("VOID_BOTH".equals(resolution)) {
                return CollisionOutcome.VOIDED.name();
            }
            if ("SHARED".equals(resolution) || "SPLIT".equals(resolution)) {
                return CollisionOutcome.SHARED.name();
            }
            return switch (resolvedBy) {
                case "NEGOTIATION" -> CollisionOutcome.NEGOTIATED.name();
                case "ARBITRATION" -> CollisionOutcome.ARBITRATED.name();
                case "CUSTOMER_CHOICE" -> CollisionOutcome.CUSTOMER_CHOICE.name();
                default -> CollisionOutcome.RULE.name();
            };
        }
    }
}
