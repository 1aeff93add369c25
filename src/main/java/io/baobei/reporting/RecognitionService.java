package io.baobei.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.baobei.platform.security.Groups;
import io.baobei.conduct.ConductEntry;
import io.baobei.conduct.ConductLedger;
import io.baobei.platform.security.StaffDirectory;
import io.baobei.platform.validation.FieldErrors;
import io.baobei.platform.validation.InvalidInputException;

/**
 * Rule X9 (P8 §六.4, P4 §四.3): the month's best filers are proposed to HR for a reward. A rep qualifies with
 * at least {@code reporting.recognition.min-filings} filings in the month (default 3), every one on time (or
 * the lateness excused by the manager, F3), none rejected, no collision where the rep was the later or the
 * unfiled party (C8; a customer's choice after a lapse does not count), and no violation in the month or on
 * the month's filings (a false filing found in the sample review included); the best
 * {@code reporting.recognition.max-proposals} (default 3) by filings, then signed contracts, are proposed. HR
 * confirms each: a confirmed one is a reward in the ledger ({@code EXCELLENT_FILING}, evidence
 * {@code PERIOD yyyy-MM}), which tells the rep and finance.
 */
@Service
@Transactional
public class RecognitionService {

    public static final String REWARD_CODE = "EXCELLENT_FILING";

    private final JdbcClient jdbc;
    private final ConductLedger ledger;
    private final StaffDirectory staff;
    private final Clock clock;
    private final int minFilings;
    private final int maxProposals;

    public RecognitionService(JdbcClient jdbc, ConductLedger ledger, StaffDirectory staff, Clock clock,
                              @Value("${reporting.recognition.min-filings:3}") int minFilings,
                              @Value("${reporting.recognition.max-proposals:3}") int maxProposals) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.staff = staff;
        this.clock = clock;
        this.minFilings = minFilings;
        this.maxProposals = maxProposals;
    }

    /** The month's proposals, computed and kept the first time; later calls return what is still open. */
    public List<RecognitionProposal> propose(YearMonth period) {
        String key = period.toString();
        boolean known = jdbc.sql("select count(*) from recognition_proposal where period = :p").param("p", key)
                .query(Integer.class).single() > 0;
        if (!known) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            for (Candidate c : best(period)) {
                jdbc.sql("""
                        insert into recognition_proposal (period, rep, filing_count, signed_count, detail, status, proposed_at)
                        values (:p, :rep, :filings, :signed, :detail, :status, :at)
                        """)
                        .param("p", key).param("rep", c.rep()).param("filings", c.filings()).param("signed", c.signed())
                        .param("detail", detail(key, c)).param("status", RecognitionProposal.PROPOSED).param("at", now)
                        .update();
            }
        }
        return proposals(key).stream().filter(p -> RecognitionProposal.PROPOSED.equals(p.status())).toList();
    }

    public List<RecognitionProposal> proposals(String period) {
        return jdbc.sql("select * from recognition_proposal where period = :p order by filing_count desc, signed_count desc, rep")
                .param("p", period)
                .query((rs, i) -> new RecognitionProposal(rs.getString("period"), rs.getString("rep"),
                        staff.displayName(rs.getString("rep")), rs.getInt("filing_count"), rs.getInt("signed_count"),
                        rs.getString("detail"), rs.getString("status"), rs.getString("decided_by"),
                        rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decision_note")))
                .list();
    }

    /** Markdown for HR's form: each proposal with its record, and the criteria. */
    public String markdown(List<RecognitionProposal> proposals) {
        StringBuilder md = new StringBuilder();
        int n = 1;
        for (RecognitionProposal p : proposals) {
            md.append(n++).append(". ").append(p.repName()).append("（").append(p.rep()).append("）：").append(p.detail())
                    .append('\n');
        }
        md.append("\n推荐标准：本期报备不少于 ").append(minFilings).append(" 份，全部按时报备（或经理已认可晚报理由），无驳回，")
                .append("无因其后报备或未报备引起的撞单，本期无违规（含抽查发现的虚假报备）；按报备数、签约数排序，最多推荐 ")
                .append(maxProposals).append(" 人（X9，P8 §六.4，P4 §四.3）。");
        return md.toString();
    }

    public List<FormOption> options(List<RecognitionProposal> proposals) {
        return proposals.stream().map(p -> new FormOption(p.repName() + "（" + p.rep() + "）", p.rep())).toList();
    }

    /**
     * Completing {@code confirm-recognition}: the reps in {@code confirmedReps} get the reward in the ledger;
     * the others are declined, which needs a reason in {@code recognitionNote}.
     *
     * @return the reps rewarded
     */
    public List<String> decide(String period, String hrUser, Object confirmedReps, Object recognitionNote) {
        staff.requireMember(hrUser, Groups.HR_ADMIN, "确认奖励");
        List<RecognitionProposal> open = proposals(period).stream()
                .filter(p -> RecognitionProposal.PROPOSED.equals(p.status())).toList();
        if (open.isEmpty()) {
            throw new InvalidInputException("period", "该期间没有待确认的推荐");
        }
        List<String> confirmed = SelectedValues.of("confirmedReps", confirmedReps);
        String note = recognitionNote == null || String.valueOf(recognitionNote).isBlank() ? null
                : String.valueOf(recognitionNote).trim();
        FieldErrors errors = new FieldErrors();
        Set<String> proposed = new HashSet<>(open.stream().map(RecognitionProposal::rep).toList());
        if (!proposed.containsAll(confirmed)) {
            errors.add("confirmedReps", "只能确认本期推荐的人员");
        }
        if (confirmed.size() < open.size() && note == null) {
            errors.add("recognitionNote", "未确认的推荐须写明理由");
        }
        if (note != null && note.length() > 2000) {
            errors.add("recognitionNote", "最多 2000 个字符");
        }
        errors.throwIfAny();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (RecognitionProposal p : open) {
            boolean yes = confirmed.contains(p.rep());
            jdbc.sql("""
                    update recognition_proposal set status = :s, decided_by = :by, decided_at = :at, decision_note = :note
                    where period = :p and rep = :rep
                    """)
                    .param("s", yes ? RecognitionProposal.CONFIRMED : RecognitionProposal.DECLINED).param("by", hrUser)
                    .param("at", now).param("note", note).param("p", period).param("rep", p.rep()).update();
            if (yes) {
                ledger.report(p.rep(), ConductEntry.REWARD, REWARD_CODE, "PERIOD", period, p.detail(), hrUser);
            }
        }
        return confirmed;
    }

    /** The qualifying reps of the month, best first, at most {@code max-proposals}. */
    List<Candidate> best(YearMonth period) {
        OffsetDateTime from = period.atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        OffsetDateTime to = period.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        Map<String, Tally> tallies = new HashMap<>();
        jdbc.sql("""
                        select f.filer, f.late, f.late_excused, f.outcome, f.status,
                               (select count(*) from filing_event e where e.filing_id = f.id and e.event_type = 'REJECTED') as rejections
                        from filing f
                        where f.filed_at >= :from and f.filed_at < :to
                        """)
                .param("from", from).param("to", to)
                .query(rs -> {
                    Tally t = tallies.computeIfAbsent(rs.getString("filer"), rep -> new Tally());
                    t.filings++;
                    if ("SIGNED".equals(rs.getString("outcome")) || "SIGNED".equals(rs.getString("status"))) {
                        t.signed++;
                    }
                    if (rs.getBoolean("late") && !rs.getBoolean("late_excused")) {
                        t.late++;
                    }
                    t.rejections += rs.getInt("rejections");
                });
        Set<String> excluded = new HashSet<>(jdbc.sql("""
                        select distinct c.second_rep from collision c
                        left join filing f2 on f2.id = c.second_filing_id
                        where c.kind <> 'CUSTOMER_CHOICE'
                          and ((c.created_at >= :from and c.created_at < :to) or (f2.filed_at >= :from and f2.filed_at < :to))
                        """)
                .param("from", from).param("to", to).query(String.class).list());
        excluded.addAll(jdbc.sql("""
                        select distinct e.person from conduct_entry e
                        where e.kind = 'VIOLATION' and e.status <> 'DISMISSED'
                          and ((e.reported_at >= :from and e.reported_at < :to)
                               or (e.evidence_type = 'FILING' and e.evidence_id in
                                   (select f.id from filing f where f.filed_at >= :from and f.filed_at < :to)))
                        """)
                .param("from", from).param("to", to).query(String.class).list());
        List<Candidate> candidates = new ArrayList<>();
        tallies.forEach((rep, t) -> {
            if (t.filings >= minFilings && t.late == 0 && t.rejections == 0 && !excluded.contains(rep)) {
                candidates.add(new Candidate(rep, t.filings, t.signed));
            }
        });
        candidates.sort(Comparator.comparingInt(Candidate::filings).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::signed).reversed())
                .thenComparing(Candidate::rep));
        return candidates.stream().limit(maxProposals).toList();
    }

    private static String detail(String period, Candidate c) {
        return period + " 优秀报备：报备 " + c.filings() + " 份，全部按时、无驳回、无撞单责任、无违规，签约 " + c.signed() + " 份";
    }

    record Candidate(String rep, int filings, int signed) {
    }

    private static final class Tally {
        int filings;
        int signed;
        int late;
        int rejections;
    }
}
