package io.baobei.notification;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.baobei.filing.FilingAlerts;
import io.baobei.platform.security.StaffDirectory;

/** Reminders and escalations of the filing flow (rules F6, F9), and the hand-over of a rep's work (X11). */
@Component
public class FilingNotifications {

    private final Notifications notifications;
    private final StaffDirectory staff;

    public FilingNotifications(Notifications notifications, StaffDirectory staff) {
        this.notifications = notifications;
        this.staff = staff;
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

    private static String link(String filingId) {
        return "/api/filings/" + filingId;
    }
}
