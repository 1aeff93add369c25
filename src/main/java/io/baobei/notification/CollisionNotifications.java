package io.baobei.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.baobei.collision.CollisionAnnounced;
import io.baobei.collision.CollisionResolved;
import io.baobei.collision.ResolvedBy;

/**
 * Tells people about collisions: at once when one opens (C4), and the outcome, to payroll too when agreed (C5) or
 * arbitrated (C13).
 */
@Component
public class CollisionNotifications {

    private final Notifications notifications;

    public CollisionNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    public void announced(CollisionAnnounced event) {
        notifications.send(NotificationType.COLLISION_ANNOUNCED, event.recipients(), "撞单提醒：" + event.collisionId(),
                "发生撞单（" + event.kind().label() + "），请相关销售在期限内协商，必要时由区域经理仲裁。",
                link(event.collisionId()));
    }

    @EventListener
    public void resolved(CollisionResolved event) {
        String outcome = "撞单 " + event.collisionId() + " 已处理：" + event.resolution().label() + "（" + event.resolvedBy().label()
                + "），提成比例 " + event.shareFirst() + "% / " + event.shareSecond() + "%。";
        notifications.send(NotificationType.COLLISION_RESOLVED, event.involved(), "撞单结果：" + event.collisionId(), outcome, link(event.collisionId()));
        if (event.resolvedBy() == ResolvedBy.NEGOTIATION) {
            notifications.send(NotificationType.PAYROLL_RECORD, event.payroll(), "撞单协商结果备案：" + event.collisionId(),
                    outcome + "双方已协商一致，请人事行政部和财务部备案并用于薪资核算。", link(event.collisionId()));
        } else if (event.resolvedBy() == ResolvedBy.ARBITRATION) {
            notifications.send(NotificationType.PAYROLL_RECORD, event.payroll(), "撞单仲裁结果备案：" + event.collisionId(),
                    outcome + "区域经理已仲裁，请人事行政部和财务部备案并用于薪资核算；仲裁理由见撞单结果。", link(event.collisionId()));
        }
    }

    private static String link(String collisionId) {
        return "/api/collisions/" + collisionId;
    }
}
