package io.baobei.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.baobei.collision.CollisionAnnounced;
import io.baobei.collision.CollisionKind;
import io.baobei.collision.CollisionResolved;
import io.baobei.collision.Resolution;
import io.baobei.collision.ResolvedBy;
import io.baobei.conduct.ConductEntry;
import io.baobei.conduct.ConductEvents;
import io.baobei.conduct.EvidenceType;
import io.baobei.conduct.PenaltyAction;
import io.baobei.conduct.RewardKind;
import io.baobei.conduct.Violation;
import io.baobei.filing.FilingAlerts;
import io.baobei.platform.security.StaffDirectory;
import io.baobei.support.AppTest;

/**
 * Every message type rendered with sample data — every collision kind, resolution and way of settling,
 * every violation with every penalty, every reward and evidence — reads as words: no code such as
 * FALSE_FILING or RELATIVE_PROPERTY reaches a person.
 */
@AppTest
class MessageTextTest {

    static final Pattern CODE = Pattern.compile("[A-Z_]{4,}");
    static final OffsetDateTime REPORTED = OffsetDateTime.parse("2026-11-27T09:00:00+08:00");

    @Autowired
    NotificationRepository inApp;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    StaffDirectory staff;
    @Autowired
    NotificationProperties properties;
    @Autowired
    Clock clock;

    final List<Sent> sent = new ArrayList<>();

    @Test
    void everyMessageTypeReadsAsWordsForEverySampleValue() {
        Notifications recording = new Notifications(inApp, outbox, staff, properties, List.of(), clock) {
            @Override
            public void send(NotificationType type, Collection<String> recipients, String subject, String body, String link) {
                sent.add(new Sent(type, subject, body));
            }
        };
        renderCollisionMessages(new CollisionNotifications(recording));
        renderConductMessages(new ConductNotifications(recording, staff));
        renderFilingMessages(new FilingNotifications(recording, staff, clock));

        Set<NotificationType> rendered = EnumSet.noneOf(NotificationType.class);
        sent.forEach(message -> rendered.add(message.type()));
        assertThat(rendered).as("every message type is rendered here").containsExactlyInAnyOrder(NotificationType.values());
        assertThat(sent).allSatisfy(message -> {
            assertThat(CODE.matcher(message.subject()).find()).as(message.type() + " subject: " + message.subject()).isFalse();
            assertThat(CODE.matcher(message.body()).find()).as(message.type() + " body: " + message.body()).isFalse();
        });
        assertThat(sent).extracting(Sent::body)
                .contains("发生撞单（直系亲属同一房源），请相关销售在期限内协商，必要时由区域经理仲裁。")
                .contains("撞单 C20261127-00001 已处理：双方共同所有（区域经理仲裁），提成比例 50% / 50%。")
                .anySatisfy(body -> assertThat(body).contains("违规：虚假报备（记录 1，依据报备 F20261127-00001）", "处理：警告，罚款 100 元"));
    }

    private void renderCollisionMessages(CollisionNotifications messages) {
        for (CollisionKind kind : CollisionKind.values()) {
            messages.announced(new CollisionAnnounced("C20261127-00001", kind, List.of("rep1", "rep3")));
        }
        for (Resolution resolution : Resolution.values()) {
            for (ResolvedBy by : ResolvedBy.values()) {
                messages.resolved(new CollisionResolved("C20261127-00001", resolution, by, 50, 50, List.of("rep1", "rep3"),
                        List.of("hr1", "finance1")));
            }
        }
    }

    private void renderConductMessages(ConductNotifications messages) {
        long id = 1;
        for (Violation violation : Violation.values()) {
            for (PenaltyAction action : PenaltyAction.values()) {
                ConductEntry penalty = entry(id++, ConductEntry.VIOLATION, violation.name(), EvidenceType.FILING, action.name(), 100);
                messages.penaltyConfirmed(new ConductEvents.PenaltyConfirmed(penalty));
                messages.suspended(new ConductEvents.Suspended("rep1", penalty.suspensionReason()));
                messages.violationDecided(new ConductEvents.ViolationDecided(penalty));
            }
        }
        for (RewardKind reward : RewardKind.values()) {
            for (EvidenceType evidence : EvidenceType.values()) {
                messages.rewardGranted(new ConductEvents.RewardGranted(entry(id++, ConductEntry.REWARD, reward.name(), evidence, null, null)));
            }
        }
    }

    private void renderFilingMessages(FilingNotifications messages) {
        String filingId = "F20261127-00001";
        messages.reminded(new FilingAlerts.FollowerReminded(filingId, "rep2"));
        messages.escalated(new FilingAlerts.MissedContactEscalated(filingId, "rep2", "east"));
        messages.contractOverdue(new FilingAlerts.ContractReportOverdue(filingId, "rep2", "east", 5,
                LocalDate.parse("2026-12-07")));
        messages.approvalReminder(new FilingAlerts.ApprovalReminderDue(filingId, "east", 24));
        messages.approvalOverdue(new FilingAlerts.ApprovalOverdue(filingId, "east", 48));
        messages.approved(new FilingAlerts.FilingApproved(filingId, "rep1"));
        messages.rejected(new FilingAlerts.FilingRejected(filingId, "rep1", "请补充详细门牌号"));
        messages.followerAssigned(new FilingAlerts.FollowerAssigned(filingId, "rep1", "rep2"));
        messages.handedOver(new FilingAlerts.RepHandedOver("rep2", "manager1", "辞退（违规：虚假报备，记录 3）", List.of(filingId), 2));
        messages.protectionEnding(new FilingAlerts.ProtectionEnding(filingId, "rep1", "rep2", REPORTED.plusDays(7)));
    }

    private static ConductEntry entry(long id, String kind, String code, EvidenceType evidence, String action, Integer fine) {
        String evidenceId = evidence == EvidenceType.PERIOD ? "2026-11" : "F20261127-00001";
        return new ConductEntry(id, "rep1", kind, code, evidence.name(), evidenceId, "经核实属实", ConductEntry.CONFIRMED, "manager1",
                REPORTED, 0, action, fine, fine != null, "hr1", REPORTED.plusDays(1), "同意", 1, "DISMISSAL", 500, true);
    }

    record Sent(NotificationType type, String subject, String body) {
    }
}
