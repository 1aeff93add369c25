package io.baobei.notification;

/** Where a message goes: stored in the app, mailed over SMTP, or posted to a group robot (WeCom / DingTalk). */
public enum Channel {
    IN_APP,
    MAIL,
    WEBHOOK
}
