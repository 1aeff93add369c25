package io.baobei.notification;

import java.util.List;
import java.util.Objects;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.baobei.conduct.ConductEntry;
import io.baobei.conduct.ConductEvents;
import io.baobei.conduct.PenaltyAction;
import io.baobei.platform.security.Groups;
import io.baobei.platform.security.StaffDirectory;

/**
 * A confirmed penalty reaches the person, every fine and every reward reaches finance, a public notice
 * (通报批评) the group robot; a suspension is told to the person.
 */
@Component
public class ConductNotifications {

    private final Notifications notifications;
    private final StaffDirectory staff;

    public ConductNotifications(Notifications notifications, StaffDirectory staff) {
        this.notifications = notifications;
        this.staff = staff;
    }

    @EventListener
    public void penaltyConfirmed(ConductEvents.PenaltyConfirmed event) {
        ConductEntry e = event.entry();
        String who = staff.displayName(e.person());
        String what = "违规：" + e.codeLabel() + "（记录 " + e.id() + "，依据" + e.evidenceLabel() + " " + e.evidenceId() + "）";
        String penalty = "处理：" + e.actionLabel() + (e.fineYuan() != null && e.fineYuan() > 0 ? "，罚款 " + e.fineYuan() + " 元" : "");
        notifications.send(NotificationType.PENALTY, List.of(e.person()), "处罚通知", who + "，" + what + "，" + penalty + "。可在“我的奖惩记录”查看。",
                "/api/conduct/ledger");
        if (e.fineYuan() != null && e.fineYuan() > 0) {
            notifications.send(NotificationType.FINE, staff.membersOf(Groups.FINANCE), "罚款通知：" + who,
                    who + "（" + e.person() + "）" + what + "，罚款 " + e.fineYuan() + " 元，请在薪资中扣除。", null);
        }
        if (Boolean.TRUE.equals(e.publicNotice())) {
            notifications.send(NotificationType.PUBLIC_NOTICE, staff.membersOf(Groups.SALES), "通报批评",
                    who + " " + what + "，" + penalty + "。请全体销售引以为戒。", null);
        }
    }

    /** Rule X12: whoever reported the violation is told what HR decided. */
    @EventListener
    public void violationDecided(ConductEvents.ViolationDecided event) {
        ConductEntry e = event.entry();
        if (e.reportedBy() == null || e.reportedBy().equals(e.decidedBy())) {
            return;
        }
        String what = staff.displayName(e.person()) + " 的违规“" + e.codeLabel() + "”（记录 " + e.id() + "）";
        String outcome;
        if (ConductEntry.DISMISSED.equals(e.status())) {
            outcome = "人事行政部不予处罚，理由：" + e.decisionComment();
        } else {
            outcome = "人事行政部确认处罚：" + penaltyText(e.action(), e.fineYuan(), e.publicNotice());
            if (!Objects.equals(e.action(), e.proposedAction()) || !Objects.equals(e.fineYuan(), e.proposedFineYuan())
                    || !Objects.equals(e.publicNotice(), e.proposedPublicNotice())) {
                outcome += "（处罚目录建议：" + penaltyText(e.proposedAction(), e.proposedFineYuan(), e.proposedPublicNotice())
                        + "；减轻理由：" + e.decisionComment() + "）";
            }
        }
        notifications.send(NotificationType.VIOLATION_OUTCOME, List.of(e.reportedBy()), "违规处理结果：" + staff.displayName(e.person()),
                "您报告的" + what + "已处理：" + outcome + "。", null);
    }

    private static String penaltyText(String action, Integer fineYuan, Boolean publicNotice) {
        return PenaltyAction.labelOf(action) + (fineYuan != null && fineYuan > 0 ? "，罚款 " + fineYuan + " 元" : "")
                + (Boolean.TRUE.equals(publicNotice) ? "，通报批评" : "");
    }

    @EventListener
    public void rewardGranted(ConductEvents.RewardGranted event) {
        ConductEntry e = event.entry();
        String who = staff.displayName(e.person());
        notifications.send(NotificationType.REWARD, List.of(e.person()), "奖励通知", who + "：" + e.detail() + "（" + e.codeLabel() + "）。", null);
        notifications.send(NotificationType.FINE, staff.membersOf(Groups.FINANCE), "奖励通知：" + who,
                who + "（" + e.person() + "）获得奖励：" + e.detail() + "（依据" + e.evidenceLabel() + " " + e.evidenceId()
                        + "），请按制度发放。", null);
    }

    @EventListener
    public void suspended(ConductEvents.Suspended event) {
        notifications.send(NotificationType.SUSPENSION, List.of(event.person()), "报备权限已暂停",
                "您的报备权限已被暂停：" + event.reason() + "。恢复请联系人事行政部。", null);
    }
}
