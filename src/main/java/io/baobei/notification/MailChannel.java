package io.baobei.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mail over SMTP ({@code spring.mail.*}); without {@code spring.mail.host} mail stays in the outbox. */
@Component
public class MailChannel implements ExternalChannel {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;

    public MailChannel(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.MAIL;
    }

    @Override
    public boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    @Override
    public void send(OutboxMessage message) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("no SMTP server configured (spring.mail.host)");
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(properties.mailFrom());
        mail.setTo(message.destination());
        mail.setSubject(message.subject());
        mail.setText(message.body());
        sender.send(mail);
    }
}
