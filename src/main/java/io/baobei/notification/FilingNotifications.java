package io.baobei.notification;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.baobei.filing.FilingAlerts;
import io.baobei.platform.security.StaffDirectory;

/** Reminders and escalations of the filing flow (rules F6, F9). */
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
                "报备 " + event.filingId() + " 签约后未在5个工作日内报告合同，请立即报告。", link(event.filingId()));
    }

    private static String link(String filingId) {
        return "/api/filings/" + filingId;
    }
}
