package io.baobei.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.baobei.filing.FilingAlerts;
import io.baobei.platform.security.Groups;
import io.baobei.platform.security.StaffDirectory;

/**
 * Reminders and escalations of the filing flow (rules F5b, F6, F8b, F9), what the filer is told about their
 * filing (F5c), and the hand-over of a rep's work (X11). Hours and days in the texts come from
 * {@code filing-deadlines} through the events.
 */
@Component
public class FilingNotifications {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifications notifications;
    private final StaffDirectory staff;
    private final Clock clock;

    public FilingNotifications(Notifications notifications, StaffDirectory staff, Clock clock) {
        this.notifications = notifications;
        this.staff = staff;
        this.clock = clock;
    }

    @EventListener
    public void reminded(FilingAlerts.FollowerReminded event) {
        notifications.send(NotificationType.FOLLOW_UP_REMINDER, List.of(event.follower()), "首次联系提醒：" + event.filingId(),
                "报备 " + event.filingId() + " 已超过首次联系时限，请尽快联系客户并在任务中记录跟进情况。", link(event.filingId()));
    }

    @EventListener
    public void escalated(FilingAlerts.MissedContactEscalated event) {
        notifications.send(NotificationType.CONTACT_ESCALATED, staff.managersOf(event.region()), "未按时联系客户：" + event.filingId(),
                "跟进人 " + staff.displayName(event.follower()) + " 在提醒后仍未首次联系报备 " + event.filingId()
                        + " 的客户，请在任务中处理（可改派跟进人）。", link(event.filingId()));
    }

    @EventListener
    public void contractOverdue(FilingAlerts.ContractReportOverdue event) {
        List<String> recipients = new ArrayList<>(List.of(event.follower()));
        recipients.addAll(staff.managersOf(event.region()));
        notifications.send(NotificationType.CONTRACT_REPORT_OVERDUE, recipients, "合同报告逾期：" + event.filingId(),
                "报备 " + event.filingId() + " 未在合同签约后 " + event.workingDays() + " 个工作日内（" + event.due()
                        + " 前）报告合同，已记为逾期；尚未报告的请立即报告。", link(event.filingId()));
    }

    /** Rule X11: the manager takes over a dismissed or suspended rep's filings and tasks to hand them over. */
    @EventListener
    public void handedOver(FilingAlerts.RepHandedOver event) {
        notifications.send(NotificationType.HAND_OVER, List.of(event.manager()), "工作交接：" + staff.displayName(event.rep()),
                staff.displayName(event.rep()) + "（" + event.rep() + "）" + event.reason() + "。其报备 "
                        + (event.filingIds().isEmpty() ? "（无）" : String.join("、", event.filingIds())) + " 已转由您接手（您为跟进人，"
                        + "可另行分派），其待办任务 " + event.tasks() + " 项已转给您或交由您仲裁，请尽快交接。", null);
    }

    @EventListener
    public void approvalReminder(FilingAlerts.ApprovalReminderDue event) {
        notifications.send(NotificationType.APPROVAL_REMINDER, staff.managersOf(event.region()), "报备待审批提醒：" + event.filingId(),
                "报备 " + event.filingId() + " 已等待审批 " + event.hours() + " 小时，请尽快在任务中审批。", link(event.filingId()));
    }

    @EventListener
    public void approvalOverdue(FilingAlerts.ApprovalOverdue event) {
        List<String> recipients = new ArrayList<>(staff.membersOf(Groups.SALES_MANAGEMENT));
        recipients.addAll(staff.managersOf(event.region()));
        notifications.send(NotificationType.APPROVAL_OVERDUE, recipients, "报备审批超时：" + event.filingId(),
                "报备 " + event.filingId() + " 已等待区域经理审批 " + event.hours() + " 小时仍未处理，已上报销售管理部督办。",
                link(event.filingId()));
    }

    @EventListener
    public void approved(FilingAlerts.FilingApproved event) {
        notifications.send(NotificationType.FILING_APPROVED, List.of(event.filer()), "报备已通过：" + event.filingId(),
                "您的报备 " + event.filingId() + " 已审批通过，可以开始销售；跟进人分派后会另行通知。", link(event.filingId()));
    }

    @EventListener
    public void rejected(FilingAlerts.FilingRejected event) {
        notifications.send(NotificationType.FILING_REJECTED, List.of(event.filer()), "报备被驳回：" + event.filingId(),
                "您的报备 " + event.filingId() + " 被驳回。修改建议：「" + event.suggestion() + "」。请在任务中修改后重新提交，或撤回。",
                link(event.filingId()));
    }

    @EventListener
    public void followerAssigned(FilingAlerts.FollowerAssigned event) {
        List<String> recipients = new ArrayList<>(List.of(event.filer()));
        if (!event.follower().equals(event.filer())) {
            recipients.add(event.follower());
        }
        notifications.send(NotificationType.FOLLOWER_ASSIGNED, recipients, "已分派跟进人：" + event.filingId(),
                "报备 " + event.filingId() + " 的跟进人为 " + staff.displayName(event.follower()) + "。", link(event.filingId()));
    }

    @EventListener
    public void protectionEnding(FilingAlerts.ProtectionEnding event) {
        List<String> recipients = new ArrayList<>(List.of(event.filer()));
        if (event.follower() != null && !Objects.equals(event.follower(), event.filer())) {
            recipients.add(event.follower());
        }
        OffsetDateTime until = event.protectedUntil().atZoneSameInstant(clock.getZone()).toOffsetDateTime();
        notifications.send(NotificationType.PROTECTION_ENDING, recipients, "保护期即将届满：" + event.filingId(),
                "报备 " + event.filingId() + " 的客户保护期将于 " + until.format(DATE_TIME)
                        + " 届满，届满后客户将释放给所有销售。缴纳定金可延长保护期。", link(event.filingId()));
    }

    private static String link(String filingId) {
        return "/api/filings/" + filingId;
    }
}
