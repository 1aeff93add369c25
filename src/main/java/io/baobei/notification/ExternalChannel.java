package io.baobei.notification;

/** A way out of the application: SMTP or a group robot's webhook. */
public interface ExternalChannel {

    Channel channel();

    /** Whether this channel is set up here (an SMTP host, a webhook URL); unconfigured channels are skipped. */
    boolean configured();

    /** Sends or throws; the outbox retries what throws. */
    void send(OutboxMessage message) throws Exception;
}
